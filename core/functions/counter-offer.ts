/**
 * The counter-offer catalog entries (issues 13 and 24): AI.MATCHBASE and AI.MATCHSIGNON. Each takes
 * AI.OFFER's arguments in AI.OFFER's order, less the term it solves for, with the rival's figure
 * first and a last [measure] (core/offer/counter-offer.ts), so the two answers match the same
 * thing and a recruiter can copy an AI.OFFER formula into either:
 *   AI.MATCHBASE(target, bonusTarget, bonusPayout, equityGrant, companyType, schedule, signOn, [years], [discount], [measure])
 *   AI.MATCHSIGNON(target, base, bonusTarget, bonusPayout, equityGrant, companyType, schedule, [years], [discount], [measure])
 * The parameters are AI.OFFER's own (made from the field table), so blanks read as AI.OFFER reads them.
 */
import { defineFunction, FunctionSpec, ParamSpec } from '../function-spec';
import { matchBase, matchSignOn, Measure, MEASURES, readMeasure } from '../offer/counter-offer';
import { buildOffer } from '../offer/valuation';
import { fieldParam, fieldParams, OFFER_TERMS } from './offer-params';

const measureParam: ParamSpec<Measure, Measure> = {
  name: 'measure',
  description: `what to match: ${MEASURES.map((m) => `"${m}"`).join(', ')}: "average" is what AI.OFFER returns (the risk-adjusted average a year over the horizon), "year1" the first-year total (AI.OFFERTABLE's row), "total" the risk-adjusted sum over the horizon`,
  optional: true,
  cellType: 'string',
  zeroIsBlank: 'always',
  default: 'average',
  defaultShown: '"average"',
  parse: readMeasure,
};

type Term = (typeof OFFER_TERMS)[number];
/** A tuple of terms less one, in the same order: the type of `without`'s answer. */
type Less<T extends readonly Term[], X extends Term> = T extends readonly [
  infer H extends Term,
  ...infer R extends Term[],
]
  ? H extends X
    ? Less<R, X>
    : [H, ...Less<R, X>]
  : [];
/** AI.OFFER's terms in its order, less the one a counter-offer function solves for. */
const without = <X extends Term>(solved: X): Less<typeof OFFER_TERMS, X> =>
  OFFER_TERMS.filter((term) => term !== solved) as Less<typeof OFFER_TERMS, X>;

const MATCHBASE_TERMS = without('base');
const MATCHSIGNON_TERMS = without('signOn');

export const MATCHBASE = defineFunction({
  name: 'MATCHBASE',
  summary:
    'The counter-offer base: the base at which the offer with the other terms reaches target on the measure (default the average a year AI.OFFER returns, so AI.MATCHBASE(AI.OFFER(b, ...), ...) is b); #NUM! when the other terms already exceed it.',
  params: [fieldParam('target'), ...fieldParams(MATCHBASE_TERMS, MATCHBASE_TERMS.indexOf('years')), measureParam],
  result: 'cell',
  example: [304700, 0.15, [[0.8, 1]], 400000, 'startup', '4y-1y-cliff-monthly', 20000],
  run(target, ...terms) {
    const { offer } = buildOffer(MATCHBASE_TERMS, terms, { base: 0 });
    return matchBase(target, offer, terms[MATCHBASE_TERMS.length]);
  },
});

export const MATCHSIGNON = defineFunction({
  name: 'MATCHSIGNON',
  summary:
    'The counter-offer sign-on, paid once in year 1, at which the offer reaches target on the measure (default AI.OFFER\'s average a year: the sign-on covers every year\'s gap, 4 times it over 4 years; "year1": year 1 only). 0 when there is no gap.',
  params: [fieldParam('target'), ...fieldParams(MATCHSIGNON_TERMS, MATCHSIGNON_TERMS.indexOf('years')), measureParam],
  result: 'cell',
  example: [320000, 200000, 0.15, [[0.8, 1]], 400000, 'startup', '4y-1y-cliff-monthly'],
  run(target, ...terms) {
    const { offer } = buildOffer(MATCHSIGNON_TERMS, terms, { signOn: 0 });
    return matchSignOn(target, offer, terms[MATCHSIGNON_TERMS.length]);
  },
});

export const COUNTER_OFFER_FUNCTIONS: readonly FunctionSpec[] = [MATCHBASE, MATCHSIGNON];
