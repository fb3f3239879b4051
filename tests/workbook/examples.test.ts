/**
 * The committed sample workbooks (examples/): each .xlsx holds one array formula per computed
 * column AND cached values equal to what the core computes now; each .csv is the same values.
 * (How Excel reads the files' XML is xlsx-xml.test.ts; recomputing from the file, xlsx-recalc.test.ts.)
 * When the data or a function changes, these fail until `npm run examples` is rerun.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { DetailedCellError } from 'hyperformula';
import {
  evaluatePayRangeModel,
  evaluateTracker,
  Evaluated,
  toCsv,
  TRACKER_OFFERS,
  TRACKER_TAIL,
} from '../../scripts/make-examples';
import { FORMULA_COLUMNS, TRACKER_HEADERS } from '../../examples/offer-tracker';

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');
const STALE = 'examples/ is out of date with the core: run `npm run examples` and commit the files';

async function readSheet(file: string, name: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(EXAMPLES, file));
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`${file} has no sheet ${name}`);
  return sheet;
}

/** What a cell of the file holds as a plain value: its cached result when it is a formula. */
function cached(cell: ExcelJS.Cell): unknown {
  const value = cell.value as unknown;
  if (value && typeof value === 'object' && 'formula' in value) return normal((value as { result?: unknown }).result);
  return normal(value);
}
function normal(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && 'error' in (value as object)) return (value as { error: string }).error;
  return value;
}
const expectedValue = (cell: Evaluated): unknown =>
  cell.value instanceof DetailedCellError ? cell.value.value : (cell.value ?? null);

function compare(sheet: ExcelJS.Worksheet, grid: Evaluated[][]): string[] {
  const problems: string[] = [];
  grid.forEach((row, r) =>
    row.forEach((cell, c) => {
      const actual = cached(sheet.getCell(r + 1, c + 1));
      const want = expectedValue(cell);
      if (actual !== want && problems.length < 5)
        problems.push(
          `${sheet.getCell(r + 1, c + 1).address}: file has ${JSON.stringify(actual)}, the core gives ${JSON.stringify(want)}`,
        );
    }),
  );
  return problems;
}

describe('examples/offer-tracker', () => {
  const grid = evaluateTracker();

  test('the .xlsx has one array formula per computed column, over every offer and the blank tail', async () => {
    const sheet = await readSheet('offer-tracker.xlsx', 'Offers');
    const last = TRACKER_OFFERS + TRACKER_TAIL + 1;
    for (const column of FORMULA_COLUMNS) {
      const c = TRACKER_HEADERS.indexOf(column.header) + 1;
      const anchor = sheet.getCell(2, c).value as { formula?: string; shareType?: string; ref?: string };
      expect(anchor.formula).toMatch(new RegExp(`^_xldudf_AI_${column.fn}\\(.*${last}`));
      expect(anchor.shareType).toBe('array');
      expect(anchor.ref).toBe(`${sheet.getCell(2, c).address}:${sheet.getCell(last, c).address}`.replace(/\$/g, ''));
      const formulas = Array.from(
        { length: last - 2 },
        (_, i) => sheet.getCell(i + 3, c).value as { formula?: string } | null,
      ).filter((v) => v && typeof v === 'object' && 'formula' in v);
      expect(formulas).toHaveLength(0);
    }
  });

  test('its cached values are what the core computes now', async () => {
    const sheet = await readSheet('offer-tracker.xlsx', 'Offers');
    expect(compare(sheet, grid)).toEqual([]);
    const numbers = grid
      .slice(1, TRACKER_OFFERS + 1)
      .flatMap((row) => row.slice(10))
      .filter((c) => typeof c.value === 'number');
    expect(numbers.length).toBeGreaterThan(TRACKER_OFFERS * FORMULA_COLUMNS.length * 0.9);
  });

  test('the .csv is the same values', () => {
    expect(fs.readFileSync(path.join(EXAMPLES, 'offer-tracker.csv'), 'utf8') === toCsv(grid) ? 'current' : STALE).toBe(
      'current',
    );
  });
});

describe('examples/pay-range-model', () => {
  const grid = evaluatePayRangeModel();

  test("AI.BAND spills the band row (min, mid, max) from one formula; cached values are the core's", async () => {
    const sheet = await readSheet('pay-range-model.xlsx', 'Pay ranges');
    const anchor = sheet.getCell('D2').value as { formula?: string; ref?: string };
    expect(anchor.formula).toMatch(/^_xldudf_AI_BAND\(A2:A\d+,B2:B\d+\)$/);
    expect(anchor.ref).toBe(`D2:F${grid.length}`);
    expect(compare(sheet, grid)).toEqual([]);
  });

  test('a role without data shows #N/A with its reason, in its own rows only', () => {
    const rows = grid.filter((row) => row[0].value === 'Data Scientist');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const mid = row[4].value as DetailedCellError;
      expect(mid.value).toBe('#N/A');
      expect(mid.message).toMatch(/no source states a US band for Data Scientist/);
    }
    const others = grid.slice(1).filter((row) => row[0].value !== 'Data Scientist');
    expect(others.every((row) => typeof row[4].value === 'number')).toBe(true);
  });

  test('the .csv is the same values', () => {
    expect(
      fs.readFileSync(path.join(EXAMPLES, 'pay-range-model.csv'), 'utf8') === toCsv(grid) ? 'current' : STALE,
    ).toBe('current');
  });
});
