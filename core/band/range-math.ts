/**
 * Salary-range math an analyst does beside a band: compa-ratio, range penetration, range spread
 * and a range built from a midpoint. Standard compensation-practice definitions; no figures.
 *
 * Two spread conventions are in use, so the range builder takes one by name:
 * - `over-min` (default): spread = (max - min) / min, the same reading as AI.SPREAD; the midpoint
 *   sits halfway, so min = mid / (1 + spread / 2) and max = min x (1 + spread);
 * - `around-mid`: the spread is measured on the midpoint, min = mid x (1 - spread / 2) and
 *   max = mid x (1 + spread / 2).
 */
export type SpreadConvention = 'over-min' | 'around-mid';
export const SPREAD_CONVENTIONS: readonly SpreadConvention[] = ['over-min', 'around-mid'];

/** Salary over the range midpoint: 1 is at the midpoint. */
export const compaRatio = (salary: number, midpoint: number): number => salary / midpoint;

/** Where a salary sits in its range: 0 at the minimum, 1 at the maximum (outside the range it goes below 0 or above 1). */
export function rangePenetration(salary: number, min: number, max: number): number {
  if (salary === min) return 0;
  if (salary === max) return 1;
  return (salary - min) / (max - min);
}

/** Range spread over the minimum: (max - min) / min. */
export const rangeSpread = (min: number, max: number): number => (max - min) / min;

export interface SalaryRange {
  readonly min: number;
  readonly mid: number;
  readonly max: number;
}

export function rangeFromMidpoint(
  midpoint: number,
  spread: number,
  convention: SpreadConvention = 'over-min',
): SalaryRange {
  if (convention === 'around-mid') {
    return { min: midpoint * (1 - spread / 2), mid: midpoint, max: midpoint * (1 + spread / 2) };
  }
  const min = midpoint / (1 + spread / 2);
  return { min, mid: midpoint, max: min * (1 + spread) };
}
