/**
 * Offer math catalog functions (issue 3, item 2) through the registry and the lifting mechanism:
 * published reference values, hand-worked cases, properties, and bad inputs.
 */
import fc from 'fast-check';
import { callByName } from '../../core';
import { decomposeOffer } from '../../core/offer/valuation';
import { parseOffer } from '../../core/offer/schema';
import { normalCdf } from '../../core/offer/options';
import { call, err, num } from './call-helpers';

describe('AI.BONUS', () => {
  test('target weighted by the mean actual payout ratio (seed 001), else the target', () => {
    expect(call('BONUS', 200000, 0.15, [[0.8, 1]])).toBe(27000);
    expect(call('BONUS', 200000, 0.15)).toBe(30000);
    expect(call('BONUS', 200000, 0.15, [[0.6], [null], [0.8]])).toBeCloseTo(21000, 9);
  });
  test('a payout ratio that is not a ratio (80 for 80%) is #NUM! saying 0.8', () => {
    const e = err(call('BONUS', 200000, 0.15, [[80]]));
    expect(e.kind).toBe('NUM');
    expect(e.message).toBe(
      'Payout history: expected a payout ratio (actual / target) as a fraction from 0 to 3 (0.15 for 15%, not 15), received 80',
    );
  });
  test('negative pay is #NUM!', () => {
    expect(err(call('BONUS', -200000, 0.15)).message).toBe(
      'Base salary: expected an annual base salary of at least 0, received -200000',
    );
  });
  test('one payout history per row beside a column of bases', () => {
    expect(
      call('BONUS', [[100000], [200000]], 0.1, [
        [1, 0.5],
        [1, 1],
      ]),
    ).toEqual([[7500], [20000]]);
  });
});

describe('AI.EQUITY', () => {
  test('public RSUs at value; private and startup at half by default; enterprise at value, growth at half (our defaults)', () => {
    expect(call('EQUITY', 100000, 'public')).toBe(100000);
    expect(call('EQUITY', 100000, 'private')).toBe(50000);
    expect(call('EQUITY', 100000, 'Startup')).toBe(50000);
    expect(call('EQUITY', 100000, 'enterprise')).toBe(100000);
    expect(call('EQUITY', 100000, 'growth')).toBe(50000);
  });
  test('an explicit discount overrides; 1 is worthless', () => {
    expect(call('EQUITY', 100000, 'public', 0.25)).toBe(75000);
    expect(call('EQUITY', 100000, 'startup', 1)).toBe(0);
    expect(err(call('EQUITY', 100000, 'startup', 50)).kind).toBe('NUM');
  });
  test('an unknown company type is #VALUE! listing the types', () => {
    expect(err(call('EQUITY', 100000, 'unicorn')).message).toContain(
      '"public", "private", "startup", "growth", "enterprise"',
    );
  });
  test('property: equity value never exceeds its undiscounted value', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e8, noNaN: true }),
        fc.constantFrom('public', 'private', 'startup', 'growth', 'enterprise'),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        (value, type, discount) => {
          const adjusted = num(
            discount === undefined ? call('EQUITY', value, type) : call('EQUITY', value, type, discount),
          );
          expect(adjusted).toBeLessThanOrEqual(value);
          expect(adjusted).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('AI.OPTION', () => {
  test('normal CDF reference values', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145705, 14);
  });
  test('Black-Scholes, the worked example of Hull (Options, Futures and Other Derivatives, Black-Scholes-Merton chapter): S=42, K=40, r=10%, sigma=20%, T=0.5: call 4.76', () => {
    expect(num(call('OPTION', 1, 40, 42, 0.5, 0.2, 0.1))).toBeCloseTo(4.76, 2);
    expect(num(call('OPTION', 1000, 40, 42, 0.5, 0.2, 0.1))).toBeCloseTo(4759.42, 1);
  });
  test("with a dividend yield, Hull's stock-index option example: S=930, K=900, r=8%, q=3%, sigma=20%, T=2/12: call 51.83", () => {
    expect(num(call('OPTION', 1, 900, 930, 2 / 12, 0.2, 0.08, 0.03))).toBeCloseTo(51.83, 2);
  });
  test('intrinsic value without volatility; RSUs (strike 0) at price', () => {
    expect(call('OPTION', 1000, 2, 10)).toBe(8000);
    expect(call('OPTION', 1000, 12, 10)).toBe(0);
    expect(call('OPTION', 100, 0, 150)).toBe(15000);
  });
  test('Black-Scholes is at least intrinsic value for a non-dividend call', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        (strike, price, years, vol) => {
          const value = num(call('OPTION', 1, strike, price, years, vol, 0.03));
          expect(value).toBeGreaterThanOrEqual(Math.max(price - strike, 0) - 1e-9);
          expect(value).toBeLessThanOrEqual(price + 1e-9);
        },
      ),
    );
  });
  test('volatility without years is #VALUE! asking for years', () => {
    expect(err(call('OPTION', 1000, 2, 10, null, 0.4)).message).toContain(
      'Years to expiry: expected the years to expiry',
    );
    expect(err(call('OPTION', 1000, 2, 10, 4, 40)).kind).toBe('NUM');
  });
});

describe('AI.EXITVALUE', () => {
  test('hand-worked: 10,000 options at 2 over exits 0/10/40 with 50/30/20%, 5 years at 10%', () => {
    // 10,000 x (0.3 x 8 + 0.2 x 38) / 1.1^5 = 100,000 / 1.61051
    expect(num(call('EXITVALUE', 10000, 2, [[0, 10, 40]], [[0.5, 0.3, 0.2]], 5, 0.1))).toBeCloseTo(100000 / 1.61051, 6);
    expect(call('EXITVALUE', 10000, 2, [[0], [10], [40]], [[0.5], [0.3], [0.2]])).toBeCloseTo(100000, 6);
  });
  test('probabilities below 1 leave the rest to no exit', () => {
    expect(call('EXITVALUE', 100, 0, [[10]], [[0.25]])).toBe(250);
  });
  test('probabilities over 1, or not matching the exits, are errors saying so', () => {
    expect(err(call('EXITVALUE', 100, 0, [[10, 20]], [[0.7, 0.7]])).message).toContain('adding up to at most 1');
    expect(err(call('EXITVALUE', 100, 0, [[10, 20]], [[0.7]])).message).toBe(
      'Probabilities: expected one probability for each of the 2 exit prices, received 1',
    );
    expect(err(call('EXITVALUE', 100, 0, [[10]], [[1.5]])).kind).toBe('NUM');
  });
});

describe('AI.VEST', () => {
  test('default schedule: a quarter a year; "all" gives the row', () => {
    expect(call('VEST', 400000, 1)).toBe(100000);
    expect(call('VEST', 400000, 'all')).toEqual([[100000, 100000, 100000, 100000]]);
    expect(call('VEST', 400000, 5)).toBe(0);
  });
  test('back-loaded and custom-cliff schedules', () => {
    expect(call('VEST', 400000, 'all', '5/15/40/40')).toEqual([[20000, 60000, 160000, 160000]]);
    expect(call('VEST', 480, 'ALL', '4y-18m-cliff')).toEqual([[0, 240, 120, 120]]);
    expect(call('VEST', 300, 'all', '3y')).toEqual([[100, 100, 100]]);
  });
  test('an unknown schedule is #VALUE!; a year that is not one is #NUM!', () => {
    const e = err(call('VEST', 400000, 1, 'whenever'));
    expect(e.kind).toBe('VALUE');
    expect(e.message).toContain('"5/15/40/40"');
    expect(err(call('VEST', 400000, 1.5)).message).toContain('whole number');
  });
  test('property: the row of years sums to the grant', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e9, noNaN: true })),
        fc.constantFrom('4y-1y-cliff-monthly', '5/15/40/40', '3y', '4y-18m-cliff'),
        (grant, schedule) => {
          const [row] = call('VEST', grant, 'all', schedule) as number[][];
          expect(row.reduce((a, b) => a + b, 0)).toBe(grant);
        },
      ),
    );
  });
  test('lifts: a column of grants gives a row each', () => {
    expect(call('VEST', [[400], [800]], 'all')).toEqual([
      [100, 100, 100, 100],
      [200, 200, 200, 200],
    ]);
  });
});

describe('AI.DILUTE', () => {
  test('hand-worked: two 20% rounds leave 64%', () => {
    expect(call('DILUTE', 100000, 0.2, 2)).toBeCloseTo(64000, 6);
    expect(call('DILUTE', 100000, 0.2, 0)).toBe(100000);
  });
  test('property: more dilution never raises value', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e8, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        (value, p1, p2, r1, r2) => {
          const [lowP, highP] = p1 <= p2 ? [p1, p2] : [p2, p1];
          const [fewer, more] = r1 <= r2 ? [r1, r2] : [r2, r1];
          expect(num(call('DILUTE', value, highP, fewer))).toBeLessThanOrEqual(num(call('DILUTE', value, lowP, fewer)));
          expect(num(call('DILUTE', value, lowP, more))).toBeLessThanOrEqual(num(call('DILUTE', value, lowP, fewer)));
        },
      ),
    );
  });
  test('dilution over 100% or fractional rounds are #NUM!', () => {
    expect(err(call('DILUTE', 100, 1.2, 1)).kind).toBe('NUM');
    expect(err(call('DILUTE', 100, 0.2, 1.5)).kind).toBe('NUM');
  });
});

describe('AI.OFFER and AI.OFFERTABLE', () => {
  const args = [200000, 0.15, [[0.8, 1]], 400000, 'startup', '4y-1y-cliff-monthly', 20000] as const;

  test('AI.OFFER is the risk-adjusted average a year, hand-worked', () => {
    // base 200,000 + bonus 200,000 x 0.15 x 0.9 + equity 400,000 / 4 x 0.5 + sign-on 20,000 / 4
    expect(call('OFFER', ...args)).toBe(200000 + 27000 + 50000 + 5000);
  });
  test('a formula and the offer model (the panel) agree', () => {
    const parsed = parseOffer({
      base: 200000,
      bonusTarget: 0.15,
      bonusPayout: [0.8, 1],
      equityGrant: 400000,
      companyType: 'startup',
      signOn: 20000,
      years: 3,
    });
    if (!parsed.ok) throw new Error('offer did not parse');
    expect(call('OFFER', ...args, 3)).toBe(decomposeOffer(parsed.offer).riskAdjustedAverageAnnual);
  });
  test('AI.OFFERTABLE: rows by component, a column a year, then the summary readings', () => {
    const table = call('OFFERTABLE', ...args, 4, 100000) as (string | number)[][];
    const labels = table.map((r) => r[0]);
    expect(labels).toEqual([
      'component',
      'base',
      'expected bonus',
      'equity: initial grant (risk-adjusted)',
      'equity: refresh 1 (granted end of year 1, risk-adjusted)',
      'equity: refresh 2 (granted end of year 2, risk-adjusted)',
      'equity: refresh 3 (granted end of year 3, risk-adjusted)',
      'sign-on',
      'total',
      'guaranteed (base + sign-on)',
      'first-year total (risk-adjusted)',
      'risk-adjusted average a year over 4 years',
      'annualised total (comparison-site reading: base + target bonus + grant / vesting years + sign-on / 4, undiscounted)',
    ]);
    expect(table[0]).toEqual(['component', 'year 1', 'year 2', 'year 3', 'year 4']);
    expect(table[8]).toEqual(['total', 297000, 289500, 302000, 314500]);
    expect(table[9]).toEqual(['guaranteed (base + sign-on)', 220000, 200000, 200000, 200000]);
    expect(table[10]).toEqual(['first-year total (risk-adjusted)', 297000, '', '', '']);
    expect(table[12][1]).toBe(335000);
  });
  test('property: each year total in AI.OFFERTABLE equals the sum of its component rows', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 4e6, noNaN: true }),
        fc.constantFrom('public', 'startup', 'growth'),
        fc.constantFrom('default', '5/15/40/40', '3y', '4y-18m-cliff'),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.integer({ min: 1, max: 6 }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (base, target, grant, type, schedule, signOn, years, refresh) => {
          const table = call('OFFERTABLE', base, target, null, grant, type, schedule, signOn, years, refresh) as (
            string | number
          )[][];
          const totalRow = table.findIndex((r) => r[0] === 'total');
          for (let c = 1; c <= years; c++) {
            let rows = 0;
            for (let r = 1; r < totalRow; r++) rows += table[r][c] as number;
            expect(table[totalRow][c] as number).toBeCloseTo(rows, 5);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
  test('a column of offers lifts to a column of values; a bad row errs alone', () => {
    const out = call(
      'OFFER',
      [[200000], [null], [-5], [150000]],
      0.15,
      null,
      [[400000], [null], [0], [0]],
      'public',
      'default',
      0,
    ) as unknown[][];
    expect(out[0][0]).toBe(200000 + 30000 + 100000);
    expect(out[1][0]).toBe('');
    expect(err(out[2][0]).message).toBe('Base salary: expected an annual base salary of at least 0, received -5');
    expect(out[3][0]).toBeCloseTo(172500, 9);
  });
  test('bad inputs say what would be right', () => {
    expect(err(call('OFFER', 200000, 15, null, 0, 'public', 'default', 0)).message).toContain('0.15 for 15%, not 15');
    expect(err(call('OFFER', 200000, 0.15, null, 0, 'public', 'soon', 0)).message).toContain('"4y-1y-cliff-monthly"');
    // a blank schedule is the default one (issue 10 item 6), as in the panel
    expect(call('OFFER', 200000, 0.15, null, 0, 'public', null, 0)).toBe(
      call('OFFER', 200000, 0.15, null, 0, 'public', 'default', 0),
    );
  });
});

describe('an explicit equity discount in AI.OFFER and AI.OFFERTABLE', () => {
  const args = [200000, 0.15, [[0.8, 1]], 400000, 'startup', '4y', 20000, 4];
  test('overrides the company type default, as the panel does', () => {
    const byDefault = callByName('OFFER', args) as number;
    const worthless = callByName('OFFER', [...args, 1]) as number;
    const atValue = callByName('OFFER', [...args, 0]) as number;
    expect(byDefault - worthless).toBeCloseTo((400000 * 0.5) / 4, 6);
    expect(atValue - worthless).toBeCloseTo(400000 / 4, 6);
    const table = callByName('OFFERTABLE', [...args, null, 0]) as unknown[][];
    const equityRow = table.find((row) => String(row[0]).startsWith('equity: initial'))!;
    expect(equityRow.slice(1)).toEqual([100000, 100000, 100000, 100000]);
  });
  test('a discount outside 0..1 is #NUM! saying what is right', () => {
    const e = callByName('OFFER', [...args, 50]) as { kind: string; message: string };
    expect(e.kind).toBe('NUM');
    expect(e.message).toBe(
      'Equity discount: expected an equity discount as a fraction from 0 to 1 (0.15 for 15%, not 15), received 50',
    );
  });
});
