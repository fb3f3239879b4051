/**
 * An offer's fields, written once: the label the user sees, the catalog parameter that carries it,
 * the panel field that holds it, its bounds, and what a blank means. The offer model's schema
 * (model.ts), the catalog's offer parameters (core/functions/offer-params.ts), the panel's reader
 * (panel/offer-input.ts) and the insert block (panel/insert-block.ts) all derive from this table,
 * and every number goes through `readOfferNumber`, so a bad bonus target gets the same message
 * from `AI.OFFER` and from the panel.
 *
 * Blank means the panel's default (issue 10 item 6): no bonus target is no bonus, no payout
 * history is the target, no equity is none, no schedule is DEFAULT_VESTING (4 years, 1-year cliff,
 * monthly), no sign-on is none, no horizon is 4 years. Bounds are our sanity limits, not sourced
 * figures: far above anything plausible, they catch a percentage typed as a whole number (15 for
 * 15%) or a figure with three zeros too many, never a real offer.
 */
import { InputCell } from '../cells';
import { NumberRule, Parsed, fractionRule, toNumber } from '../coerce';
import { MAX_PAYOUT_RATIO } from './bonus';
import { DEFAULT_VESTING } from './vesting';

export const DEFAULT_HORIZON_YEARS = 4;
export const MAX_HORIZON_YEARS = 30;
/** A base over $100M a year is a typing slip (issue 13: the same bound in the panel and the formulas). */
export const MAX_BASE = 100_000_000;
/** Grants, sign-ons and refreshes: $10B, beyond any single offer. */
export const MAX_AMOUNT = 10_000_000_000;
/** A bonus target of 200% of base: well above any engineering target; 15 meaning 15% is refused. */
export const MAX_BONUS_TARGET = 2;

export type OfferNumberKey =
  | 'base'
  | 'bonusTarget'
  | 'bonusPayoutHistory'
  | 'equity'
  | 'shares'
  | 'strike'
  | 'price'
  | 'equityDiscount'
  | 'signOn'
  | 'years'
  | 'refresh';
export type OfferFieldKey = OfferNumberKey | 'companyType' | 'vesting';

export interface OfferField {
  /** the model's field (parseOffer's input and error paths) */
  readonly key: OfferFieldKey;
  /** what the panel and every message call it */
  readonly label: string;
  /** the catalog parameter of AI.OFFER / AI.OFFERTABLE, where there is one */
  readonly param?: string;
  /** the panel's input (panel/state.ts OfferInputs) */
  readonly panel: string;
  readonly rule?: NumberRule;
  /** the catalog parameter's help text */
  readonly description: string;
  /** the message for a blank where a value is needed (only base, company type and the share fields) */
  readonly needed?: string;
  /** the value a blank stands for in both the panel and the formulas; undefined: left out */
  readonly blank?: number | string;
}

const money = (what: string, max = MAX_AMOUNT): NumberRule => ({ min: 0, max, what });

export const OFFER_FIELDS: Readonly<Record<OfferFieldKey, OfferField>> = Object.freeze({
  base: {
    key: 'base',
    label: 'Base salary',
    param: 'base',
    panel: 'base',
    rule: money('an annual base salary', MAX_BASE),
    description: 'the annual base salary, e.g. 200000',
    needed: 'Base salary is needed, e.g. 180000',
  },
  bonusTarget: {
    key: 'bonusTarget',
    label: 'Bonus target',
    param: 'bonusTarget',
    panel: 'bonusTarget',
    blank: 0,
    rule: fractionRule('a target bonus', MAX_BONUS_TARGET),
    description: 'the target bonus as a fraction of base, e.g. 0.15 for 15% (blank: no bonus)',
  },
  bonusPayoutHistory: {
    key: 'bonusPayoutHistory',
    label: 'Payout history',
    param: 'bonusPayout',
    panel: 'bonusPayouts',
    rule: fractionRule('a payout ratio (actual / target)', MAX_PAYOUT_RATIO),
    description:
      'actual bonus payouts as ratios of target (actual / target), e.g. 0.8, 1.1 for the last two years; blank for the target',
  },
  equity: {
    key: 'equity',
    label: 'Equity grant',
    param: 'equityGrant',
    panel: 'equityGrant',
    blank: 0,
    rule: money('a grant value'),
    description: 'the total value of the initial equity grant over its schedule, e.g. 400000 (blank or 0: none)',
  },
  shares: {
    key: 'shares',
    label: 'Shares',
    panel: 'shares',
    rule: money('a number of shares'),
    description: 'the number of options or RSUs',
    needed: 'Shares are needed, e.g. 10000',
  },
  strike: {
    key: 'strike',
    label: 'Strike',
    panel: 'strike',
    rule: money('a strike price per share'),
    description: 'the strike price per share; 0 for RSUs',
    needed: 'Strike is needed - 0 for RSUs',
  },
  price: {
    key: 'price',
    label: 'Price',
    panel: 'price',
    rule: money('a price per share'),
    description: 'the price or fair value per share',
    needed: 'Price is needed - the price or fair value per share, e.g. 10',
  },
  companyType: {
    key: 'companyType',
    label: 'Company type',
    param: 'companyType',
    panel: 'companyType',
    description: 'the company type',
    needed: 'Company type is needed',
  },
  equityDiscount: {
    key: 'equityDiscount',
    label: 'Equity discount',
    param: 'discount',
    panel: 'discount',
    rule: fractionRule('an equity discount', 1),
    description:
      "the equity discount from 0 to 1, overriding the company type's default (0.5 takes off half, 1 means worthless)",
  },
  vesting: {
    key: 'vesting',
    label: 'Vesting schedule',
    param: 'schedule',
    panel: 'schedule',
    blank: DEFAULT_VESTING,
    description: 'the vesting schedule',
  },
  signOn: {
    key: 'signOn',
    label: 'Sign-on',
    param: 'signOn',
    panel: 'signOn',
    blank: 0,
    rule: money('a sign-on bonus'),
    description: 'the sign-on bonus, paid in year 1 (blank or 0: none)',
  },
  years: {
    key: 'years',
    label: 'Horizon (years)',
    param: 'years',
    panel: 'years',
    blank: DEFAULT_HORIZON_YEARS,
    rule: { min: 1, max: MAX_HORIZON_YEARS, integer: true, what: 'a horizon in whole years' },
    description: `the horizon in years (default ${DEFAULT_HORIZON_YEARS}, our choice: the default vesting length, so the whole initial grant counts)`,
  },
  refresh: {
    key: 'refresh',
    label: 'Annual refresh',
    param: 'refresh',
    panel: 'refresh',
    rule: money('a refresh grant value'),
    description: 'the value of each annual refresh grant (made at the end of each year, vesting on the same schedule)',
  },
});

/** The model field a catalog parameter carries (`equityGrant` -> equity), from the table above. */
export const OFFER_FIELD_BY_PARAM: ReadonlyMap<string, OfferField> = new Map(
  Object.values(OFFER_FIELDS)
    .filter((f) => f.param)
    .map((f) => [f.param as string, f]),
);

/** The model field a panel input holds (`bonusPayouts` -> bonusPayoutHistory). */
export const OFFER_FIELD_BY_PANEL: ReadonlyMap<string, OfferField> = new Map(
  Object.values(OFFER_FIELDS).map((f) => [f.panel, f]),
);

/** Reads one number of an offer field, from a formula's cell or the panel's text, with the field's label and bounds. */
export function readOfferNumber(key: OfferNumberKey, cell: InputCell): Parsed<number> {
  return readFieldNumber(OFFER_FIELDS[key], cell);
}

/** readOfferNumber for a field already in hand (a parameter keeps its field, sparing a lookup by key per cell). */
export function readFieldNumber(field: OfferField, cell: InputCell): Parsed<number> {
  // A number cell inside its bounds is what toNumber would return unchanged; a tracker has
  // thousands, so they skip the general reader (text, errors and refusals still go through it).
  if (typeof cell === 'number' && inBounds(cell, field.rule)) return cell;
  return toNumber(cell, field.label, field.rule);
}

/** toNumber's acceptance test for a number cell (core/coerce.ts), nothing more. */
function inBounds(value: number, rule: NumberRule | undefined): boolean {
  if (!Number.isFinite(value)) return false;
  if (rule === undefined) return true;
  if (rule.integer && !Number.isInteger(value)) return false;
  if (rule.min !== undefined && (rule.minExclusive ? value <= rule.min : value < rule.min)) return false;
  return rule.max === undefined || value <= rule.max;
}
