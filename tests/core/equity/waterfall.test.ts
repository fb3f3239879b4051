/**
 * The preference stack functions (issue 20) in the core: the worked example's figures, reading a
 * stack as a user types it, and the properties: payouts add up to the exit value, common's price
 * never falls as the exit rises, and the waterfall equals the stable choice found by trying every
 * convert/hold combination (tests/core/equity/brute-force.ts).
 */
import fc from 'fast-check';
import { payoutCurve, payoutsAt, StackTerms } from '../../../core/equity/waterfall';
import { call, err, num } from '../call-helpers';
import { stableChoices } from './brute-force';
import { stackGrid, stackTerms } from './stack-gen';

/** Issue 20's example: Series A $10M invested, 1x, 5M shares; 15M common (20M fully diluted). */
const seriesA = (participating: string, extra: Record<string, unknown> = {}) => {
  const header = ['Class', 'Shares', 'Invested', 'Preference multiple', 'Participating', 'Seniority'];
  const row = ['Series A', 5_000_000, 10_000_000, 1, participating, 1];
  const common = ['Common', 15_000_000, null, null, null, null];
  const keys = Object.keys(extra);
  return [
    [...header, ...keys],
    [...row, ...keys.map((k) => extra[k])],
    [...common, ...keys.map(() => null)],
  ];
};

describe("issue 20's worked example", () => {
  test('an exit of 0 in a column of exits is a figure (nothing paid), not a blank row of older Excel', () => {
    const stack = seriesA('no');
    expect(call('COMMONPRICE', [[0], [30_000_000]], stack)).toEqual([[0], [expect.closeTo(4 / 3, 10)]]);
    expect(call('WATERFALL', [[0], [39_000_000]], stack)).toEqual([
      [0, 0],
      [10_000_000, 29_000_000],
    ]);
  });
  test('1x non-participating: $30M gives common $1.3333 a share, Series A converts from $40M, $60M gives $3.00', () => {
    const stack = seriesA('no');
    expect(num(call('COMMONPRICE', 30_000_000, stack))).toBeCloseTo(4 / 3, 10);
    expect(num(call('COMMONPRICE', 60_000_000, stack))).toBeCloseTo(3, 10);
    expect(call('BREAKPOINTS', stack)).toEqual([
      [10_000_000, 'common starts to receive'],
      [40_000_000, 'Series A converts to common'],
    ]);
    // Either side of $40M: Series A takes its $10M preference below, its 25% as common above.
    expect(call('WATERFALL', 39_000_000, stack)).toEqual([[10_000_000], [29_000_000]]);
    const above = call('WATERFALL', 41_000_000, stack) as number[][];
    expect(above[0][0]).toBeCloseTo(10_250_000, 4);
    expect(above[1][0]).toBeCloseTo(30_750_000, 4);
  });

  test('fully participating: $30M gives common $1.00 a share', () => {
    expect(num(call('COMMONPRICE', 30_000_000, seriesA('yes')))).toBeCloseTo(1, 10);
    expect(call('WATERFALL', 30_000_000, seriesA('yes'))).toEqual([[15_000_000], [15_000_000]]);
  });

  test('AI.STAKE: 80,000 options of 20M fully diluted is 0.4%', () => {
    expect(call('STAKE', 80_000, 20_000_000)).toBeCloseTo(0.004, 12);
    expect(err(call('STAKE', 30_000_000, 20_000_000)).message).toContain('at most the fully diluted count');
  });

  test('AI.EXITVALUE with the stack prices each company exit through it', () => {
    // 1,000 options struck at $0.50; exits $30M and $60M, even odds: common $1.3333 and $3.00.
    const value = num(
      call('EXITVALUE', 1000, 0.5, [[30_000_000, 60_000_000]], [[0.5, 0.5]], null, null, seriesA('no')),
    );
    expect(value).toBeCloseTo(1000 * (0.5 * (4 / 3 - 0.5) + 0.5 * (3 - 0.5)), 8);
    // AI.OPTION's price can be AI.COMMONPRICE: the same figure for one scenario.
    const price = call('COMMONPRICE', 30_000_000, seriesA('no'));
    expect(call('OPTION', 1000, 0.5, price)).toBeCloseTo(1000 * (4 / 3 - 0.5), 8);
  });
});

describe('the stack as a user types it', () => {
  test('headers match loosely ("Liq. pref. multiple (x)", "Shares (as converted)", "Rank"), "1x", "Non-participating", a spacer row skipped', () => {
    const stack = [
      [
        'Round',
        'Shares (as converted)',
        'Amount invested ($)',
        'Liq. pref. multiple (x)',
        'Participation',
        'Rank',
        'Notes',
      ],
      ['Series A', '5,000,000', '$10,000,000', '1x', 'Non-participating', 1, 'lead: a made-up fund'],
      [null, null, null, null, null, null, 'a spacer row is skipped'],
      ['Common stock', 15_000_000, '', '', '', '', 'options included'],
    ];
    expect(num(call('COMMONPRICE', 30_000_000, stack))).toBeCloseTo(4 / 3, 10);
  });

  test('a missing term is one #VALUE! naming the row and column, never a default', () => {
    const blankMultiple = seriesA('no');
    blankMultiple[1][3] = null;
    const error = err(call('WATERFALL', 30_000_000, blankMultiple));
    expect(error.kind).toBe('VALUE');
    expect(error.message).toContain(
      'row 2, column "Preference multiple": blank: expected the liquidation preference multiple',
    );
    const noSeniority = seriesA('no').map((row) => row.slice(0, 5));
    expect(err(call('COMMONPRICE', 30_000_000, noSeniority)).message).toContain('no seniority column');
    const badParticipating = seriesA('maybe');
    expect(err(call('COMMONPRICE', 1, badParticipating)).message).toContain(
      'row 2, column "Participating": expected yes or no',
    );
  });

  test('common: exactly one row; a cap only on a participating class, at least its preference', () => {
    const noCommon = seriesA('no').slice(0, 2);
    expect(err(call('COMMONPRICE', 1, noCommon)).message).toContain('no common row');
    const twoCommon = [...seriesA('no'), ['Common options', 1_000_000, null, null, null, null]];
    expect(err(call('COMMONPRICE', 1, twoCommon)).message).toContain('a second common row');
    expect(err(call('COMMONPRICE', 1, seriesA('no', { Cap: 3 }))).message).toContain(
      'applies only to a participating class',
    );
    expect(err(call('COMMONPRICE', 1, seriesA('yes', { Cap: 0.5 }))).message).toContain(
      'below the preference multiple',
    );
    expect(err(call('COMMONPRICE', 1, 7)).message).toContain('stack: expected a range with a header row');
  });

  test('a 2x cap: Series A stops at $20M, then converts once 25% beats it', () => {
    const capped = seriesA('yes', { 'Participation cap': '2x' });
    expect(call('BREAKPOINTS', capped)).toEqual([
      [10_000_000, 'common starts to receive'],
      [50_000_000, 'Series A reaches its 2x cap'],
      [80_000_000, 'Series A converts to common (above its cap)'],
    ]);
    expect(call('WATERFALL', 60_000_000, capped)).toEqual([[20_000_000], [40_000_000]]);
  });

  test('a column of exit values is one call: a row per exit, blank rows blank, a bad exit errs alone', () => {
    const out = call('WATERFALL', [[10_000_000], [null], [-5], [60_000_000]], seriesA('no')) as unknown[][];
    expect(out[0]).toEqual([10_000_000, 0]);
    expect(out[1]).toEqual(['', '']);
    expect(err(out[2][0]).kind).toBe('NUM');
    expect(out[3][0]).toBeCloseTo(15_000_000, 4);
    expect(out[3][1]).toBeCloseTo(45_000_000, 4);
  });

  test('two ranks: the senior class is paid first; equal ranks share pro rata to their preferences', () => {
    const header = ['Class', 'Shares', 'Invested', 'Preference multiple', 'Participating', 'Seniority'];
    const stack = (seedRank: number) => [
      header,
      ['Series A', 5_000_000, 10_000_000, 1, 'no', 1],
      ['Seed', 2_000_000, 2_000_000, 2, 'no', seedRank],
      ['Common', 13_000_000, null, null, null, null],
    ];
    expect(call('WATERFALL', 12_000_000, stack(2))).toEqual([[10_000_000], [2_000_000], [0]]);
    const shared = call('WATERFALL', 7_000_000, stack(1)) as number[][];
    expect(shared[0][0]).toBeCloseTo(5_000_000, 6);
    expect(shared[1][0]).toBeCloseTo(2_000_000, 6);
  });
});

/**
 * An exit value for a stack: exactly at one of its breakpoints, anywhere from 0 to well above the
 * last, or above the point where common starts to receive (where conversions and caps happen).
 */
const exitFor = (terms: StackTerms, pick: { at: number; fraction: number; mode: string }): number => {
  const { exits, breakpoints } = payoutCurve(terms);
  const top = Math.max(exits[exits.length - 1], 1);
  if (pick.mode === 'exact') return exits[pick.at % exits.length];
  const from = pick.mode === 'anywhere' ? 0 : (breakpoints[0]?.exitValue ?? 0);
  return from + (top * 1.5 - from) * pick.fraction;
};
const exitPick = fc.record({
  at: fc.nat(),
  // Unbiased: fast-check's doubles favour 0 and 1, which would put most exits on a breakpoint.
  fraction: fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((k) => k / 1_000_000),
  mode: fc.constantFrom('exact', 'anywhere', 'aboveCommon', 'aboveCommon'),
});

describe('properties over random stacks (up to 4 classes, every term random)', () => {
  test('the payouts add up to the exit value (through AI.WATERFALL)', () => {
    let checked = 0;
    fc.assert(
      fc.property(stackTerms, exitPick, (terms, pick) => {
        const exit = exitFor(terms, pick);
        const column = call('WATERFALL', exit, stackGrid(terms)) as number[][];
        const total = column.reduce((a, [v]) => a + num(v), 0);
        expect(Math.abs(total - exit)).toBeLessThanOrEqual(1e-9 * Math.max(1, exit));
        checked++;
      }),
      { numRuns: 2000 },
    );
    expect(checked).toBe(2000);
  });

  test("common's price never falls as the exit value rises", () => {
    let rising = 0;
    fc.assert(
      fc.property(stackTerms, exitPick, exitPick, (terms, a, b) => {
        const [low, high] = [exitFor(terms, a), exitFor(terms, b)].sort((x, y) => x - y);
        const stack = stackGrid(terms);
        const atLow = num(call('COMMONPRICE', low, stack));
        const atHigh = num(call('COMMONPRICE', high, stack));
        expect(atHigh).toBeGreaterThanOrEqual(atLow - 1e-12 * Math.max(1, atLow));
        if (atHigh > atLow) rising++;
      }),
      { numRuns: 2000 },
    );
    // Most pairs compare two different prices, not two zeros below the preferences.
    expect(rising).toBeGreaterThan(1200);
  });

  test('the waterfall is the stable choice: every convert/hold combination no class leaves alone pays the same', () => {
    const runs = 3000;
    let compared = 0;
    let withConversion = 0;
    let withCapBinding = 0;
    fc.assert(
      fc.property(stackTerms, exitPick, (terms, pick) => {
        const exit = exitFor(terms, pick);
        const tolerance = 1e-7 * Math.max(1, exit);
        const ours = payoutsAt(payoutCurve(terms), exit);
        const stable = stableChoices(terms, exit, tolerance);
        expect(stable.length).toBeGreaterThan(0);
        for (const choice of stable)
          choice.payouts.forEach((v, j) => expect(Math.abs(v - ours[j])).toBeLessThanOrEqual(tolerance));
        compared++;
        // A class converted: it receives more than its preference (or its cap) would give it.
        const price = ours[ours.length - 1] / terms.commonShares;
        if (
          terms.preferred.some(
            (c, j) =>
              ours[j] > (c.participating ? (c.cap ?? Infinity) : c.multiple) * c.invested + tolerance &&
              Math.abs(ours[j] - c.shares * price) <= tolerance,
          )
        )
          withConversion++;
        if (
          terms.preferred.some(
            (c, j) =>
              c.cap !== undefined &&
              c.invested > 0 &&
              Math.abs(ours[j] - c.cap * c.invested) <= tolerance &&
              ours[j] > c.shares * price + tolerance,
          )
        )
          withCapBinding++;
      }),
      { numRuns: runs },
    );
    expect(compared).toBe(runs);
    // The cases that make the search worth it are common, not rare.
    expect(withConversion).toBeGreaterThan(runs / 4);
    expect(withCapBinding).toBeGreaterThan(runs / 50);
  });
});
