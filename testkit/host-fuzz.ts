/**
 * Fuzzing every catalog function through the built hosts with what a spreadsheet can hand a custom
 * function: numbers, text (including the catalog's own words, numeric text and error text),
 * booleans, blanks, dates, error cells and ranges of mixed shapes. The contract (DESIGN.md §4):
 * nothing escapes as an uncaught throw, no NaN or Infinity reaches a cell, and every failure is a
 * spreadsheet error with a message.
 *
 * - Sheets (dist/sheets-addon/Code.js, loaded as the Sheets tests load it): a result is a finite
 *   number, text or boolean, or a non-empty rectangular grid of them; an error inside a grid is the
 *   text `#CODE: message`; a whole-formula failure is a thrown Error with a message (Sheets shows
 *   #ERROR!), never a TypeError, RangeError or the like.
 * - Excel (dist/excel-addin/functions.js with a CustomFunctions shim): never throws; always a
 *   non-empty rectangular 2-D array of finite numbers, text, booleans or CustomFunctions.Error with a
 *   known code and a message. Excel hands every argument as a 2-D array and omitted optionals as null.
 */
import fc from 'fast-check';
import { CATALOG, FunctionSpec, InputCell, sheetsName } from '../core';
import { isLiteralExample } from '../core/examples';
import { Addon, loadAddon } from './sheets/addon';
import { loadFunctionsScript, ShimError, ERROR_CODE } from './excel/built';

export type Host = 'sheets' | 'excel';

export interface FuzzCounts {
  cases: number;
  /** calls that returned a value with no error in it */
  clean: number;
  /** calls that returned a grid holding at least one error cell */
  errorCells: number;
  /** whole-formula failures: Sheets throws with a message, Excel a single error cell */
  wholeErrors: number;
}

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
type SeedArg = { range: false; cell: Seed } | { range: true; rows: Seed[][] };
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

const EXCEL_CODES = new Set<string>(Object.values(ERROR_CODE));
const isScalar = (v: unknown): boolean =>
  (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string' || typeof v === 'boolean';
const BUILT_IN_ERRORS = [
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'EvalError',
  'URIError',
  'InternalError',
];

function describe(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)).slice(
      0,
      300,
    );
  } catch {
    return String(value);
  }
}

/** Checks a grid's shape and cells; returns what is wrong, or undefined. */
function checkGrid(grid: unknown, cellProblem: (cell: unknown) => string | undefined): string | undefined {
  if (!Array.isArray(grid) || grid.length === 0) return `not a non-empty 2-D array: ${describe(grid)}`;
  const width = Array.isArray(grid[0]) ? grid[0].length : -1;
  if (width <= 0) return `first row is not a non-empty array: ${describe(grid[0])}`;
  for (const row of grid) {
    if (!Array.isArray(row) || row.length !== width) return `ragged grid: ${describe(grid)}`;
    for (const cell of row) {
      const problem = cellProblem(cell);
      if (problem) return problem;
    }
  }
  return undefined;
}

const ERROR_TEXT = /^#(N\/A|VALUE!|NUM!): \S/;
const LOOKS_LIKE_ERROR = /^#[A-Z/]+[!?]?(:|$)/;

/** What is wrong with a value a Sheets custom function returned, or undefined. */
export function sheetsResultProblem(value: unknown): string | undefined {
  const cellProblem = (cell: unknown): string | undefined => {
    if (!isScalar(cell)) return `not a Sheets value: ${describe(cell)}`;
    if (typeof cell === 'string' && LOOKS_LIKE_ERROR.test(cell) && !ERROR_TEXT.test(cell))
      return `error text without a message: ${cell}`;
    return undefined;
  };
  return Array.isArray(value) ? checkGrid(value, cellProblem) : cellProblem(value);
}

/** What is wrong with a value an Excel custom function returned, or undefined. */
export function excelResultProblem(value: unknown): string | undefined {
  return checkGrid(value, (cell) => {
    if (cell instanceof ShimError) {
      if (!EXCEL_CODES.has(cell.code)) return `unknown error code ${cell.code}`;
      // Excel shows a message on #N/A and #VALUE! only; an input error cell passed back out as
      // itself (#DIV/0!, #NUM!, #NULL!) carries none, and the core's own #NUM! is sent as #VALUE!.
      const messageless =
        cell.code === ERROR_CODE.divisionByZero ||
        cell.code === ERROR_CODE.invalidNumber ||
        cell.code === ERROR_CODE.nullReference;
      if (!messageless && (typeof cell.message !== 'string' || cell.message.trim().length === 0))
        return `error ${cell.code} without a message`;
      return undefined;
    }
    return isScalar(cell) ? undefined : `not an Excel value: ${describe(cell)}`;
  });
}

export class SheetsFuzzer {
  private readonly addon: Addon = loadAddon();
  private readonly makeDate = this.addon.evaluate<(t: number) => Date>('(t) => new Date(t)');

  private cell(seed: Seed): unknown {
    switch (seed.t) {
      case 'num':
        return seed.v;
      case 'text':
        return seed.v;
      case 'bool':
        return seed.v;
      case 'blank':
        return '';
      case 'date':
        return this.makeDate(seed.v);
      // Sheets hands an error cell's value over as its text.
      case 'error':
        return seed.code;
    }
  }

  /** Returns what is wrong with one call, or undefined; counts the outcome. */
  call(spec: FunctionSpec, seeds: SeedArg[], counts: FuzzCounts): string | undefined {
    const args = seeds.map((a) => (a.range ? a.rows.map((row) => row.map((c) => this.cell(c))) : this.cell(a.cell)));
    counts.cases++;
    let value: unknown;
    try {
      value = this.addon.global[sheetsName(spec)](...args);
    } catch (error) {
      const e = error as { constructor?: { name?: string }; message?: unknown };
      if (!e || typeof e.message !== 'string' || e.message.trim().length === 0)
        return `threw without a message: ${describe(error)}`;
      if (BUILT_IN_ERRORS.includes(e.constructor?.name ?? '')) return `uncaught ${e.constructor!.name}: ${e.message}`;
      counts.wholeErrors++;
      return undefined;
    }
    const problem = sheetsResultProblem(value);
    if (problem) return problem;
    if (!Array.isArray(value)) {
      counts.clean++;
      return undefined;
    }
    const errors = value.some((row: unknown[]) =>
      row.some((cell) => typeof cell === 'string' && ERROR_TEXT.test(cell)),
    );
    if (errors) counts.errorCells++;
    else counts.clean++;
    return undefined;
  }
}

export class ExcelFuzzer {
  private readonly fns = loadFunctionsScript().associated;

  private cell(seed: Seed): unknown {
    switch (seed.t) {
      case 'num':
        return seed.v;
      case 'text':
        return seed.v;
      case 'bool':
        return seed.v;
      case 'blank':
        return null;
      // Excel hands dates as serial numbers (a date is a formatted number there).
      case 'date':
        return 25569 + seed.v / 86_400_000;
      case 'error':
        return new ShimError(
          seed.code === '#NUM!' ? ERROR_CODE.invalidNumber : seed.code === '#N/A' ? ERROR_CODE.notAvailable : seed.code,
          undefined,
        );
    }
  }

  call(spec: FunctionSpec, seeds: SeedArg[], counts: FuzzCounts): string | undefined {
    // Excel checks arity itself: a call reaches the function with every parameter, each a 2-D
    // array (a single cell as [[value]]), and omitted optionals as null.
    const args: unknown[] = spec.params.map((_, i) => {
      const a = seeds[i];
      if (!a) return null;
      return a.range ? a.rows.map((row) => row.map((c) => this.cell(c))) : [[this.cell(a.cell)]];
    });
    counts.cases++;
    let value: unknown;
    try {
      value = this.fns.get(spec.name)!(...args);
    } catch (error) {
      return `threw: ${describe((error as Error)?.message ?? error)}`;
    }
    const problem = excelResultProblem(value);
    if (problem) return problem;
    const grid = value as unknown[][];
    const errors = grid.reduce((n, row) => n + row.filter((cell) => cell instanceof ShimError).length, 0);
    if (errors && grid.length === 1 && grid[0].length === 1) counts.wholeErrors++;
    else if (errors) counts.errorCells++;
    else counts.clean++;
    return undefined;
  }
}

export const emptyCounts = (): FuzzCounts => ({ cases: 0, clean: 0, errorCells: 0, wholeErrors: 0 });

/** Runs `numRuns` generated calls of one function through one host; throws (fast-check's report) on the first violation. */
export function fuzz(
  fuzzer: SheetsFuzzer | ExcelFuzzer,
  spec: FunctionSpec,
  numRuns: number,
  seed: number,
): FuzzCounts {
  const counts = emptyCounts();
  fc.assert(
    fc.property(argsFor(spec), (args) => {
      const problem = fuzzer.call(spec, args, counts);
      if (problem) throw new Error(`${spec.name}: ${problem}`);
    }),
    { numRuns, seed },
  );
  return counts;
}

export { CATALOG };
