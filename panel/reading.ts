/**
 * The offer as the panel shows it: the core's reading (`readOffer`: every number through the core's
 * reader with the field's label and bounds from core/offer/fields.ts, then `parseOffer` and
 * `decomposeOffer`), so a field's message is the one a formula gives, in the label the user sees.
 * One guard the model does not hold: figures that overflow are a field error, never a figure (the
 * bounds of OFFER_FIELDS make that unreachable today; the guard keeps ∞ and NaN off the screen
 * should a bound ever move). The panel states no bound and no label of its own.
 */
import { FieldErrors, OfferReading, readOffer } from './offer-input';
import { OfferInputs, PANEL_FIELD_KEYS, PANEL_FIELDS } from './state';

/** What the panel calls each input: the field table's label (core/offer/fields.ts), the one every message uses. */
export const FIELD_LABELS: Readonly<Record<keyof OfferInputs, string>> = {
  // the panel's own inputs, which are no offer field: the offer's name and the equity mode
  label: 'Offer name',
  equityMode: 'Equity as',
  ...Object.fromEntries(PANEL_FIELD_KEYS.map((key) => [key, PANEL_FIELDS[key].label])),
} as Record<keyof OfferInputs, string>;

function overflowError(
  reading: Extract<OfferReading, { status: 'valid' }>,
  mode: OfferInputs['equityMode'],
): FieldErrors {
  // The field with the largest amount is the likeliest cause; say so there.
  const offer = reading.decomposition.offer;
  const sizes: [keyof OfferInputs, number][] = [];
  // every amount of the offer (a field with an upper bound), the grant as its value or its shares and price
  for (const key of PANEL_FIELD_KEYS) {
    const value: unknown = (offer as Record<string, unknown>)[key];
    if (typeof value === 'number' && PANEL_FIELDS[key].rule?.max !== undefined) sizes.push([key, value]);
  }
  const equity = offer.equityGrant;
  if (typeof equity === 'object') sizes.push(['shares', equity.shares], ['price', equity.price]);
  const [field] = sizes.reduce((a, b) => (Math.abs(b[1]) > Math.abs(a[1]) ? b : a));
  const shown = mode === 'grant' && (field === 'shares' || field === 'price') ? 'equityGrant' : field;
  return { [shown]: `${FIELD_LABELS[shown]}: too large to compute with (the figures overflow); check the amount` };
}

export function readForPanel(inputs: OfferInputs): OfferReading {
  const reading = readOffer(inputs);
  if (reading.status === 'valid') {
    const d = reading.decomposition;
    const figures = [
      d.riskAdjustedTotal,
      d.riskAdjustedAverageAnnual,
      d.firstYearTotal,
      d.annualisedTotal,
      d.equityGrantValue,
      ...d.years.map((y) => y.total),
    ];
    if (!figures.every(Number.isFinite))
      return { status: 'invalid', errors: overflowError(reading, inputs.equityMode) };
  }
  return reading;
}

/** Options whose strike is at or above the price: the grant has no intrinsic value today. */
export function isUnderwater(inputs: OfferInputs, reading: OfferReading): boolean {
  if (reading.status !== 'valid' || inputs.equityMode !== 'options') return false;
  const equity = reading.decomposition.offer.equityGrant;
  return typeof equity === 'object' && equity.shares > 0 && equity.strike > 0 && equity.price <= equity.strike;
}
