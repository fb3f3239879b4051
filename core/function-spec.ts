/**
 * The shape of one catalog function: its metadata (read by both hosts' generators, the README
 * generator and tests) beside its implementation. Like a HyperFormula plugin's
 * `implementedFunctions`, the parameter list says how each argument is read, its default and
 * bounds; `lift` (core/lift.ts) does the reading and applies the defaults, so `run` only sees
 * clean values, typed from the parameter list by `defineFunction`.
 */
import { InputCell, OutputCell } from './cells';
import { NumberRule, Parsed } from './coerce';
import { SheetError } from './errors';

/**
 * How an argument meets ranges:
 * - `lifted`: one cell per call; a range gives one result per cell (scalars broadcast).
 * - `list`: several values per call (payout history, exit scenarios, values to blend); how a range
 *   becomes lists is `listColumn`'s rule, stated in the parameter's help (see `listRule`).
 * - `tableOrLifted`: a band table (a range whose first row is a header) taken whole, or else lifted.
 * - `range`: a population column taken whole, cell by cell as the host gave it, blanks and errors
 *   in place (AI.HEALTH counts them rather than skipping them); read by `parseTable`.
 */
export type ParamKind = 'lifted' | 'list' | 'tableOrLifted' | 'range';

/**
 * What a single column means for a list parameter when other arguments are ranges. Decided by the
 * parameter, never by whether the column's height happens to equal the other ranges' height:
 * - `shared` (scenario tables, figures to blend): a row or a column is one list for every row;
 * - `perRow` (a tracker's payout history): beside ranges, a column is one list per row (one value
 *   each) and must be as tall as they are; with no ranges beside it, it is one list.
 * In both, a block of several rows and columns is one list per row.
 */
export type ListColumn = 'shared' | 'perRow';

/** The element a parameter's parser yields for one cell: a list's element, or the value itself. */
export type ElementOf<V> = V extends readonly (infer E)[] ? E : Exclude<V, undefined>;

/**
 * One parameter. `V` is what `run` receives: `number` for a required number or one with a
 * default, `number | undefined` for an optional one without, `number[]` for a list. `E` is what
 * the parser yields for one cell (a list's element).
 */
export interface ParamSpec<V = unknown, E = ElementOf<V>> {
  readonly name: string;
  readonly description: string;
  readonly optional?: boolean;
  /** the message for a blank where a value is needed (else "<name> is required: expected <description>") */
  readonly needed?: string;
  readonly kind?: ParamKind;
  /** what one cell holds, for host metadata: Excel's parameter type, Sheets' JSDoc type */
  readonly cellType: 'number' | 'string' | 'any';
  /** reads one (non-blank) cell; for `list` params, one element of the list */
  readonly parse: (cell: InputCell) => Parsed<E>;
  /** for `list` params: a text cell holding several elements (core/cell-reader.ts list grammar) */
  readonly parseText?: (text: string) => Parsed<E[]>;
  /** for `tableOrLifted` and `range`: reads a whole range (one cell comes as a 1x1 range) */
  readonly parseTable?: (grid: InputCell[][]) => Parsed<E>;
  /** the value `run` receives for a blank or omitted argument (printed in help from this value) */
  readonly default?: E;
  /** the default as help prints it ("2,080", "\"compound\"") */
  readonly defaultShown?: string;
  /** why the default is what it is, printed after it ("40 hours x 52 weeks") */
  readonly defaultNote?: string;
  /** a number's bounds, applied by its parser and printed in help from the same value */
  readonly bounds?: NumberRule;
  /**
   * A name that can never be 0 (role, level name, company type, schedule, skill): a 0 is a blank
   * cell as older Excel builds send it. `always`: 0 is blank. `inBlankRow`: 0 is also a valid
   * value (0 years of experience), so it counts as blank only where the rest of its row is blank.
   * `never`: a 0 is always a figure, even in a row of 0s (an exit value of 0 is a real scenario).
   */
  readonly zeroIsBlank?: 'always' | 'inBlankRow' | 'never';
  /** for `list`: what a single column means beside ranges (see ListColumn) */
  readonly listColumn?: ListColumn;
  /** never set: carries `V` so `defineFunction` can type `run` from the parameter list */
  readonly valueType?: V;
}

/** The arguments `run` receives, one per parameter, typed from the parameter list. */
export type ArgsOf<P extends readonly ParamSpec[]> = {
  -readonly [K in keyof P]: P[K] extends ParamSpec<infer V, unknown> ? V : never;
};

/**
 * What `run` gives back for one call: a cell, a row of cells (e.g. min, mid, max), a column, or a
 * table. Only `cell` and `row` results lift over ranges (one cell or one row per input row).
 */
export type ResultShape = 'cell' | 'row' | 'column' | 'table';
export type RunResult = OutputCell | OutputCell[] | OutputCell[][] | SheetError;

/**
 * One argument of a catalog example, as structure rather than formula text, so the Excel and Sheets
 * spellings, the HyperFormula size probe and the tests all read the same value (core/examples.ts).
 */
export type ExampleArg =
  | number
  | string
  | boolean
  | null
  /** an array literal: rows of cells, `{0.8,1}` is [[0.8, 1]] */
  | readonly (readonly (number | string | boolean)[])[]
  | { readonly date: readonly [number, number, number] }
  | { readonly call: string; readonly args: readonly ExampleArg[] }
  /** a cell reference in the formula, with the values a test or size probe uses for it */
  | { readonly ref: string; readonly sample: readonly (readonly (number | string)[])[] };

interface SpecFields<P extends readonly ParamSpec[]> {
  /** the name after the namespace: `BAND` is `AI.BAND` in Excel and `AIBAND` in Sheets */
  readonly name: string;
  readonly summary: string;
  readonly params: P;
  readonly result: ResultShape;
  /** for `row` results: what each column is, e.g. ['min', 'mid', 'max'] (its width) */
  readonly columns?: readonly string[];
  /** the example's arguments: `['LLMOps', 'Senior']` is `=AI.BAND("LLMOps","Senior")` */
  readonly example: readonly ExampleArg[];
}

/** A catalog function whose body is typed from its parameter list. */
export interface TypedFunctionSpec<
  P extends readonly ParamSpec[],
  R extends RunResult = RunResult,
> extends SpecFields<P> {
  readonly run: (...args: ArgsOf<P>) => R;
}

/**
 * Any catalog function, as the registry and the hosts hold it. `run` takes `never` here: only the
 * runner (core/lift.ts) calls it, with the values the parameter list's parsers produced.
 */
export interface FunctionSpec extends SpecFields<readonly ParamSpec[]> {
  readonly run: (...args: never) => RunResult;
}

/** Declares a catalog function; `run`'s arguments are typed from `params` (a tuple, inferred). */
export function defineFunction<const P extends readonly ParamSpec[], R extends RunResult>(
  spec: TypedFunctionSpec<P, R>,
): TypedFunctionSpec<P, R> {
  return spec;
}

/** A parameter whose value type is read off its parser (for one-off parameters inside a spec). */
export function param<T>(
  spec: Omit<ParamSpec<T, T>, 'optional' | 'valueType'> & { readonly optional?: false },
): ParamSpec<T, T>;
export function param<T>(
  spec: Omit<ParamSpec<T, T>, 'optional' | 'valueType'> & { readonly optional: true },
): ParamSpec<T | undefined, T>;
export function param<T>(spec: Omit<ParamSpec<T, T>, 'valueType'>): ParamSpec<T | undefined, T> {
  return spec;
}

/** The same parameter with a default: blank or omitted gives `value`, and help prints it. */
export function withDefault<V, E>(
  base: ParamSpec<V | undefined, E>,
  value: NoInfer<E>,
  options: { note?: string; shown?: string } = {},
): ParamSpec<V, E> {
  const { valueType: _untyped, ...rest } = base;
  const shown = options.shown ?? (typeof value === 'number' ? shownNumber(value) : JSON.stringify(value));
  return { ...rest, optional: true, default: value, defaultShown: shown, defaultNote: options.note };
}

/**
 * `value.toLocaleString('en-US')` without the locale machinery for the plain numbers defaults are
 * (at most 3 decimals, no exponent): the first toLocaleString call sets up ICU's number formatting,
 * about 10 ms, more than half of Code.js's cold load, which Sheets pays per custom-function call.
 */
function shownNumber(value: number): string {
  const plain = Math.abs(value) < 1e15 && !Object.is(value, -0) && Number(value.toFixed(3)) === value;
  if (!plain) return value.toLocaleString('en-US');
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export { NAMESPACE, excelName, sheetsName } from './sheet-rules';
