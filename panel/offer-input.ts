/**
 * From what the user typed to the core's offer model, and the model's field errors back to the
 * panel's fields. The panel only reads text into numbers the way a spreadsheet cell does ("$185,000",
 * "15%" is 0.15); every rule about what an offer may be is the core's `parseOffer`, and every
 * figure is the core's `decomposeOffer`.
 */
import { decomposeOffer, OfferDecomposition, parseOffer } from '../core/offer/model';
import { OfferInputs } from './state';

export type FieldErrors = Partial<Record<keyof OfferInputs, string>>;

export type OfferReading =
  | { readonly status: 'empty' }
  | { readonly status: 'invalid'; readonly errors: FieldErrors }
  | { readonly status: 'valid'; readonly decomposition: OfferDecomposition; readonly modelInput: Record<string, unknown> };

const isBlank = (text: string): boolean => text.trim() === '';

/**
 * A number as a cell would read it; text that is not a number is passed on unchanged, so the
 * core's schema reports it with its own message ("base: expected an amount in dollars, ...").
 */
export function readNumber(text: string): number | string {
  const cleaned = text.trim().replace(/^\$/, '').replace(/,(?=\d{3}(\D|$))/g, '').replace(/\s+/g, '');
  const percent = /%$/.test(cleaned);
  const n = Number(percent ? cleaned.slice(0, -1) : cleaned);
  if (cleaned === '' || cleaned === '%' || !Number.isFinite(n)) return text.trim();
  return percent ? n / 100 : n;
}

export function readList(text: string): (number | string)[] {
  return text.split(/[;,\s]+/).filter((token) => token !== '').map(readNumber);
}

/** The object `parseOffer` reads; blank optional fields are left out so the core's defaults apply. */
export function toModelInput(inputs: OfferInputs): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  if (!isBlank(inputs.base)) input.base = readNumber(inputs.base);
  else input.base = undefined;
  if (!isBlank(inputs.bonusTarget)) input.bonusTarget = readNumber(inputs.bonusTarget);
  if (!isBlank(inputs.bonusPayouts)) input.bonusPayoutHistory = readList(inputs.bonusPayouts);
  if (inputs.equityMode === 'options') {
    if (![inputs.shares, inputs.strike, inputs.price].every(isBlank)) {
      const part = (text: string) => (isBlank(text) ? undefined : readNumber(text));
      input.equity = { shares: part(inputs.shares), strike: part(inputs.strike), price: part(inputs.price) };
    }
  } else if (!isBlank(inputs.equityGrant)) {
    input.equity = readNumber(inputs.equityGrant);
  }
  input.companyType = inputs.companyType.trim().toLowerCase();
  if (!isBlank(inputs.discount)) input.equityDiscount = readNumber(inputs.discount);
  if (!isBlank(inputs.schedule)) input.vesting = inputs.schedule.trim();
  if (!isBlank(inputs.signOn)) input.signOn = readNumber(inputs.signOn);
  if (!isBlank(inputs.years)) input.years = readNumber(inputs.years);
  if (!isBlank(inputs.refresh)) input.refresh = readNumber(inputs.refresh);
  return input;
}

/** Which panel field a model path (`bonusPayoutHistory.1`, `equity.strike`) belongs to. */
export function fieldForPath(path: string, mode: OfferInputs['equityMode']): keyof OfferInputs | undefined {
  const [head, sub] = path.split('.');
  switch (head) {
    case 'base': return 'base';
    case 'bonusTarget': return 'bonusTarget';
    case 'bonusPayoutHistory': return 'bonusPayouts';
    case 'equity':
      if (sub === 'shares' || sub === 'strike' || sub === 'price') return sub;
      return mode === 'options' ? 'shares' : 'equityGrant';
    case 'companyType': return 'companyType';
    case 'equityDiscount': return 'discount';
    case 'vesting': return 'schedule';
    case 'signOn': return 'signOn';
    case 'years': return 'years';
    case 'refresh': return 'refresh';
    default: return undefined;
  }
}

/** An offer with nothing typed but its name is not an error: it is a column still to fill. */
export function isEmptyOffer(inputs: OfferInputs): boolean {
  return [inputs.base, inputs.bonusTarget, inputs.bonusPayouts, inputs.equityGrant, inputs.shares, inputs.strike, inputs.price, inputs.discount, inputs.schedule, inputs.signOn, inputs.refresh].every(isBlank);
}

export function readOffer(inputs: OfferInputs): OfferReading {
  if (isEmptyOffer(inputs)) return { status: 'empty' };
  const modelInput = toModelInput(inputs);
  const parsed = parseOffer(modelInput);
  if (!parsed.ok) {
    const errors: FieldErrors = {};
    for (const error of parsed.errors) {
      const field = fieldForPath(error.field, inputs.equityMode) ?? 'label';
      // the first message for a field is the one shown; a list reports its first bad entry
      if (!errors[field]) errors[field] = error.message;
    }
    return { status: 'invalid', errors };
  }
  return { status: 'valid', decomposition: decomposeOffer(parsed.offer), modelInput };
}
