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
import { CATALOG, FunctionSpec, sheetsName } from '../core';
import { Addon, loadAddon } from './sheets/addon';
import { loadFunctionsScript, ShimError, ERROR_CODE } from './excel/built';
import { argsFor, Seed, SeedArg } from './fuzz-seeds';
import { BUILT_IN_ERRORS, describe, ERROR_TEXT, excelResultProblem, sheetsResultProblem } from './host-results';

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

/** A seed as one host hands it to a custom function: numbers, text and booleans as they are. */
function hostCell(
  seed: Seed,
  host: { blank: unknown; date: (time: number) => unknown; error: (code: string) => unknown },
): unknown {
  switch (seed.t) {
    case 'num':
    case 'text':
    case 'bool':
      return seed.v;
    case 'blank':
      return host.blank;
    case 'date':
      return host.date(seed.v);
    case 'error':
      return host.error(seed.code);
  }
}

export class SheetsFuzzer {
  private readonly addon: Addon = loadAddon();
  private readonly makeDate = this.addon.evaluate<(t: number) => Date>('(t) => new Date(t)');

  private cell(seed: Seed): unknown {
    // Sheets hands a blank as '' and an error cell's value over as its text.
    return hostCell(seed, { blank: '', date: this.makeDate, error: (code) => code });
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
    return hostCell(seed, {
      blank: null,
      // Excel hands dates as serial numbers (a date is a formatted number there).
      date: (time) => 25569 + time / 86_400_000,
      error: (code) =>
        new ShimError(
          code === '#NUM!' ? ERROR_CODE.invalidNumber : code === '#N/A' ? ERROR_CODE.notAvailable : code,
          undefined,
        ),
    });
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
