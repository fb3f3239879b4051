/** AI.POSITION and AI.PAYFOR (core/health/position.ts): each measure, the zone edges, bad bands, lifting, and the inverse. */
import fc from 'fast-check';
import { call, err, num } from '../call-helpers';
import { PAYFOR, POSITION } from '../../../core/functions/range-health';
import { ZONES } from '../../../core/health/position';

const BAND = [160000, 200000, 240000] as const;

describe('AI.POSITION', () => {
  test('omitted measure: the row compa, penetration, zone, tomin, overmax', () => {
    expect(call('POSITION', 180000, ...BAND)).toEqual([[0.9, 0.25, 'Q2', 0, 0]]);
    expect(call('POSITION', 150000, ...BAND)).toEqual([[0.75, -0.125, 'below min', 10000, 0]]);
    expect(call('POSITION', 250000, ...BAND)).toEqual([[1.25, 1.125, 'above max', 0, 10000]]);
  });
  test('each measure by name, and the synonyms analysts type', () => {
    expect(call('POSITION', 180000, ...BAND, 'compa')).toBe(0.9);
    expect(call('POSITION', 180000, ...BAND, 'Compa-ratio')).toBe(0.9);
    expect(call('POSITION', 180000, ...BAND, 'penetration')).toBe(0.25);
    expect(call('POSITION', 180000, ...BAND, 'quartile')).toBe('Q2');
    expect(call('POSITION', 150000, ...BAND, 'to min')).toBe(10000);
    expect(call('POSITION', 250000, ...BAND, 'overmax')).toBe(10000);
    expect(err(call('POSITION', 180000, ...BAND, 'ratio')).message).toMatch(/measure: expected one of "compa"/);
  });
  test('zones by penetration: a quartile holds its lower edge, the minimum is Q1 and the maximum Q4', () => {
    const at = (pay: number) => call('POSITION', pay, ...BAND, 'zone');
    expect([159999, 160000, 179999, 180000, 200000, 220000, 239999, 240000, 240001].map(at)).toEqual([
      'below min',
      'Q1',
      'Q1',
      'Q2',
      'Q3',
      'Q4',
      'Q4',
      'Q4',
      'above max',
    ]);
  });
  test('a band that is not min <= mid <= max with max above min is #VALUE! saying which', () => {
    expect(err(call('POSITION', 180000, 240000, 200000, 160000)).message).toMatch(/min and max are not swapped/);
    expect(err(call('POSITION', 180000, 160000, 250000, 240000)).message).toMatch(/mid: expected a midpoint from/);
    expect(err(call('POSITION', 180000, 160000, 0, 240000)).message).toMatch(/mid: expected a midpoint above 0/);
  });
  test('lifts over a tracker: a row per input row, a blank row blank, a bad row its own error', () => {
    const out = call(
      'POSITION',
      [[180000], [''], ['lots'], [250000]],
      [[160000], [''], [160000], [160000]],
      200000,
      240000,
    );
    expect(out).toEqual([
      [0.9, 0.25, 'Q2', 0, 0],
      ['', '', '', '', ''],
      expect.arrayContaining([expect.objectContaining({ message: 'pay: expected a pay figure, received "lots"' })]),
      [1.25, 1.125, 'above max', 0, 10000],
    ]);
  });
  test('its help names every zone it can return', () => {
    expect(POSITION.columns).toEqual(['compa', 'penetration', 'zone', 'tomin', 'overmax']);
    for (const zone of ZONES) expect(POSITION.params[4].description).toContain(zone);
  });
});

describe('AI.PAYFOR', () => {
  test('compa by default (target x mid); penetration on request (min + target x (max - min))', () => {
    expect(call('PAYFOR', 0.9, ...BAND)).toBe(180000);
    expect(call('PAYFOR', 0.5, ...BAND, 'penetration')).toBe(200000);
    expect(err(call('PAYFOR', 0.9, 240000, 200000, 160000)).message).toMatch(/not swapped/);
    expect(PAYFOR.params[4].defaultShown).toBe('"compa"');
  });
  test('is the inverse of AI.POSITION on both measures', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500000 }),
        fc.integer({ min: 1, max: 300000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (min, width, midAt, target) => {
          const max = min + width;
          const mid = min + midAt * width;
          if (!(mid > 0)) return;
          for (const measure of ['compa', 'penetration']) {
            const pay = num(call('PAYFOR', target, min, mid, max, measure));
            expect(num(call('POSITION', pay, min, mid, max, measure))).toBeCloseTo(target, 9);
            checked++;
          }
        },
      ),
      { numRuns: 200 },
    );
    expect(checked).toBeGreaterThan(390);
  });
});
