import fc from 'fast-check';
import {
  callByName,
  CATALOG,
  callFunction,
  defineFunction,
  getFunction,
  isSheetError,
  SheetError,
  withDefault,
} from '../../core';
import { numberParam } from '../../core/functions/params';
import { exampleFormula, exampleValues } from '../../core/examples';
import { paramHelp } from '../../core/help';

const call = (name: string, ...args: unknown[]) => callByName(name, args);

describe('lifting over ranges', () => {
  test('a column range gives a column result of the same shape', () => {
    const out = call('HOURLY', [[2080], [4160], [20800]]);
    expect(out).toEqual([[1], [2], [10]]);
  });
  test('a 2-D range gives a 2-D result', () => {
    expect(
      call(
        'ANNUAL',
        [
          [1, 2],
          [3, 4],
        ],
        10,
      ),
    ).toEqual([
      [10, 20],
      [30, 40],
    ]);
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
    const out = call(
      'BAND',
      [['AI Engineer'], ['Nope'], ['AI Engineer']],
      [['Senior'], ['Senior'], ['Mid']],
    ) as unknown[][];
    expect(out).toHaveLength(3);
    expect(out[0]).toEqual([200000, 230625, 269000]);
    expect(out[1].every((c) => isSheetError(c) && c.kind === 'VALUE')).toBe(true);
    expect(out[2]).toEqual([160000, 180000, 200000]);
  });
  test('blank input rows give blank output rows', () => {
    expect(call('BAND', [['AI Engineer'], [''], [null]], [['Senior'], [''], [null]], 'mid')).toEqual([
      [230625],
      [''],
      [''],
    ]);
    expect(call('BAND', [['AI Engineer'], ['']], [['Senior'], ['']])).toEqual([
      [200000, 230625, 269000],
      ['', '', ''],
    ]);
  });
  test('a half-blank row is an error saying what is missing', () => {
    const out = call('BAND', [['AI Engineer'], ['']], [['Senior'], ['Mid']], 'mid') as SheetError[][];
    expect(out[1][0].kind).toBe('VALUE');
    expect(out[1][0].message).toMatch(/role is required/);
  });
  test('a required argument left blank beside a given one, or with nothing passed at all, is #VALUE!', () => {
    // A single call whose every input is blank is a blank row (tests/core/blank-call.test.ts).
    expect((call('BAND', '', 'Senior') as SheetError).message).toMatch(/role is required/);
    expect((call('HOURLY') as SheetError).message).toMatch(/annual is required/);
  });
  test('an error value in an input cell passes through in its own cell', () => {
    const out = call('HOURLY', [
      [2080],
      ['#N/A'],
      [{ isSheetError: true, kind: 'NUM', message: 'upstream' }],
    ]) as unknown[][];
    expect(out[0][0]).toBe(1);
    expect((out[1][0] as SheetError).kind).toBe('NA');
    expect((out[2][0] as SheetError).message).toBe('upstream');
  });
  test('numbers as text are read; other text is #VALUE! with what was expected', () => {
    expect(call('HOURLY', '208,000')).toBe(100);
    expect(call('HOURLY', '$20,800')).toBe(10);
    expect((call('HOURLY', 'lots') as SheetError).message).toBe(
      'annual: expected an amount of at least 0, received "lots"',
    );
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
  fc.constantFrom(
    '',
    ' ',
    'Senior',
    'LLMOps',
    'mid',
    'nexus',
    'US',
    '15%',
    '1,000',
    '#N/A',
    'all',
    'public',
    '4y-cliff',
  ),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.constant({ isSheetError: true, kind: 'NA', message: 'upstream' }),
);
const anyArg = fc.oneof(
  anyCell,
  fc.array(fc.array(anyCell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
  fc.array(anyCell, { maxLength: 3 }),
);

function assertSpreadsheetSafe(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(assertSpreadsheetSafe);
  if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  else if (isSheetError(value)) {
    expect(value.message.length).toBeGreaterThan(5);
    // lift turns a body's throw into this #VALUE!: it keeps the sheet safe, but a body must not throw
    expect(value.message).not.toMatch(/failed on these inputs/);
  } else expect(['string', 'boolean']).toContain(typeof value);
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

describe("dates as Sheets hands them over: midnight in the spreadsheet's time zone", () => {
  // 2026-07-01 and 2027-07-01 as the user sees them, at midnight in zones east and west of UTC.
  const midnight = (isoDay: string, offsetHours: number) =>
    new Date(Date.parse(`${isoDay}T00:00:00Z`) - offsetHours * 3_600_000);
  test.each([
    ['London (UTC+1)', 1],
    ['Kolkata (UTC+5:30)', 5.5],
    ['New York (UTC-4)', -4],
    ['Los Angeles (UTC-7)', -7],
    ['UTC', 0],
  ])('%s', (_zone, offset) => {
    const aged = call(
      'AGE',
      100,
      midnight('2026-07-01', offset as number),
      midnight('2027-07-01', offset as number),
      0.04,
    );
    expect(aged).toBeCloseTo(100 * Math.pow(1.04, 365 / 365.25), 10);
    expect(call('AGE', 100, midnight('2026-07-01', offset as number), '2026-07-01', 0.04)).toBe(100);
  });
});

describe('defaults are parameter metadata: lift applies them, help prints them from the same value', () => {
  test('a blank or omitted hours is 2,080, in a single call and in a range', () => {
    expect(call('HOURLY', 208000)).toBe(100);
    expect(call('HOURLY', 208000, '')).toBe(100);
    expect(call('HOURLY', [[208000], [104000]], [[''], [1040]])).toEqual([[100], [100]]);
  });
  test('help prints the default and bounds the parameter carries', () => {
    const hours = getFunction('HOURLY')!.params[1];
    expect(hours.default).toBe(2080);
    expect(paramHelp(hours, 'excel')).toBe(
      'working hours in a year (default 2,080: 40 hours x 52 weeks; above 0 and at most 8,784)',
    );
    // Change the value and the help follows: nothing restates it in prose.
    expect(
      paramHelp(withDefault(numberParam('hours', 'working hours in a year', { min: 1 }, true), 1950), 'sheets'),
    ).toBe('working hours in a year (default 1,950; at least 1)');
  });
  test('a choice default reaches the body (AI.AGE compounds, AI.RANGE measures over the minimum)', () => {
    expect(call('AGE', 100, '2026-01-01', '2027-01-01', 0.1)).toBeCloseTo(
      call('AGE', 100, '2026-01-01', '2027-01-01', 0.1, 'compound') as number,
      12,
    );
    expect(call('RANGE', 100, 0.5)).toEqual(call('RANGE', 100, 0.5, 'over-min'));
  });
});

describe('run is typed from the parameter list', () => {
  test('a body that misreads its arguments does not compile', () => {
    const spec = defineFunction({
      name: 'TYPED',
      summary: 's',
      result: 'cell',
      example: [1],
      params: [numberParam('a', 'a'), withDefault(numberParam('b', 'b', {}, true), 2)],
      run: (a, b) => a * b,
    });
    // @ts-expect-error: the first argument is a number, not text
    const misread: (a: string, b: number) => number = spec.run;
    expect(typeof misread).toBe('function');
    expect(callFunction(spec, [3])).toBe(6);
  });
});

describe('trailing omitted arguments are dropped by the core, not by each host', () => {
  test('null and undefined after the last given argument do not count toward the arity', () => {
    expect(call('HOURLY', 208000, null, null, undefined)).toBe(100);
    expect((call('HOURLY', 208000, null, 5) as SheetError).message).toMatch(/at most 2 arguments .* received 3/);
  });
});

describe('blank cells sent as 0 by older Excel builds, where 0 can never be a name', () => {
  test('a row of zeros for role and level is a blank row, not "unknown role"', () => {
    expect(call('BAND', [['LLMOps'], [0], [null]], [['Senior'], [0], [0]], 'mid')).toEqual([
      [call('BAND', 'LLMOps', 'Senior', 'mid')],
      [''],
      [''],
    ]);
    expect(call('RATE', [[0], ['Machine Learning']], [[0], ['Senior']])).toEqual([
      [''],
      [call('RATE', 'Machine Learning', 'Senior')],
    ]);
  });
  test('0 as a role beside a real level reads as blank: "role is required", not "unknown role \\"0\\""', () => {
    const out = call('BAND', [['LLMOps'], [0]], [['Senior'], ['Mid']], 'mid') as SheetError[][];
    expect(out[1][0].message).toMatch(/^role is required/);
  });
  test('0 years of experience is still a level where the row is not blank', () => {
    expect(call('BAND', 'AI Engineer', 0, 'mid')).toBe(call('BAND', 'AI Engineer', 'Entry', 'mid'));
  });
  test('company type and schedule: a 0 is blank', () => {
    expect((call('EQUITY', 100000, 0) as SheetError).message).toMatch(/^Company type is needed/);
    expect(call('VEST', 400000, 1, 0)).toEqual(call('VEST', 400000, 1));
  });
  // Issue 19 changed this: in a ranged call a row of only 0s cannot be told from an older Excel's
  // blank row, so it is blank; a 0 beside other values, and a 0 outside a range, stay 0.
  test('numbers keep 0 beside other values; a row of only 0s in a range is blank', () => {
    expect(call('HOURLY', [[0], [2080]])).toEqual([[''], [1]]);
    expect(call('HOURLY', [[0], [2080]], [[2080], [2080]])).toEqual([[0], [1]]);
    expect(call('HOURLY', 0)).toBe(0);
  });
});

describe('a list argument never changes meaning with a row-count coincidence', () => {
  const exits = [[0], [10], [40]];
  const probabilities = [[0.5], [0.3], [0.2]];
  const single = call('EXITVALUE', 1000, 2, exits, probabilities) as number;
  test.each([1, 2, 3, 4, 5])(
    'the same three-scenario exit column beside %i grants gives each grant the same value',
    (rows) => {
      const grants = Array.from({ length: rows }, () => [1000]);
      const out = call('EXITVALUE', rows === 1 ? 1000 : grants, 2, exits, probabilities);
      expect(out).toEqual(rows === 1 ? single : grants.map(() => [single]));
    },
  );
  test.each([1, 2, 3, 4, 5])(
    'a payout column beside %i bases is one ratio per row; a row of ratios is one history for all',
    (rows) => {
      const bases = Array.from({ length: rows }, (_, r) => [100000 * (r + 1)]);
      const ratios = Array.from({ length: rows }, (_, r) => [0.5 + r * 0.25]);
      const perRow = call('BONUS', rows === 1 ? bases[0][0] : bases, 0.1, ratios);
      const want = bases.map((b, r) => [b[0] * 0.1 * ratios[r][0]]);
      expect(perRow).toEqual(rows === 1 ? want[0][0] : want);
      const shared = call('BONUS', rows === 1 ? bases[0][0] : bases, 0.1, [[1, 0.5]]);
      expect(shared).toEqual(rows === 1 ? 7500 : bases.map((b) => [b[0] * 0.1 * 0.75]));
    },
  );
  test('a payout column of another height than the bases is an error, never a shared history', () => {
    expect((call('BONUS', [[100000], [200000], [300000]], 0.1, [[1], [0.5]]) as SheetError).message).toMatch(
      /one list per row \(2 rows\)/,
    );
  });
  test("the rule is in each list parameter's help", () => {
    expect(paramHelp(getFunction('EXITVALUE')!.params[2], 'excel')).toMatch(
      /a row or column is one list used for every row, whatever the number of rows/,
    );
    expect(paramHelp(getFunction('BONUS')!.params[2], 'sheets')).toMatch(
      /beside ranges of other arguments, a column gives one value per row/,
    );
  });
});

describe('examples are structured arguments, spelled for each host by one function', () => {
  test('Excel and Sheets spelling, nested calls, dates and array constants', () => {
    const compa = getFunction('COMPA')!;
    expect(exampleFormula(compa, 'excel')).toBe('=AI.COMPA(195000,AI.BAND("LLMOps","Senior","mid"))');
    expect(exampleFormula(compa, 'sheets')).toBe('=AICOMPA(195000,AIBAND("LLMOps","Senior","mid"))');
    expect(exampleFormula(getFunction('AGE')!, 'sheets')).toBe('=AIAGE(180000,DATE(2026,1,1),DATE(2026,7,1),0.04)');
    expect(exampleFormula(getFunction('BONUS')!, 'excel')).toBe('=AI.BONUS(200000,0.15,{0.8,1})');
    expect(
      exampleFormula(
        {
          name: 'X',
          example: [
            'a "b"',
            true,
            null,
            [
              [1, 2],
              [3, 4],
            ],
          ],
        },
        'excel',
      ),
    ).toBe('=AI.X("a ""b""",TRUE,,{1,2;3,4})');
  });
  test('every example runs to a value that is not an error', () => {
    for (const spec of CATALOG) {
      const out = callFunction(spec, exampleValues(spec));
      expect({ name: spec.name, error: isSheetError(out) ? out.message : undefined }).toEqual({
        name: spec.name,
        error: undefined,
      });
    }
  });
});

// Issue 19: older Excel builds send a tracker's empty tail as 0s (office-js #4702, #5262, #1951): a
// row of blanks and 0s is blank in every column of every function that lifts over rows.
describe('a row of blanks and 0s is a blank row in every function', () => {
  // AI.HEALTH and AI.COMPRESSION read whole columns ('range') and count blank rows themselves; an
  // exit value of 0 (AI.WATERFALL, AI.COMMONPRICE) is a figure, never a blank (zeroIsBlank 'never').
  const lifting = CATALOG.filter(
    (spec) =>
      spec.params.some((p) => (p.kind ?? 'lifted') === 'lifted') &&
      !spec.params.some((p) => p.kind === 'range' || p.zeroIsBlank === 'never'),
  );
  test.each(lifting.map((spec) => [spec.name, spec]))('%s', (_name, spec) => {
    const args = exampleValues(spec).map((value, i) => {
      const p = spec.params[i];
      if ((p.kind ?? 'lifted') !== 'lifted' || Array.isArray(value)) return value;
      // row 1: 0 (or blank in every other lifted column); row 2: the example's own value
      return [[i % 2 === 0 ? 0 : null], [value]];
    });
    const out = callFunction(spec, args);
    expect(Array.isArray(out) && out.length).toBe(2);
    if (!Array.isArray(out)) return;
    expect(out[0].every((cell) => cell === '')).toBe(true);
  });
  test('a single 0 outside a ranged call is a 0, not a blank', () => {
    expect(call('HOURLY', 0)).toBe(0);
    expect(call('HOURLY', [[0], [208000]])).toEqual([[''], [100]]);
    expect(call('COMPA', [[0], [150000]], 150000)).toEqual([[''], [1]]);
  });
});
