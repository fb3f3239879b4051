/**
 * `npm run examples`: writes the sample workbooks under examples/ (committed; rerun after a data or
 * catalog change):
 *   - offer-tracker.xlsx / .csv: 2,000 synthetic offers, one array formula per computed column;
 *   - pay-range-model.xlsx / .csv: roles by level, the band row spilled by one AI.BAND formula;
 *   - sheets/offer-tracker.csv, sheets/pay-range-model.csv: the same layouts for Google Sheets to
 *     import, formulas in the add-on's spelling (AIBAND).
 * Each .xlsx holds the formulas AND their cached values, so it shows figures before the add-in
 * recalculates, stored as Excel saves them (examples/excel-file.ts). The values are computed by the
 * core, through the HyperFormula plugin (the same `callFunction` the Excel and Sheets hosts call).
 * The top-level .csv files are value snapshots.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { registerCatalog } from '../hyperformula-plugin';
import { sampleOffers } from '../examples/sample-offers';
import { Cell, columnLetter, FORMULA_COLUMNS, trackerSheet } from '../examples/offer-tracker';
import { payRangeSheet } from '../examples/pay-range-model';
import { toExcelSaved } from '../examples/excel-file';
import { sheetsCsv } from '../examples/sheets-file';
import {
  EQUITY_FORMATS,
  EQUITY_NOTES,
  EQUITY_SHEET,
  payoutChart,
  startupEquitySheet,
} from '../examples/startup-equity';
import { withScatterChart } from '../examples/xlsx-chart';

export const OUT = path.resolve(__dirname, '..', 'examples');
export const TRACKER_OFFERS = 2_000;
/** Formulas reach this many rows past the last offer, so new offers typed below are covered. */
export const TRACKER_TAIL = 100;

export type Evaluated = { value: unknown; formula?: string; ref?: string };

/** Evaluates a sheet with HyperFormula and the catalog plugin; notes each formula's spill range. */
export function evaluateSheet(cells: Cell[][]): Evaluated[][] {
  registerCatalog();
  const hf = HyperFormula.buildFromArray(cells, { licenseKey: 'gpl-v3', smartRounding: false });
  try {
    // The engine's dimensions include spills past the last typed row (a formula's blank tail).
    const { width, height } = hf.getSheetDimensions(0);
    const typed = (r: number, c: number): Cell => cells[r]?.[c] ?? null;
    const out: Evaluated[][] = Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => ({ value: hf.getCellValue({ sheet: 0, row: r, col: c }) })),
    );
    cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell !== 'string' || !cell.startsWith('=')) return;
        let bottom = r;
        while (
          bottom + 1 < height &&
          hf.isCellPartOfArray({ sheet: 0, row: bottom + 1, col: c }) &&
          typed(bottom + 1, c) == null
        )
          bottom++;
        let right = c;
        while (
          right + 1 < width &&
          hf.isCellPartOfArray({ sheet: 0, row: r, col: right + 1 }) &&
          typed(r, right + 1) == null
        )
          right++;
        out[r][c].formula = cell.slice(1);
        out[r][c].ref = `${columnLetter(c)}${r + 1}:${columnLetter(right)}${bottom + 1}`;
      }),
    );
    return out;
  } finally {
    hf.destroy();
  }
}

/** A value as exceljs writes it: numbers, text, booleans, blanks, and errors as error values. */
function xlsxValue(value: unknown): ExcelJS.CellValue {
  if (value instanceof DetailedCellError) return { error: value.value as ExcelJS.CellErrorValue['error'] };
  if (value === null || value === undefined) return null;
  return value as ExcelJS.CellValue;
}

/** A value as a CSV cell: an error is its code and message, as Sheets shows one inside an array. */
function csvValue(value: unknown): string {
  let text: string;
  if (value instanceof DetailedCellError) text = `${value.value}: ${value.message}`;
  else if (value === null || value === undefined) text = '';
  else text = String(value);
  // Quote what needs it; a leading = + - @ is prefixed with ' so no spreadsheet runs cell text as a formula.
  if (/^[=+\-@]/.test(text) && Number.isNaN(Number(text))) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(grid: Evaluated[][]): string {
  const lines = grid.map((row) => row.map((cell) => csvValue(cell.value)).join(','));
  // The formulas' blank tail is for rows typed in later; a value snapshot stops at the last offer.
  while (lines.length > 1 && /^,*$/.test(lines[lines.length - 1])) lines.pop();
  return `${lines.join('\r\n')}\r\n`;
}

const FORMATS: Record<string, string> = {
  money: '$#,##0',
  ratio: '0.00',
  percent: '0.0%',
  rate: '$#,##0.00',
};

function addSheet(
  book: ExcelJS.Workbook,
  name: string,
  grid: Evaluated[][],
  formats: Record<string, string>,
  widths: Record<string, number> = {},
): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  grid.forEach((row, r) =>
    row.forEach((cell, c) => {
      const target = sheet.getCell(r + 1, c + 1);
      if (cell.formula) {
        const result = xlsxValue(cell.value);
        target.value = {
          formula: cell.formula,
          result: result as ExcelJS.CellFormulaValue['result'],
          shareType: 'array',
          ref: cell.ref!,
        } as ExcelJS.CellValue;
      } else {
        target.value = xlsxValue(cell.value);
      }
    }),
  );
  const headers = grid[0].map((c) => String(c.value));
  headers.forEach((header, c) => {
    const column = sheet.getColumn(c + 1);
    column.width = widths[header] ?? Math.max(12, header.length + 2);
    if (formats[header]) column.numFmt = FORMATS[formats[header]];
  });
  sheet.getRow(1).font = { bold: true };
}

function addNotes(book: ExcelJS.Workbook, lines: readonly string[]): void {
  const notes = book.addWorksheet('Notes');
  notes.getColumn(1).width = 120;
  lines.forEach((line, i) => {
    notes.getCell(i + 1, 1).value = line;
  });
  notes.getRow(1).font = { bold: true };
}

const COMMON_NOTES = [
  'Each computed column is one formula in row 2 that spills down the column (a dynamic array); the cells below hold its last computed values.',
  'Open with the AI comp add-in loaded: the formulas compute with it, and the cached figures show until they do. Without it they show #NAME?.',
  'A cell that stays #NAME? with the add-in loaded was saved by an Excel that did not have the add-in: select the cell, press F2, then Enter.',
  'In Google Sheets the functions are named without the dot (AI.BAND is AIBAND): import examples/sheets/*.csv instead (examples/README.md says how).',
  'Figures are reported or derived from the sources the add-in embeds; AI.SOURCE says which and how. #N/A means no data, and its message says how to supply your own.',
];

export const evaluateTracker = (): Evaluated[][] =>
  evaluateSheet(trackerSheet(sampleOffers(TRACKER_OFFERS), { blankTail: TRACKER_TAIL }));
export const evaluatePayRangeModel = (): Evaluated[][] => evaluateSheet(payRangeSheet());
export const evaluateStartupEquity = (): Evaluated[][] => evaluateSheet(startupEquitySheet());

/** The Sheets-ready samples: file name under examples/sheets/ and its CSV text. */
export function sheetsSamples(): { file: string; csv: string }[] {
  return [
    // No blank tail: the Sheets ranges are open-ended, so they reach rows added later.
    { file: 'offer-tracker.csv', csv: sheetsCsv(trackerSheet(sampleOffers(TRACKER_OFFERS))) },
    { file: 'pay-range-model.csv', csv: sheetsCsv(payRangeSheet()) },
    { file: 'startup-equity.csv', csv: sheetsCsv(startupEquitySheet({ sheets: true }), { openRanges: false }) },
  ];
}

export async function makeExamples(): Promise<string[]> {
  const written: string[] = [];
  const write = async (
    base: string,
    book: ExcelJS.Workbook,
    grid: Evaluated[][],
    finish: (xlsx: Buffer) => Promise<Buffer> = async (xlsx) => xlsx,
  ) => {
    book.creator = 'AI comp add-in: scripts/make-examples.ts';
    // Fixed dates keep the committed files identical from run to run.
    book.created = new Date(Date.UTC(2026, 0, 1));
    book.modified = book.created;
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    fs.writeFileSync(path.join(OUT, `${base}.xlsx`), await finish(await toExcelSaved(xlsx)));
    fs.writeFileSync(path.join(OUT, `${base}.csv`), toCsv(grid));
    written.push(`${base}.xlsx`, `${base}.csv`);
  };

  const tracker = evaluateTracker();
  const trackerBook = new ExcelJS.Workbook();
  addSheet(
    trackerBook,
    'Offers',
    tracker,
    {
      Base: 'money',
      'Bonus target': 'percent',
      'Bonus payout': 'ratio',
      'Equity grant': 'money',
      'Sign-on': 'money',
      'Band min': 'money',
      'Band mid': 'money',
      'Band max': 'money',
      'Compa-ratio': 'ratio',
      Penetration: 'ratio',
      'Expected bonus': 'money',
      'Equity year 1': 'money',
      'Equity year 1, risk-adjusted': 'money',
      'Offer value a year': 'money',
    },
    { Candidate: 16, Role: 20, Schedule: 22 },
  );
  addNotes(trackerBook, [
    'Sample offer tracker: 2,000 SYNTHETIC offers (made up to show the functions at tracker scale; not market data).',
    "Each base salary is placed between 85% and 115% of the role's band midpoint as the add-in computes it.",
    ...FORMULA_COLUMNS.map((c) => `${c.header}: ${c.note}.`),
    ...COMMON_NOTES,
  ]);
  await write('offer-tracker', trackerBook, tracker);

  const model = evaluatePayRangeModel();
  const modelBook = new ExcelJS.Workbook();
  addSheet(
    modelBook,
    'Pay ranges',
    model,
    {
      'Proposed salary': 'money',
      'Band min': 'money',
      'Band mid': 'money',
      'Band max': 'money',
      Spread: 'percent',
      'Compa-ratio': 'ratio',
      Penetration: 'ratio',
      'Contractor rate ($/h)': 'rate',
      'Contractor rate, annualised': 'money',
    },
    { Role: 20, 'Where the midpoint comes from': 80 },
  );
  addNotes(modelBook, [
    'Sample pay-range model: roles by level, the band row spilled by one AI.BAND formula (min, mid, max).',
    'Proposed salaries are SYNTHETIC: the band midpoint rounded down to $5,000, there to show compa-ratio and penetration.',
    'Data Scientist has no band in the embedded data: its row shows #N/A with the reason, as the add-in does.',
    "Contractor rates are by the rate report's tiers (Mid, Senior, Strong Senior): Entry rows are #N/A and say so.",
    ...COMMON_NOTES,
  ]);
  await write('pay-range-model', modelBook, model);

  const equity = evaluateStartupEquity();
  const equityBook = new ExcelJS.Workbook();
  addSheet(equityBook, EQUITY_SHEET, equity, {});
  const equitySheet = equityBook.getWorksheet(EQUITY_SHEET)!;
  equitySheet.columns.forEach((column, c) => (column.width = c === 0 ? 34 : 16));
  for (const [range, format] of EQUITY_FORMATS) {
    const [from, to = from] = range.split(':');
    const [a, b] = [equitySheet.getCell(from), equitySheet.getCell(to)];
    for (let r = Number(a.row); r <= Number(b.row); r++)
      for (let c = Number(a.col); c <= Number(b.col); c++) equitySheet.getCell(r, c).numFmt = format;
  }
  addNotes(equityBook, EQUITY_NOTES);
  await write('startup-equity', equityBook, equity, (xlsx) => withScatterChart(xlsx, payoutChart(equity)));

  fs.mkdirSync(path.join(OUT, 'sheets'), { recursive: true });
  for (const sample of sheetsSamples()) {
    fs.writeFileSync(path.join(OUT, 'sheets', sample.file), sample.csv);
    written.push(`sheets/${sample.file}`);
  }
  return written;
}

/** Runs a maker from the command line: prints each file it wrote, with its size, or the error. */
export function runFromCommandLine(make: () => Promise<string[]>): void {
  make()
    .then((files) => {
      for (const file of files)
        console.log(`wrote examples/${file} (${fs.statSync(path.join(OUT, file)).size.toLocaleString('en-US')} bytes)`);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}

if (require.main === module) runFromCommandLine(makeExamples);
