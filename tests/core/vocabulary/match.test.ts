/**
 * core/vocabulary/match.ts: the edit distance behind every "closest:" suggestion (bit-parallel for
 * names up to 31 characters, row by row beyond), and suggestions from a long user table, which
 * come from a bounded part of its index (issue 18: 100,000 unknown titles against 10,000 roles).
 */
import fc from 'fast-check';
import { callByName, isSheetError, SheetError } from '../../../core';
import { editDistance } from '../../../core/vocabulary/edit-distance';

/** Levenshtein distance, the textbook table. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

const name = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '😀', ' ', '1'), maxLength: 45 });

test('the edit distance is the textbook one, short names and long, ASCII or not', () => {
  fc.assert(
    fc.property(name, name, (a, b) => {
      expect(editDistance(a, b, Infinity)).toBe(reference(a, b));
    }),
    { numRuns: 2000 },
  );
});

test('with a limit, a distance within it is exact and one past it is only said to be past it', () => {
  fc.assert(
    fc.property(name, name, fc.integer({ min: 0, max: 10 }), (a, b, limit) => {
      const d = reference(a, b);
      const got = editDistance(a, b, limit);
      if (d <= limit) expect(got).toBe(d);
      else expect(got).toBeGreaterThan(limit);
    }),
    { numRuns: 2000 },
  );
});

test('a typo of a title in a 10,000-role table is suggested first', () => {
  const table: unknown[][] = [['Role', 'Level', 'Mid']];
  const words = ['Data', 'Platform', 'Research', 'Applied', 'Product', 'Security', 'Infra', 'Growth'];
  for (let r = 0; r < 10_000; r++)
    table.push([`${words[r % 8]} ${words[(r >> 3) % 8]} Engineer ${r}`, 'Senior', 150000]);
  table.push(['Staff Machine Learning Engineer', 'Senior', 250000]);
  const message = (role: string) =>
    (callByName('BAND', [role, 'Senior', 'mid', null, table]) as SheetError).message.split('closest: ')[1];
  expect(isSheetError(callByName('BAND', ['Staf Machine Lerning Engineer', 'Senior', 'mid', null, table]))).toBe(true);
  expect(message('Staf Machine Lerning Engineer').split(', ')[0]).toBe('Staff Machine Learning Engineer');
  expect(message('Reserch Research Enginer 4242').split(', ')[0]).toBe('Research Research Engineer 4242');
  expect(message('Security Infra Engineer 5').split(', ')).toContain('Security Infra Engineer 53');
});

test('a short name against 10,000 names that all share its start is still found ("Rol 12" is Role 12)', () => {
  const table: unknown[][] = [['Role', 'Level', 'Mid']];
  for (let r = 0; r < 10_000; r++) table.push([`Role ${r}`, 'Senior', 150000]);
  const message = (callByName('BAND', ['Rol 12', 'Senior', 'mid', null, table]) as SheetError).message;
  expect(message.split('closest: ')[1].split(', ')[0]).toBe('Role 12');
});
