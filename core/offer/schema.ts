/**
 * The offer schema: the panel's validator for an offer typed in by hand, and the tests' check that
 * every offer the formula path builds (`checkedOffer`) is one the schema accepts. Only the panel and
 * the tests import this module (the panel's one entry besides core/index.ts), so the custom-function bundles carry no zod
 * (issue 14; tests/bundles/zod-mini.test.ts fails if they do).
 */
import * as z from 'zod/mini';
import { COMPANY_TYPES } from './company-types';
import { VESTING_HELP } from './vesting';
import {
  FIELDS,
  FieldKey,
  OFFER_FIELDS,
  OfferKey,
  readCompanyType,
  readNumber,
  readSchedule,
  SHARE_FIELDS,
  ShareKey,
  wrongKind,
} from './fields';
import { isSheetError } from '../errors';
import { Parsed } from '../coerce';
import { InputCell } from '../cells';
import type { Offer } from './valuation';

// zod/mini: the same parser as zod, with checks as functions, so the bundles carry only what is
// used (zod's method API cost Code.js some 80 KB). The shape is made from the one field table
// (fields.ts), and every value is checked by the field's own reader, the one a formula's argument
// goes through, so the schema cannot word a rule differently from a formula or the panel.

/** A check by the field's reader: its refusal is the issue, its words unchanged. */
const readBy = (read: (value: never) => Parsed<unknown>) =>
  z.superRefine((value: unknown, ctx) => {
    const parsed = read(value as never);
    if (isSheetError(parsed)) ctx.addIssue({ code: 'custom', message: parsed.message, input: value });
  });

const numberOf = (key: FieldKey) => {
  const field = FIELDS[key];
  return z
    .number({
      error: (issue) =>
        issue.input === undefined && field.needed
          ? field.needed
          : wrongKind(key, field.rule?.what ?? 'a number', issue.input),
    })
    .check(readBy((value: number) => readNumber(key, value)));
};

const sharesEquity = z.strictObject(
  Object.fromEntries((Object.keys(SHARE_FIELDS) as ShareKey[]).map((key) => [key, numberOf(key)])) as Record<
    ShareKey,
    ReturnType<typeof numberOf>
  >,
);

/** A field's schema, by its type; a blank takes the field's `blank`, or is left out, or is needed. */
function fieldSchema(key: OfferKey): z.ZodMiniType {
  const field: (typeof FIELDS)[OfferKey] = OFFER_FIELDS[key];
  let schema: z.ZodMiniType;
  switch (field.type) {
    case 'number':
      schema = numberOf(key);
      break;
    case 'list':
      schema = z.array(numberOf(key), {
        error: (issue) => wrongKind(key, 'a list of numbers, e.g. 0.8; 1.1', issue.input),
      });
      break;
    case 'equity':
      schema = z.union([numberOf(key), sharesEquity], {
        error: (issue) =>
          wrongKind(key, 'the total grant value (e.g. 200000), or shares, strike and price', issue.input),
      });
      break;
    case 'companyType':
      schema = z.enum(COMPANY_TYPES, {
        error: (issue) => {
          if (issue.input === undefined) return `${field.needed}: one of ${COMPANY_TYPES.join(', ')}`;
          const read = readCompanyType(issue.input as InputCell);
          return isSheetError(read) ? read.message : wrongKind(key, `one of ${COMPANY_TYPES.join(', ')}`, issue.input);
        },
      });
      break;
    case 'schedule':
      schema = z
        .string({ error: (issue) => wrongKind(key, VESTING_HELP, issue.input) })
        .check(readBy((text: string) => readSchedule(text)));
      break;
  }
  if (field.blank !== undefined) return z._default(schema, field.blank as never);
  return field.needed === undefined ? z.optional(schema) : schema;
}

/** Each field's schema as its table entry makes it: defaulted where it has a blank, optional where it may be left out. */
type FieldSchema<K extends OfferKey> = (typeof OFFER_FIELDS)[K] extends { blank: unknown }
  ? z.ZodMiniDefault<z.ZodMiniType<Offer[K]>>
  : undefined extends Offer[K]
    ? z.ZodMiniOptional<z.ZodMiniType<Exclude<Offer[K], undefined>>>
    : z.ZodMiniType<Offer[K]>;

export const offerSchema = z.strictObject(
  Object.fromEntries((Object.keys(OFFER_FIELDS) as OfferKey[]).map((key) => [key, fieldSchema(key)])) as {
    [K in OfferKey]: FieldSchema<K>;
  },
  // An offer is always an object where the core builds it; anything else is a caller's mistake.
  {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? '(offer): expected an offer object with fields such as base and companyType'
        : undefined,
  },
);

// Both ways assignable, or this does not compile: the schema's output is exactly valuation.ts's Offer.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const outputIsOffer: Same<z.output<typeof offerSchema>, Offer> = true;
void outputIsOffer;
export type OfferInput = z.input<typeof offerSchema>;

export interface OfferFieldError {
  readonly field: string;
  readonly message: string;
}

export type ParsedOffer =
  { readonly ok: true; readonly offer: Offer } | { readonly ok: false; readonly errors: readonly OfferFieldError[] };

type Issue = z.core.$ZodIssue;

/**
 * Equity is a value or shares-strike-price: when neither fits, the branch the input was meant for
 * (the one not refused for its type) speaks, so a missing strike says "Strike is needed".
 */
function unionBranch(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const meant = issue.errors.find(
    (branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
  );
  return meant ? meant.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue) : [issue];
}

/** Validates an offer from a panel or a formula; each error names its field and says what would be right. */
export function parseOffer(input: unknown): ParsedOffer {
  const result = offerSchema.safeParse(input);
  if (result.success) return { ok: true, offer: Object.freeze(result.data) };
  const errors = result.error.issues.flatMap(unionBranch).map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(offer)';
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.join(', ')}: expected only ${Object.keys(offerSchema.shape).join(', ')}`
        : issue.message;
    return { field: issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : field, message };
  });
  return { ok: false, errors };
}
