/**
 * What the host fuzzers (host-fuzz.ts) generate: spreadsheet cells as seeds (numbers, the catalog's
 * own words, hostile text and numbers, booleans, blanks, dates, error cells), ranges of every shape,
 * and calls shaped like a user's, near each function's catalog example.
 */
import fc from 'fast-check';
import { FunctionSpec, InputCell } from '../core';
import { isLiteralExample } from '../core/examples';

/** The catalog's own words, so generated calls get past validation into the function bodies. */
const WORDS = [
  'AI Engineer',
  'LLMOps',
  'MLOps',
  'ml engineer',
  'Machine Learning',
  'AI API Integration',
  'Data Scientist',
  'Astronaut',
  'Entry',
  'Mid',
  'Senior',
  'junior',
  'Principal',
  'Strong Senior',
  'min',
  'mid',
  'max',
  'median',
  'p50',
  'asof',
  'US',
  'UK',
  'aitechconnect',
  'nexus',
  'low',
  'high',
  'LLM fine-tuning',
  'public',
  'private',
  'startup',
  'growth',
  'enterprise',
  '4y-1y-cliff-monthly',
  '3y',
  '4y-6m-cliff',
  '5/15/40/40',
  '50/50',
  'all',
  'simple',
  'compound',
  'around-mid',
  'over-min',
  '15%',
  '1,000',
  '$95.50',
  '-3',
  '0',
  '2026-01-31',
  '2026-02-30',
  '',
  ' ',
  '#N/A',
  '#VALUE!: upstream',
  '#DIV/0!',
  '#REF!',
];

/**
 * Hostile cells (issue 15; tests/hostile holds one test per class): every Object.prototype name,
 * numbers written the European way, a pre-1900 date and a time as text, a percentage typed as a
 * whole number, and text long enough to make a suggestion search slow.
 */
export const HOSTILE_TEXT: readonly string[] = [
  ...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype']),
  '€200.000',
  '160.000',
  '1.234,56',
  '200.000,00',
  '€ 95,50',
  '1e308',
  '9'.repeat(400),
  '0026-01-01',
  '1899-12-31',
  '12:30',
  '50',
  'Machine Learning Engineer '.repeat(2000),
  'x'.repeat(50_000),
];
/** Magnitudes at the edges of a double, a percentage as a whole number, and a time of day alone (Excel's 0.5). */
export const HOSTILE_NUMBERS: readonly number[] = [
  1e308,
  -1e308,
  Number.MAX_VALUE,
  5e-324,
  -5e-324,
  Number.MAX_SAFE_INTEGER,
  50,
  0.5,
];

/** One spreadsheet cell, before it is given the host's own form. */
export type Seed =
  | { t: 'num'; v: number }
  | { t: 'text'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'blank' }
  | { t: 'date'; v: number }
  | { t: 'error'; code: string };

export const seedCell: fc.Arbitrary<Seed> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .oneof(
        fc.integer({ min: -5, max: 10 }),
        fc.constantFrom(0.15, 0.5, 1.3, 2080, 60.3, 180000, 400000, 1e9, -1e-9, 1e308),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      )
      .map((v): Seed => ({ t: 'num', v })),
  },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS).map((v): Seed => ({ t: 'text', v })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((v): Seed => ({ t: 'text', v })) },
  { weight: 1, arbitrary: fc.boolean().map((v): Seed => ({ t: 'bool', v })) },
  { weight: 2, arbitrary: fc.constant<Seed>({ t: 'blank' }) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) })
      .map((v): Seed => ({ t: 'date', v })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('#N/A', '#VALUE!', '#DIV/0!', '#REF!', '#NUM!')
      .map((code): Seed => ({ t: 'error', code })),
  },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXT).map((v): Seed => ({ t: 'text', v })) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS).map((v): Seed => ({ t: 'num', v })) },
);

/** An argument: one cell, or a range of 1-4 rows and 1-4 columns (every shape, mixed cells). */
export type SeedArg = { range: false; cell: Seed } | { range: true; rows: Seed[][] };
const seedArg: fc.Arbitrary<SeedArg> = fc.oneof(
  { weight: 3, arbitrary: seedCell.map((cell): SeedArg => ({ range: false, cell })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
      .chain(([h, w]) =>
        fc
          .array(fc.array(seedCell, { minLength: w, maxLength: w }), { minLength: h, maxLength: h })
          .map((rows): SeedArg => ({ range: true, rows })),
      ),
  },
);

/** A cell a parameter would plausibly hold: its catalog example's value, nudged, or another word. */
function plausibleCell(example: InputCell): fc.Arbitrary<Seed> {
  if (typeof example === 'number') {
    return fc.oneof(
      fc.constant<Seed>({ t: 'num', v: example }),
      fc.double({ min: 0, max: 3, noNaN: true }).map((f): Seed => ({ t: 'num', v: example * f })),
      fc.integer({ min: -2, max: 40 }).map((v): Seed => ({ t: 'num', v })),
      fc.constant<Seed>({ t: 'text', v: example.toLocaleString('en-US') }),
      fc.constantFrom(...HOSTILE_NUMBERS).map((v): Seed => ({ t: 'num', v })),
      fc.constant<Seed>({ t: 'text', v: example.toLocaleString('de-DE') }),
    );
  }
  if (typeof example === 'string') {
    return fc.oneof(
      { weight: 3, arbitrary: fc.constant<Seed>({ t: 'text', v: example }) },
      { weight: 2, arbitrary: fc.constantFrom(...WORDS).map((v): Seed => ({ t: 'text', v })) },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXT).map((v): Seed => ({ t: 'text', v })) },
    );
  }
  // No literal in the example (an optional left out, or an array literal): small numbers, words or blank.
  return fc.oneof(
    fc.constant<Seed>({ t: 'blank' }),
    fc.double({ min: 0, max: 2, noNaN: true }).map((v): Seed => ({ t: 'num', v })),
    fc.constantFrom(...WORDS).map((v): Seed => ({ t: 'text', v })),
    fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((v): Seed => ({ t: 'date', v })),
  );
}

/**
 * Calls shaped like a spreadsheet user's: each argument near its example value, as one cell, as a
 * column of the call's shared height (so lifted columns line up), as a row (a list), or anything.
 */
function plausibleArgs(spec: FunctionSpec): fc.Arbitrary<SeedArg[]> {
  const example = spec.example.map((arg) => (isLiteralExample(arg) ? arg : undefined));
  const required = spec.params.filter((p) => !p.optional).length;
  return fc.tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: required, max: spec.params.length })).chain(
    ([height, count]) =>
      fc.tuple(
        ...spec.params.slice(0, count).map((param, i) => {
          const cell = plausibleCell(example[i]);
          const list = param.kind === 'list';
          return fc.oneof(
            { weight: 4, arbitrary: cell.map((c): SeedArg => ({ range: false, cell: c })) },
            {
              weight: 2,
              arbitrary: fc
                .array(cell, { minLength: height, maxLength: height })
                .map((col): SeedArg => ({ range: true, rows: col.map((c) => [c]) })),
            },
            {
              weight: list ? 2 : 0,
              arbitrary: fc
                .array(cell, { minLength: 1, maxLength: 4 })
                .map((row): SeedArg => ({ range: true, rows: [row] })),
            },
            { weight: 1, arbitrary: seedArg },
          );
        }),
      ) as fc.Arbitrary<SeedArg[]>,
  );
}

export function argsFor(spec: FunctionSpec): fc.Arbitrary<SeedArg[]> {
  if (spec.params.length === 0) return fc.array(seedArg, { minLength: 0, maxLength: 1 });
  return fc.oneof(
    { weight: 3, arbitrary: plausibleArgs(spec) },
    { weight: 2, arbitrary: fc.array(seedArg, { minLength: 0, maxLength: spec.params.length + 1 }) },
  );
}
