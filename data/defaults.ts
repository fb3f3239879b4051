/**
 * The defaults the offer functions and the panel apply when an input is left out, each with whether
 * a source backs it or it is our choice, and why. AI.SOURCE(name, , "default") shows these; the
 * panel can show `why` beside each default. Sentences are ours.
 *
 * Updating: when a default changes in core/offer/*.ts, change its line here (tests compare values).
 */
import { POPULATION_DEFAULTS } from './population-defaults';

export interface OfferDefault {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** the value as a user would write it */
  readonly value: string;
  readonly basis: 'sourced guidance' | 'our choice';
  readonly why: string;
}

export const OFFER_DEFAULTS: readonly OfferDefault[] = [
  {
    id: 'vesting',
    name: 'vesting schedule',
    aliases: ['schedule', 'vest', 'vesting'],
    value: '4y-1y-cliff-monthly',
    basis: 'our choice',
    why: 'No source states a default schedule. Four years with a one-year cliff and monthly vesting after it is the most common schedule in US tech offers, so a grant entered without one is read that way; give the schedule the offer letter states.',
  },
  {
    id: 'horizon',
    name: 'horizon',
    aliases: ['years', 'horizon years'],
    value: '4 years',
    basis: 'our choice',
    why: 'No source states a horizon. Four years matches the default vesting schedule, so the whole initial grant is counted and nothing beyond it; a shorter stay is a smaller number of years.',
  },
  {
    id: 'sign-on',
    name: 'sign-on spread in the annualised total',
    aliases: ['sign on', 'signon', 'sign-on bonus', 'annualised'],
    value: 'over 4 years',
    basis: 'our choice',
    why: 'No source states how to annualise a sign-on bonus. Offer-comparison sites commonly spread it over a four-year package, and the annualised total follows them so it can be compared with their figures; the year-by-year table pays it in year 1.',
  },
  {
    id: 'equity-public',
    name: 'equity discount, public company',
    aliases: ['public', 'public discount'],
    value: '0 (at value)',
    basis: 'sourced guidance',
    why: 'AI Tech Connect (2026) says listed-company restricted stock has a value one can know, so it is counted at value.',
  },
  {
    id: 'equity-private',
    name: 'equity discount, private company and startup',
    aliases: ['private', 'startup', 'private discount', 'startup discount'],
    value: '0.5 (half off)',
    basis: 'sourced guidance',
    why: 'AI Tech Connect (2026) advises counting private-company equity at half its paper value or less; we take the least discount it advises, half. Pass your own discount to take more off.',
  },
  {
    id: 'equity-growth',
    name: 'equity discount, growth-stage company',
    aliases: ['growth', 'growth discount'],
    value: '0.5 (half off)',
    basis: 'our choice',
    why: 'No source gives a discount for growth-stage companies. Most are not yet listed, so we treat their equity as private-company equity, discounted by half; a listed growth company should use company type "public".',
  },
  {
    id: 'equity-enterprise',
    name: 'equity discount, enterprise',
    aliases: ['enterprise', 'enterprise discount'],
    value: '0 (at value)',
    basis: 'our choice',
    why: 'No source gives a discount for enterprises. We read an enterprise as a mature company whose stock has a value one can know, like a listed one (nexus IT group describes enterprise packages as heavier on cash and simpler to value); a private enterprise should pass its own discount.',
  },
  {
    id: 'option-rate',
    name: 'option risk-free rate',
    aliases: ['rate', 'risk-free rate', 'risk free rate'],
    value: '0',
    basis: 'our choice',
    why: "No source gives a rate and the add-in fetches nothing, so Black-Scholes uses 0 unless you enter the current risk-free rate for the option's term; a rate above 0 raises a call's value.",
  },
  {
    id: 'option-yield',
    name: 'option dividend yield',
    aliases: ['dividend yield', 'yield', 'dividend'],
    value: '0',
    basis: 'our choice',
    why: "No source gives a yield. Most companies granting options to engineers pay no dividend, so 0 unless you enter the company's yield.",
  },
  {
    id: 'bonus-payout',
    name: 'bonus payout with no history',
    aliases: ['bonus', 'payout', 'bonus payout'],
    value: 'the target',
    basis: 'our choice',
    why: 'AI Tech Connect (2026) advises weighting a bonus by what it actually paid; with no payout history entered there is nothing to weight by, so the target is used as it stands.',
  },
  ...POPULATION_DEFAULTS,
];
