/** core/band/ageing.ts called directly, with hand-worked values; AI.AGE is tested by name in band-math.test.ts. */
import { ageFigure, yearsBetween } from '../../../core/band/ageing';
import { callByName } from '../../../core';

const FROM = 45000; // any serial: only the days between matter
const YEAR = 365.25;

describe('ageFigure', () => {
  test('one average year at 3%: compound and simple agree, 103,000', () => {
    expect(ageFigure(100000, FROM, FROM + YEAR, 0.03)).toBeCloseTo(103000, 6);
    expect(ageFigure(100000, FROM, FROM + YEAR, 0.03, 'simple')).toBeCloseTo(103000, 6);
  });

  test('two years at 3%: compound 100,000 x 1.03^2 = 106,090, simple 100,000 x 1.06 = 106,000', () => {
    expect(ageFigure(100000, FROM, FROM + 2 * YEAR, 0.03)).toBeCloseTo(106090, 6);
    expect(ageFigure(100000, FROM, FROM + 2 * YEAR, 0.03, 'simple')).toBeCloseTo(106000, 6);
  });

  test('half a year at 4%: compound 100,000 x sqrt(1.04) = 101,980.39, simple 102,000', () => {
    expect(ageFigure(100000, FROM, FROM + YEAR / 2, 0.04)).toBeCloseTo(101980.39, 2);
    expect(ageFigure(100000, FROM, FROM + YEAR / 2, 0.04, 'simple')).toBeCloseTo(102000, 6);
  });

  test('ageing back a year divides: 100,000 / 1.03 = 97,087.38', () => {
    expect(ageFigure(100000, FROM + YEAR, FROM, 0.03)).toBeCloseTo(97087.38, 2);
  });

  test('four calendar years (1,461 days, one leap day) count as exactly 4', () => {
    expect(yearsBetween(FROM, FROM + 1461)).toBe(4);
  });

  test('AI.AGE by name gives what the function gives (dates are whole days there: 1,461 days, 4 years)', () => {
    expect(callByName('AGE', [100000, FROM, FROM + 1461, 0.03])).toBeCloseTo(
      ageFigure(100000, FROM, FROM + 1461, 0.03),
      9,
    );
    expect(ageFigure(100000, FROM, FROM + 1461, 0.03)).toBeCloseTo(100000 * 1.03 ** 4, 6);
  });
});
