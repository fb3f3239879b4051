/**
 * Valuing an offer: `AI.OFFER`, `AI.OFFERTABLE` and the offer panel all value an offer through
 * `decomposeOffer` (or its one-figure form), so a formula and the panel cannot disagree. No schema
 * library here: this module is in every bundle (core/offer/schema.ts is the panel's validator).
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
import { CompanyType, equityDiscountFor } from './company-types';
import { expectedBonus, payoutFactor } from './bonus';
import { VestingSchedule, parseVestingSchedule, scheduleYears, vestGrant } from './vesting';
import { OFFER_FIELDS } from './fields';
import { isSheetError } from '../errors';

export { DEFAULT_HORIZON_YEARS, MAX_HORIZON_YEARS } from './fields';

/** Equity given as shares: the grant is worth shares x max(price - strike, 0). */
export interface SharesEquity {
  shares: number;
  strike: number;
  price: number;
}

/**
 * A valid offer, every blank given its default: what `parseOffer` (core/offer/schema.ts) returns
 * and `checkedOffer` builds. Written out rather than inferred from the schema so the formula path
 * carries no schema library; schema.ts fails to compile if the two ever differ.
 */
export interface Offer {
  base: number;
  bonusTarget: number;
  bonusPayoutHistory?: number[];
  equity: number | SharesEquity;
  companyType: CompanyType;
  equityDiscount?: number;
  vesting: string;
  signOn: number;
  years: number;
  refresh?: number;
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

/**
 * The fields of an offer whose every value has already been read by its parser from the one field
 * table (fields.ts: `readOfferNumber`, the company type's choice, the schedule): AI.OFFER's
 * parameters. A blank is left undefined and means what the table's `blank` says.
 */
export interface CheckedOfferFields {
  readonly base: number;
  readonly bonusTarget?: number;
  readonly bonusPayoutHistory?: readonly number[];
  readonly equity?: number;
  readonly companyType: CompanyType;
  readonly vesting?: VestingSchedule;
  readonly signOn?: number;
  readonly years?: number;
  readonly refresh?: number;
  readonly equityDiscount?: number;
}

/**
 * The offer a formula's checked fields make, with each blank given the field table's default, as
 * the schema's defaults would. The schema is not run again: every rule it holds is one the
 * parameter parsers have just applied (the same `readOfferNumber` per field, the same schedule
 * reader), so it could not refuse these values, and on a 10,000-row tracker it cost about half the
 * time of AI.OFFER (issue 14). Anything not read by those parsers goes through `parseOffer`.
 */
export function checkedOffer(fields: CheckedOfferFields): Offer {
  const offer: Offer = {
    base: fields.base,
    bonusTarget: fields.bonusTarget ?? (OFFER_FIELDS.bonusTarget.blank as number),
    equity: fields.equity ?? (OFFER_FIELDS.equity.blank as number),
    companyType: fields.companyType,
    vesting: fields.vesting?.name ?? (OFFER_FIELDS.vesting.blank as string),
    signOn: fields.signOn ?? (OFFER_FIELDS.signOn.blank as number),
    years: fields.years ?? (OFFER_FIELDS.years.blank as number),
  };
  // Left out rather than undefined, as the schema leaves them, so `{ ...offer }` reads the same.
  if (fields.bonusPayoutHistory && fields.bonusPayoutHistory.length > 0)
    offer.bonusPayoutHistory = fields.bonusPayoutHistory as number[];
  if (fields.equityDiscount !== undefined) offer.equityDiscount = fields.equityDiscount;
  if (fields.refresh !== undefined) offer.refresh = fields.refresh;
  return offer;
}

/** What every year of an offer shares, worked out once; the decomposition and the average both start here. */
interface Valuation {
  readonly horizon: number;
  readonly grantValue: number;
  readonly discount: number;
  readonly keep: number;
  readonly bonus: number;
  readonly initialVesting: readonly number[];
  readonly refreshVesting: readonly number[] | undefined;
  readonly trancheCount: number;
}

function scheduleOf(offer: Offer): VestingSchedule {
  const schedule = parseVestingSchedule(offer.vesting);
  // parseOffer has already checked the schedule; a hand-built Offer with a bad one is a programming error.
  if (isSheetError(schedule)) throw new Error(schedule.message);
  return schedule;
}

function valuation(offer: Offer, schedule: VestingSchedule): Valuation {
  const horizon = offer.years;
  const grantValue = equityGrantValue(offer.equity);
  const discount = equityDiscountFor(offer.companyType as CompanyType, offer.equityDiscount);
  const refreshVesting = offer.refresh === undefined ? undefined : vestGrant(offer.refresh, schedule);
  return {
    horizon,
    grantValue,
    discount,
    keep: 1 - discount,
    bonus: expectedBonus(offer.base, offer.bonusTarget, offer.bonusPayoutHistory),
    initialVesting: vestGrant(grantValue, schedule),
    refreshVesting,
    trancheCount: refreshVesting ? horizon - 1 : 0,
  };
}

/**
 * AI.OFFER's figure, `decomposeOffer(offer).riskAdjustedAverageAnnual`, without building the
 * year-by-year structure: the same operations in the same order as `decomposeOffer`'s loop, so
 * the result is bit-identical (tests/core/offer-digest.test.ts holds both to recorded digests).
 * `schedule` is the parsed `offer.vesting` when the caller has it.
 */
export function offerAverageAnnual(offer: Offer, schedule: VestingSchedule = scheduleOf(offer)): number {
  // valuation()'s figures, taken here one by one so a row allocates no Valuation object.
  const horizon = offer.years;
  const keep = 1 - equityDiscountFor(offer.companyType as CompanyType, offer.equityDiscount);
  const bonus = expectedBonus(offer.base, offer.bonusTarget, offer.bonusPayoutHistory);
  const initialVesting = vestGrant(equityGrantValue(offer.equity), schedule);
  const refreshVesting = offer.refresh === undefined ? undefined : vestGrant(offer.refresh, schedule);
  const trancheCount = refreshVesting ? horizon - 1 : 0;
  let riskAdjustedTotal = 0;
  for (let y = 1; y <= horizon; y++) {
    const equityInitial = (initialVesting[y - 1] ?? 0) * keep;
    let equityRefresh = 0;
    for (let k = 1; k <= trancheCount; k++) equityRefresh += (refreshVesting![y - k - 1] ?? 0) * keep;
    const signOn = y === 1 ? offer.signOn : 0;
    const guaranteed = offer.base + signOn;
    const atRisk = equityInitial + equityRefresh;
    riskAdjustedTotal += guaranteed + bonus + atRisk;
  }
  return riskAdjustedTotal / horizon;
}

/** Takes a valid offer apart year by year; `schedule` is the parsed `offer.vesting` when the caller has it. */
export function decomposeOffer(offer: Offer, schedule: VestingSchedule = scheduleOf(offer)): OfferDecomposition {
  return decompose(offer, schedule, Object.freeze);
}

const asIs = <T>(value: T): T => value;

/**
 * The same decomposition, not frozen, for a caller that reads it once and drops it (AI.OFFERTABLE
 * turns it into cells at once): a dozen freezes per offer were a tenth of a table's time.
 */
export function decomposeOfferUnfrozen(
  offer: Offer,
  schedule: VestingSchedule = scheduleOf(offer),
): OfferDecomposition {
  return decompose(offer, schedule, asIs);
}

function decompose(offer: Offer, schedule: VestingSchedule, seal: <T>(value: T) => T): OfferDecomposition {
  const { horizon, grantValue, discount, keep, bonus, initialVesting, refreshVesting, trancheCount } = valuation(
    offer,
    schedule,
  );
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
    years.push(
      seal({
        year: y,
        base: offer.base,
        expectedBonus: bonus,
        equityInitial,
        equityRefresh,
        refreshTranches: seal(refreshTranches),
        signOn,
        total,
        guaranteed,
        conditional: bonus,
        atRisk,
      }),
    );
  }

  const annualisedTotal =
    offer.base +
    offer.base * offer.bonusTarget +
    grantValue / scheduleYears(schedule) +
    offer.signOn / ANNUALISED_SIGN_ON_YEARS;
  return seal({
    offer,
    schedule,
    horizonYears: horizon,
    equityGrantValue: grantValue,
    equityDiscount: discount,
    bonusPayoutFactor: payoutFactor(offer.bonusPayoutHistory),
    years: seal(years),
    riskAdjustedTotal,
    riskAdjustedAverageAnnual: riskAdjustedTotal / horizon,
    firstYearTotal: years[0].total,
    annualisedTotal,
  });
}
