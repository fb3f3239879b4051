import fc from 'fast-check';
import { callByName, CATALOG, callFunction, isSheetError, SheetError } from '../../core';

const call = (name: string, ...args: unknown[]) => callByName(name, args);

describe('lifting over ranges', () => {
  test('a column range gives a column result of the same shape', () => {
    const out = call('HOURLY', [[2080], [4160], [20800]]);
    expect(out).toEqual([[1], [2], [10]]);
  });
  test('a 2-D range gives a 2-D result', () => {
    expect(call('ANNUAL', [[1, 2], [3, 4]], 10)).toEqual([[10, 20], [30, 40]]);
  });
  test('scalars broadcast against ranges', () => {
    expect(call('BAND', [['AI Engineer'], ['AI Engineer']], 'Senior', 'mid')).toEqual([[230625], [230625]]);
  });
  test('mismatched shapes are #VALUE! naming both shapes', () => {
    const e = call('BAND', [['AI Engineer'], ['LLMOps']], [['Senior'], ['Mid'], ['Entry']]) as SheetError;
    expect(e.kind).toBe('VALUE');
    expect(e.message).toMatch(/role is 2×1 and level is 3×1/);
  });
  test('a row result gives one row per input row, errors fill their own row only', () => {
    const out = call('BAND', [['AI Engineer'], ['Nope'], ['AI Engineer']], [['Senior'], ['Senior'], ['Mid']]) as unknown[][];
    expect(out).toHaveLength(3);
    expect(out[0]).toEqual([200000, 230625, 269000]);
    expect(out[1].every((c) => isSheetError(c) && c.kind === 'VALUE')).toBe(true);
    expect(out[2]).toEqual([160000, 180000, 200000]);
  });
  test('blank input rows give blank output rows', () => {
    expect(call('BAND', [['AI Engineer'], [''], [null]], [['Senior'], [''], [null]], 'mid')).toEqual([[230625], [''], ['']]);
    expect(call('BAND', [['AI Engineer'], ['']], [['Senior'], ['']])).toEqual([[200000, 230625, 269000], ['', '', '']]);
  });
  test('a half-blank row is an error saying what is missing', () => {
    const out = call('BAND', [['AI Engineer'], ['']], [['Senior'], ['Mid']], 'mid') as SheetError[][];
    expect(out[1][0].kind).toBe('VALUE');
    expect(out[1][0].message).toMatch(/role is required/);
  });
  test('a required argument left blank in a single call is #VALUE!', () => {
    expect((call('HOURLY', null) as SheetError).message).toMatch(/annual is required/);
  });
  test('an error value in an input cell passes through in its own cell', () => {
    const out = call('HOURLY', [[2080], ['#N/A'], [{ isSheetError: true, kind: 'NUM', message: 'upstream' }]]) as unknown[][];
    expect(out[0][0]).toBe(1);
    expect((out[1][0] as SheetError).kind).toBe('NA');
    expect((out[2][0] as SheetError).message).toBe('upstream');
  });
  test('numbers as text are read; other text is #VALUE! with what was expected', () => {
    expect(call('HOURLY', '208,000')).toBe(100);
    expect(call('HOURLY', '$20,800')).toBe(10);
    expect((call('HOURLY', 'lots') as SheetError).message).toBe('annual: expected an amount of at least 0, received "lots"');
    expect((call('HOURLY', true) as SheetError).kind).toBe('VALUE');
    expect((call('HOURLY', -5) as SheetError).kind).toBe('NUM');
  });
  test('too many arguments is #VALUE!', () => {
    expect((call('HOURLY', 1, 2, 3) as SheetError).message).toMatch(/at most 2 arguments/);
  });
  test('a 1-D array is read as one row', () => {
    expect(call('HOURLY', [2080, 4160])).toEqual([[1, 2]]);
  });
  test('a ragged range is #VALUE!', () => {
    expect((call('HOURLY', [[1, 2], [3]]) as SheetError).message).toMatch(/not rectangular/);
  });
});

/** Anything a spreadsheet could hand over in a cell, and some things it should not. */
const anyCell = fc.oneof(
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', ' ', 'Senior', 'LLMOps', 'mid', 'nexus', 'US', '15%', '1,000', '#N/A', 'all', 'public', '4y-cliff'),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.constant({ isSheetError: true, kind: 'NA', message: 'upstream' }),
);
const anyArg = fc.oneof(anyCell, fc.array(fc.array(anyCell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), fc.array(anyCell, { maxLength: 3 }));

function assertSpreadsheetSafe(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(assertSpreadsheetSafe);
  if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  else if (isSheetError(value)) {
    expect(value.message.length).toBeGreaterThan(5);
    // lift turns a body's throw into this #VALUE!: it keeps the sheet safe, but a body must not throw
    expect(value.message).not.toMatch(/failed on these inputs/);
  }
  else expect(['string', 'boolean']).toContain(typeof value);
}

describe('properties: no input makes a function throw or return NaN or Infinity', () => {
  test.each(CATALOG.map((spec) => [spec.name, spec]))('%s', (_name, spec) => {
    fc.assert(
      fc.property(fc.array(anyArg, { maxLength: spec.params.length + 1 }), (args) => {
        const out = callFunction(spec, args);
        assertSpreadsheetSafe(out);
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });
});

describe('dates as Sheets hands them over: midnight in the spreadsheet\'s time zone', () => {
  // 2026-07-01 and 2027-07-01 as the user sees them, at midnight in zones east and west of UTC.
  const midnight = (isoDay: string, offsetHours: number) => new Date(Date.parse(`${isoDay}T00:00:00Z`) - offsetHours * 3_600_000);
  test.each([['London (UTC+1)', 1], ['Kolkata (UTC+5:30)', 5.5], ['New York (UTC-4)', -4], ['Los Angeles (UTC-7)', -7], ['UTC', 0]])('%s', (_zone, offset) => {
    const aged = call('AGE', 100, midnight('2026-07-01', offset as number), midnight('2027-07-01', offset as number), 0.04);
    expect(aged).toBeCloseTo(100 * Math.pow(1.04, 365 / 365.25), 10);
    expect(call('AGE', 100, midnight('2026-07-01', offset as number), '2026-07-01', 0.04)).toBe(100);
  });
});
