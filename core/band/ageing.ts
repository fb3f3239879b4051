/**
 * Ageing (trending) a survey figure from its effective date to another date at an annual rate.
 *
 * The time between the dates is the actual number of days over 365.25, the average calendar year
 * with leap years (our choice: a whole calendar year then counts as 0.9993 or 1.0021 years rather
 * than exactly 1, but four calendar years always count as 4 to within a day). Practitioners use both
 * compound ageing, amount x (1 + rate)^years (our default), and simple ageing,
 * amount x (1 + rate x years); the method is a parameter.
 */
export type AgeingMethod = 'compound' | 'simple';
export const AGEING_METHODS: readonly AgeingMethod[] = ['compound', 'simple'];
export const DAYS_PER_YEAR = 365.25;

/** Years between two date serials (spreadsheet day numbers), actual days / 365.25. */
export const yearsBetween = (fromSerial: number, toSerial: number): number => (toSerial - fromSerial) / DAYS_PER_YEAR;

export function ageFigure(
  amount: number,
  fromSerial: number,
  toSerial: number,
  annualRate: number,
  method: AgeingMethod = 'compound',
): number {
  const years = yearsBetween(fromSerial, toSerial);
  return method === 'simple' ? amount * (1 + annualRate * years) : amount * Math.pow(1 + annualRate, years);
}
