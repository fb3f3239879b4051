/**
 * Contractor and loaded-cost math. Agencies quote a markup on the pay rate, (bill - pay) / pay,
 * and a margin on the bill rate, (bill - pay) / bill: a 50% markup is a 33.3% margin. Both are in use,
 * so the functions name which one they take.
 *
 * A loaded cost is salary x a burden multiplier (benefits, payroll taxes, overhead) so a salaried hire
 * can be compared with a contractor's bill rate. No seed states a burden multiplier, so there is no
 * default: the caller gives one (AI.LOADED returns #N/A without it, saying so).
 */
export const billRate = (payRate: number, markup: number): number => payRate * (1 + markup);
export const payRate = (billRateValue: number, markup: number): number => billRateValue / (1 + markup);
export const margin = (billRateValue: number, payRateValue: number): number =>
  (billRateValue - payRateValue) / billRateValue;
export const loadedCost = (salary: number, burden: number): number => salary * burden;
