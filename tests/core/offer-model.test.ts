/**
 * The one offer model (core/offer/schema.ts and valuation.ts) and vesting schedules (core/offer/vesting.ts):
 * parsing with field messages, the decomposition by year, and its properties.
 */
import fc from 'fast-check';
import { decomposeOffer, equityGrantValue, Offer } from '../../core/offer/valuation';
import { OfferInput, parseOffer } from '../../core/offer/schema';
import { parseVestingSchedule, vestGrant, VestingSchedule } from '../../core/offer/vesting';
import { COMPANY_TYPES, DEFAULT_EQUITY_DISCOUNT } from '../../core/offer/company-types';
import { isSheetError, SheetError } from '../../core';

const schedule = (text: string): VestingSchedule => {
  const s = parseVestingSchedule(text, 'Vesting schedule');
  if (isSheetError(s)) throw new Error(s.message);
  return s;
};
const offerOf = (input: OfferInput): Offer => {
  const parsed = parseOffer(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.offer;
};
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('vesting schedules', () => {
  test('default: 4 years, 1-year cliff, then monthly, is a quarter a year', () => {
    expect(vestGrant(400000, schedule('4y-1y-cliff-monthly'))).toEqual([100000, 100000, 100000, 100000]);
    expect(schedule('default').name).toBe('4y-1y-cliff-monthly');
  });
  test('even N-year', () => {
    expect(vestGrant(300, schedule('3y'))).toEqual([100, 100, 100]);
  });
  test('back-loaded percentages', () => {
    expect(vestGrant(400000, schedule('5/15/40/40'))).toEqual([20000, 60000, 160000, 160000]);
    expect(vestGrant(1000, schedule('33.3/33.3/33.4'))).toEqual([333, 333, 1000 - 333 - 333]);
  });
  test('a custom cliff past the first year moves the cliff release into year 2', () => {
    expect(vestGrant(480, schedule('4y-18m-cliff'))).toEqual([0, 240, 120, 120]);
    expect(schedule('4y-18m-cliff').name).toBe('4y-18m-cliff-monthly');
  });
  test('a short cliff with quarterly vesting still vests a quarter a year', () => {
    expect(schedule('4y-6m-cliff-quarterly').unitsByYear).toEqual([12, 12, 12, 12]);
  });
  test('a 1-year cliff then annual vesting', () => {
    expect(schedule('4y-1y-cliff-annually').unitsByYear).toEqual([12, 12, 12, 12]);
  });
  test('the normalised name reads back as the same schedule', () => {
    for (const text of [
      '4y-1y-cliff-monthly',
      'default',
      '3y',
      '5/15/40/40',
      '4y-18m-cliff',
      '4y-6m-cliff-quarterly',
      '2y-1y-cliff-yearly',
    ]) {
      const s = schedule(text);
      expect(schedule(s.name).unitsByYear).toEqual(s.unitsByYear);
    }
  });
  test('an unknown schedule is #VALUE! listing the forms understood', () => {
    const e = parseVestingSchedule('whenever', 'Vesting schedule') as SheetError;
    expect(e.kind).toBe('VALUE');
    expect(e.message).toContain('"4y-1y-cliff-monthly"');
    expect(e.message).toContain('"5/15/40/40"');
  });
  test('percentages that do not add up to 100, and a cliff longer than the vesting, are #NUM!', () => {
    expect((parseVestingSchedule('50/40', 'Vesting schedule') as SheetError).message).toContain('adds up to 90');
    expect((parseVestingSchedule('4y-5y-cliff', 'Vesting schedule') as SheetError).kind).toBe('NUM');
  });
  test('property: a vesting row sums to the grant', () => {
    const schedules = fc.constantFrom(
      '4y-1y-cliff-monthly',
      '3y',
      '5/15/40/40',
      '4y-18m-cliff',
      '4y-6m-cliff-quarterly',
      '33.3/33.3/33.4',
      '5y',
      '10/20/30/40',
      '7y-13m-cliff',
    );
    fc.assert(
      // grants from 0 and from a millionth of a dollar up: at subnormal magnitudes (1e-323) rounding
      // can leave a remainder of -5e-324, which is no amount of money
      fc.property(
        fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e9, noNaN: true })),
        schedules,
        (grant, text) => {
          const rows = vestGrant(grant, schedule(text));
          expect(sum(rows)).toBe(grant);
          for (const r of rows) expect(r).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('parseOffer', () => {
  test('fills the defaults: 4-year horizon, default schedule, no sign-on', () => {
    const offer = offerOf({ base: 180000, companyType: 'public' });
    expect(offer).toMatchObject({
      years: 4,
      schedule: '4y-1y-cliff-monthly',
      signOn: 0,
      equityGrant: 0,
      bonusTarget: 0,
    });
  });
  test('each bad field gets a message saying what would be right', () => {
    const parsed = parseOffer({
      base: -1,
      bonusTarget: 15,
      bonusPayout: [80],
      equityGrant: 'lots',
      companyType: 'unicorn',
      schedule: 'soon',
      years: 2.5,
      extra: 1,
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const byField = Object.fromEntries(parsed.errors.map((e) => [e.field, e.message]));
    expect(byField.base).toBe('Base salary: expected an annual base salary of at least 0, received -1');
    expect(byField.bonusTarget).toBe(
      'Bonus target: expected a target bonus as a fraction from 0 to 1 (0.15 for 15%, not 15), received 15',
    );
    expect(byField['bonusPayout.0']).toContain('(0.15 for 15%, not 15), received 80');
    expect(byField.equityGrant).toContain('total grant value');
    expect(byField.companyType).toBe(
      'Company type: expected one of "public", "private", "startup", "growth", "enterprise", received "unicorn"',
    );
    expect(byField.schedule).toContain('"4y-1y-cliff-monthly"');
    expect(byField.years).toBe('Horizon (years): expected a whole number, received 2.5');
    expect(byField.extra).toContain('unknown field');
  });
  test('equity as shares: shares x max(price - strike, 0); RSUs at price', () => {
    expect(
      equityGrantValue(
        offerOf({ base: 1, companyType: 'startup', equityGrant: { shares: 1000, strike: 2, price: 10 } }).equityGrant,
      ),
    ).toBe(8000);
    expect(
      equityGrantValue(
        offerOf({ base: 1, companyType: 'startup', equityGrant: { shares: 1000, strike: 12, price: 10 } }).equityGrant,
      ),
    ).toBe(0);
    expect(
      equityGrantValue(
        offerOf({ base: 1, companyType: 'public', equityGrant: { shares: 100, strike: 0, price: 150 } }).equityGrant,
      ),
    ).toBe(15000);
  });
});

describe('decomposeOffer', () => {
  const offer = offerOf({
    base: 200000,
    bonusTarget: 0.15,
    bonusPayout: [0.8, 1],
    equityGrant: 400000,
    companyType: 'startup',
    signOn: 20000,
    refresh: 100000,
  });
  const d = decomposeOffer(offer);

  test('hand-worked: base, bonus at mean payout, startup equity at half, sign-on in year 1', () => {
    expect(d.bonusPayoutFactor).toBe(0.9);
    expect(d.equityDiscount).toBe(0.5);
    expect(d.years[0]).toMatchObject({
      base: 200000,
      expectedBonus: 27000,
      equityInitial: 50000,
      equityRefresh: 0,
      signOn: 20000,
      total: 297000,
      guaranteed: 220000,
      conditional: 27000,
      atRisk: 50000,
    });
  });
  test('each refresh is its own tranche, granted at the end of a year and vesting from the next', () => {
    expect(d.years.map((y) => y.refreshTranches)).toEqual([
      [0, 0, 0],
      [12500, 0, 0],
      [12500, 12500, 0],
      [12500, 12500, 12500],
    ]);
    expect(d.years.map((y) => y.equityRefresh)).toEqual([0, 12500, 25000, 37500]);
  });
  test('both readings: risk-adjusted average and first year, and the comparison-site annualised total', () => {
    expect(d.riskAdjustedTotal).toBe(297000 + 289500 + 302000 + 314500);
    expect(d.riskAdjustedAverageAnnual).toBe(d.riskAdjustedTotal / 4);
    expect(d.firstYearTotal).toBe(297000);
    // base + target bonus + grant / 4 + sign-on / 4, undiscounted, no refreshers
    expect(d.annualisedTotal).toBe(200000 + 30000 + 100000 + 5000);
  });
  test('a back-loaded schedule makes the first year and the annualised reading differ a lot', () => {
    const back = decomposeOffer(
      offerOf({ base: 150000, equityGrant: 400000, companyType: 'public', schedule: '5/15/40/40' }),
    );
    expect(back.firstYearTotal).toBe(150000 + 20000);
    expect(back.annualisedTotal).toBe(150000 + 100000);
  });
  test('public and enterprise equity at value; growth discounted by half (our documented default)', () => {
    const value = (companyType: Offer['companyType']) =>
      decomposeOffer(offerOf({ base: 0, equityGrant: 400, companyType })).years[0].equityInitial;
    expect(value('public')).toBe(100);
    expect(value('enterprise')).toBe(100);
    expect(value('growth')).toBe(50);
    expect(DEFAULT_EQUITY_DISCOUNT.growth.basis).toBe('our default');
    expect(DEFAULT_EQUITY_DISCOUNT.private.basis).toBe('seed guidance');
  });
  test('an explicit discount overrides the company type; 1 is worthless', () => {
    const worthless = decomposeOffer(offerOf({ base: 100, equityGrant: 400, companyType: 'public', discount: 1 }));
    expect(worthless.years.every((y) => y.atRisk === 0)).toBe(true);
  });
  test('values are frozen', () => {
    expect(Object.isFrozen(d)).toBe(true);
    expect(Object.isFrozen(d.years[0])).toBe(true);
    expect(Object.isFrozen(d.offer)).toBe(true);
  });

  const arbitraryOffer = fc.record({
    base: fc.double({ min: 0, max: 2e6, noNaN: true }),
    bonusTarget: fc.double({ min: 0, max: 1, noNaN: true }),
    bonusPayout: fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { maxLength: 4 }),
    equityGrant: fc.double({ min: 0, max: 5e6, noNaN: true }),
    companyType: fc.constantFrom(...COMPANY_TYPES),
    schedule: fc.constantFrom('4y-1y-cliff-monthly', '3y', '5/15/40/40', '4y-18m-cliff'),
    signOn: fc.double({ min: 0, max: 2e5, noNaN: true }),
    years: fc.integer({ min: 1, max: 8 }),
    refresh: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }),
  });

  test('property: every year total equals the sum of its rows, and guaranteed + conditional + at risk', () => {
    fc.assert(
      fc.property(arbitraryOffer, (input) => {
        const decomposition = decomposeOffer(offerOf(input));
        expect(decomposition.years).toHaveLength(input.years);
        for (const y of decomposition.years) {
          const rows = y.base + y.expectedBonus + y.equityInitial + sum(y.refreshTranches) + y.signOn;
          expect(y.total).toBeCloseTo(rows, 6);
          expect(y.total).toBeCloseTo(y.guaranteed + y.conditional + y.atRisk, 6);
          expect(y.equityRefresh).toBeCloseTo(sum(y.refreshTranches), 6);
        }
        expect(decomposition.riskAdjustedTotal).toBeCloseTo(sum(decomposition.years.map((y) => y.total)), 4);
      }),
      { numRuns: 300 },
    );
  });
  test('property: risk-adjusted equity never exceeds its undiscounted value', () => {
    fc.assert(
      fc.property(
        arbitraryOffer,
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        (input, discount) => {
          const decomposition = decomposeOffer(offerOf({ ...input, discount }));
          const initial = sum(decomposition.years.map((y) => y.equityInitial));
          expect(initial).toBeLessThanOrEqual(decomposition.equityGrantValue * (1 + 1e-12));
        },
      ),
    );
  });
});
