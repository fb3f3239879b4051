/**
 * Every default the catalog and the panel apply when an input is left out, each saying whose choice
 * it is (every one is ours: no source sets a default for a spreadsheet), which source it follows
 * where one does, and where it departs from a source's advice. AI.SOURCE(name, , "default") shows
 * these; tests/core/defaults.test.ts fails on a catalog default this list does not answer.
 * Sentences are ours, and assert nothing a source does not say.
 *
 * Updating: when a default changes in the code, change its line here (tests compare values).
 */
import { POPULATION_DEFAULTS } from './population-defaults';

export interface CatalogDefault {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** the value as a user would write it */
  readonly value: string;
  /** whose choice: always ours; `follows` names the source the choice follows, where one does */
  readonly follows?: string;
  readonly why: string;
  /** where the default goes against what a source advises, said plainly */
  readonly departs?: string;
}

export const CATALOG_DEFAULTS: readonly CatalogDefault[] = [
  {
    id: 'vesting',
    name: 'vesting schedule',
    aliases: ['schedule', 'vest', 'vesting', 'vest schedule'],
    value: '4y-1y-cliff-monthly',
    why: 'No source states a schedule. A grant entered without one is read as four years with a one-year cliff and monthly vesting after it; give the schedule the offer letter states.',
  },
  {
    id: 'horizon',
    name: 'horizon',
    aliases: ['horizon years', 'offer years', 'offertable years', 'matchbase years', 'matchsignon years'],
    value: '4 years',
    why: 'No source states a horizon. Four years matches the default vesting schedule, so the whole initial grant is counted and nothing beyond it; a shorter stay is a smaller number of years.',
  },
  {
    id: 'sign-on-spread',
    name: 'sign-on spread in the annualised total',
    aliases: ['annualised', 'annualised sign-on', 'sign-on spread'],
    value: 'over 4 years',
    why: 'No source states how to annualise a sign-on bonus. The annualised total spreads it over the same four years as the default horizon; the year-by-year table pays it in year 1.',
  },
  {
    id: 'equity-public',
    name: 'equity discount, public company',
    aliases: ['public', 'public discount'],
    value: '0 (at value)',
    follows: 'AI Tech Connect (2026), which says only that listed-company restricted stock has a value one can know',
    why: 'The source gives no discount for listed stock; counting it at its value is our reading of that sentence.',
  },
  {
    id: 'equity-private',
    name: 'equity discount, private company and startup',
    aliases: ['private', 'startup', 'private discount', 'startup discount'],
    value: '0.5 (half off)',
    follows: 'AI Tech Connect (2026), which advises taking half or more off private-company equity',
    why: 'We take the least discount it advises, half. Pass your own discount to take more off.',
    departs:
      'The same article also says to count such equity at nothing if you would be unhappy without it; the default does not.',
  },
  {
    id: 'equity-growth',
    name: 'equity discount, growth-stage company',
    aliases: ['growth', 'growth discount'],
    value: '0.5 (half off)',
    why: 'No source gives a discount for growth-stage companies. We treat their equity as private-company equity, discounted by half; a listed growth company should use company type "public".',
  },
  {
    id: 'equity-enterprise',
    name: 'equity discount, enterprise',
    aliases: ['enterprise', 'enterprise discount'],
    value: '0 (at value)',
    why: 'No source gives a discount for enterprises. We read an enterprise as a company whose stock has a value one can know, like a listed one (nexus IT group describes enterprise packages as heavier on cash and simpler to value); a private enterprise should pass its own discount.',
  },
  {
    id: 'option-rate',
    name: 'option risk-free rate',
    aliases: ['option rate', 'risk-free rate', 'risk free rate'],
    value: '0',
    why: "No source gives a rate and the add-in fetches nothing, so Black-Scholes uses 0 unless you enter the current risk-free rate for the option's term; a rate above 0 raises a call's value.",
  },
  {
    id: 'option-yield',
    name: 'option dividend yield',
    aliases: ['dividend yield', 'yield', 'dividend', 'option dividend yield'],
    value: '0',
    why: "No source gives a yield, so 0 unless you enter the company's yield; a yield above 0 lowers a call's value.",
  },
  {
    id: 'bonus-payout',
    name: 'bonus payout with no history',
    aliases: ['bonus', 'payout', 'bonus payout', 'payout history'],
    value: '100% of the target',
    why: 'With no payout history entered there is nothing to weight the bonus by, so the target is counted in full.',
    departs:
      "This is the opposite of the source's advice: AI Tech Connect (2026) says to use the actual payout history, not the target. Enter the payouts (actual / target, e.g. 0.8; 1.1) to follow it.",
  },
  {
    id: 'hours',
    name: 'hours in a working year (AI.HOURLY, AI.ANNUAL)',
    aliases: ['hours per year', 'working hours', 'hourly hours', 'annual hours'],
    value: '2,080 (40 hours x 52 weeks)',
    follows: "Payscale's article, whose own conversions ($194,000 a year is about $93.27 an hour) use it",
    why: 'Give your own hours where a contract or a country works a different year.',
  },
  {
    id: 'exit-years',
    name: 'years until the exit (AI.EXITVALUE)',
    aliases: ['exit years', 'exitvalue years', 'years to exit'],
    value: '0 (no discounting)',
    why: 'No source gives a time to an exit. With 0 years the exit values are not discounted at all, which overstates equity that pays out later; enter the years you expect.',
  },
  {
    id: 'exit-rate',
    name: 'discount rate (AI.EXITVALUE)',
    aliases: ['exit rate', 'discount rate', 'exitvalue discount rate', 'exit discount rate'],
    value: '0',
    why: 'No source gives a discount rate and the add-in fetches nothing, so exit values are not discounted unless you enter a rate.',
  },
  {
    id: 'ageing-method',
    name: 'ageing method (AI.AGE)',
    aliases: ['ageing', 'aging', 'age method', 'compound'],
    value: 'compound',
    why: 'No source says how to age a survey figure. Compounding applies the annual rate to the aged amount each year; "simple" applies it to the original amount only.',
  },
  {
    id: 'range-convention',
    name: 'spread convention (AI.RANGE)',
    aliases: ['spread convention', 'convention', 'over-min', 'range convention'],
    value: 'over-min',
    why: 'No source defines a range spread. Over the minimum, (max - min) / min, is how AI.SPREAD measures it, so AI.RANGE undoes AI.SPREAD by default; "around-mid" puts min and max at mid x (1 -/+ spread / 2).',
  },
  {
    id: 'band-source',
    name: 'band source (AI.BAND, AI.SOURCE, AI.LOCALBAND)',
    aliases: ['source', 'band source', 'band table', 'aitechconnect'],
    value: 'AI Tech Connect 2026 (US ranges by level)',
    why: 'The sources disagree and neither is the default of a source. We use AI Tech Connect\'s table because it states ranges (a floor, a range, a median and a top); source "nexus" gives nexus IT group\'s averages by years of experience.',
  },
  {
    id: 'premium-bound',
    name: 'premium bound (AI.PREMIUM)',
    aliases: ['bound', 'premium bound'],
    value: 'mid (the midpoint of the stated range)',
    why: 'The sources state premiums as ranges; the default is the midpoint of the stated low and high ends, graded derived. A skill with only a floor has no mid.',
  },
  {
    id: 'figure-field',
    name: 'field (AI.FIGURE)',
    aliases: ['field', 'figure field'],
    value: 'value',
    why: "With no field, AI.FIGURE returns the figure's value; the other fields say its unit, statistic, grade and source.",
  },
  {
    id: 'bonus-target',
    name: 'bonus target (AI.BONUS, AI.OFFER)',
    aliases: ['bonus target', 'bonusTarget'],
    value: '0 (no bonus)',
    why: 'A blank bonus target is read as no bonus: nothing is assumed where no target is entered.',
  },
  {
    id: 'equity-grant',
    name: 'equity grant (AI.OFFER)',
    aliases: ['equity grant', 'equityGrant'],
    value: '0 (no equity)',
    why: 'A blank grant is read as no equity: nothing is assumed where no grant is entered.',
  },
  {
    id: 'sign-on',
    name: 'sign-on (AI.OFFER and the offer functions)',
    aliases: ['signOn', 'signon', 'sign on', 'sign-on bonus'],
    value: '0 (none)',
    why: 'A blank sign-on is read as none: nothing is assumed where no sign-on is entered.',
  },
  {
    id: 'match-measure',
    name: 'measure of AI.MATCHBASE and AI.MATCHSIGNON',
    aliases: ['matchbase measure', 'matchsignon measure', 'match measure'],
    value: 'average',
    why: 'With no measure the counter-offer matches what AI.OFFER returns, the risk-adjusted average a year over the horizon; "year1" matches the first year only and "total" the sum over the horizon.',
  },
  ...POPULATION_DEFAULTS,
];
