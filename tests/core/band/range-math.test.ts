/** core/band/range-math.ts called directly, with hand-worked values; AI.COMPA, AI.PENETRATION, AI.SPREAD and AI.RANGE are tested by name in band-math.test.ts. */
import { compaRatio, rangeFromMidpoint, rangePenetration, rangeSpread } from '../../../core/band/range-math';

describe('range math', () => {
  test('compa-ratio: 95,000 on a 100,000 midpoint is 0.95', () => {
    expect(compaRatio(95000, 100000)).toBe(0.95);
  });

  test('penetration: 110,000 in 80,000-120,000 is 30,000 / 40,000 = 0.75; exact at the ends; below the range, negative', () => {
    expect(rangePenetration(110000, 80000, 120000)).toBe(0.75);
    expect(rangePenetration(80000, 80000, 120000)).toBe(0);
    expect(rangePenetration(120000, 80000, 120000)).toBe(1);
    expect(rangePenetration(70000, 80000, 120000)).toBe(-0.25);
  });

  test('spread over the minimum: 80,000-120,000 is 40,000 / 80,000 = 0.5', () => {
    expect(rangeSpread(80000, 120000)).toBe(0.5);
  });

  test('a 50% range on a 100,000 midpoint: over-min gives 80,000-120,000 (spread 0.5 again), around-mid 75,000-125,000', () => {
    const overMin = rangeFromMidpoint(100000, 0.5);
    expect(overMin).toEqual({ min: 80000, mid: 100000, max: 120000 });
    expect(rangeSpread(overMin.min, overMin.max)).toBe(0.5);
    expect(rangeFromMidpoint(100000, 0.5, 'around-mid')).toEqual({ min: 75000, mid: 100000, max: 125000 });
  });
});
