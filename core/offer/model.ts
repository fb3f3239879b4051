/**
 * The one offer model: `AI.OFFER`, `AI.OFFERTABLE` and the offer panel all read an offer through
 * `parseOffer` and value it through `decomposeOffer`, so a formula and the panel cannot disagree.
 *
 * The reading follows seed 001 (AI Tech Connect, "How to read an offer"): base is the only
 * guaranteed part; bonus is conditional and weighted by the actual payout history rather than the
 * target; equity is a discounted bet (public RSUs at value, private and startup equity discounted by
 * half by default: core/offer/company-types.ts). Sign-on, refreshers and vesting change the picture
 * year by year (seed 002 on sign-on bonuses and refreshers).
 *
 * Conventions (ours, documented, no figures invented):
 * - base is flat over the horizon (no raises are assumed: none is known at offer time);
 * - the sign-on bonus is paid in year 1;
 * - the initial grant starts vesting in year 1; a refresh grant of `refresh` is made at the end of
 *   each year and vests on the same schedule from the next year, each as its own overlapping tranche
 *   (so with a 4-year horizon there are 3 refresh tranches, starting in years 2, 3 and 4);
 * - equity that vests after the horizon is not counted.
 * Pure functions over frozen values; nothing is rounded (display rounds).
 */
import * as z from 'zod/mini';
import { COMPANY_TYPES, CompanyType, equityDiscountFor } from './company-types';
import { MAX_PAYOUT_RATIO, expectedBonus, payoutFactor } from './bonus';
import { DEFAULT_VESTING, VESTING_HELP, VestingSchedule, parseVestingSchedule, scheduleYears, vestGrant } from './vesting';
import { isSheetError } from '../errors';

export const DEFAULT_HORIZON_YEARS = 4;
export const MAX_HORIZON_YEARS = 30;

// zod/mini: the same parser as zod, with checks as functions, so the bundles carry only what is
// used (zod's method API cost Code.js some 80 KB). z.number() itself refuses NaN and Infinity,
// with the field's own message.
const money = (field: string, example: string) =>
  z.number({ error: `${field}: expected an amount in dollars, e.g. ${example}` }).check(
    z.gte(0, { error: `${field}: expected an amount of at least 0 (pay is never negative), e.g. ${example}` }),
  );

const sharesEquitySchema = z.strictObject({
  shares: z.number({ error: 'equity.shares: expected a number of shares, e.g. 10000' }).check(z.gte(0, { error: 'equity.shares: expected a number of shares of at least 0' })),
  strike: z.number({ error: 'equity.strike: expected a strike price per share (0 for RSUs), e.g. 2.5' }).check(z.gte(0, { error: 'equity.strike: expected a strike price of at least 0 (0 for RSUs)' })),
  price: z.number({ error: 'equity.price: expected the price (or fair value) per share, e.g. 10' }).check(z.gte(0, { error: 'equity.price: expected a price per share of at least 0' })),
});

const PAYOUT_RATIO_HELP = 'payout ratios (actual / target), e.g. 0.8 for 80% of target';

export const offerSchema = z.strictObject(
  {
    base: money('base', '180000'),
    bonusTarget: z._default(
      z.number({ error: 'bonusTarget: expected the target bonus as a fraction of base, e.g. 0.15 for 15%' }).check(
        z.gte(0, { error: 'bonusTarget: expected a fraction of base of at least 0, e.g. 0.15 for 15%' }),
        z.lte(10, { error: 'bonusTarget: expected a fraction of base, e.g. 0.15 for 15% (not 15)' }),
      ),
      0,
    ),
    bonusPayoutHistory: z.optional(
      z.array(
        z.number({ error: `bonusPayoutHistory: expected ${PAYOUT_RATIO_HELP}` }).check(
          z.gte(0, { error: 'bonusPayoutHistory: expected payout ratios of at least 0, e.g. 0.8 for 80% of target' }),
          z.lte(MAX_PAYOUT_RATIO, { error: `bonusPayoutHistory: expected payout ratios (actual / target) of at most ${MAX_PAYOUT_RATIO}, e.g. 0.8 for 80% of target, not 80` }),
        ),
        { error: `bonusPayoutHistory: expected a list of ${PAYOUT_RATIO_HELP}` },
      ),
    ),
    equity: z._default(
      z.union([money('equity', '200000 (total grant value over the schedule)'), sharesEquitySchema], {
        error: 'equity: expected the total grant value (e.g. 200000) or { shares, strike, price }',
      }),
      0,
    ),
    companyType: z.enum(COMPANY_TYPES, { error: `companyType: expected one of ${COMPANY_TYPES.join(', ')}` }),
    equityDiscount: z.optional(
      z.number({ error: 'equityDiscount: expected a fraction from 0 to 1 (0.5 takes off half, 1 means worthless)' }).check(
        z.gte(0, { error: 'equityDiscount: expected a fraction from 0 to 1 (0.5 takes off half, 1 means worthless)' }),
        z.lte(1, { error: 'equityDiscount: expected a fraction from 0 to 1 (0.5 takes off half, 1 means worthless), not a percentage like 50' }),
      ),
    ),
    vesting: z._default(z.string({ error: `vesting: expected ${VESTING_HELP}` }), DEFAULT_VESTING).check(
      z.superRefine((text, ctx) => {
        const parsed = parseVestingSchedule(text);
        if (isSheetError(parsed)) ctx.addIssue({ code: 'custom', message: parsed.message.replace(/^schedule:/, 'vesting:') });
      }),
    ),
    signOn: z._default(money('signOn', '25000'), 0),
    years: z._default(
      z.number({ error: `years: expected a horizon in whole years, e.g. ${DEFAULT_HORIZON_YEARS}` }).check(
        z.int({ error: `years: expected a whole number of years, e.g. ${DEFAULT_HORIZON_YEARS}` }),
        z.gte(1, { error: `years: expected a horizon of 1 to ${MAX_HORIZON_YEARS} years` }),
        z.lte(MAX_HORIZON_YEARS, { error: `years: expected a horizon of 1 to ${MAX_HORIZON_YEARS} years` }),
      ),
      DEFAULT_HORIZON_YEARS,
    ),
    refresh: z.optional(money('refresh', '50000 (value of each annual refresh grant)')),
  },
  // An offer is always an object where the core builds it; anything else is a caller's mistake.
  { error: (issue) => (issue.code === 'invalid_type' ? '(offer): expected an offer object with fields such as base and companyType' : undefined) },
);

export type Offer = z.output<typeof offerSchema>;
export type OfferInput = z.input<typeof offerSchema>;

export interface OfferFieldError {
  readonly field: string;
  readonly message: string;
}

export type ParsedOffer = { readonly ok: true; readonly offer: Offer } | { readonly ok: false; readonly errors: readonly OfferFieldError[] };

/** Validates an offer from a panel or a formula; each error names its field and says what would be right. */
export function parseOffer(input: unknown): ParsedOffer {
  const result = offerSchema.safeParse(input);
  if (result.success) return { ok: true, offer: Object.freeze(result.data) };
  const errors = result.error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(offer)';
    const message = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}: expected only ${Object.keys(offerSchema.shape).join(', ')}` : issue.message;
    return { field: issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : field, message };
  });
  return { ok: false, errors };
}

/** The paper value of the grant: a value as given, or shares x max(price - strike, 0) (price when strike is 0: RSUs). */
export function equityGrantValue(equity: Offer['equity']): number {
  if (typeof equity === 'number') return equity;
  return equity.shares * Math.max(equity.price - equity.strike, 0);
}

export interface OfferYear {
  /** 1-based */
  readonly year: number;
  readonly base: number;
  readonly expectedBonus: number;
  /** risk-adjusted value of the initial grant vesting this year */
  readonly equityInitial: number;
  /** risk-adjusted value of every refresh tranche vesting this year (sum of `refreshTranches`) */
  readonly equityRefresh: number;
  /** per refresh tranche (tranche k granted at the end of year k), its risk-adjusted vesting this year */
  readonly refreshTranches: readonly number[];
  readonly signOn: number;
  readonly total: number;
  /** base + sign-on */
  readonly guaranteed: number;
  /** expected bonus */
  readonly conditional: number;
  /** risk-adjusted equity (initial and refresh) */
  readonly atRisk: number;
}

export interface OfferDecomposition {
  readonly offer: Offer;
  readonly schedule: VestingSchedule;
  readonly horizonYears: number;
  /** paper value of the initial grant */
  readonly equityGrantValue: number;
  /** the discount applied to equity (explicit, or the company type's default) */
  readonly equityDiscount: number;
  /** mean payout ratio applied to the target bonus (1 with no history) */
  readonly bonusPayoutFactor: number;
  readonly years: readonly OfferYear[];
  /** sum of every year's total */
  readonly riskAdjustedTotal: number;
  /** our reading: risk-adjusted total over the horizon, divided by its years (what AI.OFFER returns) */
  readonly riskAdjustedAverageAnnual: number;
  /** year 1 total, risk-adjusted */
  readonly firstYearTotal: number;
  /**
   * The offer-comparison-site reading: base + target bonus + initial grant's paper value spread
   * evenly over its schedule + sign-on spread over 4 years; undiscounted, no refreshers.
   */
  readonly annualisedTotal: number;
}

/** Offer-comparison sites spread the sign-on over a 4-year package; we follow that reading for `annualisedTotal`. */
export const ANNUALISED_SIGN_ON_YEARS = 4;

/** Takes a valid offer apart year by year. */
export function decomposeOffer(offer: Offer): OfferDecomposition {
  const schedule = parseVestingSchedule(offer.vesting);
  // parseOffer has already checked the schedule; a hand-built Offer with a bad one is a programming error.
  if (isSheetError(schedule)) throw new Error(schedule.message);
  const horizon = offer.years;
  const grantValue = equityGrantValue(offer.equity);
  const discount = equityDiscountFor(offer.companyType as CompanyType, offer.equityDiscount);
  const keep = 1 - discount;
  const bonus = expectedBonus(offer.base, offer.bonusTarget, offer.bonusPayoutHistory);
  const initialVesting = vestGrant(grantValue, schedule);
  const refreshVesting = offer.refresh === undefined ? undefined : vestGrant(offer.refresh, schedule);
  const trancheCount = refreshVesting ? horizon - 1 : 0;

  const years: OfferYear[] = [];
  let riskAdjustedTotal = 0;
  for (let y = 1; y <= horizon; y++) {
    const equityInitial = (initialVesting[y - 1] ?? 0) * keep;
    const refreshTranches: number[] = [];
    let equityRefresh = 0;
    for (let k = 1; k <= trancheCount; k++) {
      // tranche k is granted at the end of year k, so its year 1 is year k + 1
      const amount = (refreshVesting![y - k - 1] ?? 0) * keep;
      refreshTranches.push(amount);
      equityRefresh += amount;
    }
    const signOn = y === 1 ? offer.signOn : 0;
    const guaranteed = offer.base + signOn;
    const atRisk = equityInitial + equityRefresh;
    const total = guaranteed + bonus + atRisk;
    riskAdjustedTotal += total;
    years.push(Object.freeze({ year: y, base: offer.base, expectedBonus: bonus, equityInitial, equityRefresh, refreshTranches: Object.freeze(refreshTranches), signOn, total, guaranteed, conditional: bonus, atRisk }));
  }

  const annualisedTotal = offer.base + offer.base * offer.bonusTarget + grantValue / scheduleYears(schedule) + offer.signOn / ANNUALISED_SIGN_ON_YEARS;
  return Object.freeze({
    offer,
    schedule,
    horizonYears: horizon,
    equityGrantValue: grantValue,
    equityDiscount: discount,
    bonusPayoutFactor: payoutFactor(offer.bonusPayoutHistory),
    years: Object.freeze(years),
    riskAdjustedTotal,
    riskAdjustedAverageAnnual: riskAdjustedTotal / horizon,
    firstYearTotal: years[0].total,
    annualisedTotal,
  });
}
