/**
 * The offer parameters the offer functions share (AI.BONUS ... AI.OFFERTABLE, and AI.MATCHBASE /
 * AI.MATCHSIGNON through offerParams), each read from the one field table (core/offer/fields.ts).
 */
import { ParamSpec } from '../function-spec';
import { fractionRule, toText } from '../coerce';
import { isSheetError } from '../errors';
import { COMPANY_TYPES, COMPANY_TYPE_SYNONYMS, CompanyType } from '../offer/company-types';
import { DEFAULT_VESTING, parseVestingSchedule, VESTING_HELP, VestingSchedule } from '../offer/vesting';
import { OFFER_FIELDS, OfferNumberKey, readFieldNumber } from '../offer/fields';
import { InputCell } from '../cells';
import { choiceParam, listOf } from './params';

export const money = (what: string) => ({ min: 0, what });
export const fraction = (what: string) => fractionRule(what, 1);

/** An offer parameter from the one field table (core/offer/fields.ts): its label, bounds and blank. */
export const offerNumberParam = (key: OfferNumberKey, optional = false): ParamSpec<number> => {
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
export const baseParam = offerNumberParam('base');
export const targetParam = (name: string): ParamSpec<number> => ({
  ...offerNumberParam('bonusTarget'),
  name,
  blankIsDefault: false,
});
export const payoutParam = (name: string, optional: boolean): ParamSpec<number[], number> => ({
  ...listOf({ ...offerNumberParam('bonusPayoutHistory', optional), name }, 'perRow'),
  optional,
  blankIsDefault: !optional,
});
export const companyTypeParam: ParamSpec<CompanyType> = {
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
export const DEFAULT_SCHEDULE: VestingSchedule = (() => {
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
 * An explicit equity discount, last and optional in AI.OFFER and AI.OFFERTABLE. DESIGN.md §2 has
 * none there, but the panel lets a user override the company type's discount (as AI.EQUITY does);
 * without it the formula the panel inserts would value the offer differently from the panel.
 */
export const discountParam = offerNumberParam('equityDiscount', true);
