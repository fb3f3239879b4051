/**
 * From what the user typed to the core's offer model, and the model's field errors back to the
 * panel's fields. Each field is read by its reader in the core's field table (core/offer/fields.ts:
 * a number, a list in the cell reader's list grammar, the company type with its synonyms), the same
 * call a formula's argument goes through, so "15" as a bonus target gets the very message `AI.OFFER`
 * gives; every other rule is the core's `parseOffer`, and every figure the core's `decomposeOffer`.
 */
import { parseOffer } from '../core/offer/schema';
import {
  FieldKey,
  isOfferKey,
  isShareKey,
  OFFER_FIELDS,
  OfferKey,
  readCompanyType,
  readList,
  readNumber,
  SHARE_FIELDS,
  ShareKey,
  isSheetError,
  Parsed,
  decomposeOffer,
  OfferDecomposition,
} from '../core/index';
import { OfferInputs, PANEL_FIELD_KEYS, PANEL_FIELDS, PanelFieldKey } from './state';

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

/** Reads the panel fields into the model's input; text a field's reader refuses is that field's error, worded as a formula's. */
export function toModelInput(inputs: OfferInputs): { input: Record<string, unknown>; errors: FieldErrors } {
  const input: Record<string, unknown> = {};
  const errors: FieldErrors = {};
  const read = <T>(key: PanelFieldKey, reader: (text: string) => Parsed<T>): T | undefined => {
    const text = inputs[key];
    if (isBlank(text)) return undefined;
    const value = reader(text);
    if (!isSheetError(value)) return value;
    errors[key] ??= value.message;
    return undefined;
  };
  const number = (key: FieldKey & PanelFieldKey) => read(key, (text) => readNumber(key, text));
  for (const key of Object.keys(OFFER_FIELDS) as OfferKey[]) {
    const field = OFFER_FIELDS[key];
    switch (field.type) {
      case 'number':
        input[key] = number(key);
        break;
      case 'list':
        input[key] = read(key, (text) => readList(key, text));
        break;
      case 'companyType':
        // A type the core does not know goes to the model as typed, so its message names it.
        input[key] = isBlank(inputs[key]) ? undefined : (read(key, readCompanyType) ?? inputs[key].trim());
        delete errors[key];
        break;
      case 'schedule':
        input[key] = isBlank(inputs[key]) ? undefined : inputs[key].trim();
        break;
      case 'equity':
        if (inputs.equityMode === 'grant') input[key] = number(key);
        else if (!(Object.keys(SHARE_FIELDS) as ShareKey[]).every((part) => isBlank(inputs[part])))
          input[key] = Object.fromEntries(
            (Object.keys(SHARE_FIELDS) as ShareKey[]).map((part) => [part, number(part)]),
          );
        break;
    }
  }
  for (const key of Object.keys(input)) if (input[key] === undefined && key !== 'base') delete input[key];
  return { input, errors };
}

/** Which panel field a model path (`bonusPayout.1`, `equityGrant.strike`) belongs to: the field of the same name. */
export function fieldForPath(path: string, mode: OfferInputs['equityMode']): keyof OfferInputs | undefined {
  const [head, sub] = path.split('.');
  if (sub !== undefined && isShareKey(sub)) return sub;
  if (head === 'equityGrant' && mode === 'options') return 'shares';
  return isOfferKey(head) ? head : undefined;
}

/** An offer with nothing typed but what a new offer starts with is not an error: it is a column still to fill. */
export function isEmptyOffer(inputs: OfferInputs): boolean {
  return PANEL_FIELD_KEYS.every((key) => PANEL_FIELDS[key].panel?.startsAs !== undefined || isBlank(inputs[key]));
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
