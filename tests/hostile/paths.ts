/**
 * The three paths a hostile input can take to a catalog function, so every class of the hostile
 * suite runs the same call through all of them and compares what comes back:
 * - `core`: callByName, with the values a host hands the core;
 * - `sheets`: the built dist/sheets-addon/Code.js global (blank is '', a date a Date of the vm's
 *   realm, an error cell its text, omitted trailing optionals left out);
 * - `excel`: the built dist/excel-addin/functions.js entry point, called as Excel decides to call it
 *   (every argument a 2-D array, omitted optionals null, blank null, a date a serial number, an error
 *   cell in one of the forms Excel's runtime passes: see tests/excel/built.ts).
 * Every result is brought to one form (a grid of values and errors) so a test can compare paths and
 * check the contract (DESIGN.md §4): nothing thrown but an Error with a message in Sheets, no NaN or
 * Infinity, every error with a message.
 */
import {
  callByName,
  exampleValues,
  FunctionSpec,
  getFunction,
  isSheetError,
  sheetError,
  sheetsName,
  errorKindOfCode,
} from '../../core';
import { Addon, loadAddon } from '../../testkit/sheets/addon';
import {
  callAsExcel,
  cellValueErrorCell,
  LoadedFunctions,
  loadFunctionsScript,
  loadMetadata,
  FunctionsMetadata,
  RuntimeErrorCell,
  ShimError,
} from '../../testkit/excel/built';
import { excelResultProblem, sheetsResultProblem } from '../../testkit/host-results';

export type PathName = 'core' | 'sheets' | 'excel';
export const PATHS: readonly PathName[] = ['core', 'sheets', 'excel'];

/** How Excel hands an error cell over (the runtime's Error object, or its cell-value JSON). */
export type ExcelErrorForm = 'runtime' | 'cellValue' | 'shim';

/** A cell as a test writes it, before a path gives it the host's form. */
export type Cell = number | string | boolean | null | { date: string } | { error: string };
export type Arg = Cell | Cell[][] | undefined;

/** One result cell, the same for every path. */
export type Out = { v: number | string | boolean } | { err: string; msg: string };
export interface Result {
  /** the grid (a scalar is [[x]]), or undefined for a whole-formula failure thrown (Sheets only) */
  grid?: Out[][];
  /** what breaks the contract, if anything */
  problem?: string;
  /** Sheets: the message of a whole-formula failure (shown as #ERROR!) */
  thrown?: string;
}

const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const isErrorCell = (c: unknown): c is { error: string } => typeof c === 'object' && c !== null && 'error' in c;
const isDateCell = (c: unknown): c is { date: string } => typeof c === 'object' && c !== null && 'date' in c;
const BUILT_IN = ['TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError'];

function coreCell(cell: Cell): unknown {
  if (isDateCell(cell)) return (Date.parse(`${cell.date}T00:00:00Z`) - SERIAL_EPOCH_MS) / 86_400_000;
  if (isErrorCell(cell)) return sheetError(errorKindOfCode(cell.error), `the input cell holds the error ${cell.error}`);
  return cell;
}

function outOfCore(value: unknown): Out {
  if (isSheetError(value))
    return { err: value.kind === 'NA' ? '#N/A' : value.kind === 'NUM' ? '#NUM!' : '#VALUE!', msg: value.message };
  return { v: value as number | string | boolean };
}

function coreProblem(value: unknown): string | undefined {
  const cells = Array.isArray(value) ? (value as unknown[][]).flat() : [value];
  for (const c of cells) {
    if (isSheetError(c)) {
      if (typeof c.message !== 'string' || c.message.trim() === '')
        return `error without a message: ${JSON.stringify(c)}`;
    } else if (!(typeof c === 'string' || typeof c === 'boolean' || (typeof c === 'number' && Number.isFinite(c)))) {
      return `not a cell value: ${String(c)}`;
    }
  }
  if (
    Array.isArray(value) &&
    (value.length === 0 ||
      (value as unknown[][]).some(
        (r) => !Array.isArray(r) || r.length !== (value as unknown[][])[0].length || r.length === 0,
      ))
  )
    return 'empty or ragged grid';
  return undefined;
}

const SHEETS_ERROR = /^(#N\/A|#VALUE!|#NUM!|#DIV\/0!|#REF!|#NULL!|#NAME\?): ?(.*)$/s;

export class Paths {
  readonly addon: Addon = loadAddon();
  readonly excel: LoadedFunctions = loadFunctionsScript();
  readonly metadata: FunctionsMetadata = loadMetadata();
  excelErrorForm: ExcelErrorForm = 'runtime';
  private readonly makeDate = this.addon.evaluate<(iso: string) => Date>('(iso) => new Date(iso + "T00:00:00Z")');

  call(path: PathName, name: string, args: readonly Arg[]): Result {
    const spec = getFunction(name);
    if (!spec) throw new Error(`no catalog function ${name}`);
    if (path === 'core') return this.viaCore(spec, args);
    return path === 'sheets' ? this.viaSheets(spec, args) : this.viaExcel(spec, args);
  }

  private viaCore(spec: FunctionSpec, args: readonly Arg[]): Result {
    const hostArgs = args.map((a) =>
      a === undefined ? undefined : Array.isArray(a) ? a.map((r) => r.map(coreCell)) : coreCell(a),
    );
    let value: unknown;
    try {
      value = callByName(spec.name, hostArgs);
    } catch (error) {
      return { problem: `core threw ${(error as Error)?.constructor?.name}: ${(error as Error)?.message}` };
    }
    const problem = coreProblem(value);
    if (problem) return { problem };
    return { grid: Array.isArray(value) ? (value as unknown[][]).map((r) => r.map(outOfCore)) : [[outOfCore(value)]] };
  }

  private sheetsCell(cell: Cell): unknown {
    if (cell === null) return '';
    if (isDateCell(cell)) return this.makeDate(cell.date);
    if (isErrorCell(cell)) return cell.error;
    return cell;
  }

  private viaSheets(spec: FunctionSpec, args: readonly Arg[]): Result {
    const given = [...args];
    while (given.length > 0 && given[given.length - 1] === undefined) given.pop();
    const hostArgs = given.map((a) =>
      a === undefined ? '' : Array.isArray(a) ? a.map((r) => r.map((c) => this.sheetsCell(c))) : this.sheetsCell(a),
    );
    let value: unknown;
    try {
      value = this.addon.global[sheetsName(spec)](...hostArgs);
    } catch (error) {
      const e = error as { constructor?: { name?: string }; message?: unknown };
      if (typeof e?.message !== 'string' || e.message.trim() === '')
        return { problem: 'Sheets threw without a message' };
      if (BUILT_IN.includes(e.constructor?.name ?? ''))
        return { problem: `Sheets threw ${e.constructor?.name}: ${e.message}` };
      return { thrown: e.message };
    }
    const problem = sheetsResultProblem(value);
    if (problem) return { problem };
    const out = (c: unknown): Out => {
      const m = typeof c === 'string' ? SHEETS_ERROR.exec(c) : null;
      return m ? { err: m[1], msg: m[2] } : { v: c as number | string | boolean };
    };
    return { grid: Array.isArray(value) ? (value as unknown[][]).map((r) => r.map(out)) : [[out(value)]] };
  }

  private excelCell(cell: Cell): unknown {
    if (cell === null) return null;
    if (isDateCell(cell)) return (Date.parse(`${cell.date}T00:00:00Z`) - SERIAL_EPOCH_MS) / 86_400_000;
    if (isErrorCell(cell)) {
      if (this.excelErrorForm === 'cellValue') return cellValueErrorCell(cell.error);
      return this.excelErrorForm === 'shim' ? new ShimError(cell.error) : new RuntimeErrorCell(cell.error);
    }
    return cell;
  }

  private viaExcel(spec: FunctionSpec, args: readonly Arg[]): Result {
    const hostArgs = spec.params.map((_, i) => {
      const a = args[i];
      if (a === undefined) return null;
      return Array.isArray(a) ? a.map((r) => r.map((c) => this.excelCell(c))) : [[this.excelCell(a)]];
    });
    let value: unknown[][];
    try {
      value = callAsExcel(this.excel, this.metadata, spec.name, hostArgs);
    } catch (error) {
      return { problem: `Excel threw ${(error as Error)?.constructor?.name}: ${(error as Error)?.message}` };
    }
    const problem = excelResultProblem(value);
    if (problem) return { problem };
    return {
      grid: value.map((r) =>
        r.map((c): Out =>
          c instanceof ShimError ? { err: c.code, msg: c.message ?? '' } : { v: c as number | string | boolean },
        ),
      ),
    };
  }
}

/** A finite value or an error with a message, in every cell; a Sheets whole-formula failure counts as an error. */
export const isError = (o: Out): o is { err: string; msg: string } => 'err' in o;
/** Whether the whole result is one error (a Sheets throw, or a single error cell). */
export function wholeError(r: Result): string | undefined {
  if (r.thrown !== undefined) return r.thrown;
  if (r.grid && r.grid.length === 1 && r.grid[0].length === 1 && isError(r.grid[0][0])) return r.grid[0][0].msg;
  return undefined;
}
/** The single value of a one-cell result, or undefined. */
export function single(r: Result): Out | undefined {
  if (r.thrown !== undefined) return { err: '#ERROR!', msg: r.thrown };
  return r.grid && r.grid.length === 1 && r.grid[0].length === 1 ? r.grid[0][0] : undefined;
}

/** A spec's example as test cells, one per parameter (undefined past the example: left out). */
export function exampleArgs(spec: FunctionSpec): Arg[] {
  const pad = (n: number) => String(n).padStart(2, '0');
  const values = exampleValues(spec, { makeDate: (y, m, d) => ({ date: `${y}-${pad(m)}-${pad(d)}` }) }) as Arg[];
  return spec.params.map((_, i) => values[i]);
}

/** Parameters a single cell of which the host passes as it is (not a list or a table). */
export const isLifted = (spec: FunctionSpec, i: number): boolean => (spec.params[i].kind ?? 'lifted') === 'lifted';
