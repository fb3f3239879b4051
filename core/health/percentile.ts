/**
 * PERCENTILE.INC, the definition Excel, Sheets and HyperFormula share: over n sorted values the
 * k-th percentile sits at rank k (n - 1) from the first, interpolated linearly between the two
 * values around it. tests/core/health-peer.test.ts checks it against HyperFormula's own.
 */
export function percentileInc(sorted: ArrayLike<number>, k: number): number {
  const rank = k * (sorted.length - 1);
  const below = Math.floor(rank);
  if (below + 1 >= sorted.length) return sorted[below];
  return sorted[below] + (rank - below) * (sorted[below + 1] - sorted[below]);
}

/** The middle value (PERCENTILE.INC at 0.5, which is MEDIAN). */
export const median = (sorted: ArrayLike<number>): number => percentileInc(sorted, 0.5);
