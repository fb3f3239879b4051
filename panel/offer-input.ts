/**
 * From what the user typed to the core's offer model, and the model's field errors back to the
 * panel's fields. Every number is read by the core's one reader with the field's label and bounds
 * (core/offer/fields.ts `readOfferNumber`), the same call a formula's argument goes through, so
 * "15" as a bonus target gets the very message `AI.OFFER` gives; every other rule is the core's
 * `parseOffer`, and every figure is the core's `decomposeOffer`.
 */
import { decomposeOffer, OfferDecomposition, parseOffer } from '../core/offer/model';
import { OFFER_FIELDS, OfferNumberKey, readOfferNumber } from '../core/offer/fields';
import { isSheetError } from '../core/errors';
import { OfferInputs } from './state';

export type FieldErrors = Partial<Record<keyof OfferInputs, string>>;

export type OfferReading =
  | { readonly status: 'empty' }
  | { readonly status: 'invalid'; readonly errors: FieldErrors }
  | {
      readonly status: 'valid';
      readonly decomposition: OfferDecomposition;
      readonly modelInput: Record<string, unknown>;
    };

const isBlank = (text: string): boolean => text.trim() === '';

/** Reads the panel fields into the model's input; text that is not a number is a field error, worded as a formula's. */
export function toModelInput(inputs: OfferInputs): { input: Record<string, unknown>; errors: FieldErrors } {
  const input: Record<string, unknown> = {};
  const errors: FieldErrors = {};
  const number = (panelField: keyof OfferInputs, key: OfferNumberKey, text: string): number | undefined => {
    if (isBlank(text)) return undefined;
    const read = readOfferNumber(key, text);
    if (!isSheetError(read)) return read;
    errors[panelField] ??= read.message;
    return undefined;
  };
  input.base = number('base', 'base', inputs.base);
  input.bonusTarget = number('bonusTarget', 'bonusTarget', inputs.bonusTarget);
  if (!isBlank(inputs.bonusPayouts)) {
    const ratios = inputs.bonusPayouts
      .split(/[;,\s]+/)
      .filter((token) => token !== '')
      .map((token) => number('bonusPayouts', 'bonusPayoutHistory', token));
    if (ratios.every((r) => r !== undefined)) input.bonusPayoutHistory = ratios;
  }
  if (inputs.equityMode === 'options') {
    if (![inputs.shares, inputs.strike, inputs.price].every(isBlank)) {
      input.equity = {
        shares: number('shares', 'shares', inputs.shares),
        strike: number('strike', 'strike', inputs.strike),
        price: number('price', 'price', inputs.price),
      };
    }
  } else {
    input.equity = number('equityGrant', 'equity', inputs.equityGrant);
  }
  input.companyType = inputs.companyType.trim().toLowerCase() || undefined;
  input.equityDiscount = number('discount', 'equityDiscount', inputs.discount);
  if (!isBlank(inputs.schedule)) input.vesting = inputs.schedule.trim();
  input.signOn = number('signOn', 'signOn', inputs.signOn);
  input.years = number('years', 'years', inputs.years);
  input.refresh = number('refresh', 'refresh', inputs.refresh);
  for (const key of Object.keys(input)) if (input[key] === undefined && key !== 'base') delete input[key];
  return { input, errors };
}

/** Which panel field a model path (`bonusPayoutHistory.1`, `equity.strike`) belongs to, from the one field table. */
export function fieldForPath(path: string, mode: OfferInputs['equityMode']): keyof OfferInputs | undefined {
  const [head, sub] = path.split('.');
  if (head === 'equity') {
    if (sub === 'shares' || sub === 'strike' || sub === 'price') return sub;
    return mode === 'options' ? 'shares' : 'equityGrant';
  }
  return Object.values(OFFER_FIELDS).find((field) => field.key === head)?.panel as keyof OfferInputs | undefined;
}

/** An offer with nothing typed but its name is not an error: it is a column still to fill. */
export function isEmptyOffer(inputs: OfferInputs): boolean {
  return [
    inputs.base,
    inputs.bonusTarget,
    inputs.bonusPayouts,
    inputs.equityGrant,
    inputs.shares,
    inputs.strike,
    inputs.price,
    inputs.discount,
    inputs.schedule,
    inputs.signOn,
    inputs.refresh,
  ].every(isBlank);
}

export function readOffer(inputs: OfferInputs): OfferReading {
  if (isEmptyOffer(inputs)) return { status: 'empty' };
  const { input: modelInput, errors } = toModelInput(inputs);
  const parsed = parseOffer(modelInput);
  if (!parsed.ok || Object.keys(errors).length > 0) {
    for (const error of parsed.ok ? [] : parsed.errors) {
      const field = fieldForPath(error.field, inputs.equityMode) ?? 'label';
      // the first message for a field is the one shown; a list reports its first bad entry
      if (!errors[field]) errors[field] = error.message;
    }
    return { status: 'invalid', errors };
  }
  return { status: 'valid', decomposition: decomposeOffer(parsed.offer), modelInput };
}
