/**
 * The shape of one catalog function: its metadata (read by both hosts' generators and tests) beside
 * its implementation. Like a HyperFormula plugin's `implementedFunctions`, the parameter list says
 * how each argument is read; `lift` (core/lift.ts) does the reading, so `run` only sees clean values.
 */
import { InputCell, OutputCell } from './cells';
import { Parsed } from './coerce';
import { SheetError } from './errors';

/**
 * How an argument meets ranges:
 * - `lifted`: one cell per call; a range gives one result per cell (scalars broadcast).
 * - `list`: several values per call (payout history, exit scenarios, values to blend). A single row
 *   or column is one list; a block of several rows and columns (or a column beside lifted columns)
 *   gives one list per row, so a tracker row can carry its own history.
 * - `tableOrLifted`: a band table (a range whose first row is a header) taken whole, or else lifted.
 */
export type ParamKind = 'lifted' | 'list' | 'tableOrLifted';

export interface ParamSpec {
  readonly name: string;
  readonly description: string;
  readonly optional?: boolean;
  /** a required place (later parameters are required) whose blank cell means "use the default": run gets undefined */
  readonly blankIsDefault?: boolean;
  readonly kind?: ParamKind;
  /** what one cell holds, for host metadata: Excel's parameter type, Sheets' JSDoc type */
  readonly cellType: 'number' | 'string' | 'any';
  /** reads one (non-blank) cell; for `list` params, one element of the list */
  readonly parse: (cell: InputCell) => Parsed<unknown>;
  /** for `tableOrLifted`: reads a whole table */
  readonly parseTable?: (grid: InputCell[][]) => Parsed<unknown>;
}

/**
 * What `run` gives back for one call: a cell, a row of cells (e.g. min, mid, max), a column, or a
 * table. Only `cell` and `row` results lift over ranges (one cell or one row per input row).
 */
export type ResultShape = 'cell' | 'row' | 'column' | 'table';
export type RunResult = OutputCell | OutputCell[] | OutputCell[][] | SheetError;

export interface FunctionSpec {
  /** the name after the namespace: `BAND` is `AI.BAND` in Excel and `AIBAND` in Sheets */
  readonly name: string;
  readonly summary: string;
  readonly params: readonly ParamSpec[];
  readonly result: ResultShape;
  /** for `row` results: what each column is, e.g. ['min', 'mid', 'max'] (its width) */
  readonly columns?: readonly string[];
  /** a formula in Excel spelling, e.g. `=AI.BAND("LLMOps","Senior")` */
  readonly example: string;
  /** whether Excel may treat it as volatile (none are; data is embedded) */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly run: (...args: any[]) => RunResult;
}

export { NAMESPACE, excelName, sheetsName } from './sheet-rules';
