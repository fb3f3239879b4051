/**
 * The counter-offer (issues 13 and 24): what it would take for one offer to match a rival, in the
 * terms a recruiter can move - the base, or a one-time sign-on - on ONE measure, so the two answers
 * are real alternatives. `AI.MATCHBASE`, `AI.MATCHSIGNON` and the offer panel all answer here.
 *
 * The measures (a formula's last [measure]):
 * - `average` (default): what AI.OFFER returns, the risk-adjusted average a year over the horizon;
 * - `year1`: the first-year total (AI.OFFERTABLE's "first-year total" row);
 * - `total`: the risk-adjusted sum over the horizon (the average times the years).
 * Every one is linear in the base and in the sign-on (the valuation loop adds base, the bonus on
 * base, equity and the year-1 sign-on), so each answer is read off in closed form, not searched:
 *   measure(term) = measure(term 0) + slope x term,
 * the slope of a dollar of base being the dollar and its expected bonus, every year the measure
 * counts (1 for average and year1, the years for total); of a dollar of sign-on, paid once in year
 * 1, 1 / years for the average and 1 for the others. So matching an average over 4 years with a
 * sign-on takes 4 years of the gap at once.
 * The answer is then read by its field's own reader (fields.ts), so neither function can return a
 * base or sign-on that AI.OFFER would refuse.
 */
import { badNumber, badValue, isSheetError, SheetError } from '../errors';
import { formatUsd } from '../band/provenance';
import { InputCell } from '../cells';
import { normalizeName, Parsed, toText } from '../coerce';
import { expected } from '../messages';
import { FIELDS, readNumber } from './fields';
import { decomposeOffer, Offer, OfferDecomposition } from './valuation';

export const MEASURES = ['average', 'year1', 'total'] as const;
export type Measure = (typeof MEASURES)[number];

/** What each measure is, in the words every message and the panel use. */
export const MEASURE_WORDS: Readonly<Record<Measure, (years: number) => string>> = {
  average: (years) => `the risk-adjusted average a year over ${years} years`,
  year1: () => 'the first-year total',
  total: (years) => `the risk-adjusted total over ${years} years`,
};

/** An offer's figure on a measure. */
export function measureOf(d: OfferDecomposition, measure: Measure): number {
  if (measure === 'year1') return d.firstYearTotal;
  return measure === 'total' ? d.riskAdjustedTotal : d.riskAdjustedAverageAnnual;
}

export const MEASURE_LABEL = 'Measure';

/** The word a [measure] cell holds; the counter-offer functions' parameter reads it here. */
export function readMeasure(cell: InputCell): Parsed<Measure> {
  const text = toText(cell, MEASURE_LABEL);
  if (isSheetError(text)) return text;
  const found = MEASURES.find((m) => normalizeName(m) === normalizeName(text));
  return found ?? badValue(expected(MEASURE_LABEL, `one of ${MEASURES.map((m) => `"${m}"`).join(', ')}`, cell));
}

/** The answer as it stands in `offer[field]`, or #NUM! if the offer model refuses it. */
function acceptedOrRefused(offer: Offer, field: 'base' | 'signOn'): number | SheetError {
  const read = readNumber(field, offer[field]);
  if (!isSheetError(read)) return offer[field];
  return badNumber(
    `the ${FIELDS[field].label.toLowerCase()} that would match is ${formatUsd(offer[field])}, which an offer cannot have: ${read.message}`,
  );
}

/**
 * The base at which the offer's other terms reach `target` on `measure`. The offer's own base is
 * ignored. #NUM! when the other terms alone are already worth more than the target, since no base
 * of 0 or more can then match.
 */
export function matchBase(target: number, offer: Offer, measure: Measure = 'average'): number | SheetError {
  const withoutBase = decomposeOffer({ ...offer, base: 0 });
  const others = measureOf(withoutBase, measure);
  const gap = target - others;
  if (gap < 0) {
    return badNumber(
      `${FIELDS.target.label}: no base of 0 or more matches ${formatUsd(target)} as ${MEASURE_WORDS[measure](offer.years)}, ` +
        `because the other terms alone (risk-adjusted equity and sign-on) come to ${formatUsd(others)}, ` +
        `${formatUsd(-gap)} more than the target; this offer already beats it at any base`,
    );
  }
  // What one dollar of base adds: the dollar and the expected bonus on it, in each year counted.
  const perYear = 1 + offer.bonusTarget * withoutBase.bonusPayoutFactor;
  const slope = measure === 'total' ? perYear * offer.years : perYear;
  return acceptedOrRefused({ ...offer, base: gap / slope }, 'base');
}

/**
 * The one-time sign-on (paid in year 1, replacing the offer's own) at which the offer reaches
 * `target` on `measure`. 0 when the offer with no sign-on already reaches it: no sign-on is
 * needed, which is an answer, not an error.
 */
export function matchSignOn(target: number, offer: Offer, measure: Measure = 'average'): number | SheetError {
  const gap = target - measureOf(decomposeOffer({ ...offer, signOn: 0 }), measure);
  if (!(gap > 0)) return 0;
  const slope = measure === 'average' ? 1 / offer.years : 1;
  return acceptedOrRefused({ ...offer, signOn: gap / slope }, 'signOn');
}

export interface CounterOffer {
  readonly measure: Measure;
  /** the rival's figure on the measure */
  readonly target: number;
  /** the offer's own figure on it */
  readonly own: number;
  /** the base that matches the rival on the measure, or why none can */
  readonly base: number | SheetError;
  /** the one-time sign-on that matches the rival on the measure (0: none needed) */
  readonly signOn: number | SheetError;
}

/** What `own` would need to match `rival` on `measure`, both valued over their own horizons. */
export function counterOffer(rival: Offer, own: Offer, measure: Measure = 'average'): CounterOffer {
  const target = measureOf(decomposeOffer(rival), measure);
  return {
    measure,
    target,
    own: measureOf(decomposeOffer(own), measure),
    base: matchBase(target, own, measure),
    signOn: matchSignOn(target, own, measure),
  };
}
