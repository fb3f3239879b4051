/**
 * The counter-offer (issue 13, item 5): AI.MATCHBASE and AI.MATCHSIGNON, through the pure functions
 * of core/offer/counter-offer.ts and through the registry (callByName), hand-worked and as
 * properties over many random offers: MATCHBASE gives back the base AI.OFFER was given, and the
 * sign-on MATCHSIGNON answers makes AI.OFFERTABLE's first-year total the rival's.
 */
import fc from 'fast-check';
import { callByName, getFunction, isSheetError, SheetError } from '../../core';
import { counterOffer, matchBase, matchSignOn } from '../../core/offer/counter-offer';
import { decomposeOffer, Offer, OfferInput, parseOffer } from '../../core/offer/model';
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
  bonusPayoutHistory: [0.8, 1],
  equity: 400000,
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
      'targetValue: no base of 0 or more matches $50,000 a year, because the other terms alone (risk-adjusted equity and sign-on, averaged over 4 years) ' +
        'are worth $55,000 a year, $5,000 more than the target; this offer already beats it at any base',
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
        fc.double({ min: 0, max: 2, noNaN: true }),
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
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.record({
          shares: fc.integer({ min: 0, max: 1e6 }),
          strike: fc.double({ min: 0, max: 50, noNaN: true }),
          price: fc.double({ min: 0, max: 100, noNaN: true }),
        }),
        fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }),
        fc.integer({ min: 1, max: 10 }),
        fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 1, maxLength: 3 }),
        (base, bonusTarget, equity, refresh, years, bonusPayoutHistory) => {
          const own = offer({
            base,
            bonusTarget,
            bonusPayoutHistory,
            equity,
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
          const own = offer({ ...OWN, equity: grant });
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

describe('AI.MATCHSIGNON', () => {
  test('hand-worked: a 320,000 first year needs a 43,000 sign-on', () => {
    // first year with no sign-on: 200,000 + 27,000 bonus + 400,000 / 4 x 0.5 equity = 277,000
    expect(matchSignOn(320000, OWN)).toBe(43000);
    expect(call('MATCHSIGNON', 320000, 200000, 0.15, [[0.8, 1]], 400000, 'startup', '4y-1y-cliff-monthly')).toBe(43000);
  });

  test('no gap, or the offer already ahead: 0, no sign-on needed (not an error)', () => {
    expect(matchSignOn(277000, OWN)).toBe(0);
    expect(matchSignOn(250000, OWN)).toBe(0);
    expect(call('MATCHSIGNON', 100000, 200000, 0.15, null, 400000, 'startup', 'default')).toBe(0);
  });

  test("the sign-on replaces the offer's own (the answer is the whole sign-on)", () => {
    expect(matchSignOn(320000, { ...OWN, signOn: 99999 })).toBe(43000);
  });

  test('a discount changes year-1 equity, and so the answer', () => {
    // at value, year-1 equity is 100,000: 200,000 + 27,000 + 100,000 = 327,000, over 320,000
    expect(call('MATCHSIGNON', 320000, 200000, 0.15, [[0.8, 1]], 400000, 'startup', '4y-1y-cliff-monthly', 0)).toBe(0);
    expect(call('MATCHSIGNON', 320000, 200000, 0.15, [[0.8, 1]], 400000, 'startup', '4y-1y-cliff-monthly', 1)).toBe(
      93000,
    );
  });

  test("property: with the answered sign-on, AI.OFFERTABLE's first-year total is the rival's", () => {
    const side = () =>
      fc.tuple(
        fc.double({ min: 0, max: 2e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 4e6, noNaN: true }),
        fc.constantFrom(...COMPANY_TYPES),
        fc.constantFrom('default', '5/15/40/40', '3y', '4y-6m-cliff'),
        fc.double({ min: 0, max: 2e5, noNaN: true }),
      );
    fc.assert(
      fc.property(
        side(),
        side(),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
        (rival, own, discount) => {
          const rivalFirstYear = firstYearOf(
            callByName('OFFERTABLE', [rival[0], rival[1], null, rival[2], rival[3], rival[4], rival[5]]),
          );
          const [base, target, grant, type, schedule] = own;
          const signOn = num(
            callByName('MATCHSIGNON', [rivalFirstYear, base, target, null, grant, type, schedule, discount]),
          );
          const withIt = firstYearOf(
            callByName('OFFERTABLE', [base, target, null, grant, type, schedule, signOn, null, null, discount]),
          );
          if (signOn > 0) close(withIt, rivalFirstYear, rivalFirstYear);
          else expect(withIt).toBeGreaterThanOrEqual(rivalFirstYear);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('the panel\'s line: "to match: base $X, or sign-on $Y"', () => {
  test('counterOffer answers both from the rival offer', () => {
    const rival = offer({
      base: 220000,
      bonusTarget: 0.15,
      bonusPayoutHistory: [0.8, 1],
      equity: 400000,
      companyType: 'startup',
      signOn: 43000,
    });
    const answer = counterOffer(rival, OWN);
    // rival: 220,000 x 1.135 + 50,000 + 43,000 / 4 = 310,450 a year; own other terms 55,000
    expect(answer.base as number).toBeCloseTo((310450 - 55000) / 1.135, 6);
    // rival first year: 220,000 + 29,700 + 50,000 + 43,000 = 342,700; own without sign-on 277,000
    expect(answer.signOn).toBeCloseTo(65700, 6);
  });
});

describe("arguments: AI.OFFER's own, read the same way", () => {
  test('MATCHBASE is AI.OFFER with base replaced by targetValue; MATCHSIGNON drops signOn and years', () => {
    const names = (name: string) => getFunction(name)!.params.map((p) => (p.optional ? `[${p.name}]` : p.name));
    expect(names('MATCHBASE')).toEqual(['targetValue', ...names('OFFER').slice(1)]);
    expect(names('MATCHSIGNON')).toEqual([
      'targetFirstYear',
      'base',
      'bonusTarget',
      'bonusPayout',
      'equityGrant',
      'companyType',
      'schedule',
      '[discount]',
    ]);
    // the very parameter specs of AI.OFFER, not copies that could drift
    const offerParams = new Set(getFunction('OFFER')!.params);
    for (const p of [...getFunction('MATCHBASE')!.params.slice(1), ...getFunction('MATCHSIGNON')!.params.slice(1)])
      expect(offerParams.has(p)).toBe(true);
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
    expect(err(out[2][0]).message).toBe('targetValue: expected a value a year of at least 0, received -5');
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
    expect(signOns).toEqual([[320000 - 200000 - 30000 - 50000], [''], [0]]);
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
