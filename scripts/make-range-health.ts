/**
 * Writes the sample range review (issue 23), run by `npm run examples` after make-examples.ts:
 *   - examples/range-health.xlsx: sheets Tracker (10,000 made-up employees, bands by AI.BAND,
 *     compa-ratio and zone by AI.POSITION, zones highlighted), Health (AI.HEALTH and
 *     AI.COMPRESSION by level, and a native chart of the compa-ratio spread by level), Own bands
 *     (a band table of the user's own and the summary against it) and Notes; stored as Excel saves
 *     it (examples/excel-file.ts) with every formula's cached values;
 *   - examples/range-health.csv: the Health sheet's values;
 *   - examples/sheets/range-health-*.csv: the three sheets for Google Sheets, formulas in its spelling.
 * The Tracker is computed by HyperFormula with the catalog plugin. The summaries are computed by the
 * core's callByName on the Tracker's computed columns: their height depends on the data (a row per
 * level), which a spreadsheet engine that fixes a spill area before reading any cell cannot size.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { DetailedCellError } from 'hyperformula';
import { callByName } from '../core/registry';
import { serialToIsoDate } from '../core/coerce';
import { InputCell, Output } from '../core/cells';
import { errorCode, errorText, isSheetError } from '../core';
import { columnLetter, Cell } from '../examples/offer-tracker';
import { toExcelSaved } from '../examples/excel-file';
import { sheetsCsv } from '../examples/sheets-file';
import {
  COMPRESSION_ROW,
  EMPLOYEES,
  healthFormulas,
  ownBandFormulas,
  ownBandTable,
  REVIEW_DATE,
  TRACKER_HEADERS,
  trackerSheet,
} from '../examples/range-health';
import { addSpreadChart } from '../examples/range-health-chart';
import { evaluateSheet, Evaluated, OUT, runFromCommandLine, toCsv } from './make-examples';

const HIRE_COLUMN = TRACKER_HEADERS.indexOf('Hire date');

/** A block of values from a formula (its anchor, formula text and spilled result). */
interface Block {
  readonly row: number;
  readonly col: number;
  readonly formula: string;
  readonly output: Output;
}

const grid = (output: Output): unknown[][] => (Array.isArray(output) ? output : [[output]]);

function xlsxValue(value: unknown): ExcelJS.CellValue {
  if (value instanceof DetailedCellError) return { error: value.value as ExcelJS.CellErrorValue['error'] };
  if (isSheetError(value)) return { error: errorCode(value.kind) as ExcelJS.CellErrorValue['error'] };
  if (value === null || value === undefined || value === '') return null;
  return value as ExcelJS.CellValue;
}

/** Writes a block: the formula with its cached result at the anchor, the rest as cached values. */
function writeBlock(sheet: ExcelJS.Worksheet, block: Block): void {
  const rows = grid(block.output);
  const ref = `${columnLetter(block.col)}${block.row + 1}:${columnLetter(block.col + rows[0].length - 1)}${block.row + rows.length}`;
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = sheet.getCell(block.row + r + 1, block.col + c + 1);
      if (r === 0 && c === 0)
        cell.value = {
          formula: block.formula.replace(/^=/, ''),
          result: xlsxValue(value) as ExcelJS.CellFormulaValue['result'],
          shareType: 'array',
          ref,
        } as ExcelJS.CellValue;
      else cell.value = xlsxValue(value);
    }),
  );
}

/** The Tracker's computed values by header (rows 2..), as a host would pass them to a formula. */
function trackerColumns(evaluated: Evaluated[][]): Record<(typeof TRACKER_HEADERS)[number], InputCell[][]> {
  const out = {} as Record<(typeof TRACKER_HEADERS)[number], InputCell[][]>;
  TRACKER_HEADERS.forEach((header, c) => {
    out[header] = evaluated.slice(1, EMPLOYEES + 1).map((row) => [row[c].value as InputCell]);
  });
  return out;
}

const serial = (y: number, m: number, d: number): number =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

const FORMATS = { money: '$#,##0', ratio: '0.00', percent: '0.0%', date: 'yyyy-mm-dd' };

export interface RangeHealthBook {
  readonly tracker: Evaluated[][];
  readonly health: Block;
  readonly compression: Block;
  readonly ownTable: Cell[][];
  readonly ownBand: Block;
  readonly ownHealth: Block;
}

/** Everything the files hold, computed once. */
export function computeRangeHealth(): RangeHealthBook {
  const tracker = evaluateSheet(trackerSheet());
  const t = trackerColumns(tracker);
  const f = healthFormulas();
  const health: Block = {
    row: 0,
    col: 0,
    formula: f.health,
    output: callByName('HEALTH', [t.Pay, t['Band min'], t['Band mid'], t['Band max'], t.Level]),
  };
  const compression: Block = {
    row: COMPRESSION_ROW,
    col: 0,
    formula: f.compression,
    output: callByName('COMPRESSION', [t.Pay, t['Hire date'], t.Level, serial(...REVIEW_DATE)]),
  };
  const ownTable = ownBandTable();
  const o = ownBandFormulas();
  const ownBand: Block = {
    row: 1,
    col: 7,
    formula: o.band,
    output: callByName('BAND', [t.Role, t.Level, null, null, ownTable]),
  };
  const bands = grid(ownBand.output) as InputCell[][];
  const column = (k: number) => bands.map((row) => [row[k]]);
  const ownHealth: Block = {
    row: 0,
    col: 11,
    formula: o.health,
    output: callByName('HEALTH', [t.Pay, column(0), column(1), column(2), t.Level]),
  };
  return { tracker, health, compression, ownTable, ownBand, ownHealth };
}

function trackerWorksheet(book: ExcelJS.Workbook, tracker: Evaluated[][]): void {
  const sheet = book.addWorksheet('Tracker', { views: [{ state: 'frozen', ySplit: 1 }] });
  tracker.forEach((row, r) =>
    row.forEach((cell, c) => {
      const target = sheet.getCell(r + 1, c + 1);
      target.value = cell.formula
        ? ({
            formula: cell.formula,
            result: xlsxValue(cell.value),
            shareType: 'array',
            ref: cell.ref!,
          } as ExcelJS.CellValue)
        : xlsxValue(cell.value);
    }),
  );
  const format: Partial<Record<(typeof TRACKER_HEADERS)[number], string>> = {
    Pay: FORMATS.money,
    'Hire date': FORMATS.date,
    'Band min': FORMATS.money,
    'Band mid': FORMATS.money,
    'Band max': FORMATS.money,
    'Compa-ratio': FORMATS.ratio,
  };
  TRACKER_HEADERS.forEach((header, c) => {
    const column = sheet.getColumn(c + 1);
    column.width = header === 'Role' ? 20 : 13;
    if (format[header]) column.numFmt = format[header]!;
  });
  sheet.getRow(1).font = { bold: true };
  const zone = columnLetter(TRACKER_HEADERS.indexOf('Zone'));
  const fill = (argb: string) => ({ fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb } } });
  sheet.addConditionalFormatting({
    ref: `${zone}2:${zone}${EMPLOYEES + 1}`,
    rules: [
      { type: 'cellIs', operator: 'equal', formulae: ['"below min"'], priority: 1, style: fill('FFF4B183') },
      { type: 'cellIs', operator: 'equal', formulae: ['"above max"'], priority: 2, style: fill('FFFF9999') },
    ],
  });
}

const HEALTH_FORMATS: Record<string, string> = {
  'below min share': FORMATS.percent,
  'above max share': FORMATS.percent,
  'cost to min': FORMATS.money,
  'pay above max': FORMATS.money,
  'new hire median pay': FORMATS.money,
  'others median pay': FORMATS.money,
};

/** Formats a block's columns by its header row (compa columns as ratios). */
function formatBlock(sheet: ExcelJS.Worksheet, block: Block): void {
  const rows = grid(block.output);
  sheet.getRow(block.row + 1).font = { bold: true };
  rows[0].forEach((header, c) => {
    const name = String(header);
    const format = HEALTH_FORMATS[name] ?? (/^compa|new hire \//.test(name) ? FORMATS.ratio : undefined);
    if (!format) return;
    for (let r = 1; r < rows.length; r++) sheet.getCell(block.row + r + 1, block.col + c + 1).numFmt = format;
  });
}

export async function makeRangeHealth(): Promise<string[]> {
  const book = computeRangeHealth();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'AI comp add-in: scripts/make-range-health.ts';
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  trackerWorksheet(workbook, book.tracker);

  const health = workbook.addWorksheet('Health');
  for (const block of [book.health, book.compression]) {
    writeBlock(health, block);
    formatBlock(health, block);
  }
  health.getColumn(1).width = 12;

  const own = workbook.addWorksheet('Own bands');
  book.ownTable.forEach((row, r) => row.forEach((value, c) => (own.getCell(r + 1, c + 1).value = value)));
  own.getRow(1).font = { bold: true };
  ['Band min (own table)', 'Band mid (own table)', 'Band max (own table)'].forEach(
    (h, k) => (own.getCell(1, 8 + k).value = h),
  );
  writeBlock(own, book.ownBand);
  writeBlock(own, book.ownHealth);
  formatBlock(own, book.ownHealth);

  const notes = workbook.addWorksheet('Notes');
  notes.getColumn(1).width = 120;
  [
    `Sample range review: ${EMPLOYEES.toLocaleString('en-US')} MADE-UP employees (not market data): role, level, pay and hire date are synthetic.`,
    'Pay is placed inside each band the add-in computes: mostly at penetration -0.15 to 1.15, one in twelve from -0.8 to 1.8, hires of the last 12 months 0.15 higher; sorted by level. One in a thousand has no pay entered yet (AI.POSITION says so in its row, AI.HEALTH counts it as a blank row).',
    'Tracker: Band min..max is one AI.BAND formula spilling three columns; Compa-ratio and Zone are AI.POSITION; zones below min and above max are highlighted.',
    'Health: AI.HEALTH by level (counts, shares, compa-ratio mean and PERCENTILE.INC percentiles, quartiles, cost to min), AI.COMPRESSION by level as of 2026-06-30, and a chart of the compa-ratio p10 to p90 by level with the median marked.',
    'Compa-ratio flags 0.8 and 1.2 and the 12-month window are our choice, not a source\'s: AI.SOURCE("health", , "default") and AI.SOURCE("compression", , "default") say why.',
    "Own bands: a band table of your own (here MADE-UP figures, the embedded bands + 5%) as AI.BAND's source, and AI.HEALTH against it.",
    'Open with the AI comp add-in loaded: the formulas compute with it, and the cached figures show until they do. Without it they show #NAME?.',
  ].forEach((line, i) => (notes.getCell(i + 1, 1).value = line));

  let xlsx = await toExcelSaved(Buffer.from(await workbook.xlsx.writeBuffer()));
  const rows = grid(book.health.output) as unknown[][];
  const header = rows[0].map(String);
  const levels = rows.slice(1, -1);
  const column = (name: string) => {
    const k = header.indexOf(name);
    const letter = columnLetter(k);
    return {
      name: { ref: `Health!$${letter}$1`, text: name },
      values: {
        ref: `Health!$${letter}$2:$${letter}$${levels.length + 1}`,
        cached: levels.map((row) => row[k] as number),
      },
    };
  };
  xlsx = await addSpreadChart(xlsx, 'xl/worksheets/sheet2.xml', {
    title: 'Compa-ratio spread by level: p10 to p90, median marked',
    categories: { ref: `Health!$A$2:$A$${levels.length + 1}`, cached: levels.map((row) => String(row[0])) },
    high: column('compa p90'),
    low: column('compa p10'),
    close: column('compa p50'),
    from: { col: 10, row: grid(book.compression.output).length + book.compression.row + 2 },
    to: { col: 18, row: grid(book.compression.output).length + book.compression.row + 22 },
  });
  fs.writeFileSync(path.join(OUT, 'range-health.xlsx'), xlsx);
  // The Health sheet's values; an error as the cell text Sheets shows inside an array.
  const snapshot: Evaluated[][] = [book.health, book.compression].flatMap((block) => [
    ...grid(block.output).map((row) => row.map((value) => ({ value: isSheetError(value) ? errorText(value) : value }))),
    [{ value: null }],
  ]);
  fs.writeFileSync(path.join(OUT, 'range-health.csv'), toCsv(snapshot));
  const written = ['range-health.xlsx', 'range-health.csv'];
  fs.mkdirSync(path.join(OUT, 'sheets'), { recursive: true });
  for (const sample of rangeHealthSheetsSamples()) {
    fs.writeFileSync(path.join(OUT, 'sheets', sample.file), sample.csv);
    written.push(`sheets/${sample.file}`);
  }
  return written;
}

/** The three sheets for Google Sheets (import each into a sheet of that name: Tracker, Health, Own bands). */
export function rangeHealthSheetsSamples(): { file: string; csv: string }[] {
  const f = healthFormulas();
  const o = ownBandFormulas();
  const summary: Cell[][] = Array.from({ length: COMPRESSION_ROW + 1 }, () => [null]);
  summary[0][0] = f.health;
  summary[COMPRESSION_ROW][0] = f.compression;
  const own = ownBandTable().map((row) => [...row, null, null, null, null, null, null] as Cell[]);
  own[0][7] = 'Band min (own table)';
  own[0][8] = 'Band mid (own table)';
  own[0][9] = 'Band max (own table)';
  own[0][11] = o.health;
  own[1][7] = o.band;
  return [
    // Hire dates as ISO text, which Sheets' import reads as dates (a serial number would stay a number).
    {
      file: 'range-health-tracker.csv',
      csv: sheetsCsv(
        trackerSheet().map((row, r) =>
          row.map((cell, c) => (r > 0 && c === HIRE_COLUMN && typeof cell === 'number' ? serialToIsoDate(cell) : cell)),
        ),
      ),
    },
    { file: 'range-health-summary.csv', csv: sheetsCsv(summary) },
    { file: 'range-health-own-bands.csv', csv: sheetsCsv(own) },
  ];
}

if (require.main === module) runFromCommandLine(makeRangeHealth);
