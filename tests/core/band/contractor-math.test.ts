/** core/band/contractor-math.ts called directly, with hand-worked values; AI.BILLRATE, AI.PAYRATE, AI.MARGIN and AI.LOADED are tested by name in band-math.test.ts. */
import { billRate, loadedCost, margin, payRate } from '../../../core/band/contractor-math';

describe('contractor math', () => {
  test('a 50% markup on 100 bills 150, and 150 at 50% markup pays 100', () => {
    expect(billRate(100, 0.5)).toBe(150);
    expect(payRate(150, 0.5)).toBe(100);
  });

  test('a 50% markup is a 33.3% margin: (150 - 100) / 150', () => {
    expect(margin(150, 100)).toBeCloseTo(1 / 3, 12);
  });

  test('pay and bill rates round-trip for any markup', () => {
    for (const markup of [0, 0.25, 0.5, 1.2]) expect(payRate(billRate(60.3, markup), markup)).toBeCloseTo(60.3, 10);
  });

  test('loaded cost: 100,000 salary x 1.3 burden = 130,000', () => {
    expect(loadedCost(100000, 1.3)).toBeCloseTo(130000, 6);
  });
});
