/**
 * The counter-offer (issue 13, item 5): AI.MATCHBASE and AI.MATCHSIGNON, through the pure functions
 * of core/offer/counter-offer.ts and through the registry (callByName), hand-worked and as
 * properties over many random offers: MATCHBASE gives back the base AI.OFFER was given, and the
 * sign-on MATCHSIGNON answers makes AI.OFFERTABLE's first-year total the rival's.
 */
import fc from 'fast-check';
import { callByName, getFunction, isSheetError, SheetError } from '../../core';
import { counterOffer, matchBase, matchSignOn, Measure, MEASURES } from '../../core/offer/counter-offer';
import { decomposeOffer, Offer } from '../../core/offer/valuation';
import { OfferInput, parseOffer } from '../../core/offer/schema';
import { COMPANY_TYPES } from '../../core/offer/company-types';
import { call, err, num } from './call-helpers';

const offer = (input: OfferInput): Offer => {
  const parsed = parseOffer(input);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed.offer;
};

/** AI.OFFER's sample terms after base: 0.15 target paid at 0.9 on average, a 400,000 startup grant, 20,000 sign-on. */
const TERMS = [0.15, [[0.8, 1]], 400000, 'startup', '4y-1y-cliff-monthly', 20000] as const;
const OWN = offer({
  base: 200000,
  bonusTarget: 0.15,
  bonusPayout: [0.8, 1],
  equityGrant: 400000,
  companyType: 'startup',
  signOn: 20000,
});

/** AI.OFFERTABLE's "first-year total" figure. */
const firstYearOf = (table: unknown): number =>
  num((table as unknown[][]).find((row) => row[0] === 'first-year total (risk-adjusted)')![1]);

/** Within floating-point noise of the larger figure the answer was solved from. */
const close = (actual: number, expected: number, scale: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, scale));

describe('AI.MATCHBASE', () => {
  test('hand-worked: a 304,700 rival is matched by a base of 220,000', () => {
    // per dollar of base: 1 + 0.15 x 0.9 = 1.135; other terms: 400,000 / 4 x 0.5 + 20,000 / 4 = 55,000;
    // (304,700 - 55,000) / 1.135 = 220,000
    expect(matchBase(304700, OWN)).toBeCloseTo(220000, 6);
    expect(num(call('MATCHBASE', 304700, ...TERMS))).toBeCloseTo(220000, 6);
    expect(num(call('OFFER', 220000, ...TERMS))).toBeCloseTo(304700, 6);
  });

  test("the offer's own base is ignored: only the other terms matter", () => {
    expect(matchBase(304700, { ...OWN, base: 1 })).toBe(matchBase(304700, OWN));
  });

  test('#NUM! when the other terms alone exceed the target, saying by how much', () => {
    const e = err(call('MATCHBASE', 50000, ...TERMS));
    expect(e.kind).toBe('NUM');
    expect(e.message).toBe(
      'Target: no base of 0 or more matches $50,000 as the risk-adjusted average a year over 4 years, because the other terms alone ' +
        '(risk-adjusted equity and sign-on) come to $55,000, $5,000 more than the target; this offer already beats it at any base',
    );
    // exactly the other terms: a base of 0 matches, which is an answer
    expect(call('MATCHBASE', 55000, ...TERMS)).toBe(0);
  });

  test('years and discount change the answer as they change AI.OFFER', () => {
    for (const extra of [[3], [6, 0], [4, 1], [null, 0.2]]) {
      const value = num(call('OFFER', 180000, ...TERMS, ...extra));
      close(num(call('MATCHBASE', value, ...TERMS, ...extra)), 180000, value);
    }
  });

  test('property: AI.MATCHBASE(AI.OFFER(b, ...), ...) gives back b, through the registry', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { maxLength: 4 }),
        fc.double({ min: 0, max: 2e7, noNaN: true }),
        fc.constantFrom(...COMPANY_TYPES, 'seed', 'big tech'),
        fc.constantFrom('default', '5/15/40/40', '3y', '4y-18m-cliff-quarterly', '4y-6m-cliff'),
        fc.double({ min: 0, max: 5e5, noNaN: true }),
        fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
        (base, target, payouts, grant, type, schedule, signOn, years, discount) => {
          const terms = [target, payouts.length ? [payouts] : null, grant, type, schedule, signOn, years, discount];
          const value = num(callByName('OFFER', [base, ...terms]));
          close(num(callByName('MATCHBASE', [value, ...terms])), base, value);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('property: the pure function inverts the model, with equity as shares and refresh grants too', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.record({
          shares: fc.integer({ min: 0, max: 1e6 }),
          strike: fc.double({ min: 0, max: 50, noNaN: true }),
          price: fc.double({ min: 0, max: 100, noNaN: true }),
        }),
        fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }),
        fc.integer({ min: 1, max: 10 }),
        fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 1, maxLength: 3 }),
        (base, bonusTarget, equity, refresh, years, bonusPayout) => {
          const own = offer({
            base,
            bonusTarget,
            bonusPayout,
            equityGrant: equity,
            companyType: 'growth',
            signOn: 10000,
            years,
            refresh,
          });
          const value = decomposeOffer(own).riskAdjustedAverageAnnual;
          close(matchBase(value, own) as number, base, value);
        },
      ),
      { numRuns: 500 },
    );
  });

  test("property: below the other terms' value it is #NUM!, at or above it a base of 0 or more", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 4e6, noNaN: true }),
        (targetValue, grant) => {
          const own = offer({ ...OWN, equityGrant: grant });
          const others = decomposeOffer({ ...own, base: 0 }).riskAdjustedAverageAnnual;
          const answer = matchBase(targetValue, own);
          if (targetValue < others) expect((answer as SheetError).kind).toBe('NUM');
          else expect(answer as number).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('property: any answer is a base AI.OFFER accepts and values at the target, however large the target', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e300, noNaN: true }), (targetValue) => {
        const answer = callByName('MATCHBASE', [targetValue, ...TERMS]);
        if (isSheetError(answer)) return;
        const value = num(callByName('OFFER', [answer, ...TERMS]));
        close(value, targetValue, targetValue);
      }),
      { numRuns: 300 },
    );
  });
});

describe('AI.MATCHSIGNON: a one-time sign-on on the same measure as the base', () => {
  test('hand-worked: matching the average over 4 years takes 4 years of the gap; year1 only the first year', () => {
    // own average without sign-on: 200,000 x 1.135 + 50,000 = 277,000; a 320,000 average is 43,000 a
    // year short, so a sign-on paid once must be 4 x 43,000 = 172,000
    expect(matchSignOn(320000, OWN)).toBe(172000);
    expect(call('MATCHSIGNON', 320000, 200000, 0.15, [[0.8, 1]], 400000, 'startup', '4y-1y-cliff-monthly')).toBe(
      172000,
    );
    // the first year alone: year 1 without sign-on is 227,000 + 50,000 = 277,000 too, so 43,000
    expect(matchSignOn(320000, OWN, 'year1')).toBe(43000);
    expect(
      call(
        'MATCHSIGNON',
        320000,
        200000,
        0.15,
        [[0.8, 1]],
        400000,
        'startup',
        '4y-1y-cliff-monthly',
        null,
        null,
        'year1',
      ),
    ).toBe(43000);
    // the total over 4 years: 1,280,000 - 1,108,000
    expect(matchSignOn(1280000, OWN, 'total')).toBe(172000);
  });

  test('no gap, or the offer already ahead: 0, no sign-on needed (not an error)', () => {
    expect(matchSignOn(100000, OWN)).toBe(0);
    expect(matchSignOn(277000, OWN)).toBe(0);
  });

  test("the sign-on replaces the offer's own (the answer is the whole sign-on)", () => {
    expect(matchSignOn(320000, { ...OWN, signOn: 99999 })).toBe(172000);
  });

  test('an unknown measure is #VALUE! naming the three', () => {
    const e = err(call('MATCHSIGNON', 320000, 200000, 0.15, null, 0, 'public', null, null, null, 'median'));
    expect(e.message).toBe('Measure: expected one of "average", "year1", "total", received "median"');
  });
});

/** A random offer's terms as AI.OFFER takes them, every one valid (generated, not filtered). */
const offerTerms = fc.tuple(
  fc.double({ min: 1000, max: 1e6, noNaN: true }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { maxLength: 3 }),
  fc.double({ min: 0, max: 4e6, noNaN: true }),
  fc.constantFrom(...COMPANY_TYPES, 'seed', 'big tech'),
  fc.constantFrom('default', '5/15/40/40', '3y', '4y-18m-cliff-quarterly', '4y-6m-cliff'),
  fc.double({ min: 0, max: 2e5, noNaN: true }),
  fc.integer({ min: 1, max: 12 }),
  fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
);

/** An offer's figure on a measure, as AI.OFFER / AI.OFFERTABLE give it. */
function measured(args: unknown[], measure: Measure): number {
  if (measure === 'average') return num(callByName('OFFER', args));
  const table = callByName('OFFERTABLE', [...args.slice(0, 8), null, args[8]]) as unknown[][];
  if (measure === 'year1') return firstYearOf(table);
  return num(
    table
      .find((row) => row[0] === 'total')!
      .slice(1)
      .reduce((a: number, b) => a + num(b), 0),
  );
}

describe('round trip on every measure: each answer put back into the offer gives the target', () => {
  for (const measure of MEASURES) {
    test(`${measure}: AI.MATCHBASE and AI.MATCHSIGNON against a rival, over random offers`, () => {
      let checked = 0;
      fc.assert(
        fc.property(offerTerms, offerTerms, (rival, own) => {
          const [b, bt, bp, eq, ct, sch, so, yrs, disc] = own;
          const ownArgs = [b, bt, bp.length ? [bp] : null, eq, ct, sch, so, yrs, disc];
          const rivalArgs = [rival[0], rival[1], rival[2].length ? [rival[2]] : null, ...rival.slice(3)];
          const target = measured(rivalArgs, measure);
          const base = callByName('MATCHBASE', [target, ...ownArgs.slice(1), measure]);
          if (typeof base === 'number') {
            close(measured([base, ...ownArgs.slice(1)], measure), target, target);
            checked++;
          } else expect((base as SheetError).kind).toBe('NUM');
          const signOn = num(callByName('MATCHSIGNON', [target, ...ownArgs.slice(0, 6), yrs, disc, measure]));
          const withSignOn = measured([...ownArgs.slice(0, 6), signOn, yrs, disc], measure);
          if (signOn > 0) close(withSignOn, target, target);
          else expect(withSignOn).toBeGreaterThanOrEqual(target - 1e-9 * target);
        }),
        { numRuns: 300 },
      );
      // generated so that most rivals are beaten by some base: the property is really checked
      expect(checked).toBeGreaterThan(150);
    });
  }
});

describe("the panel's line: counterOffer on one measure", () => {
  test('both answers match the same measure of the rival', () => {
    const rival = offer({ base: 250000, bonusTarget: 0.1, equityGrant: 100000, companyType: 'public' });
    for (const measure of MEASURES) {
      const answer = counterOffer(rival, OWN, measure);
      expect(answer.measure).toBe(measure);
      const d = decomposeOffer(rival);
      expect(answer.target).toBe(
        measure === 'average'
          ? d.riskAdjustedAverageAnnual
          : measure === 'year1'
            ? d.firstYearTotal
            : d.riskAdjustedTotal,
      );
      expect(answer.base).toBe(matchBase(answer.target, OWN, measure));
      expect(answer.signOn).toBe(matchSignOn(answer.target, OWN, measure));
    }
  });
});

describe("arguments: AI.OFFER's own, in AI.OFFER's order, read the same way", () => {
  test('MATCHBASE is AI.OFFER less base; MATCHSIGNON AI.OFFER less signOn; both end with [measure]', () => {
    const names = (name: string) => getFunction(name)!.params.map((p) => p.name);
    const offer = names('OFFER');
    expect(names('MATCHBASE')).toEqual(['target', ...offer.filter((n) => n !== 'base'), 'measure']);
    expect(names('MATCHSIGNON')).toEqual(['target', ...offer.filter((n) => n !== 'signOn'), 'measure']);
    // an argument in the eighth place is the same term in both: years
    expect(names('MATCHBASE')[7]).toBe('years');
    expect(names('MATCHSIGNON')[7]).toBe('years');
  });

  test('a blank term is what it is in AI.OFFER: the same error, or the same default', () => {
    const value = num(call('OFFER', 180000, ...TERMS, 4, 0.3));
    const full = [...TERMS, 4, 0.3];
    for (let i = 0; i < full.length; i++) {
      const blanked = full.map((v, k) => (k === i ? null : v));
      const inOffer = call('OFFER', 180000, ...blanked);
      const inMatch = call('MATCHBASE', value, ...blanked);
      if (isSheetError(inOffer)) expect(inMatch).toEqual(inOffer);
      else close(num(call('MATCHBASE', inOffer, ...blanked)), 180000, inOffer as number);
      expect(isSheetError(inMatch)).toBe(isSheetError(inOffer));
    }
  });

  test('a tracker column: one result a row, blank rows blank, a bad row errs alone', () => {
    const out = call('MATCHBASE', [[304700], [null], [-5], [50000], ['lots']], ...TERMS) as unknown[][];
    expect(out).toHaveLength(5);
    expect(out[0][0]).toBeCloseTo(220000, 6);
    expect(out[1][0]).toBe('');
    expect(err(out[2][0]).message).toBe('Target: expected a value to match of at least 0, received -5');
    expect(err(out[3][0]).kind).toBe('NUM');
    expect(err(out[4][0]).kind).toBe('VALUE');
    const signOns = call(
      'MATCHSIGNON',
      [[320000], [null], [250000]],
      [[200000], [null], [200000]],
      0.15,
      null,
      400000,
      'startup',
      'default',
    ) as unknown[][];
    // the average a year over 4 years: the yearly gap, paid once, four times over
    expect(signOns).toEqual([[4 * (320000 - 200000 - 30000 - 50000)], [''], [0]]);
  });

  test('bad terms say what would be right, as in AI.OFFER', () => {
    expect(err(call('MATCHBASE', 300000, 15, null, 0, 'public', 'default', 0)).message).toContain(
      '0.15 for 15%, not 15',
    );
    expect(err(call('MATCHSIGNON', 300000, 200000, 0.15, null, 0, 'public', 'soon')).message).toContain(
      '"4y-1y-cliff-monthly"',
    );
    // A blank schedule takes the default, as in AI.OFFER (the panel's blank).
    expect(call('MATCHSIGNON', 300000, 200000, 0.15, null, 0, 'public')).toBe(
      call('MATCHSIGNON', 300000, 200000, 0.15, null, 0, 'public', '4y-1y-cliff-monthly'),
    );
  });
});
