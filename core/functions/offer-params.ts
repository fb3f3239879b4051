/**
 * The offer functions' parameters (AI.BONUS ... AI.MATCHSIGNON), each made from its field in the one
 * field table (core/offer/fields.ts): the parameter's name is the field's, and so are its help,
 * bounds, reader, default and the words of every message. A function lists the fields it takes,
 * in its order; nothing here names a field.
 */
import { ParamSpec } from '../function-spec';
import { InputCell } from '../cells';
import { isSheetError } from '../errors';
import { Parsed } from '../coerce';
import { VestingSchedule } from '../offer/vesting';
import {
  ArgOf,
  FieldKey,
  FIELDS,
  OFFER_FIELDS,
  readCompanyType,
  readList,
  readFieldNumber,
  readSchedule,
} from '../offer/fields';

/** The schedule a blank schedule means; read once from the field's blank, which must read. */
const DEFAULT_SCHEDULE: VestingSchedule = (() => {
  const schedule = readSchedule(OFFER_FIELDS.schedule.blank);
  if (isSheetError(schedule)) throw new Error(`the default schedule does not read: ${schedule.message}`);
  return schedule;
})();

type Element<K extends FieldKey> = ArgOf<K> extends readonly (infer E)[] ? E : Exclude<ArgOf<K>, undefined>;

/** A field's parameter. `optional` is the host's bracket ([years]); a field with a blank gets it either way. */
export function fieldParam<K extends FieldKey>(key: K, optional = false): ParamSpec<ArgOf<K>, Element<K>> {
  const field = FIELDS[key];
  // A needed field has no blank to stand in: left out of a formula, `run` would get undefined
  // where its type promises a value. A programming error, refused when the catalog loads.
  if (optional && field.needed) throw new Error(`${key} is needed, so it cannot be an optional parameter`);
  const common = { name: key, description: field.description, optional, needed: field.needed };
  const withBlank = <E>(value: E, shown: string) => ({ default: value, defaultShown: shown });
  const blank = field.blank;
  let spec: ParamSpec<unknown, unknown>;
  switch (field.type) {
    case 'number':
    case 'equity':
      spec = {
        ...common,
        cellType: 'number',
        bounds: field.rule,
        parse: (cell: InputCell) => readFieldNumber(field, cell),
        ...(typeof blank === 'number' ? withBlank(blank, String(blank)) : {}),
      };
      break;
    case 'list':
      spec = {
        ...common,
        cellType: 'number',
        kind: 'list',
        // A payout history is a tracker's row; scenario prices and probabilities are one table.
        listColumn: key === 'bonusPayout' ? 'perRow' : 'shared',
        bounds: field.rule,
        parse: (cell: InputCell) => readFieldNumber(field, cell),
        parseText: (text: string): Parsed<number[]> => readList(key, text),
      };
      break;
    case 'companyType':
      spec = { ...common, cellType: 'string', zeroIsBlank: 'always', parse: readCompanyType };
      break;
    case 'schedule':
      spec = {
        ...common,
        cellType: 'string',
        zeroIsBlank: 'always',
        parse: readSchedule,
        ...withBlank(DEFAULT_SCHEDULE, JSON.stringify(blank)),
      };
      break;
  }
  return spec as ParamSpec<ArgOf<K>, Element<K>>;
}

/** Parameters for `keys`, in order; those from `optionalFrom` on are optional in the hosts' metadata. */
export function fieldParams<const K extends readonly FieldKey[]>(
  keys: K,
  optionalFrom: number = keys.length,
): { -readonly [I in keyof K]: ParamSpec<ArgOf<K[I]>, Element<K[I]>> } {
  return keys.map((key, i) => fieldParam(key, i >= optionalFrom)) as {
    -readonly [I in keyof K]: ParamSpec<ArgOf<K[I]>, Element<K[I]>>;
  };
}

/**
 * AI.OFFER's terms, in its order: the order every offer function follows (AI.OFFERTABLE adds its
 * refresh before the discount; AI.MATCHBASE and AI.MATCHSIGNON leave out what they solve for).
 */
export const OFFER_TERMS = [
  'base',
  'bonusTarget',
  'bonusPayout',
  'equityGrant',
  'companyType',
  'schedule',
  'signOn',
  'years',
  'discount',
] as const;
/** AI.OFFER's terms up to here are in every formula; from `years` on they are optional ([years], [discount]). */
export const FIRST_OPTIONAL_TERM = OFFER_TERMS.indexOf('years');
