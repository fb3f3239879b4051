/**
 * The offer as the panel shows it: the core's reading (`readOffer`, which calls `parseOffer` and
 * `decomposeOffer`) with its messages worded in the labels the user sees, and one guard the model
 * does not hold yet: figures that overflow (a grant of 1e308 gives ∞ or NaN) are a field error,
 * never a figure. The bounds themselves are the core's; the panel states none.
 */
import { FieldErrors, OfferReading, readNumber, readOffer } from './offer-input';
import { OfferInputs } from './state';

export const FIELD_LABELS: Record<keyof OfferInputs, string> = {
  label: 'Offer name', base: 'Base salary', bonusTarget: 'Bonus target', bonusPayouts: 'Payout history',
  equityMode: 'Equity as', equityGrant: 'Equity grant', shares: 'Shares', strike: 'Strike', price: 'Price',
  companyType: 'Company type', discount: 'Equity discount', schedule: 'Vesting, cliff', signOn: 'Sign-on',
  years: 'Horizon (years)', refresh: 'Annual refresh',
};

const HELP: Partial<Record<keyof OfferInputs, string>> = { strike: ' - 0 for RSUs', price: ' - per share, e.g. 12', shares: ' - e.g. 10000' };

/** "bonusPayoutHistory: expected ..." becomes "Payout history: expected ...". */
export function labelled(field: keyof OfferInputs, message: string): string {
  return `${FIELD_LABELS[field]}: ${message.replace(/^[A-Za-z.()]+:\s*/, '')}`;
}

const isBlank = (text: string): boolean => text.trim() === '';

function overflowError(inputs: OfferInputs): FieldErrors {
  // The field with the largest amount typed is the likeliest cause; say so there.
  const candidates: (keyof OfferInputs)[] = inputs.equityMode === 'options'
    ? ['base', 'shares', 'price', 'signOn', 'refresh']
    : ['base', 'equityGrant', 'signOn', 'refresh'];
  const size = (f: keyof OfferInputs): number => { const n = readNumber(inputs[f]); return typeof n === 'number' ? Math.abs(n) : 0; };
  const field = candidates.reduce((a, b) => (size(b) > size(a) ? b : a));
  return { [field]: `${FIELD_LABELS[field]}: too large to compute with (the figures overflow); check the amount` };
}

export function readForPanel(inputs: OfferInputs): OfferReading {
  if (inputs.equityMode === 'options') {
    const parts = (['shares', 'strike', 'price'] as const);
    const blank = parts.filter((p) => isBlank(inputs[p]));
    if (blank.length && blank.length < parts.length) {
      const errors: FieldErrors = {};
      for (const p of blank) errors[p] = `${FIELD_LABELS[p]} is needed${HELP[p] ?? ''}`;
      return { status: 'invalid', errors };
    }
  }
  const reading = readOffer(inputs);
  if (reading.status === 'invalid') {
    const errors: FieldErrors = {};
    for (const [field, message] of Object.entries(reading.errors) as [keyof OfferInputs, string][]) errors[field] = labelled(field, message);
    return { status: 'invalid', errors };
  }
  if (reading.status === 'valid') {
    const d = reading.decomposition;
    const figures = [d.riskAdjustedTotal, d.riskAdjustedAverageAnnual, d.firstYearTotal, d.annualisedTotal, d.equityGrantValue, ...d.years.map((y) => y.total)];
    if (!figures.every(Number.isFinite)) return { status: 'invalid', errors: overflowError(inputs) };
  }
  return reading;
}

/** Options whose strike is at or above the price: the grant has no intrinsic value today. */
export function isUnderwater(inputs: OfferInputs, reading: OfferReading): boolean {
  if (reading.status !== 'valid' || inputs.equityMode !== 'options') return false;
  const equity = reading.decomposition.offer.equity;
  return typeof equity === 'object' && equity.shares > 0 && equity.strike > 0 && equity.price <= equity.strike;
}
