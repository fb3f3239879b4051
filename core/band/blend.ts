/**
 * Blended market rate: the (weighted) mean of figures from several surveys or cuts. Equal weights
 * unless given; weights need not add up to 1 (they are normalised), so a weight can be a sample size.
 */
export function blendedRate(values: readonly number[], weights?: readonly number[]): number {
  let sum = 0;
  let weightSum = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights ? weights[i] : 1;
    sum += values[i] * w;
    weightSum += w;
  }
  return sum / weightSum;
}
