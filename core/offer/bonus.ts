/**
 * Expected bonus. Seed 001 (AI Tech Connect) treats a target bonus as conditional and advises
 * weighting it by what it really paid in recent years rather than by the target. So the target is weighted by the mean of the actual payout
 * ratios (actual / target, 0.8 meaning 80% of target) when they are known, else taken at target.
 */

/** The largest payout ratio we accept as a ratio: above it, a figure is more likely a percentage typed as 80 for 0.8. Our sanity bound, not a sourced figure. */
export const MAX_PAYOUT_RATIO = 3;

/** Mean actual payout ratio; 1 (the target) when there is no history. */
export function payoutFactor(history: readonly number[] | undefined): number {
  if (!history || history.length === 0) return 1;
  let sum = 0;
  for (const ratio of history) sum += ratio;
  return sum / history.length;
}

export function expectedBonus(base: number, target: number, history?: readonly number[]): number {
  return base * target * payoutFactor(history);
}
