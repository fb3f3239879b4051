/**
 * The offer schema: the panel's validator for an offer typed in by hand, and the tests' check that
 * every offer the formula path builds (`checkedOffer`) is one the schema accepts. Only the panel and
 * the tests import this module (through model.ts), so the custom-function bundles carry no zod
 * (issue 14; tests/bundles/zod-mini.test.ts fails if they do).
 */
import * as z from 'zod/mini';
import { COMPANY_TYPES } from './company-types';
import { VESTING_HELP, parseVestingSchedule } from './vesting';
import { OFFER_FIELDS, OfferFieldKey, OfferNumberKey, readOfferNumber } from './fields';
import { isSheetError } from '../errors';
import { describeCell } from '../messages';
import type { Offer } from './valuation';

// zod/mini: the same parser as zod, with checks as functions, so the bundles carry only what is
// used (zod's method API cost Code.js some 80 KB). Every bound and message comes from the one
// field table (fields.ts) through the one number reader, so the schema cannot word a rule
// differently from a formula or the panel.
const numberField = (key: OfferNumberKey) => {
  const field = OFFER_FIELDS[key];
  return z
    .number({
      error: (issue) =>
        issue.input === undefined && field.needed
          ? field.needed
          : `${field.label}: expected ${field.rule?.what ?? 'a number'}, received ${describeCell(issue.input)}`,
    })
    .check(
      z.superRefine((value, ctx) => {
        const read = readOfferNumber(key, value);
        if (isSheetError(read)) ctx.addIssue({ code: 'custom', message: read.message, input: value });
      }),
    );
};
const withBlank = <T extends z.ZodMiniType>(key: OfferFieldKey, schema: T) =>
  z._default(schema, OFFER_FIELDS[key].blank as never);

const sharesEquitySchema = z.strictObject({
  shares: numberField('shares'),
  strike: numberField('strike'),
  price: numberField('price'),
});

export const offerSchema = z.strictObject(
  {
    base: numberField('base'),
    bonusTarget: withBlank('bonusTarget', numberField('bonusTarget')),
    bonusPayoutHistory: z.optional(
      z.array(numberField('bonusPayoutHistory'), {
        error: `${OFFER_FIELDS.bonusPayoutHistory.label}: expected a list of payout ratios (actual / target), e.g. 0.8, 1.1`,
      }),
    ),
    equity: withBlank(
      'equity',
      z.union([numberField('equity'), sharesEquitySchema], {
        error: `${OFFER_FIELDS.equity.label}: expected the total grant value (e.g. 200000), or shares, strike and price`,
      }),
    ),
    companyType: z.enum(COMPANY_TYPES, {
      error: (issue) =>
        issue.input === undefined
          ? `${OFFER_FIELDS.companyType.needed}: one of ${COMPANY_TYPES.join(', ')}`
          : `${OFFER_FIELDS.companyType.label}: expected one of ${COMPANY_TYPES.join(', ')}, received ${describeCell(issue.input)}`,
    }),
    equityDiscount: z.optional(numberField('equityDiscount')),
    vesting: withBlank('vesting', z.string({ error: `${OFFER_FIELDS.vesting.label}: expected ${VESTING_HELP}` })).check(
      z.superRefine((text, ctx) => {
        const parsed = parseVestingSchedule(text);
        if (isSheetError(parsed))
          ctx.addIssue({
            code: 'custom',
            message: parsed.message.replace(/^schedule:/, `${OFFER_FIELDS.vesting.label}:`),
          });
      }),
    ),
    signOn: withBlank('signOn', numberField('signOn')),
    years: withBlank('years', numberField('years')),
    refresh: z.optional(numberField('refresh')),
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
