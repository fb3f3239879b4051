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
import { equityDiscountFor } from './company-types';
import { expectedBonus, payoutFactor } from './bonus';
import { VestingSchedule, parseVestingSchedule, scheduleYears, vestGrant } from './vesting';
import { ArgOf, FIELDS, Offer, OFFER_FIELDS, OfferKey } from './fields';
import { isSheetError } from '../errors';

export { DEFAULT_HORIZON_YEARS, MAX_HORIZON_YEARS } from './fields';
export type { Offer, SharesEquity } from './fields';

/** The paper value of the grant: a value as given, or shares x max(price - strike, 0) (price when strike is 0: RSUs). */
export function equityGrantValue(equity: Offer['equityGrant']): number {
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

/** `annualisedTotal` spreads the sign-on over 4 years, as the default horizon does (our choice: no source says how to annualise a sign-on). */
export const ANNUALISED_SIGN_ON_YEARS = 4;

/** A formula's arguments for the offer fields `keys`, in that order, as `run` receives them. */
export type OfferArgs<K extends readonly OfferKey[]> = { -readonly [I in keyof K]: ArgOf<K[I]> };

/** An offer as a formula's arguments make it, with its schedule already parsed. */
export interface ArgsOffer {
  readonly offer: Offer;
  readonly schedule: VestingSchedule;
}

/**
 * The one way a formula builds an offer: `keys` are the fields its parameters carry, in order
 * (core/functions/offer-params.ts made the parameters from the same list), `args` what the runner
 * read for them, every blank already given its field's `blank` by the runner. A field the function
 * has no parameter for, or left blank with no default, is left out of the offer, as the schema
 * leaves it. The schema is not run again: every rule it holds is the one the parameters' readers
 * have just applied (fields.ts), so it could not refuse these values, and on a 10,000-row tracker
 * it cost about half the time of AI.OFFER (issue 14). `fixed` sets a field the function solves for.
 */
export function buildOffer<K extends readonly OfferKey[]>(
  keys: K,
  args: readonly [...OfferArgs<K>, ...unknown[]],
  fixed?: Partial<Offer>,
): ArgsOffer {
  // A copy of one template, every field in the table's order and set to its blank, so every
  // offer a formula builds has one shape and the valuation loop reads it fast (a tracker builds
  // thousands); a field with no blank and no argument stays undefined, which reads as left out.
  const fields: Record<string, unknown> = { ...TEMPLATE };
  let schedule = DEFAULT_SCHEDULE();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const value: unknown = args[i];
    if (key === 'schedule') {
      if (value !== undefined) schedule = value as VestingSchedule;
    } else if (key === 'bonusPayout') {
      if ((value as number[]).length > 0) fields[key] = value;
    } else if (value !== undefined) fields[key] = value;
  }
  fields.schedule = schedule.name;
  if (fixed) Object.assign(fields, fixed);
  return { offer: fields as Offer, schedule };
}

/** Every field at its blank (undefined where it has none): what a formula's offer starts from. */
const TEMPLATE: Readonly<Record<string, unknown>> = Object.fromEntries(
  (Object.keys(OFFER_FIELDS) as OfferKey[]).map((key) => [key, FIELDS[key].blank]),
);

let defaultSchedule: VestingSchedule | undefined;
/** The schedule a blank stands for, read once (on first use: the vesting module must load first). */
const DEFAULT_SCHEDULE = (): VestingSchedule => (defaultSchedule ??= scheduleOf(OFFER_FIELDS.schedule.blank));

function scheduleOf(text: string): VestingSchedule {
  const schedule = parseVestingSchedule(text, OFFER_FIELDS.schedule.label);
  // parseOffer has already checked the schedule; a hand-built Offer with a bad one is a programming error.
  if (isSheetError(schedule)) throw new Error(schedule.message);
  return schedule;
}

/** One year's parts, as the valuation loop hands them to a caller that keeps them. */
type YearSink = (year: OfferYear) => void;

/**
 * The one valuation loop (issue 24 item 1): AI.OFFER, AI.OFFERTABLE, the counter-offer and the
 * panel all value an offer here. With no `sink` it only sums (AI.OFFER's figure, allocating no
 * year objects, for a tracker's thousands of rows); with one it also hands each year over, built
 * from the very same additions, so the two readings cannot drift apart.
 */
function valueYears(
  offer: Offer,
  schedule: VestingSchedule,
  sink: YearSink | undefined,
  seal: <T>(value: T) => T,
): number {
  const horizon = offer.years;
  const keep = 1 - equityDiscountFor(offer.companyType, offer.discount);
  const bonus = expectedBonus(offer.base, offer.bonusTarget, offer.bonusPayout);
  const initialVesting = vestGrant(equityGrantValue(offer.equityGrant), schedule);
  const refreshVesting = offer.refresh === undefined ? undefined : vestGrant(offer.refresh, schedule);
  const trancheCount = refreshVesting ? horizon - 1 : 0;
  let riskAdjustedTotal = 0;
  for (let y = 1; y <= horizon; y++) {
    const equityInitial = (initialVesting[y - 1] ?? 0) * keep;
    const refreshTranches: number[] | undefined = sink ? [] : undefined;
    let equityRefresh = 0;
    for (let k = 1; k <= trancheCount; k++) {
      // tranche k is granted at the end of year k, so its year 1 is year k + 1
      const amount = (refreshVesting![y - k - 1] ?? 0) * keep;
      refreshTranches?.push(amount);
      equityRefresh += amount;
    }
    const signOn = y === 1 ? offer.signOn : 0;
    const guaranteed = offer.base + signOn;
    const atRisk = equityInitial + equityRefresh;
    const total = guaranteed + bonus + atRisk;
    riskAdjustedTotal += total;
    if (sink)
      sink(
        seal({
          year: y,
          base: offer.base,
          expectedBonus: bonus,
          equityInitial,
          equityRefresh,
          refreshTranches: seal(refreshTranches!),
          signOn,
          total,
          guaranteed,
          conditional: bonus,
          atRisk,
        }),
      );
  }
  return riskAdjustedTotal;
}

const asIs = <T>(value: T): T => value;

/** AI.OFFER's figure, `decomposeOffer(offer).riskAdjustedAverageAnnual`, from the same loop without keeping the years. */
export function offerAverageAnnual(offer: Offer, schedule: VestingSchedule = scheduleOf(offer.schedule)): number {
  return valueYears(offer, schedule, undefined, asIs) / offer.years;
}

/** Takes a valid offer apart year by year; `schedule` is the parsed `offer.schedule` when the caller has it. */
export function decomposeOffer(
  offer: Offer,
  schedule: VestingSchedule = scheduleOf(offer.schedule),
): OfferDecomposition {
  return decompose(offer, schedule, Object.freeze);
}

/**
 * The same decomposition, not frozen, for a caller that reads it once and drops it (AI.OFFERTABLE
 * turns it into cells at once): a dozen freezes per offer were a tenth of a table's time.
 */
export function decomposeOfferUnfrozen(
  offer: Offer,
  schedule: VestingSchedule = scheduleOf(offer.schedule),
): OfferDecomposition {
  return decompose(offer, schedule, asIs);
}

function decompose(offer: Offer, schedule: VestingSchedule, seal: <T>(value: T) => T): OfferDecomposition {
  const years: OfferYear[] = [];
  const riskAdjustedTotal = valueYears(offer, schedule, (year) => years.push(year), seal);
  const grantValue = equityGrantValue(offer.equityGrant);
  const annualisedTotal =
    offer.base +
    offer.base * offer.bonusTarget +
    grantValue / scheduleYears(schedule) +
    offer.signOn / ANNUALISED_SIGN_ON_YEARS;
  return seal({
    offer,
    schedule,
    horizonYears: offer.years,
    equityGrantValue: grantValue,
    equityDiscount: equityDiscountFor(offer.companyType, offer.discount),
    bonusPayoutFactor: payoutFactor(offer.bonusPayout),
    years: seal(years),
    riskAdjustedTotal,
    riskAdjustedAverageAnnual: riskAdjustedTotal / offer.years,
    firstYearTotal: years[0].total,
    annualisedTotal,
  });
}
