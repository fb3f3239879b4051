/**
 * Display rounding, done once, here, at the edge (STYLE.md: the core never rounds mid-way).
 * Every formatter answers "–" for a value that is not a finite number, so no box ever shows NaN or ∞.
 */
const MONEY = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
// Three significant digits: $1.02M beside $920K, never "$1M" beside "$920K".
const MONEY_SHORT = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumSignificantDigits: 3,
});
const AMOUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const PERCENT = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const RATIO = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const NO_FIGURE = '–';

const finite =
  (format: (n: number) => string) =>
  (value: number): string =>
    Number.isFinite(value) ? format(value) : NO_FIGURE;

export const formatMoney = finite((value) => MONEY.format(value));
/** dollars without the sign, for tables headed "USD" where width is tight */
export const formatAmount = finite((value) => AMOUNT.format(value));
export const formatMoneyShort = finite((value) => MONEY_SHORT.format(value));
/** full dollars up to $999,999 (at most 8 characters), compact from a million: fits a third of a 300 px pane */
export const formatMoneyFit = finite((value) =>
  Math.abs(value) < 999_999.5 ? MONEY.format(value) : MONEY_SHORT.format(value),
);
export const formatPercent = finite((fraction) => PERCENT.format(fraction));
export const formatRatio = finite((value) => RATIO.format(value));
