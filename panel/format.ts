/**
 * Display rounding, done once, here, at the edge (STYLE.md: the core never rounds mid-way).
 */
const MONEY = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const MONEY_SHORT = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
const AMOUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const PERCENT = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const RATIO = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const formatMoney = (value: number): string => MONEY.format(value);
/** dollars without the sign, for tables headed "USD" where width is tight */
export const formatAmount = (value: number): string => AMOUNT.format(value);
export const formatMoneyShort = (value: number): string => MONEY_SHORT.format(value);
export const formatPercent = (fraction: number): string => PERCENT.format(fraction);
export const formatRatio = (value: number): string => RATIO.format(value);
