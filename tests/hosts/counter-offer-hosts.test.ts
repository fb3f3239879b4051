/**
 * The counter-offer through both built hosts (issue 13, item 5): AI.MATCHBASE / AIMATCHBASE and
 * AI.MATCHSIGNON / AIMATCHSIGNON called as Excel calls dist/excel-addin/functions.js and as Sheets
 * calls dist/sheets-addon/Code.js, each fed the host's own AI.OFFER / AI.OFFERTABLE results, so
 * the round trips hold end to end, and errors reach the user with the core's message.
 * Needs `npm run build:sheets && npm run build:excel` (npm test builds first).
 */
import fc from 'fast-check';
import { callByName } from '../../core';
import { loadFunctionsScript, LoadedFunctions, ShimError } from '../../testkit/excel/built';
import { Addon, loadAddon } from '../../testkit/sheets/addon';

let excel: LoadedFunctions;
let sheets: Addon;
beforeAll(() => {
  excel = loadFunctionsScript();
  sheets = loadAddon();
});

/** Excel: every argument a 2-D array, a scalar as [[value]], omitted ones null. */
function callExcel(name: string, arity: number, ...given: unknown[]): unknown[][] {
  const fn = excel.associated.get(name);
  if (!fn) throw new Error(`functions.js did not associate ${name}`);
  const args = given.map((arg) => (Array.isArray(arg) ? arg : arg === null ? null : [[arg]]));
  while (args.length < arity) args.push(null);
  return fn(...args);
}
const excelValue = (name: string, arity: number, ...given: unknown[]): unknown =>
  callExcel(name, arity, ...given)[0][0];

/** Sheets: scalars as scalars, ranges as 2-D arrays, a blank as ''. */
const callSheets = (name: string, ...args: unknown[]): unknown =>
  sheets.global[name](...args.map((a) => (a === null ? '' : a)));

const firstYearOf = (table: unknown[][]): number =>
  table.find((row) => row[0] === 'first-year total (risk-adjusted)')![1] as number;
const close = (actual: unknown, expected: number, scale: number) => {
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, scale));
};

const TERMS = [0.15, [[0.8, 1]], 400000, 'startup', '4y-1y-cliff-monthly', 20000] as const;

describe('AI.MATCHBASE(AI.OFFER(b, ...), ...) is b in each host', () => {
  test('over random offers, each host fed its own AI.OFFER, equal to the core', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 3e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { maxLength: 3 }),
        fc.double({ min: 0, max: 4e6, noNaN: true }),
        fc.constantFrom('public', 'private', 'startup', 'growth', 'enterprise'),
        fc.constantFrom('4y-1y-cliff-monthly', '5/15/40/40', '3y'),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
        (base, target, payouts, grant, type, schedule, signOn, years, discount) => {
          const terms = [target, payouts.length ? [payouts] : null, grant, type, schedule, signOn, years, discount];
          const inExcel = excelValue('OFFER', 9, base, ...terms) as number;
          const inSheets = callSheets('AIOFFER', base, ...terms) as number;
          const matchedInExcel = excelValue('MATCHBASE', 10, inExcel, ...terms);
          const matchedInSheets = callSheets('AIMATCHBASE', inSheets, ...terms);
          close(matchedInExcel, base, inExcel);
          close(matchedInSheets, base, inSheets);
          expect(matchedInExcel).toBe(callByName('MATCHBASE', [inExcel, ...terms]));
          expect(matchedInSheets).toBe(matchedInExcel);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('a tracker column spills one base a row: blank rows blank, a bad row errs alone', () => {
    const targets = [[304700], [null], [50000], [310000]];
    const inExcel = callExcel('MATCHBASE', 10, targets, ...TERMS);
    expect(inExcel).toHaveLength(4);
    close(inExcel[0][0], 220000, 304700);
    expect(inExcel[1][0]).toBe('');
    expect(inExcel[2][0]).toBeInstanceOf(ShimError);
    expect(typeof inExcel[3][0]).toBe('number');
    const inSheets = callSheets(
      'AIMATCHBASE',
      targets.map(([t]) => [t ?? '']),
      ...TERMS,
    ) as unknown[][];
    expect(inSheets[0][0]).toBe(inExcel[0][0]);
    expect(inSheets[1][0]).toBe('');
    expect(inSheets[2][0]).toMatch(
      /^#NUM!: Target: no base of 0 or more matches \$50,000 as the risk-adjusted average a year/,
    );
    expect(inSheets[3][0]).toBe(inExcel[3][0]);
  });
});

describe('no base can match: the user sees why and by how much', () => {
  const why =
    'Target: no base of 0 or more matches $50,000 as the risk-adjusted average a year over 4 years, because the other terms alone (risk-adjusted equity and sign-on) come to $55,000, $5,000 more than the target; this offer already beats it at any base';

  test('Excel: #VALUE! with the message starting "#NUM!" (Excel shows a message on #VALUE! only)', () => {
    const cell = callExcel('MATCHBASE', 10, 50000, ...TERMS)[0][0] as ShimError;
    expect(cell).toBeInstanceOf(ShimError);
    expect(cell.code).toBe('#VALUE!');
    expect(cell.message).toBe(`#NUM! ${why}`);
  });

  test('Sheets: the formula fails (#ERROR!) with the message', () => {
    expect(() => callSheets('AIMATCHBASE', 50000, ...TERMS)).toThrow(why);
  });
});

describe('AI.MATCHSIGNON closes the gap on the measure in each host', () => {
  test("year1: with the answered sign-on, the host's own AI.OFFERTABLE first-year total is the rival's", () => {
    const rival = [260000, 0.2, null, 600000, 'public', '5/15/40/40', 50000];
    const own = [230000, 0.15, [[0.8, 1]], 400000, 'startup', '4y-1y-cliff-monthly'];
    const rivalExcel = firstYearOf(callExcel('OFFERTABLE', 10, ...rival));
    const rivalSheets = firstYearOf(callSheets('AIOFFERTABLE', ...rival) as unknown[][]);
    expect(rivalSheets).toBe(rivalExcel);
    // rival: 260,000 + 52,000 + 600,000 x 5% + 50,000 = 392,000; own with none: 230,000 + 31,050 + 50,000 = 311,050
    close(rivalExcel, 392000, 392000);
    const signOnExcel = excelValue('MATCHSIGNON', 10, rivalExcel, ...own, null, null, 'year1') as number;
    const signOnSheets = callSheets('AIMATCHSIGNON', rivalSheets, ...own, null, null, 'year1') as number;
    close(signOnExcel, 392000 - 311050, 392000);
    expect(signOnSheets).toBe(signOnExcel);
    close(firstYearOf(callExcel('OFFERTABLE', 10, ...own, signOnExcel)), rivalExcel, rivalExcel);
    close(firstYearOf(callSheets('AIOFFERTABLE', ...own, signOnSheets) as unknown[][]), rivalSheets, rivalSheets);
  });

  test("average (the default) and total: with the answered sign-on, the host's own AI.OFFER is the rival's, over random offers", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 150000, max: 600000, noNaN: true }),
        fc.double({ min: 50000, max: 150000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 2e6, noNaN: true }),
        fc.constantFrom('public', 'private', 'startup', 'growth', 'enterprise'),
        fc.constantFrom('4y-1y-cliff-monthly', '5/15/40/40', '3y'),
        fc.integer({ min: 1, max: 10 }),
        (rivalBase, ownBase, target, grant, type, schedule, years) => {
          // the rival's base is higher and the own offer has no grant, so a sign-on is always needed
          const rival = [rivalBase, target, null, grant, type, schedule, 0, years];
          const own = [ownBase, target, null, 0, type, schedule];
          const rivalExcel = excelValue('OFFER', 9, ...rival) as number;
          const rivalSheets = callSheets('AIOFFER', ...rival) as number;
          const signOnExcel = excelValue('MATCHSIGNON', 10, rivalExcel, ...own, years) as number;
          const signOnSheets = callSheets('AIMATCHSIGNON', rivalSheets, ...own, years) as number;
          expect(signOnSheets).toBe(signOnExcel);
          close(excelValue('OFFER', 9, ...own, signOnExcel, years), rivalExcel, rivalExcel);
          close(callSheets('AIOFFER', ...own, signOnSheets, years), rivalSheets, rivalSheets);
          // total: the same sign-on, since the total is the average times the same years
          close(
            excelValue('MATCHSIGNON', 10, rivalExcel * years, ...own, years, null, 'total'),
            signOnExcel,
            signOnExcel,
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  test('no gap: 0 in both hosts, not an error', () => {
    const own = [230000, 0.15, [[0.8, 1]], 400000, 'startup', '4y-1y-cliff-monthly'];
    expect(callExcel('MATCHSIGNON', 10, 300000, ...own)).toEqual([[0]]);
    expect(callSheets('AIMATCHSIGNON', 300000, ...own)).toBe(0);
  });
});
