/**
 * The catalog: every spreadsheet function, once (DESIGN.md §1–2). Both hosts build their wrappers
 * from this list, and tests check that the Excel metadata and the Sheets JSDoc agree with it.
 */
import { Output } from './cells';
import { FunctionSpec } from './function-spec';
import { callFunction } from './lift';
import { badValue } from './errors';
import { BAND_LOOKUP_FUNCTIONS } from './functions/band-lookup';
import { SOURCE_FUNCTIONS } from './functions/source';
import { ANNUAL, HOURLY, RATE } from './functions/rates';
import { VOCABULARY_LIST_FUNCTIONS } from './functions/vocab-lists';
import { PREMIUM } from './functions/premiums';
import { BAND_MATH_FUNCTIONS } from './functions/band-math';
import { RANGE_HEALTH_FUNCTIONS } from './functions/range-health';
import { CONTRACTOR_BILLING_FUNCTIONS } from './functions/contractor-billing';
import { OFFER_PART_FUNCTIONS } from './functions/offer-parts';
import { VESTING_FUNCTIONS } from './functions/vesting';
import { OFFER_FUNCTIONS } from './functions/offer';
import { FIGURE_FUNCTIONS } from './functions/figures';
import { COUNTER_OFFER_FUNCTIONS } from './functions/counter-offer';
import { EQUITY_STACK_FUNCTIONS } from './functions/equity-stack';

// One hop to any function: each list or spec comes from the file its import names. The order is the
// README table's (npm run docs), which tests/repo checks.
export const CATALOG: readonly FunctionSpec[] = [
  ...BAND_LOOKUP_FUNCTIONS,
  ...SOURCE_FUNCTIONS,
  RATE,
  ...VOCABULARY_LIST_FUNCTIONS,
  PREMIUM,
  HOURLY,
  ANNUAL,
  ...BAND_MATH_FUNCTIONS,
  ...RANGE_HEALTH_FUNCTIONS,
  ...CONTRACTOR_BILLING_FUNCTIONS,
  ...OFFER_PART_FUNCTIONS,
  ...VESTING_FUNCTIONS,
  ...OFFER_FUNCTIONS,
  ...COUNTER_OFFER_FUNCTIONS,
  ...EQUITY_STACK_FUNCTIONS,
  ...FIGURE_FUNCTIONS,
];

const BY_NAME = new Map(CATALOG.map((spec) => [spec.name, spec]));

export function getFunction(name: string): FunctionSpec | undefined {
  // The catalog's own spelling (every host wrapper's) is found without normalising it.
  return BY_NAME.get(name) ?? BY_NAME.get(name.toUpperCase().replace(/^AI\.?/, ''));
}

/** Calls a catalog function by name with host-shaped arguments; never throws. */
export function callByName(name: string, args: readonly unknown[]): Output {
  const spec = getFunction(name);
  if (!spec) return badValue(`no catalog function named ${name}`);
  return callFunction(spec, args);
}
