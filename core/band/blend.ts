/**
 * Blended market rate: the (weighted) mean of figures from several surveys or cuts. Equal weights
 * unless given; weights need not add up to 1 (they are normalised), so a weight can be a sample size.
 */
export function blendedRate(values: readonly number[], weights?: readonly number[]): number {
  // A running weighted mean over weights scaled to the largest: no sum of products can overflow,
  // so weights of 1e300 (or figures near the largest double) still give a finite blend.
  let maxWeight = 0;
  for (let i = 0; i < values.length; i++) maxWeight = Math.max(maxWeight, weights ? weights[i] : 1);
  let mean = 0;
  let weightSum = 0;
  for (let i = 0; i < values.length; i++) {
    const w = (weights ? weights[i] : 1) / maxWeight;
    if (w === 0) continue;
    weightSum += w;
    mean += (w / weightSum) * (values[i] - mean);
  }
  return mean;
}
