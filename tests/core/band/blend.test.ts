/** core/band/blend.ts called directly, with hand-worked values; AI.BLEND is tested by name in band-math.test.ts. */
import { blendedRate } from '../../../core/band/blend';

describe('blendedRate', () => {
  test('equal weights unless given: (100 + 200) / 2 = 150', () => {
    expect(blendedRate([100, 200])).toBe(150);
  });

  test('weights 3 and 1: (3 x 100 + 1 x 200) / 4 = 125, and weights need not add up to 1', () => {
    expect(blendedRate([100, 200], [3, 1])).toBeCloseTo(125, 9);
    expect(blendedRate([100, 200], [300, 100])).toBeCloseTo(125, 9);
    expect(blendedRate([100, 200], [0.75, 0.25])).toBeCloseTo(125, 9);
  });

  test('a zero weight leaves its figure out', () => {
    expect(blendedRate([100, 200, 400], [0, 1, 1])).toBe(300);
  });

  test('huge weights and figures stay finite: no sum of products overflows', () => {
    expect(blendedRate([1e308, 1e308], [1e300, 1e300])).toBe(1e308);
    expect(blendedRate([1e308, 5e307], [1, 1])).toBeCloseTo(7.5e307, -300);
  });
});
