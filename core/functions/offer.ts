/**
 * The whole offer: AI.OFFER and AI.OFFERTABLE go through the one offer model
 * (core/offer/valuation.ts: decomposeOffer; the panel reads through core/offer/schema.ts parseOffer)
 * that the offer panel uses too.
 */
import { defineFunction, FunctionSpec } from '../function-spec';
import { OutputCell, BLANK } from '../cells';
import { isSheetError, SheetError } from '../errors';
import { CompanyType } from '../offer/company-types';
import { VestingSchedule } from '../offer/vesting';
import {
  checkedOffer,
  decomposeOfferUnfrozen,
  MAX_HORIZON_YEARS,
  offerAverageAnnual,
  OfferDecomposition,
  Offer,
  OfferYear,
} from '../offer/valuation';
import { discountParam, offerNumberParam, offerParams } from './offer-params';

/**
 * The offer the arguments make. Each argument was read by its parameter's parser from the one
 * field table, so the model's schema would pass them unchanged and is not run a second time
 * (core/offer/valuation.ts `checkedOffer`); blanks get the panel's defaults.
 */
export function offerOfArgs(
  base: number,
  bonusTarget: number | undefined,
  bonusPayout: number[] | undefined,
  equityGrant: number | undefined,
  companyType: CompanyType,
  schedule: VestingSchedule | undefined,
  signOn: number | undefined,
  years: number | undefined,
  refresh?: number,
  discount?: number,
): Offer {
  return checkedOffer({
    base,
    bonusTarget,
    bonusPayoutHistory: bonusPayout,
    equity: equityGrant,
    companyType,
    vesting: schedule,
    signOn,
    years,
    refresh,
    equityDiscount: discount,
  });
}

/** The offer the arguments make, taken apart by the one offer model. */
function offerFromArgs(
  base: number,
  bonusTarget: number | undefined,
  bonusPayout: number[] | undefined,
  equityGrant: number | undefined,
  companyType: CompanyType,
  schedule: VestingSchedule | undefined,
  signOn: number | undefined,
  years: number | undefined,
  refresh?: number,
  discount?: number,
): OfferDecomposition | SheetError {
  return decomposeOfferUnfrozen(
    offerOfArgs(base, bonusTarget, bonusPayout, equityGrant, companyType, schedule, signOn, years, refresh, discount),
    schedule,
  );
}

export const OFFER = defineFunction({
  name: 'OFFER',
  summary:
    'Risk-adjusted average annual value of an offer over the horizon (default 4 years, our choice): base + expected bonus + risk-adjusted vested equity + sign-on, divided by the years.',
  params: [...offerParams, discountParam],
  result: 'cell',
  example: [200000, 0.15, [[0.8, 1]], 400000, 'startup', '4y-1y-cliff-monthly', 20000],
  run(base, bonusTarget, bonusPayout, equityGrant, companyType, schedule, signOn, years, discount) {
    // The average alone, without the year-by-year decomposition AI.OFFERTABLE shows (same arithmetic).
    const offer = offerOfArgs(
      base,
      bonusTarget,
      bonusPayout,
      equityGrant,
      companyType,
      schedule,
      signOn,
      years,
      undefined,
      discount,
    );
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

export const OFFERTABLE = defineFunction({
  name: 'OFFERTABLE',
  summary:
    'An offer taken apart: rows base, expected bonus, risk-adjusted equity (initial grant and each annual refresh tranche), sign-on, total and guaranteed, a column a year; then the first-year, average and annualised totals (the annualised total spreads the sign-on over 4 years, our choice following comparison sites).',
  params: [...offerParams, offerNumberParam('refresh', true), discountParam],
  result: 'table',
  example: [200000, 0.15, [[0.8, 1]], 400000, 'startup', '4y-1y-cliff-monthly', 20000, 4, 100000],
  run(base, bonusTarget, bonusPayout, equityGrant, companyType, schedule, signOn, years, refresh, discount) {
    const d = offerFromArgs(
      base,
      bonusTarget,
      bonusPayout,
      equityGrant,
      companyType,
      schedule,
      signOn,
      years,
      refresh,
      discount,
    );
    return isSheetError(d) ? d : offerTable(d);
  },
});

export const OFFER_FUNCTIONS: readonly FunctionSpec[] = [OFFER, OFFERTABLE];
