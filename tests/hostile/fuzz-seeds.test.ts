/**
 * `npm run fuzz` covers the hostile classes: its cell arbitrary draws prototype names, European
 * numbers, huge magnitudes and long text often enough that a 10,000-call run meets each many times.
 */
import fc from 'fast-check';
import { HOSTILE_NUMBERS, HOSTILE_TEXT, seedCell, Seed } from '../../testkit/fuzz-seeds';

test('the fuzzer draws every kind of hostile cell', () => {
  const cells: Seed[] = fc.sample(seedCell, { numRuns: 10_000, seed: 15 });
  const texts = new Set(cells.flatMap((c) => (c.t === 'text' ? [c.v] : [])));
  const numbers = new Set(cells.flatMap((c) => (c.t === 'num' ? [c.v] : [])));
  for (const name of ['constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty'])
    expect(texts).toContain(name);
  for (const text of ['€200.000', '160.000', '1.234,56', '0026-01-01']) expect(texts).toContain(text);
  expect([...texts].some((t) => t.length >= 50_000)).toBe(true);
  for (const n of [1e308, -1e308, 5e-324, 50]) expect(numbers).toContain(n);
  const hostile = cells.filter(
    (c) => (c.t === 'text' && HOSTILE_TEXT.includes(c.v)) || (c.t === 'num' && HOSTILE_NUMBERS.includes(c.v)),
  ).length;
  // Over 10,000 calls of several arguments each, about one cell in ten is hostile.
  expect(hostile / cells.length).toBeGreaterThan(0.08);
});
