/**
 * An offer's fields, written once (issue 24 item 1): each field's one name (the model's key, the
 * catalog parameter and the panel input are the same word), its type, bounds, what a blank means,
 * its label and its help. Everything else derives from this table: the `Offer` type and the
 * formulas' values (valuation.ts), the schema (schema.ts), every offer function's parameters
 * (core/functions/offer-params.ts), the panel's inputs, reader, form, defaults and empty check
 * (panel/state.ts, panel/offer-input.ts, panel/sections/offer-form.ts), fill-from-row's headers
 * and the insert block; every message is built from a field's label and its rule by `readField`.
 * Adding a field to the offer is one entry here (and, if it changes the value, its line in the
 * valuation loop).
 *
 * Blank means the panel's default (issue 10 item 6): no bonus target is no bonus, no payout
 * history is the target, no equity is none, no schedule is DEFAULT_VESTING (4 years, 1-year cliff,
 * monthly), no sign-on is none, no horizon is 4 years. Bounds are our sanity limits, not sourced
 * figures: far above anything plausible, they catch a percentage typed as a whole number (15 for
 * 15%) or a figure with three zeros too many, never a real offer.
 *
 * `TERMS` are the other inputs of the offer functions (an option's volatility, an exit's
 * probabilities, a dilution): not part of an offer yet, read and worded the same way.
 */
import { InputCell } from '../cells';
import { NumberRule, Parsed, fractionRule, normalizeName, toChoice, toNumber, toText } from '../coerce';
import { isSheetError } from '../errors';
import { readNumberList } from '../cell-reader';
import { badValue } from '../errors';
import { expected } from '../messages';
import { MAX_PAYOUT_RATIO } from './bonus';
import { COMPANY_TYPES, COMPANY_TYPE_SYNONYMS, CompanyType } from './company-types';
import { DEFAULT_VESTING, parseVestingSchedule, VESTING_HELP, VestingSchedule } from './vesting';

export const DEFAULT_HORIZON_YEARS = 4;
export const MAX_HORIZON_YEARS = 30;
/** A base over $100M a year is a typing slip (issue 13: the same bound in the panel and the formulas). */
export const MAX_BASE = 100_000_000;
/** Grants, sign-ons, refreshes and share counts: $10B, beyond any single offer. */
export const MAX_AMOUNT = 10_000_000_000;
/**
 * A bonus target of 100% of base (our choice, issue 18 item 7): engineering targets run 10-30%, so
 * a target above 1 is far likelier 1.5 typed for 15% than a real target; a real one above it can be
 * entered as a sign-on or in AI.BONUS's result.
 */
export const MAX_BONUS_TARGET = 1;
/**
 * An annual volatility of 200% (our choice, issue 18 item 7): listed tech stocks run 0.3-0.8 and
 * early-stage valuations are usually put at 0.6-1.2, so 4 is 0.4 mistyped, not a volatility.
 */
export const MAX_VOLATILITY = 2;

/** Equity given as shares: the grant is worth shares x max(price - strike, 0). */
export interface SharesEquity {
  shares: number;
  strike: number;
  price: number;
}

/** What a field holds, and so how it is read: one number, a list of numbers, or a word of a set. */
export type FieldType = 'number' | 'list' | 'equity' | 'companyType' | 'schedule';

export interface FieldSpec {
  readonly type: FieldType;
  /** what the panel and every message call it */
  readonly label: string;
  /** the catalog parameter's help text */
  readonly description: string;
  readonly rule?: NumberRule;
  /** the value a blank stands for in both the panel and the formulas; undefined: left out (or needed) */
  readonly blank?: number | string;
  /** the message for a blank where a value is needed */
  readonly needed?: string;
  /** the panel's input: its hint, the text a new offer starts with, the tracker headers that fill it */
  readonly panel?: { readonly placeholder: string; readonly startsAs?: string; readonly headers: readonly string[] };
}

const money = (what: string, max = MAX_AMOUNT): NumberRule => ({ min: 0, max, what });

/** An offer's fields, in the panel's order (the formulas' order is each function's, offer-params.ts). */
export const OFFER_FIELDS = {
  base: {
    type: 'number',
    label: 'Base salary',
    rule: money('an annual base salary', MAX_BASE),
    description: 'the annual base salary, e.g. 200000',
    needed: 'Base salary is needed, e.g. 180000',
    panel: {
      placeholder: 'e.g. 185000',
      headers: ['base', 'basesalary', 'salary', 'basepay', 'annualbase', 'annualsalary'],
    },
  },
  bonusTarget: {
    type: 'number',
    label: 'Bonus target',
    blank: 0,
    rule: fractionRule('a target bonus', MAX_BONUS_TARGET),
    description: `the target bonus as a fraction of base, e.g. 0.15 for 15% (blank: no bonus; at most ${MAX_BONUS_TARGET}, our bound against 15 typed for 15%)`,
    panel: {
      placeholder: 'e.g. 15% or 0.15',
      headers: ['bonuspct', 'bonus', 'targetbonus', 'bonustarget', 'targetbonuspct', 'bonustargetpct', 'target'],
    },
  },
  bonusPayout: {
    type: 'list',
    label: 'Payout history',
    rule: fractionRule('a payout ratio (actual / target)', MAX_PAYOUT_RATIO),
    description:
      'actual bonus payouts as ratios of target (actual / target), one a cell or separated by semicolons or spaces, e.g. 0.8; 1.1 for the last two years; blank for the target',
    panel: {
      placeholder: 'actual / target, e.g. 90%; 110%',
      headers: [
        'payout',
        'payouts',
        'payouthistory',
        'payoutratio',
        'payoutratios',
        'bonuspayout',
        'bonuspayouts',
        'actualpayout',
        'actualpayouts',
      ],
    },
  },
  equityGrant: {
    type: 'equity',
    label: 'Equity grant',
    blank: 0,
    rule: money('a grant value'),
    description: 'the total value of the initial equity grant over its schedule, e.g. 400000 (blank or 0: none)',
    panel: {
      placeholder: 'total value, e.g. 200000',
      headers: ['equity', 'grant', 'equitygrant', 'grantvalue', 'equityvalue', 'rsu', 'rsus', 'rsugrant', 'stock'],
    },
  },
  companyType: {
    type: 'companyType',
    label: 'Company type',
    description: `the company type: ${COMPANY_TYPES.map((t) => `"${t}"`).join(', ')} (public at value and private or startup at half, as AI Tech Connect 2026 advises; enterprise at value and growth at half are our choices: AI.SOURCE("growth", , "default") says why)`,
    needed: 'Company type is needed',
    panel: { placeholder: '', startsAs: COMPANY_TYPES[0], headers: ['companytype', 'type', 'stage', 'companystage'] },
  },
  discount: {
    type: 'number',
    label: 'Equity discount',
    rule: fractionRule('an equity discount', 1),
    description:
      "the equity discount from 0 to 1, overriding the company type's default (0.5 takes off half, 1 means worthless)",
    panel: {
      placeholder: 'blank: company default',
      headers: ['discount', 'equitydiscount', 'riskdiscount', 'discountpct'],
    },
  },
  schedule: {
    type: 'schedule',
    label: 'Vesting schedule',
    blank: DEFAULT_VESTING,
    description: `the vesting schedule: ${VESTING_HELP}`,
    panel: { placeholder: DEFAULT_VESTING, headers: ['schedule', 'vesting', 'vestingschedule', 'vest'] },
  },
  signOn: {
    type: 'number',
    label: 'Sign-on',
    blank: 0,
    rule: money('a sign-on bonus'),
    description: 'the sign-on bonus, paid once in year 1 (blank or 0: none)',
    panel: {
      placeholder: 'e.g. 25000',
      headers: ['signon', 'signonbonus', 'signingbonus', 'signing', 'signbonus'],
    },
  },
  years: {
    type: 'number',
    label: 'Horizon (years)',
    blank: DEFAULT_HORIZON_YEARS,
    rule: { min: 1, max: MAX_HORIZON_YEARS, integer: true, what: 'a horizon in whole years' },
    description: `the horizon in years (default ${DEFAULT_HORIZON_YEARS}, our choice: the default vesting length, so the whole initial grant counts)`,
    panel: {
      placeholder: String(DEFAULT_HORIZON_YEARS),
      startsAs: String(DEFAULT_HORIZON_YEARS),
      headers: ['years', 'horizon', 'horizonyears'],
    },
  },
  refresh: {
    type: 'number',
    label: 'Annual refresh',
    rule: money('a refresh grant value'),
    description: 'the value of each annual refresh grant (made at the end of each year, vesting on the same schedule)',
    panel: {
      placeholder: 'grant a year, e.g. 50000',
      headers: ['refresh', 'refresher', 'annualrefresh', 'refreshgrant', 'refreshers'],
    },
  },
} as const satisfies Record<string, FieldSpec>;

/** Equity as shares, strike and price: the parts of `equityGrant` when it is given as options. */
export const SHARE_FIELDS = {
  shares: {
    type: 'number',
    label: 'Shares',
    rule: money('a number of shares'),
    description: 'the number of options or RSUs',
    needed: 'Shares are needed, e.g. 10000',
    panel: {
      placeholder: 'e.g. 10000',
      headers: ['shares', 'options', 'optionshares', 'numberofshares', 'numberofoptions'],
    },
  },
  strike: {
    type: 'number',
    label: 'Strike',
    rule: money('a strike price per share'),
    description: 'the strike (exercise) price per share; 0 for RSUs',
    needed: 'Strike is needed - 0 for RSUs',
    panel: { placeholder: 'per share; 0 for RSUs', headers: ['strike', 'strikeprice', 'exerciseprice'] },
  },
  price: {
    type: 'number',
    label: 'Price',
    rule: money('a price per share'),
    description: 'the price or fair value per share today',
    needed: 'Price is needed - the price or fair value per share, e.g. 10',
    panel: {
      placeholder: 'per share, e.g. 12',
      headers: ['price', 'shareprice', 'fmv', 'fairmarketvalue', 'preferredprice', 'currentprice'],
    },
  },
} as const satisfies Record<string, FieldSpec>;

const years = (what: string): NumberRule => ({ min: 0, max: 100, what });

/** The offer functions' other inputs: read, bounded and worded like the offer's fields. */
export const TERMS = {
  annualValue: {
    type: 'number',
    label: 'Equity value',
    needed: 'Equity value is needed, e.g. 100000',
    rule: money('an equity value for a year'),
    description: 'the paper value of the equity for a year, e.g. grant / 4',
  },
  expiry: {
    type: 'number',
    label: 'Years to expiry',
    rule: years('a number of years'),
    description: 'years to expiry (needed with volatility)',
  },
  volatility: {
    type: 'number',
    label: 'Volatility',
    rule: fractionRule('an annual volatility', MAX_VOLATILITY),
    description: `annual volatility as a fraction, e.g. 0.4 for 40% (at most ${MAX_VOLATILITY}, our bound against 40 typed for 40%); omit for intrinsic value`,
  },
  rate: {
    type: 'number',
    label: 'Risk-free rate',
    blank: 0,
    rule: fractionRule('a rate', 1, -1),
    description:
      'risk-free rate, continuously compounded, as a fraction (our choice of default: no source gives one and nothing is fetched; enter the current rate)',
  },
  dividendYield: {
    type: 'number',
    label: 'Dividend yield',
    blank: 0,
    rule: fractionRule('a dividend yield', 1),
    description: 'dividend yield as a fraction (default 0, our choice: no source gives a yield)',
  },
  exitPrices: {
    type: 'list',
    label: 'Exit prices',
    rule: money('an exit price'),
    description: 'the price per share in each exit scenario (a row or column)',
  },
  probabilities: {
    type: 'list',
    label: 'Probabilities',
    rule: fractionRule('a probability', 1),
    description: 'the probability of each scenario, same count; what they leave below 1 is no exit (worth nothing)',
  },
  exitYears: {
    type: 'number',
    label: 'Years to exit',
    rule: years('a number of years'),
    description: 'years until the exit (default 0: no discounting)',
  },
  discountRate: {
    type: 'number',
    label: 'Discount rate',
    blank: 0,
    rule: fractionRule('a discount rate', 1),
    description: 'annual discount rate as a fraction, e.g. 0.1 for 10%',
  },
  grant: {
    type: 'number',
    label: 'Grant',
    needed: 'Grant is needed, e.g. 400000',
    rule: money('a grant'),
    description: 'the total grant value (or number of shares)',
  },
  value: {
    type: 'number',
    label: 'Value',
    needed: 'Value is needed, e.g. 100000',
    rule: money('a value'),
    description: 'the value (or ownership fraction) before dilution',
  },
  perRound: {
    type: 'number',
    label: 'Dilution per round',
    needed: 'Dilution per round is needed, e.g. 0.2 for 20%',
    rule: fractionRule('a dilution per round', 1),
    description: 'dilution per funding round as a fraction, e.g. 0.2 for 20%',
  },
  rounds: {
    type: 'number',
    label: 'Rounds',
    needed: 'Rounds are needed, e.g. 2',
    rule: { min: 0, max: 100, integer: true, what: 'a number of rounds' },
    description: 'the number of future rounds',
  },
  target: {
    type: 'number',
    label: 'Target',
    needed: "Target is needed: the rival's figure to match",
    rule: money('a value to match'),
    description:
      "the rival's figure on the measure, e.g. the rival offer's AI.OFFER (average a year), its AI.OFFERTABLE first-year total (year1), or that average times the years (total)",
  },
} as const satisfies Record<string, FieldSpec>;

const ALL = { ...OFFER_FIELDS, ...SHARE_FIELDS, ...TERMS };
export type OfferKey = keyof typeof OFFER_FIELDS;
export type ShareKey = keyof typeof SHARE_FIELDS;
export type FieldKey = keyof typeof ALL;

/** Every field by its one name. */
export const FIELDS: Readonly<Record<FieldKey, FieldSpec>> = ALL;

/** What each type holds in an offer. */
interface ModelValue {
  number: number;
  list: number[];
  equity: number | SharesEquity;
  companyType: CompanyType;
  schedule: string;
}
/** What each type holds as a formula's argument (a schedule is parsed once; equity is a value). */
interface ArgValue {
  number: number;
  list: number[];
  equity: number;
  companyType: CompanyType;
  schedule: VestingSchedule;
}

type Spec<K extends FieldKey> = (typeof ALL)[K];
/** Never undefined: a value is needed, a blank stands for one, or (a list) a blank is the empty list. */
type Always<K extends FieldKey> = Spec<K> extends { needed: string } | { blank: number | string } ? K : never;
type Flat<T> = { -readonly [K in keyof T]: T[K] };

/** A valid offer, every blank given its default: what `parseOffer` returns and `buildOffer` makes. */
export type Offer = Flat<
  { [K in OfferKey as Always<K>]: ModelValue[Spec<K>['type']] } & {
    [K in OfferKey as Exclude<K, Always<K>>]?: ModelValue[Spec<K>['type']];
  }
>;

/** What `run` receives for a field's parameter: its value, or undefined where a blank can arrive. */
export type ArgOf<K extends FieldKey> =
  ArgValue[Spec<K>['type']] | (K extends Always<K> ? never : Spec<K>['type'] extends 'list' ? never : undefined);

/** A field's one number, from a formula's cell or the panel's text, with the field's label and bounds. */
export function readNumber(key: FieldKey, cell: InputCell): Parsed<number> {
  return readFieldNumber(FIELDS[key], cell);
}

/** readNumber for a field already in hand (a parameter keeps its field, sparing a lookup by name per cell). */
export function readFieldNumber(field: FieldSpec, cell: InputCell): Parsed<number> {
  // A number cell inside its bounds is what toNumber would return unchanged; a tracker has
  // thousands, so they skip the general reader (text, errors and refusals still go through it).
  if (typeof cell === 'number' && inBounds(cell, field.rule)) return cell;
  return toNumber(cell, field.label, field.rule);
}

/**
 * A list field's numbers from one cell: a number, or text in the cell reader's list grammar
 * (core/cell-reader.ts `readNumberList`: semicolons or spaces between values, so `1,2` is 1.2 as in
 * any other cell), each value bounded and worded as its field.
 */
export function readList(key: FieldKey, cell: InputCell): Parsed<number[]> {
  if (typeof cell !== 'string') {
    const one = readNumber(key, cell);
    return isSheetError(one) ? one : [one];
  }
  const field = FIELDS[key];
  const texts = readNumberList(cell);
  if ('problem' in texts) return badValue(`${field.label}: ${texts.problem}`);
  const values: number[] = [];
  for (const text of texts.items) {
    const value = readFieldNumber(field, text);
    if (isSheetError(value)) return value;
    values.push(value);
  }
  return values;
}

const TYPE_BY_NAME: ReadonlyMap<string, CompanyType> = new Map([
  ...COMPANY_TYPES.map((t) => [normalizeName(t), t] as const),
  ...Object.entries(COMPANY_TYPE_SYNONYMS).map(([k, v]) => [normalizeName(k), v] as const),
]);

/** The company type from a cell or the panel's choice, synonyms included ("FAANG" is public). */
export function readCompanyType(cell: InputCell): Parsed<CompanyType> {
  const found = typeof cell === 'string' ? TYPE_BY_NAME.get(normalizeName(cell)) : undefined;
  return found ?? toChoice(cell, OFFER_FIELDS.companyType.label, COMPANY_TYPES);
}

/** The vesting schedule from a cell or the panel's text. */
export function readSchedule(cell: InputCell): Parsed<VestingSchedule> {
  const text = toText(cell, OFFER_FIELDS.schedule.label);
  return isSheetError(text) ? text : parseVestingSchedule(text, OFFER_FIELDS.schedule.label);
}

/** toNumber's acceptance test for a number cell (core/coerce.ts), nothing more. */
function inBounds(value: number, rule: NumberRule | undefined): boolean {
  if (!Number.isFinite(value)) return false;
  if (rule === undefined) return true;
  if (rule.integer && !Number.isInteger(value)) return false;
  if (rule.min !== undefined && (rule.minExclusive ? value <= rule.min : value < rule.min)) return false;
  return rule.max === undefined || value <= rule.max;
}

/** "<label>: expected <what>, received <cell>" for a field's value of the wrong kind altogether. */
export const wrongKind = (key: FieldKey, what: string, received: unknown): string =>
  expected(FIELDS[key].label, what, received);

/** Whether a name (a parameter's, a model path's head) is an offer field; "constructor" is not. */
export const isOfferKey = (name: string): name is OfferKey => Object.prototype.hasOwnProperty.call(OFFER_FIELDS, name);
/** Whether a name is one of equity's shares, strike and price. */
export const isShareKey = (name: string): name is ShareKey => Object.prototype.hasOwnProperty.call(SHARE_FIELDS, name);
