/**
 * The figure schema (data/figure.ts, zod/mini) refuses what a record must not be: the data test
 * only shows that every record passes, which a schema accepting anything would also do.
 */
import { figureSchema } from '../../data/figure';
import { FIGURES } from '../../data/figures';

const reported = FIGURES.find((f) => f.basis === 'reported')!;
const derived = FIGURES.find((f) => f.basis === 'derived')!;

const issuesOf = (record: unknown) => {
  const result = figureSchema.safeParse(record);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ code: issue.code, path: issue.path.join('.'), message: issue.message }));
};

test('a reported and a derived record pass', () => {
  expect(issuesOf(reported)).toEqual([]);
  expect(issuesOf(derived)).toEqual([]);
});

test('a derived figure needs its derivation, and only a derived figure has one', () => {
  const message = 'a derived figure needs its derivation, and only a derived figure has one';
  const { derivation: _dropped, ...noDerivation } = derived;
  expect(issuesOf(noDerivation)).toEqual([{ code: 'custom', path: '', message }]);
  expect(issuesOf({ ...reported, derivation: 'a + b' })).toEqual([{ code: 'custom', path: '', message }]);
});

test.each([
  ['an unknown field', { ...reported, extra: 1 }, 'unrecognized_keys', ''],
  ['an id with capitals or spaces', { ...reported, id: 'Not An Id' }, 'invalid_format', 'id'],
  ['a value that is not finite', { ...reported, value: Infinity }, 'invalid_type', 'value'],
  ['a value that is NaN', { ...reported, value: NaN }, 'invalid_type', 'value'],
  ['a unit outside the list', { ...reported, unit: 'EUR/year' }, 'invalid_value', 'unit'],
  ['a source shorter than 3 characters', { ...reported, source: 'X' }, 'too_small', 'source'],
  ['a missing article', { ...reported, article: undefined }, 'invalid_value', 'article'],
  ['a role that is neither text nor null', { ...reported, role: 3 }, 'invalid_type', 'role'],
])('refuses %s', (_what, record, code, path) => {
  const issues = issuesOf(record);
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ code, path });
});
