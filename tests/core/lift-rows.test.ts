/**
 * Row results and the memo (core/lift.ts): a row result is copied where it repeats, not on every
 * row, so each output row is its own array (a host may write into one) while 10,000 distinct exit
 * values make no extra copies (bench/waterfall.bench.ts).
 */
import { call } from './call-helpers';

const STACK = [
  ['Class', 'Shares', 'Invested', 'Preference multiple', 'Participating', 'Seniority'],
  ['Series A', 5_000_000, 10_000_000, 1, 'no', 1],
  ['Common', 15_000_000, null, null, null, null],
];

test.each([
  ['BAND', (n: number) => [Array.from({ length: n }, () => ['LLMOps']), Array.from({ length: n }, () => ['Senior'])]],
  ['WATERFALL', (n: number) => [Array.from({ length: n }, (_, i) => [i % 2 ? 30_000_000 : 60_000_000]), STACK]],
])('AI.%s over repeated inputs: equal rows, each its own array', (name, args) => {
  const rows = 3000;
  const out = call(name, ...args(rows)) as unknown[][];
  expect(out).toHaveLength(rows);
  expect(new Set(out).size).toBe(rows);
  expect(out[2]).toEqual(out[0]);
  out[0][0] = 'written by a host';
  expect(out[2][0]).not.toBe('written by a host');
});
