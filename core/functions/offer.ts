/**
 * The whole offer: AI.OFFER and AI.OFFERTABLE build it the one way (core/offer/valuation.ts
 * `buildOffer`) from parameters made from the field table, and value it by the one loop the panel
 * uses too.
 */
import { defineFunction, FunctionSpec } from '../function-spec';
import { OutputCell, BLANK } from '../cells';
import {
  buildOffer,
  decomposeOfferUnfrozen,
  MAX_HORIZON_YEARS,
  offerAverageAnnual,
  OfferDecomposition,
  OfferYear,
} from '../offer/valuation';
import { fieldParams, FIRST_OPTIONAL_TERM, OFFER_TERMS } from './offer-params';

export const OFFER = defineFunction({
  name: 'OFFER',
  summary:
    'Risk-adjusted average annual value of an offer over the horizon (default 4 years, our choice): base + expected bonus + risk-adjusted vested equity + sign-on, divided by the years.',
  params: fieldParams(OFFER_TERMS, FIRST_OPTIONAL_TERM),
  result: 'cell',
  example: [200000, 0.15, [[0.8, 1]], 400000, 'startup', '4y-1y-cliff-monthly', 20000],
  run(...args) {
    // The average alone, without the year-by-year decomposition AI.OFFERTABLE shows (the same loop).
    const { offer, schedule } = buildOffer(OFFER_TERMS, args);
    return offerAverageAnnual(offer, schedule);
  },
});

/** "year 1" ... "year 30": the header's words, made once (each call still gets fresh rows). */
const YEAR_HEADERS: readonly string[] = Array.from({ length: MAX_HORIZON_YEARS }, (_, k) => `year ${k + 1}`);

/** The table AI.OFFERTABLE writes: a header row, the components by year, the totals, then the two summary readings. */
export function offerTable(d: OfferDecomposition): OutputCell[][] {
  const n = d.horizonYears;
  const years = d.years;
  // Plain loops rather than map and spread: one table per offer, and a tracker may hold thousands.
  const row = (label: string, pick: (y: OfferYear) => OutputCell): OutputCell[] => {
    const cells: OutputCell[] = new Array(n + 1);
    cells[0] = label;
    for (let k = 0; k < n; k++) cells[k + 1] = pick(years[k]);
    return cells;
  };
  const summary = (label: string, value: number): OutputCell[] => {
    const cells: OutputCell[] = new Array(n + 1).fill(BLANK);
    cells[0] = label;
    cells[1] = value;
    return cells;
  };
  const rows: OutputCell[][] = [
    row('component', (y) => YEAR_HEADERS[y.year - 1] ?? `year ${y.year}`),
    row('base', (y) => y.base),
    row('expected bonus', (y) => y.expectedBonus),
    row('equity: initial grant (risk-adjusted)', (y) => y.equityInitial),
  ];
  const tranches = years[0].refreshTranches.length;
  for (let k = 0; k < tranches; k++)
    rows.push(
      row(`equity: refresh ${k + 1} (granted end of year ${k + 1}, risk-adjusted)`, (y) => y.refreshTranches[k]),
    );
  rows.push(
    row('sign-on', (y) => y.signOn),
    row('total', (y) => y.total),
    row('guaranteed (base + sign-on)', (y) => y.guaranteed),
  );
  rows.push(summary('first-year total (risk-adjusted)', d.firstYearTotal));
  rows.push(summary(`risk-adjusted average a year over ${n} years`, d.riskAdjustedAverageAnnual));
  rows.push(
    summary(
      'annualised total (comparison-site reading: base + target bonus + grant / vesting years + sign-on / 4, undiscounted)',
      d.annualisedTotal,
    ),
  );
  return rows;
}

type Term = (typeof OFFER_TERMS)[number] | 'refresh';
type WithRefresh<T extends readonly Term[]> = T extends readonly [infer H extends Term, ...infer R extends Term[]]
  ? H extends 'years'
    ? [H, 'refresh', ...R]
    : [H, ...WithRefresh<R>]
  : [];
/** AI.OFFERTABLE's terms: AI.OFFER's, with the refresh grant right after the horizon (before the discount). */
const TABLE_TERMS = OFFER_TERMS.flatMap((term): Term[] =>
  term === 'years' ? [term, 'refresh'] : [term],
) as WithRefresh<typeof OFFER_TERMS>;

export const OFFERTABLE = defineFunction({
  name: 'OFFERTABLE',
  summary:
    'An offer taken apart: rows base, expected bonus, risk-adjusted equity (grant and each refresh), sign-on, total and guaranteed, a column a year; then the first-year, average and annualised totals (sign-on spread over 4 years: our choice).',
  params: fieldParams(TABLE_TERMS, FIRST_OPTIONAL_TERM),
  result: 'table',
  example: [200000, 0.15, [[0.8, 1]], 400000, 'startup', '4y-1y-cliff-monthly', 20000, 4, 100000],
  run(...args) {
    const { offer, schedule } = buildOffer(TABLE_TERMS, args);
    return offerTable(decomposeOfferUnfrozen(offer, schedule));
  },
});

export const OFFER_FUNCTIONS: readonly FunctionSpec[] = [OFFER, OFFERTABLE];
