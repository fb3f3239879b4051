/**
 * The sample startup-equity sheet (issue 20, item 6), read from the committed files apart from the
 * generator: the .xlsx holds the core's figures and a native chart of common's payout against exit
 * value whose cached points are the sheet's own cells; recalculated from its XML it gives the same
 * figures; the Sheets CSV, spelled the Sheets way, computes them too (its chart is a SPARKLINE).
 */
import * as fs from 'fs';
import * as path from 'path';
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { SaxesParser } from 'saxes';
import { registerCatalog } from '../../hyperformula-plugin';
import { CATALOG, sheetsName } from '../../core';
import { evaluateStartupEquity, sheetsSamples, toCsv } from '../../scripts/make-examples';
import {
  CellValue,
  codeOf,
  decodeRange,
  EXAMPLES,
  openXlsx,
  parseCsv,
  readSheet,
  relationships,
  XlsxCell,
} from './xlsx-read';

const FILE = 'startup-equity.xlsx';
const SHEET = 'Startup equity';
const STALE = 'examples/ is out of date with the core: run `npm run examples` and commit the files';

let parts: Map<string, string>;
let cells: XlsxCell[];
const at = (ref: string): XlsxCell | undefined => cells.find((c) => c.ref === ref);
beforeAll(async () => {
  parts = await openXlsx(FILE);
  cells = readSheet(parts, SHEET);
});

const asCached = (value: unknown): CellValue => {
  if (value instanceof DetailedCellError) return { error: value.value };
  if (value === undefined || value === '') return null;
  return value as CellValue;
};

test('the committed files are what `npm run examples` writes now', () => {
  const grid = evaluateStartupEquity();
  const problems = grid.flatMap((row, r) =>
    row.flatMap((cell, c) => {
      const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
      const want = asCached(cell.value);
      const got = at(ref)?.value ?? null;
      return JSON.stringify(got) === JSON.stringify(want)
        ? []
        : [`${ref}: file ${JSON.stringify(got)}, core ${JSON.stringify(want)}`];
    }),
  );
  expect(problems.length ? `${STALE}: ${problems.slice(0, 5).join('; ')}` : 'current').toBe('current');
  expect(fs.readFileSync(path.join(EXAMPLES, 'startup-equity.csv'), 'utf8')).toBe(toCsv(grid));
  const sheets = sheetsSamples().find((s) => s.file === 'startup-equity.csv')!;
  expect(fs.readFileSync(path.join(EXAMPLES, 'sheets', sheets.file), 'utf8')).toBe(sheets.csv);
});

test("issue 20's figures on the sheet: the stake, breakpoints, and common's price at three exits", () => {
  expect(at('B18')!.value).toBeCloseTo(0.004, 12);
  expect([at('A10')!.value, at('A11')!.value, at('A12')!.value]).toEqual([4_750_000, 10_000_000, 20_000_000]);
  expect(at('B10')!.value).toBe('common starts to receive');
  // $30M: both rounds converted, so common's price is 30M / 15M fully diluted.
  expect(at('C23')!.value).toBe(2);
  expect(at('D23')!.value).toBeCloseTo(60_000 * (2 - 0.4), 6);
  // $8M: below the strike, so the options are worth nothing at that exit.
  expect(at('D22')!.value).toBe(0);
});

test('every formula is a dynamic array calling the catalog as _xldudf_AI_NAME (SUM as itself)', () => {
  const names = new Set(CATALOG.map((s) => s.name));
  const formulas = cells.filter((c) => c.formula);
  expect(formulas.map((c) => c.ref)).toEqual(['I4', 'A10', 'B17', 'B18', 'C22', 'D22']);
  for (const cell of formulas) {
    expect(cell.formula!.attrs.t).toBe('array');
    expect(cell.attrs.cm).toBe('1');
    for (const m of codeOf(cell.formula!.text).matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g))
      expect(m[1] === 'SUM' || names.has(m[1].replace(/^_xldudf_AI_/, ''))).toBe(true);
  }
});

test("the native chart: a scatter of common's payout (K) against exit value (H), its cached points the cells'", () => {
  const sheetPart = 'xl/worksheets/sheet1.xml';
  for (const [name, xml] of parts) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const parser = new SaxesParser({ xmlns: true });
    expect(() => {
      parser.write(xml).close();
    }).not.toThrow();
  }
  const drawingRel = relationships(parts, sheetPart).find((r) => r.type.endsWith('/drawing'))!;
  expect(parts.get(sheetPart)).toContain(`<drawing r:id="${drawingRel.id}"/>`);
  const chartRel = relationships(parts, drawingRel.target).find((r) => r.type.endsWith('/chart'))!;
  const chart = parts.get(chartRel.target)!;
  const types = parts.get('[Content_Types].xml')!;
  expect(types).toContain(
    `PartName="/${drawingRel.target}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"`,
  );
  expect(types).toContain(
    `PartName="/${chartRel.target}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`,
  );
  expect(chart).toContain('<c:scatterChart>');
  const refs = (axis: string) =>
    /<c:f>([^<]+)<\/c:f>/.exec(new RegExp(`<c:${axis}>([\\s\\S]*?)</c:${axis}>`).exec(chart)![1])![1];
  expect(refs('xVal')).toBe("'Startup equity'!$H$4:$H$24");
  expect(refs('yVal')).toBe("'Startup equity'!$K$4:$K$24");
  expect(at('K3')!.value).toBe('Common (options included)');
  const points = (axis: string) =>
    [...new RegExp(`<c:${axis}>([\\s\\S]*?)</c:${axis}>`).exec(chart)![1].matchAll(/<c:v>([^<]+)<\/c:v>/g)].map((m) =>
      Number(m[1]),
    );
  const column = (letter: string) => Array.from({ length: 21 }, (_, k) => at(`${letter}${k + 4}`)!.value);
  expect(points('xVal')).toEqual(column('H'));
  expect(points('yVal')).toEqual(column('K'));
});

test('recalculated from its own XML with the catalog plugin, every cached figure comes back', () => {
  const height = Math.max(...cells.map((c) => c.row));
  const width = Math.max(...cells.map((c) => c.col));
  const grid: (CellValue | string)[][] = Array.from({ length: height }, () => new Array(width).fill(null));
  const spills = cells.filter((c) => c.formula).map((c) => decodeRange(c.formula!.attrs.ref));
  const inSpill = (c: XlsxCell) =>
    spills.some((r) => c.row >= r.top && c.row <= r.bottom && c.col >= r.left && c.col <= r.right);
  for (const c of cells) {
    if (c.formula) grid[c.row - 1][c.col - 1] = `=${c.formula.text.replace(/_xldudf_AI_([A-Z0-9]+)\(/g, 'AI.$1(')}`;
    else if (!inSpill(c)) grid[c.row - 1][c.col - 1] = c.value;
  }
  registerCatalog();
  const hf = HyperFormula.buildFromArray(grid as (string | number | boolean | null)[][], {
    licenseKey: 'gpl-v3',
    smartRounding: false,
  });
  try {
    const computed = cells.filter(inSpill);
    const problems = computed.filter(
      (c) =>
        JSON.stringify(asCached(hf.getCellValue({ sheet: 0, row: c.row - 1, col: c.col - 1 }))) !==
        JSON.stringify(c.value),
    );
    expect(problems.map((c) => c.ref)).toEqual([]);
    // 3 breakpoints x 2, 21 exits x 3 classes, the sum, the stake, 3 prices and 3 option values
    expect(computed).toHaveLength(6 + 63 + 1 + 1 + 3 + 3);
  } finally {
    hf.destroy();
  }
});

test('the Sheets sample: Sheets names only, and imported and computed it gives the .xlsx figures', () => {
  const rows = parseCsv(fs.readFileSync(path.join(EXAMPLES, 'sheets', 'startup-equity.csv'), 'utf8'));
  const byName = new Map(CATALOG.map((s) => [sheetsName(s), s.name]));
  const formulas = rows.flatMap((row) => row.filter((t) => t.startsWith('=')));
  expect(formulas).toHaveLength(7);
  for (const f of formulas) {
    for (const m of codeOf(f).matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g))
      expect(byName.has(m[1]) || m[1] === 'SUM' || m[1] === 'SPARKLINE').toBe(true);
    expect(codeOf(f)).not.toMatch(/AI\.|_xldudf_/);
  }
  expect(formulas).toContain('=SPARKLINE(K4:K24,{"charttype","line"})');
  // HyperFormula has no SPARKLINE (an in-cell chart, no value): that cell is left out.
  const grid = rows.map((row) =>
    row.map((text) => {
      if (text.startsWith('=SPARKLINE')) return null;
      if (text.startsWith('=')) return text.replace(/\b(AI[A-Z]+)\(/g, (_m, name: string) => `AI.${byName.get(name)}(`);
      return text === '' ? null : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
    }),
  );
  registerCatalog();
  const hf = HyperFormula.buildFromArray(grid, { licenseKey: 'gpl-v3', smartRounding: false });
  try {
    const spills = cells.filter((c) => c.formula).map((c) => decodeRange(c.formula!.attrs.ref));
    const computed = cells.filter((c) =>
      spills.some((r) => c.row >= r.top && c.row <= r.bottom && c.col >= r.left && c.col <= r.right),
    );
    const problems = computed.filter(
      (c) =>
        JSON.stringify(asCached(hf.getCellValue({ sheet: 0, row: c.row - 1, col: c.col - 1 }))) !==
        JSON.stringify(c.value),
    );
    expect(problems.map((c) => c.ref)).toEqual([]);
    expect(computed.length).toBe(77);
  } finally {
    hf.destroy();
  }
});
