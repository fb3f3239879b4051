/**
 * The Sheets-ready samples (examples/sheets/*.csv): formulas spelled only with the Sheets add-on's
 * names from the registry (`AIBAND`: no dot, no `_xldudf_`), each in row 2 with room below to
 * spill, and, read back the way Sheets imports a CSV, computing the same figures the Excel
 * workbook caches.
 */
import * as fs from 'fs';
import * as path from 'path';
import { HyperFormula, DetailedCellError } from 'hyperformula';
import { CATALOG } from '../../core/registry';
import { excelName, sheetsName } from '../../core/function-spec';
import { registerCatalog } from '../../hyperformula-plugin';
import { sheetsSamples } from '../../scripts/make-examples';
import { CellValue, codeOf, decodeRange, EXAMPLES, openXlsx, parseCsv, readSheet } from './xlsx-read';

const SAMPLES = [
  { csv: 'offer-tracker.csv', xlsx: 'offer-tracker.xlsx', sheet: 'Offers', formulas: 9 },
  { csv: 'pay-range-model.csv', xlsx: 'pay-range-model.xlsx', sheet: 'Pay ranges', formulas: 7 },
] as const;

const SHEETS_TO_EXCEL = new Map(CATALOG.map((spec) => [sheetsName(spec), excelName(spec)]));
const read = (file: string): string[][] => parseCsv(fs.readFileSync(path.join(EXAMPLES, 'sheets', file), 'utf8'));

/** A CSV cell as Sheets' import reads it with "Convert text to numbers, dates, and formulas". */
function imported(text: string): string | number | null {
  if (text === '') return null;
  if (text.startsWith('=')) return text;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

test('the committed Sheets samples are what `npm run examples` writes now', () => {
  for (const sample of sheetsSamples()) {
    const committed = fs.readFileSync(path.join(EXAMPLES, 'sheets', sample.file), 'utf8');
    expect(committed === sample.csv ? 'current' : `examples/sheets/${sample.file} is stale: run npm run examples`).toBe(
      'current',
    );
  }
});

describe.each(SAMPLES)('examples/sheets/$csv', ({ csv, xlsx, sheet, formulas }) => {
  const rows = read(csv);
  const cells = rows.flatMap((row, r) => row.map((text, c) => ({ row: r + 1, col: c + 1, text })));
  const formulaCells = cells.filter((c) => c.text.startsWith('='));

  test('every formula uses only Sheets names the registry knows (no dot, no _xldudf_)', () => {
    expect(formulaCells).toHaveLength(formulas);
    const problems = formulaCells.flatMap((c) => {
      const code = codeOf(c.text);
      const calls = [...code.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)].map((m) => m[1]);
      const out = calls
        .filter((name) => !SHEETS_TO_EXCEL.has(name))
        .map((name) => `R${c.row}C${c.col}: ${name}( is not a Sheets function of the add-on`);
      if (calls.length === 0) out.push(`R${c.row}C${c.col}: calls nothing`);
      if (/_xldudf_|AI\./i.test(code)) out.push(`R${c.row}C${c.col}: Excel spelling in ${c.text}`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  test('each formula sits in row 2 with its column empty below, so its result can spill', () => {
    expect(new Set(formulaCells.map((c) => c.row))).toEqual(new Set([2]));
    const formulaCols = new Set(formulaCells.map((c) => c.col));
    const firstComputed = Math.min(...formulaCols);
    const below = cells.filter((c) => c.row > 2 && c.col >= firstComputed && c.text !== '');
    expect(below.map((c) => `R${c.row}C${c.col}`)).toEqual([]);
    // Open-ended ranges (B2:B): a result as tall as the sheet, never taller.
    for (const c of formulaCells) expect(codeOf(c.text)).not.toMatch(/[A-Z]+\d+:[A-Z]+\d+/);
  });

  test('imported and computed, it gives the figures the Excel workbook caches', async () => {
    const height = rows.length;
    // The Sheets spelling read back as the plugin's names, open ranges closed at the last row.
    const grid = rows.map((row) =>
      row.map((text) => {
        const value = imported(text);
        if (typeof value !== 'string' || !value.startsWith('=')) return value;
        return value
          .replace(/\b(AI[A-Z]+)\(/g, (_m, name: string) => `${SHEETS_TO_EXCEL.get(name)}(`)
          .replace(/\b([A-Z]+)(\d+):\1\b(?!\d)/g, `$1$2:$1${height}`);
      }),
    );
    registerCatalog();
    const hf = HyperFormula.buildFromArray(grid, { licenseKey: 'gpl-v3', smartRounding: false });
    try {
      const excel = readSheet(await openXlsx(xlsx), sheet);
      const spills = excel.filter((c) => c.formula).map((c) => decodeRange(c.formula!.attrs.ref));
      const cached = excel.filter(
        (c) =>
          c.row <= height &&
          spills.some((r) => c.row >= r.top && c.row <= r.bottom && c.col >= r.left && c.col <= r.right),
      );
      const problems: string[] = [];
      for (const cell of cached) {
        const raw = hf.getCellValue({ sheet: 0, row: cell.row - 1, col: cell.col - 1 });
        const got: CellValue = raw instanceof DetailedCellError ? { error: raw.value } : (raw as CellValue);
        if (JSON.stringify(got) !== JSON.stringify(cell.value))
          problems.push(
            `${cell.ref}: Sheets sample gives ${JSON.stringify(got)}, the .xlsx caches ${JSON.stringify(cell.value)}`,
          );
      }
      expect(problems.slice(0, 10)).toEqual([]);
      expect(cached.length).toBe((height - 1) * 9);
    } finally {
      hf.destroy();
    }
  });
});
