/**
 * Band math (issue 3, item 1): hand-worked reference values, round trips, properties, and bad
 * inputs that must give #NUM! or #VALUE! with a message saying what would be right.
 */
import fc from 'fast-check';
import { CATALOG, isSheetError } from '../../core';
import { SENIOR_TO_ENTRY_RANGE, seniorityCurvePoint } from '../../core/band/local-band';
import { levels } from '../../core/vocabulary/levels';
import { call, err, num } from './call-helpers';

describe('AI.COMPA', () => {
  test('salary over midpoint, hand-worked', () => {
    expect(call('COMPA', 195000, 180000)).toBeCloseTo(1.0833333333, 9);
    expect(call('COMPA', 180000, 180000)).toBe(1);
  });
  test('takes the midpoint from AI.BAND', () => {
    const mid = call('BAND', 'AI Engineer', 'Senior', 'mid');
    expect(call('COMPA', 230625, mid)).toBe(1);
  });
  test('negative pay and a zero midpoint are #NUM! saying what is expected', () => {
    const negative = err(call('COMPA', -5, 180000));
    expect(negative.kind).toBe('NUM');
    expect(negative.message).toBe('salary: expected a salary of at least 0, received -5');
    expect(err(call('COMPA', 100, 0)).message).toBe('midpoint: expected a midpoint above 0, received 0');
  });
  test('lifts over a column: a blank row stays blank, a bad row errs alone', () => {
    const out = call('COMPA', [[180000], [null], ['lots'], [90000]], 180000) as unknown[][];
    expect(out[0][0]).toBe(1);
    expect(out[1][0]).toBe('');
    expect(err(out[2][0]).kind).toBe('VALUE');
    expect(out[3][0]).toBe(0.5);
  });
});

describe('AI.PENETRATION', () => {
  test('hand-worked: halfway through 200,000–269,000 is 0.5', () => {
    expect(call('PENETRATION', 234500, 200000, 269000)).toBe(0.5);
    expect(call('PENETRATION', 186200, 200000, 269000)).toBeCloseTo(-0.2, 12);
  });
  test('property: 0 at the minimum and 1 at the maximum', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e7, noNaN: true }),
        (min, width) => {
          const max = min + width;
          fc.pre(max > min);
          expect(call('PENETRATION', min, min, max)).toBe(0);
          expect(call('PENETRATION', max, min, max)).toBe(1);
        },
      ),
    );
  });
  test('a reversed range is #NUM! saying min and max may be swapped', () => {
    const e = err(call('PENETRATION', 210000, 269000, 200000));
    expect(e.kind).toBe('NUM');
    expect(e.message).toMatch(/above the minimum .*swapped/);
  });
});

describe('AI.SPREAD and AI.RANGE', () => {
  test('spread over the minimum, hand-worked', () => {
    expect(call('SPREAD', 200000, 269000)).toBeCloseTo(0.345, 12);
    expect(err(call('SPREAD', 269000, 200000)).kind).toBe('NUM');
  });
  test('range over the minimum (default): min, mid halfway, max', () => {
    expect(call('RANGE', 180000, 0.5)).toEqual([[144000, 180000, 216000]]);
  });
  test('range around the midpoint on request', () => {
    expect(call('RANGE', 180000, 0.5, 'around-mid')).toEqual([[135000, 180000, 225000]]);
    expect(err(call('RANGE', 180000, 3, 'around-mid')).kind).toBe('NUM');
  });
  test('a spread of -1 is #NUM! asking for a fraction of at least 0', () => {
    const e = err(call('RANGE', 180000, -1));
    expect(e.kind).toBe('NUM');
    expect(e.message).toBe('spread: expected a spread as a fraction from 0 to 3 (0.15 for 15%, not 15), received -1');
  });
  test('an unknown convention is #VALUE! listing the two', () => {
    expect(err(call('RANGE', 180000, 0.5, 'sideways')).message).toContain('"over-min", "around-mid"');
  });
  test('round trip: AI.SPREAD of AI.RANGE gives the spread back, and the midpoint is halfway', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e7, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (mid, spread) => {
          const [[min, m, max]] = call('RANGE', mid, spread) as number[][];
          expect(m).toBe(mid);
          expect(num(call('SPREAD', min, max))).toBeCloseTo(spread, 9);
          expect((min + max) / 2).toBeCloseTo(mid, 6);
        },
      ),
    );
  });
  test('lifts a column of midpoints into rows of min, mid, max', () => {
    expect(call('RANGE', [[100], [200]], 0.5)).toEqual([
      [80, 100, 120],
      [160, 200, 240],
    ]);
  });
});

describe('AI.AGE', () => {
  test('compound over four calendar years (1,461 days = 4 x 365.25) is amount x (1 + r)^4', () => {
    expect(call('AGE', 100000, '2024-01-01', '2028-01-01', 0.04)).toBeCloseTo(100000 * 1.04 ** 4, 6);
    expect(call('AGE', 100000, '2024-01-01', '2028-01-01', 0.04)).toBeCloseTo(116985.856, 3);
  });
  test('simple ageing on request', () => {
    expect(call('AGE', 100000, '2024-01-01', '2028-01-01', 0.04, 'simple')).toBeCloseTo(116000, 6);
  });
  test('actual days: one non-leap calendar year is 365 / 365.25 years', () => {
    expect(call('AGE', 100000, '2025-01-01', '2026-01-01', 0.04)).toBeCloseTo(100000 * 1.04 ** (365 / 365.25), 6);
  });
  test('dates as serial numbers and as Date values agree with ISO text', () => {
    const iso = call('AGE', 180000, '2026-01-01', '2026-07-01', 0.05);
    // 2026-01-01 is serial 46023; 2026-07-01 is 181 days later
    expect(call('AGE', 180000, 46023, 46023 + 181, 0.05)).toBe(iso);
    expect(call('AGE', 180000, new Date(2026, 0, 1), new Date(2026, 6, 1), 0.05)).toBe(iso);
    expect(call('AGE', 180000, 46023, 46023, 0.05)).toBe(180000);
  });
  test('reversed dates are #NUM! saying the order', () => {
    const e = err(call('AGE', 100000, '2026-01-01', '2025-01-01', 0.04));
    expect(e.kind).toBe('NUM');
    expect(e.message).toBe(
      'toDate: expected a date on or after fromDate (2026-01-01), received 2025-01-01; ageing runs forward from the survey date (swap the dates?)',
    );
  });
  test('a rate typed as a percentage number (4 for 4%) is #NUM!', () => {
    expect(err(call('AGE', 100000, '2025-01-01', '2026-01-01', 4)).message).toContain('0.15 for 15%, not 15');
  });
  test('a date that is not a date is #VALUE!', () => {
    expect(err(call('AGE', 100000, 'last spring', '2026-01-01', 0.04)).kind).toBe('VALUE');
  });
  test('a rate a typo made 100x (1 for 1%, -1 for -1%, 0.51) is #NUM! naming the bound; 50% either way is aged', () => {
    for (const typo of [1, -1, 0.51, -0.51, 0.9]) {
      const e = err(call('AGE', 100000, '2025-01-01', '2026-01-01', typo));
      expect(e.kind).toBe('NUM');
      expect(e.message).toContain('an annual rate as a fraction from -0.5 to 0.5');
    }
    expect(call('AGE', 100000, '2025-01-01', '2026-01-01', 0.5)).toBeCloseTo(100000 * 1.5 ** (365 / 365.25), 6);
    expect(call('AGE', 100000, '2025-01-01', '2026-01-01', -0.5)).toBeCloseTo(100000 * 0.5 ** (365 / 365.25), 6);
  });
  test('the help states the bound as our choice', () => {
    const rate = CATALOG.find((spec) => spec.name === 'AGE')!.params.find((p) => p.name === 'annualRate')!;
    expect(rate.description).toMatch(/from -0\.5 to 0\.5 \(our bound, not a source's/);
  });
});

describe('AI.BLEND', () => {
  test('equal weights, then weighted (weights normalised)', () => {
    expect(call('BLEND', [[100, 200, 300]])).toBe(200);
    expect(call('BLEND', [[100, 200]], [[1, 3]])).toBe(175);
    expect(call('BLEND', [[100], [200]], [[0.25], [0.75]])).toBe(175);
  });
  test('a block gives one blend per row', () => {
    expect(
      call('BLEND', [
        [100, 200],
        [300, 500],
      ]),
    ).toEqual([[150], [400]]);
  });
  test('weights must match the values and not all be zero', () => {
    expect(err(call('BLEND', [[100, 200]], [[1]])).message).toBe(
      'weights: expected one weight for each of the 2 values, received 1',
    );
    expect(err(call('BLEND', [[100, 200]], [[0, 0]])).kind).toBe('NUM');
    expect(err(call('BLEND', [[100, 200]], [[1, -1]])).kind).toBe('NUM');
  });
});

describe('AI.LOCALBAND: a local anchor along the US seniority curve', () => {
  test('the default curve is the AI Engineer band midpoints', () => {
    const mid = seniorityCurvePoint({ level: levels.byId('mid')! });
    expect(isSheetError(mid) ? mid : mid.value).toBe(180000);
  });
  test('projects with the ratio of US midpoints: Senior / Mid = 230,625 / 180,000', () => {
    expect(call('LOCALBAND', 2400000, 'Mid', 'Senior')).toBeCloseTo(2400000 * (230625 / 180000), 6);
    expect(call('LOCALBAND', 2400000, 'Mid', 'Mid')).toBe(2400000);
  });
  test('its senior / entry ratio sits in the 1.5–1.8 range seed 001 gives', () => {
    const ratio = num(call('LOCALBAND', 1, 'Entry', 'Senior'));
    expect(ratio).toBeGreaterThanOrEqual(SENIOR_TO_ENTRY_RANGE.low);
    expect(ratio).toBeLessThanOrEqual(SENIOR_TO_ENTRY_RANGE.high);
  });
  test('a level the curve does not cover is #N/A saying so', () => {
    const e = err(call('LOCALBAND', 2400000, 'Mid', 'Lead'));
    expect(e.kind).toBe('NA');
    expect(e.message).toContain('no point for the Lead level');
  });
});

describe('contractor and loaded-cost math', () => {
  test('a 50% markup is a 33.3% margin', () => {
    expect(call('BILLRATE', 60, 0.5)).toBe(90);
    expect(call('PAYRATE', 90, 0.5)).toBe(60);
    expect(call('MARGIN', 90, 60)).toBeCloseTo(1 / 3, 12);
  });
  test('round trip: AI.PAYRATE of AI.BILLRATE, and AI.HOURLY of AI.ANNUAL', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (pay, markup) => {
          expect(num(call('PAYRATE', call('BILLRATE', pay, markup), markup))).toBeCloseTo(pay, 9);
          expect(num(call('HOURLY', call('ANNUAL', pay)))).toBeCloseTo(pay, 9);
        },
      ),
    );
  });
  test('margin and markup are two readings of the same rates', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (pay, markup) => {
          const bill = num(call('BILLRATE', pay, markup));
          expect(num(call('MARGIN', bill, pay))).toBeCloseTo(markup / (1 + markup), 9);
        },
      ),
    );
  });
  test('negative pay or markup is #NUM!', () => {
    expect(err(call('BILLRATE', -60, 0.5)).message).toBe('payRate: expected a pay rate of at least 0, received -60');
    expect(err(call('PAYRATE', 90, -0.5)).kind).toBe('NUM');
  });
  test('AI.LOADED: salary x burden; no default burden, since no source states one', () => {
    expect(call('LOADED', 180000, 1.3)).toBeCloseTo(234000, 6);
    const e = err(call('LOADED', 180000));
    expect(e.kind).toBe('NA');
    expect(e.message).toContain('no source in the data states a burden multiplier');
    expect(err(call('LOADED', 180000, 0.5)).kind).toBe('NUM');
  });
});

describe('AI.LOCALBAND argument messages', () => {
  test('a bad anchor level is named as anchorLevel', () => {
    const e = err(call('LOCALBAND', 2400000, -3, 'Senior'));
    expect(e.message.startsWith('anchorLevel:')).toBe(true);
  });
});
