/**
 * Offer math catalog entries (issue 3): bonus, equity, options, exit scenarios, vesting, dilution,
 * and the whole offer. AI.OFFER and AI.OFFERTABLE go through the one offer model
 * (core/offer/valuation.ts: decomposeOffer; the panel reads through core/offer/schema.ts parseOffer) that the offer panel uses too.
 */
import { defineFunction, FunctionSpec, ParamSpec, withDefault } from '../function-spec';
import { OutputCell, BLANK } from '../cells';
import { fractionRule, toNumber, toText, normalizeName } from '../coerce';
import { badNumber, badValue, isSheetError, SheetError } from '../errors';
import { expectedBonus, MAX_PAYOUT_RATIO } from '../offer/bonus';
import { COMPANY_TYPES, COMPANY_TYPE_SYNONYMS, CompanyType, riskAdjustedEquity } from '../offer/company-types';
import { blackScholesCall, dilute, exitValue, intrinsicValue } from '../offer/options';
import { DEFAULT_VESTING, parseVestingSchedule, VESTING_HELP, VestingSchedule, vestGrant } from '../offer/vesting';
import {
  checkedOffer,
  decomposeOfferUnfrozen,
  MAX_HORIZON_YEARS,
  offerAverageAnnual,
  OfferDecomposition,
  OfferYear,
} from '../offer/valuation';
import { OFFER_FIELDS, OfferNumberKey, readFieldNumber } from '../offer/fields';
import { InputCell } from '../cells';
import { choiceParam, listOf, numberParam } from './params';

const money = (what: string) => ({ min: 0, what });
const fraction = (what: string) => fractionRule(what, 1);

/** An offer parameter from the one field table (core/offer/fields.ts): its label, bounds and blank. */
const offerNumberParam = (key: OfferNumberKey, optional = false): ParamSpec<number> => {
  const field = OFFER_FIELDS[key];
  return {
    name: field.param!,
    description: field.description,
    optional,
    cellType: 'number',
    blankIsDefault: !optional && field.needed === undefined,
    bounds: field.rule,
    parse: (cell: InputCell) => readFieldNumber(field, cell),
  };
};
const baseParam = offerNumberParam('base');
const targetParam = (name: string): ParamSpec<number> => ({
  ...offerNumberParam('bonusTarget'),
  name,
  blankIsDefault: false,
});
const payoutParam = (name: string, optional: boolean): ParamSpec<number[], number> => ({
  ...listOf({ ...offerNumberParam('bonusPayoutHistory', optional), name }, 'perRow'),
  optional,
  blankIsDefault: !optional,
});
const companyTypeParam: ParamSpec<CompanyType> = {
  zeroIsBlank: 'always',
  ...choiceParam(
    'companyType',
    `the company type: ${COMPANY_TYPES.map((t) => `"${t}"`).join(', ')} (public at value and private or startup at half, as AI Tech Connect 2026 advises; enterprise at value and growth at half are our choices: AI.SOURCE("growth", , "default") says why)`,
    COMPANY_TYPES,
    COMPANY_TYPE_SYNONYMS,
    false,
  ),
};

/** The schedule a blank VEST schedule means; parsed once from DEFAULT_VESTING, which must parse. */
const DEFAULT_SCHEDULE: VestingSchedule = (() => {
  const schedule = parseVestingSchedule(DEFAULT_VESTING);
  if (isSheetError(schedule)) throw new Error(`DEFAULT_VESTING does not parse: ${schedule.message}`);
  return schedule;
})();

export const scheduleParam = (optional: boolean): ParamSpec<VestingSchedule> => ({
  name: 'schedule',
  optional,
  cellType: 'string',
  zeroIsBlank: 'always',
  description: `the vesting schedule: ${VESTING_HELP}`,
  parse: (cell) => {
    const text = toText(cell, 'schedule');
    return isSheetError(text) ? text : parseVestingSchedule(text);
  },
});

export const BONUS = defineFunction({
  name: 'BONUS',
  summary:
    'Expected bonus: base x target x the mean actual payout ratio, as AI Tech Connect (2026) advises; with no history the target (our choice: nothing to weight by).',
  params: [baseParam, targetParam('target'), payoutParam('payoutHistory', true)],
  result: 'cell',
  example: [200000, 0.15, [[0.8, 1]]],
  run: (base, target, history) => expectedBonus(base, target, history),
});

export const EQUITY = defineFunction({
  name: 'EQUITY',
  summary:
    'Risk-adjusted equity value: public RSUs at value and private or startup equity at half by default (AI Tech Connect 2026 advises half or more); enterprise at value and growth at half are our choices, not a source\'s (AI.SOURCE("growth", , "default")); an explicit discount overrides it (1 means worthless).',
  params: [
    numberParam('annualValue', 'the paper value of the equity for a year, e.g. grant / 4', money('an equity value')),
    companyTypeParam,
    numberParam(
      'discount',
      'a discount that overrides the company type default, from 0 (at value) to 1 (worthless)',
      fraction('a discount'),
      true,
    ),
  ],
  result: 'cell',
  example: [100000, 'startup'],
  run: (value, companyType, discount) => riskAdjustedEquity(value, companyType, discount),
});

export const OPTION = defineFunction({
  name: 'OPTION',
  summary:
    'Option value: intrinsic, shares x max(price - strike, 0); Black-Scholes (European call, with dividend yield) when volatility is given.',
  params: [
    numberParam('shares', 'the number of options (or RSUs, strike 0)', money('a number of shares')),
    numberParam('strike', 'the strike (exercise) price per share; 0 for RSUs', money('a strike price')),
    numberParam('price', 'the price or fair value per share today', money('a share price')),
    numberParam(
      'years',
      'years to expiry (needed with volatility)',
      { min: 0, max: 100, what: 'a number of years' },
      true,
    ),
    numberParam(
      'volatility',
      'annual volatility as a fraction, e.g. 0.4 for 40%; omit for intrinsic value',
      fractionRule('a volatility', 5),
      true,
    ),
    withDefault(
      numberParam(
        'rate',
        'risk-free rate, continuously compounded, as a fraction (our choice of default: no source gives one and nothing is fetched; enter the current rate)',
        fractionRule('a rate', 1, -1),
        true,
      ),
      0,
    ),
    withDefault(
      numberParam(
        'dividendYield',
        'dividend yield as a fraction (our choice of default: most companies granting options pay none)',
        fractionRule('a dividend yield', 1),
        true,
      ),
      0,
    ),
  ],
  result: 'cell',
  example: [1000, 40, 42, 0.5, 0.2, 0.1],
  run(shares, strike, price, years, volatility, rate, dividendYield) {
    if (volatility === undefined) {
      if (rate !== 0 || dividendYield !== 0)
        return badValue(
          'volatility: expected a volatility (e.g. 0.4 for 40%) when a rate or dividend yield is given, since only Black-Scholes uses them; omit all three for intrinsic value',
        );
      return intrinsicValue(shares, strike, price);
    }
    if (years === undefined)
      return badValue('years: expected the years to expiry (e.g. 4) when a volatility is given, for Black-Scholes');
    return shares * blackScholesCall({ price, strike, years, volatility, rate, dividendYield });
  },
});

export const EXITVALUE = defineFunction({
  name: 'EXITVALUE',
  summary:
    'Probability-weighted value of private options over exit scenarios, discounted to today: shares x sum(p x max(exit - strike, 0)) / (1 + discountRate)^years.',
  params: [
    numberParam('shares', 'the number of options or shares', money('a number of shares')),
    numberParam('strike', 'the strike price per share (0 for shares)', money('a strike price')),
    listOf(
      numberParam('exitPrices', 'the price per share in each exit scenario (a row or column)', money('an exit price')),
    ),
    listOf(
      numberParam(
        'probabilities',
        'the probability of each scenario, same count; what they leave below 1 is no exit (worth nothing)',
        fraction('a probability'),
      ),
    ),
    numberParam(
      'years',
      'years until the exit (default 0: no discounting)',
      { min: 0, max: 100, what: 'a number of years' },
      true,
    ),
    withDefault(
      numberParam(
        'discountRate',
        'annual discount rate as a fraction, e.g. 0.1 for 10%',
        fractionRule('a discount rate', 1),
        true,
      ),
      0,
    ),
  ],
  result: 'cell',
  example: [10000, 2, [[0, 10, 40]], [[0.5, 0.3, 0.2]], 5, 0.1],
  run(shares, strike, exits, probabilities, years, discountRate) {
    if (exits.length === 0) return badValue('exitPrices: expected at least one exit price, received none');
    if (probabilities.length !== exits.length)
      return badValue(
        `probabilities: expected one probability for each of the ${exits.length} exit prices, received ${probabilities.length}`,
      );
    const total = probabilities.reduce((a, b) => a + b, 0);
    if (total > 1 + 1e-9)
      return badNumber(
        `probabilities: expected probabilities adding up to at most 1 (the rest is no exit), received a total of ${total}`,
      );
    if (discountRate > 0 && years === undefined)
      return badValue('years: expected the years until the exit (e.g. 5) when a discount rate is given');
    return exitValue(shares, strike, exits, probabilities, years ?? 0, discountRate);
  },
});

const yearParam: ParamSpec<number | 'all'> = {
  name: 'year',
  cellType: 'any',
  description: 'the vesting year (1 is the first year), or "all" for the row of years',
  parse: (cell) => {
    if (typeof cell === 'string' && normalizeName(cell) === 'all') return 'all';
    const year = toNumber(cell, 'year', { min: 1, max: 30, integer: true, what: 'a vesting year (or "all")' });
    return year;
  },
};

export const VEST = defineFunction({
  name: 'VEST',
  summary:
    'The amount of a grant vesting in a year (default schedule 4 years, 1-year cliff, then monthly: our choice, the common US tech schedule; no source states one); year "all" gives the row of years, which adds up to the grant.',
  params: [
    numberParam('grant', 'the total grant value (or number of shares)', money('a grant')),
    yearParam,
    withDefault(scheduleParam(true), DEFAULT_SCHEDULE, { shown: JSON.stringify(DEFAULT_VESTING) }),
  ],
  result: 'row',
  example: [400000, 'all', '5/15/40/40'],
  run(grant, year, schedule) {
    const rows = vestGrant(grant, schedule);
    if (year === 'all') return rows;
    return year <= rows.length ? rows[year - 1] : 0;
  },
});

export const DILUTE = defineFunction({
  name: 'DILUTE',
  summary:
    'Value after dilution: value x (1 - perRound)^rounds, each round issuing new shares worth perRound of the company.',
  params: [
    numberParam('value', 'the value (or ownership fraction) before dilution', money('a value')),
    numberParam(
      'perRound',
      'dilution per funding round as a fraction, e.g. 0.2 for 20%',
      fraction('a dilution per round'),
    ),
    numberParam('rounds', 'the number of future rounds', {
      min: 0,
      max: 100,
      integer: true,
      what: 'a number of rounds',
    }),
  ],
  result: 'cell',
  example: [100000, 0.2, 2],
  run: (value, perRound, rounds) => dilute(value, perRound, rounds),
});

export const offerParams = [
  baseParam,
  offerNumberParam('bonusTarget'),
  payoutParam('bonusPayout', false),
  offerNumberParam('equity'),
  companyTypeParam,
  { ...scheduleParam(false), blankIsDefault: true },
  offerNumberParam('signOn'),
  offerNumberParam('years', true),
] as const;

/**
 * The offer the arguments make, taken apart by the one offer model. Each argument was read by its
 * parameter's parser from the one field table, so the model's schema would pass them unchanged and
 * is not run a second time (core/offer/model.ts `checkedOffer`); blanks get the panel's defaults.
 */
export function offerFromArgs(
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
  const offer = checkedOffer({
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
  return decomposeOfferUnfrozen(offer, schedule);
}

/**
 * An explicit equity discount, last and optional in AI.OFFER and AI.OFFERTABLE. DESIGN.md §2 has
 * none there, but the panel lets a user override the company type's discount (as AI.EQUITY does);
 * without it the formula the panel inserts would value the offer differently from the panel.
 */
export const discountParam = offerNumberParam('equityDiscount', true);

export const OFFER = defineFunction({
  name: 'OFFER',
  summary:
    'Risk-adjusted average annual value of an offer over the horizon (default 4 years, our choice): base + expected bonus + risk-adjusted vested equity + sign-on, divided by the years.',
  params: [...offerParams, discountParam],
  result: 'cell',
  example: [200000, 0.15, [[0.8, 1]], 400000, 'startup', '4y-1y-cliff-monthly', 20000],
  run(base, bonusTarget, bonusPayout, equityGrant, companyType, schedule, signOn, years, discount) {
    // The average alone, without the year-by-year decomposition AI.OFFERTABLE shows (same arithmetic).
    const offer = checkedOffer({
      base,
      bonusTarget,
      bonusPayoutHistory: bonusPayout,
      equity: equityGrant,
      companyType,
      vesting: schedule,
      signOn,
      years,
      equityDiscount: discount,
    });
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

export const OFFER_MATH_FUNCTIONS: readonly FunctionSpec[] = [
  BONUS,
  EQUITY,
  OPTION,
  EXITVALUE,
  VEST,
  DILUTE,
  OFFER,
  OFFERTABLE,
];
