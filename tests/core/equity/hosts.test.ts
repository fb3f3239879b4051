/**
 * The preference stack functions (issue 20) through both built hosts: dist/excel-addin's functions
 * script as Excel calls it (every argument a 2-D array, omitted ones null) and dist/sheets-addon's
 * Code.js as Sheets calls it (scalars as scalars, blanks ''). The worked example's figures, a column
 * of exits in one call, a stack missing a term, and random stacks giving the core's payouts, which
 * add up to the exit value. Needs `npm run build:sheets && npm run build:excel`.
 */
import fc from 'fast-check';
import { callByName } from '../../../core';
import { loadFunctionsScript, LoadedFunctions, ShimError } from '../../../testkit/excel/built';
import { Addon, loadAddon } from '../../../testkit/sheets/addon';
import { stackGrid, stackTerms } from './stack-gen';

let excel: LoadedFunctions;
let sheets: Addon;
beforeAll(() => {
  excel = loadFunctionsScript();
  sheets = loadAddon();
});

const callExcel = (name: string, ...args: unknown[]): unknown[][] => {
  const fn = excel.associated.get(name);
  if (!fn) throw new Error(`functions.js did not associate ${name}`);
  return fn(...args.map((a) => (Array.isArray(a) ? a : a === null ? null : [[a]])));
};
/** Sheets hands blank cells over as ''. */
const sheetsCells = (grid: unknown[][]) => grid.map((row) => row.map((cell) => (cell === null ? '' : cell)));
const callSheets = (name: string, ...args: unknown[]): unknown =>
  sheets.global[name](...args.map((a) => (Array.isArray(a) ? sheetsCells(a) : a === null ? '' : a)));

const seriesA = (participating: string) => [
  ['Class', 'Shares', 'Invested', 'Preference multiple', 'Participating', 'Seniority'],
  ['Series A', 5_000_000, 10_000_000, 1, participating, 1],
  ['Common', 15_000_000, null, null, null, null],
];

describe("issue 20's worked example in each host", () => {
  test('Excel AI.COMMONPRICE / AI.BREAKPOINTS', () => {
    expect(callExcel('COMMONPRICE', 30_000_000, seriesA('no'))[0][0]).toBeCloseTo(4 / 3, 10);
    expect(callExcel('COMMONPRICE', 60_000_000, seriesA('no'))[0][0]).toBeCloseTo(3, 10);
    expect(callExcel('COMMONPRICE', 30_000_000, seriesA('yes'))[0][0]).toBeCloseTo(1, 10);
    expect(callExcel('BREAKPOINTS', seriesA('no'))).toEqual([
      [10_000_000, 'common starts to receive'],
      [40_000_000, 'Series A converts to common'],
    ]);
    expect(callExcel('STAKE', 80_000, 20_000_000)[0][0]).toBeCloseTo(0.004, 12);
  });

  test('Sheets AICOMMONPRICE / AIBREAKPOINTS', () => {
    expect(callSheets('AICOMMONPRICE', 30_000_000, seriesA('no'))).toBeCloseTo(4 / 3, 10);
    expect(callSheets('AICOMMONPRICE', 60_000_000, seriesA('no'))).toBeCloseTo(3, 10);
    expect(callSheets('AICOMMONPRICE', 30_000_000, seriesA('yes'))).toBeCloseTo(1, 10);
    expect(callSheets('AIBREAKPOINTS', seriesA('no'))).toEqual([
      [10_000_000, 'common starts to receive'],
      [40_000_000, 'Series A converts to common'],
    ]);
    expect(callSheets('AISTAKE', 80_000, 20_000_000)).toBeCloseTo(0.004, 12);
  });

  test('AI.EXITVALUE with the stack, and AI.OPTION priced by AI.COMMONPRICE, agree across hosts', () => {
    const args = [1000, 0.5, [[30_000_000, 60_000_000]], [[0.5, 0.5]], null, null, seriesA('no')];
    const expected = 1000 * (0.5 * (4 / 3 - 0.5) + 0.5 * (3 - 0.5));
    expect(callExcel('EXITVALUE', ...args)[0][0]).toBeCloseTo(expected, 8);
    expect(callSheets('AIEXITVALUE', ...args)).toBeCloseTo(expected, 8);
    const price = callSheets('AICOMMONPRICE', 30_000_000, seriesA('no'));
    expect(callSheets('AIOPTION', 1000, 0.5, price)).toBeCloseTo(1000 * (4 / 3 - 0.5), 8);
  });
});

test('a column of exits is one call in each host: a row per exit, blank rows blank', () => {
  const exits = [[10_000_000], [null], [60_000_000]];
  const inExcel = callExcel('WATERFALL', exits, seriesA('no'));
  expect(inExcel[0]).toEqual([10_000_000, 0]);
  expect(inExcel[1]).toEqual(['', '']);
  expect(inExcel[2][1]).toBeCloseTo(45_000_000, 4);
  expect(callSheets('AIWATERFALL', exits, seriesA('no'))).toEqual(inExcel);
});

describe('a stack missing a term: one error naming the row and column', () => {
  const missing = seriesA('no').map((row, r) => (r === 1 ? row.map((v, c) => (c === 2 ? null : v)) : row));
  const why = 'row 2, column "Invested": blank: expected the amount the class invested';

  test('Excel: #VALUE! with the message', () => {
    const cell = callExcel('COMMONPRICE', 30_000_000, missing)[0][0] as ShimError;
    expect(cell).toBeInstanceOf(ShimError);
    expect(cell.code).toBe('#VALUE!');
    expect(cell.message).toContain(why);
  });

  test('Sheets: the formula fails with the message', () => {
    expect(() => callSheets('AICOMMONPRICE', 30_000_000, missing)).toThrow(why);
  });
});

test("random stacks: each host gives the core's payouts, which add up to the exit value", () => {
  let checked = 0;
  fc.assert(
    fc.property(stackTerms, fc.noBias(fc.integer({ min: 0, max: 200_000_000 })), (terms, exit) => {
      const stack = stackGrid(terms);
      const core = callByName('WATERFALL', [exit, stack]) as number[][];
      const inExcel = callExcel('WATERFALL', exit, stack);
      expect(inExcel).toEqual(core);
      expect(callSheets('AIWATERFALL', exit, stack)).toEqual(core);
      const total = inExcel.reduce((a, [v]) => a + (v as number), 0);
      expect(Math.abs(total - exit)).toBeLessThanOrEqual(1e-9 * Math.max(1, exit));
      checked++;
    }),
    { numRuns: 300 },
  );
  expect(checked).toBe(300);
});
