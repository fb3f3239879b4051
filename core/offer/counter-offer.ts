/**
 * The counter-offer (issue 13): what it would take for one offer to match a rival, in the terms a
 * recruiter can move - the base, or a sign-on. `AI.MATCHBASE`, `AI.MATCHSIGNON` and the offer panel
 * all answer through these functions, so a formula and the panel cannot disagree.
 *
 * Both answers are read off the one offer model (decomposeOffer) in closed form, not searched for:
 * - every year's total is base + base x bonusTarget x payout factor + that year's risk-adjusted
 *   equity (+ the sign-on in year 1), so AI.OFFER's average is linear in base:
 *     average(base) = base x (1 + bonusTarget x payoutFactor) + average(base 0);
 * - the first-year total is linear in the sign-on with slope 1.
 * The answer is then read by its field's own reader (fields.ts `readOfferNumber`, the rule the
 * schema and AI.OFFER's parameters both apply), so neither function can return a base or sign-on
 * that AI.OFFER would refuse (today every non-negative finite amount passes; bounds may come). The
 * other fields were checked when the offer was read, so only the new figure needs reading.
 */
import { badNumber, isSheetError, SheetError } from '../errors';
import { formatUsd } from '../band/provenance';
import { readOfferNumber } from './fields';
import { decomposeOffer, Offer } from './valuation';

/** The answer as it stands in `offer[field]`, or #NUM! if the offer model refuses it. */
function acceptedOrRefused(offer: Offer, field: 'base' | 'signOn', label: string): number | SheetError {
  const read = readOfferNumber(field, offer[field]);
  if (!isSheetError(read)) return offer[field];
  return badNumber(
    `the ${label} that would match is ${formatUsd(offer[field])}, which an offer cannot have: ${read.message}`,
  );
}

/**
 * The base at which AI.OFFER with the offer's other terms equals `targetValue` (a risk-adjusted
 * average a year over the offer's horizon). The offer's own base is ignored. #NUM! when the other
 * terms alone are already worth more than the target, since no base of 0 or more can then match.
 */
export function matchBase(targetValue: number, offer: Offer): number | SheetError {
  const withoutBase = decomposeOffer({ ...offer, base: 0 });
  const others = withoutBase.riskAdjustedAverageAnnual;
  const gap = targetValue - others;
  if (gap < 0) {
    return badNumber(
      `targetValue: no base of 0 or more matches ${formatUsd(targetValue)} a year, because the other terms alone ` +
        `(risk-adjusted equity and sign-on, averaged over ${withoutBase.horizonYears} years) are worth ${formatUsd(others)} a year, ` +
        `${formatUsd(-gap)} more than the target; this offer already beats it at any base`,
    );
  }
  // What one dollar of base adds to the average: the dollar itself and the expected bonus on it.
  const perDollarOfBase = 1 + offer.bonusTarget * withoutBase.bonusPayoutFactor;
  return acceptedOrRefused({ ...offer, base: gap / perDollarOfBase }, 'base', 'base');
}

/**
 * The sign-on at which the offer's first-year total (risk-adjusted, as AI.OFFERTABLE's
 * "first-year total" row) equals `targetFirstYear`. It replaces the offer's own sign-on (the whole
 * sign-on, not an addition). 0 when the offer with no sign-on already reaches the target: no
 * sign-on is needed, which is an answer, not an error.
 */
export function matchSignOn(targetFirstYear: number, offer: Offer): number | SheetError {
  const gap = targetFirstYear - decomposeOffer({ ...offer, signOn: 0 }).firstYearTotal;
  if (!(gap > 0)) return 0;
  return acceptedOrRefused({ ...offer, signOn: gap }, 'signOn', 'sign-on');
}

export interface CounterOffer {
  /** the base that matches the rival's risk-adjusted average a year (AI.OFFER), or why none can */
  readonly base: number | SheetError;
  /** the sign-on that matches the rival's first-year total (0: none needed) */
  readonly signOn: number | SheetError;
}

/** What `own` would need to match `rival`: "to match: base $X, or sign-on $Y" (the panel's line). */
export function counterOffer(rival: Offer, own: Offer): CounterOffer {
  const target = decomposeOffer(rival);
  return { base: matchBase(target.riskAdjustedAverageAnnual, own), signOn: matchSignOn(target.firstYearTotal, own) };
}
