/**
 * The one mechanism every catalog function goes through (DESIGN.md §3–4): it reads arguments as a
 * spreadsheet hands them over, applies each parameter's default, lifts the function over ranges,
 * keeps an error in its own cell, turns blank input rows into blank output rows, and makes sure
 * nothing escapes as a throw, NaN or Infinity. Function bodies (`run`) see only clean, parsed values.
 *
 * Three steps: binding (`bind`: arguments to roles, via core/call-plan.ts), evaluating (`Evaluator`:
 * one result per position, parsed and memoised), laying out (core/lift-layout.ts).
 */
import { BLANK, InputCell, isBlankInput, isGrid, Output } from './cells';
import { FunctionSpec, ParamSpec, RunResult } from './function-spec';
import { SheetError, badValue, isSheetError } from './errors';
import { missing } from './messages';
import { CallPlan, planCall, Size, sizeOf } from './call-plan';
import { layOut, Settled, settle, shapeWhole } from './lift-layout';

type Grid = InputCell[][];

/** Makes any host argument a 2-D grid or a single cell; a 1-D array is read as one row. */
function asGridOrCell(arg: unknown): Grid | InputCell | SheetError {
  if (!Array.isArray(arg)) return arg as InputCell;
  if (arg.length === 0) return null;
  if (!Array.isArray(arg[0])) return [arg as InputCell[]];
  const width = (arg[0] as unknown[]).length;
  for (const row of arg) {
    if (!Array.isArray(row) || row.length !== width)
      return badValue('the range is not rectangular: every row must have the same number of cells');
  }
  if (width === 0) return null;
  return arg as Grid;
}

/**
 * Blank for this parameter: an empty cell, or a 0 where a name can never be 0 (older Excel's blank).
 * In a row of a ranged call (`inRow`), a 0 counts as blank for every parameter: older Excel builds
 * send a tracker's empty tail as 0s, so a row of blanks and 0s is a blank row in every column
 * (a row with any other value is read as it stands, its 0s as 0).
 */
function isBlankFor(param: ParamSpec, cell: InputCell, inRow: boolean): boolean {
  if (isBlankInput(cell)) return true;
  return cell === 0 && param.zeroIsBlank !== 'never' && (param.zeroIsBlank === 'always' || inRow);
}

/** One cell's value: the parser's, or for a blank the default, undefined, or "is required". */
function parseCell(param: ParamSpec, cell: InputCell): unknown {
  if (isBlankFor(param, cell, false)) {
    if (param.default !== undefined) return param.default;
    if (param.optional) return undefined;
    return badValue(param.needed ?? missing(param.name, param.description));
  }
  return param.parse(cell);
}

/** Adds one cell's elements to a list: one value, or (text, where the parameter reads lists) several. */
function addElements(param: ParamSpec, cell: InputCell, values: unknown[]): SheetError | undefined {
  if (typeof cell === 'string' && param.parseText) {
    const many = param.parseText(cell);
    if (isSheetError(many)) return many;
    for (const value of many) values.push(value);
    return undefined;
  }
  const value = param.parse(cell);
  if (isSheetError(value)) return value;
  values.push(value);
  return undefined;
}

function parseList(param: ParamSpec, cells: readonly InputCell[]): unknown[] | SheetError {
  const values: unknown[] = [];
  for (const cell of cells) {
    if (isBlankFor(param, cell, false)) continue;
    const refused = addElements(param, cell, values);
    if (refused) return refused;
  }
  return values;
}

/** parseList over a whole range, row by row (what `grid.flat()` would give, without its cost on every call). */
function parseGridList(param: ParamSpec, grid: Grid): unknown[] | SheetError {
  const values: unknown[] = [];
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let k = 0; k < row.length; k++) {
      const cell = row[k];
      if (isBlankFor(param, cell, false)) continue;
      const refused = addElements(param, cell, values);
      if (refused) return refused;
    }
  }
  return values;
}

/** Whether a row of a column call is blank: every lifted cell (and per-row list) blank for its parameter. */
export function isBlankRow(params: readonly ParamSpec[], cells: readonly InputCell[]): boolean {
  return cells.every((cell, p) => isBlankFor(params[p], cell, true));
}

/** Arguments as the call sees them: host trailing omissions dropped, each a grid or one cell. */
interface Bound {
  readonly plan: CallPlan;
  readonly args: readonly (Grid | InputCell)[];
  /** per parameter: the value of a `cell`, `table` or `list` argument, parsed once */
  readonly fixed: readonly unknown[];
}

/**
 * Binding. Hosts pass omitted trailing optionals as null (Excel) or undefined (Sheets), or not at
 * all; they count as not given, so the arity check counts what the user typed.
 */
function bind(spec: FunctionSpec, hostArgs: readonly unknown[]): Bound | SheetError {
  const params = spec.params;
  let given = hostArgs.length;
  while (given > 0 && (hostArgs[given - 1] === null || hostArgs[given - 1] === undefined)) given--;
  if (given > params.length) {
    return badValue(
      `${spec.name} takes at most ${params.length} arguments (${params.map((p) => p.name).join(', ')}), received ${given}`,
    );
  }
  const args: (Grid | InputCell)[] = [];
  for (let p = 0; p < params.length; p++) {
    const arg = asGridOrCell(p < given ? hostArgs[p] : undefined);
    if (isSheetError(arg) && Array.isArray(hostArgs[p])) return arg;
    args.push(arg);
  }
  const sizes: (Size | undefined)[] = new Array(params.length);
  for (let p = 0; p < params.length; p++) sizes[p] = isGrid(args[p]) ? sizeOf(args[p] as Grid) : undefined;
  const plan = planCall(params, sizes);
  if (isSheetError(plan)) return plan;
  const fixed: unknown[] = new Array(params.length);
  for (let p = 0; p < params.length; p++) {
    const arg = args[p];
    const role = plan.roles[p];
    if (role === 'table') {
      fixed[p] = params[p].parseTable!(arg as Grid);
      if (isSheetError(fixed[p])) return fixed[p] as SheetError;
    } else if (role === 'range') {
      // Excel hands a blank cell reference as a 1x1 range: for an optional column that is "not given".
      const one = isGrid(arg) && sizeOf(arg as Grid) === undefined ? (arg as Grid)[0][0] : arg;
      const omitted = p >= given || isBlankInput(one as InputCell);
      fixed[p] =
        omitted && params[p].optional
          ? undefined
          : params[p].parseTable!(isGrid(arg) ? (arg as Grid) : [[arg as InputCell]]);
      if (isSheetError(fixed[p])) return fixed[p] as SheetError;
    } else if (role === 'list') {
      fixed[p] = isGrid(arg) ? parseGridList(params[p], arg as Grid) : parseList(params[p], [arg as InputCell]);
    } else if (role === 'cell') {
      fixed[p] = parseCell(params[p], isGrid(arg) ? (arg as Grid)[0][0] : (arg as InputCell));
    }
  }
  return { plan, args, fixed };
}

/** A body should never throw; if one does, the user sees why in the cell instead of a stack trace. */
function safeRun(spec: FunctionSpec, values: unknown[]): RunResult {
  try {
    // The one place values meet `run`: each came from its parameter's parser or default, which
    // `defineFunction` typed `run`'s arguments from.
    return (spec.run as (...args: unknown[]) => RunResult)(...values);
  } catch (error) {
    return badValue(`${spec.name} failed on these inputs (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Remember results once at least a quarter of the first lookups repeat; else keys only cost memory. */
const MEMO_TRIAL = 2048;

/** Evaluating: one settled result per position of a ranged call. */
class Evaluator {
  private readonly values: unknown[];
  private readonly lifted: number[] = [];
  private readonly rowLists: number[] = [];
  // Parsing is pure, and a tracker column repeats a few names thousands of times.
  private readonly parsed: Map<unknown, unknown>[];
  /** each lifted argument's cells, row by row */
  private readonly cells: InputCell[][];
  // Bodies are pure too: results keyed by the raw lifted cells, one Map level per lifted argument.
  private memo: Map<unknown, unknown> | undefined;
  private lookups = 0;
  private hits = 0;

  constructor(
    private readonly spec: FunctionSpec,
    private readonly bound: Bound,
  ) {
    this.values = new Array(spec.params.length);
    const { roles } = bound.plan;
    for (let p = 0; p < roles.length; p++) {
      if (roles[p] === 'lifted') this.lifted.push(p);
      if (roles[p] === 'rowLists') this.rowLists.push(p);
    }
    // Only lifted arguments are parsed cell by cell; a call of single cells needs no cache at all.
    this.parsed = new Array(spec.params.length);
    for (const p of this.lifted) this.parsed[p] = new Map();
    const { rows, cols } = bound.plan;
    this.cells = new Array(spec.params.length);
    for (const p of this.lifted) {
      const grid = bound.args[p] as Grid;
      // One element kind for every column (a generic array), so reading a cell is one fast load
      // whatever the column holds; the host's own arrays differ by column (numbers, text, mixed).
      const flat: InputCell[] = new Array(rows * cols).fill(null);
      for (let r = 0; r < rows; r++) {
        const row = grid[r];
        for (let c = 0; c < cols; c++) flat[r * cols + c] = row[c];
      }
      this.cells[p] = flat;
    }
    this.memo = this.rowLists.length === 0 && this.lifted.length > 0 ? new Map() : undefined;
  }

  private cellAt(p: number, r: number, c: number): InputCell {
    return this.cells[p][r * this.bound.plan.cols + c];
  }

  isBlank(r: number, c: number): boolean {
    const params = this.spec.params;
    // Plain loops: this runs once per row of every ranged call, and a closure per row showed in profiles.
    for (let i = 0; i < this.lifted.length; i++) {
      const p = this.lifted[i];
      if (!isBlankFor(params[p], this.cellAt(p, r, c), true)) return false;
    }
    for (let i = 0; i < this.rowLists.length; i++) {
      const p = this.rowLists[i];
      const row = (this.bound.args[p] as Grid)[r];
      for (let k = 0; k < row.length; k++) if (!isBlankFor(params[p], row[k], true)) return false;
    }
    return true;
  }

  private parseLifted(p: number, cell: InputCell): unknown {
    if (typeof cell !== 'string' && typeof cell !== 'number') return parseCell(this.spec.params[p], cell);
    // A number for a number parameter is a bounds check, cheaper than a Map keyed by a double (a
    // tracker's amounts are mostly distinct, so such a cache only grew); text, and numbers read as
    // names, are worth remembering.
    if (typeof cell === 'number' && this.spec.params[p].cellType === 'number')
      return parseCell(this.spec.params[p], cell);
    const cache = this.parsed[p];
    let value = cache.get(cell);
    if (value === undefined && !cache.has(cell)) {
      value = parseCell(this.spec.params[p], cell);
      cache.set(cell, value);
    }
    return value;
  }

  evaluate(r: number, c: number): RunResult {
    const { roles } = this.bound.plan;
    for (let p = 0; p < roles.length; p++) {
      const role = roles[p];
      let value: unknown;
      if (role === 'lifted') value = this.parseLifted(p, this.cellAt(p, r, c));
      else if (role === 'rowLists') value = parseList(this.spec.params[p], (this.bound.args[p] as Grid)[r]);
      else value = this.bound.fixed[p];
      if (isSheetError(value)) return value;
      this.values[p] = value;
    }
    return safeRun(this.spec, this.values);
  }

  resultAt(r: number, c: number): Settled {
    if (!this.memo) return settle(this.spec, this.evaluate(r, c));
    let node: Map<unknown, unknown> = this.memo;
    const last = this.lifted.length - 1;
    for (let i = 0; i < last; i++) {
      const cell = this.cellAt(this.lifted[i], r, c);
      if (typeof cell === 'object' && cell !== null) return settle(this.spec, this.evaluate(r, c));
      let next = node.get(cell) as Map<unknown, unknown> | undefined;
      if (next === undefined) {
        next = new Map();
        node.set(cell, next);
      }
      node = next;
    }
    const key = this.cellAt(this.lifted[last], r, c);
    if (typeof key === 'object' && key !== null) return settle(this.spec, this.evaluate(r, c));
    this.lookups++;
    let settled = node.get(key) as Settled | undefined;
    if (settled === undefined) {
      settled = settle(this.spec, this.evaluate(r, c));
      node.set(key, settled);
    } else {
      this.hits++;
      // A repeated row result is copied here, where it repeats, so no two output rows share an
      // array and a row seen once (10,000 distinct exit values) is not copied at all.
      if (Array.isArray(settled)) settled = settled.slice();
    }
    if (this.lookups === MEMO_TRIAL && this.hits * 4 < this.lookups) this.memo = undefined;
    return settled;
  }
}

/** A call of single cells: every value was parsed in `bind`, so no Evaluator is needed (a tracker may make thousands). */
function runOnce(spec: FunctionSpec, fixed: readonly unknown[]): RunResult {
  for (let p = 0; p < fixed.length; p++) if (isSheetError(fixed[p])) return fixed[p] as SheetError;
  return safeRun(spec, fixed as unknown[]);
}

/**
 * Whether a call of single cells is a blank row: a per-row formula filled down over a tracker's
 * empty tail (`=AI.BAND(B2,C2)` over two blank cells) is blank, as the same row is inside a longer
 * range. Only per-row functions (a cell or a row a call), and only when some argument was passed:
 * a call with nothing typed at all (Sheets' `=AIHOURLY()`) still says what is required.
 */
function isBlankCall(spec: FunctionSpec, bound: Bound, hostArgs: readonly unknown[]): boolean {
  if (spec.result !== 'cell' && spec.result !== 'row') return false;
  if (!hostArgs.some((arg) => arg !== undefined)) return false;
  const { roles } = bound.plan;
  // Lists alone (AI.BLEND's figures) are not a row: an empty list is still worth its message.
  if (!roles.includes('cell')) return false;
  for (let p = 0; p < roles.length; p++) {
    if (roles[p] !== 'cell' && roles[p] !== 'list') return false;
    const arg = bound.args[p];
    const cells = isGrid(arg) ? (arg as Grid).flat() : [arg as InputCell];
    // A lone 0 stays a 0 for a number (AI.HOURLY(0) is 0); only where 0 can stand for a blank name.
    const param = spec.params[p];
    const zeroMayBeBlank = param.zeroIsBlank === 'always' || param.zeroIsBlank === 'inBlankRow';
    if (!cells.every((cell) => isBlankFor(param, cell, zeroMayBeBlank))) return false;
  }
  return true;
}

/**
 * Calls a catalog function with host arguments. Returns one cell when every argument is a single
 * value (a row or table for functions that return one), else a grid of the lifted shape.
 */
export function callFunction(spec: FunctionSpec, args: readonly unknown[]): Output {
  const bound = bind(spec, args);
  if (isSheetError(bound)) return bound;
  const { rows, cols, ranged } = bound.plan;
  if (!ranged) return isBlankCall(spec, bound, args) ? BLANK : shapeWhole(spec, runOnce(spec, bound.fixed));
  const evaluator = new Evaluator(spec, bound);
  const results: (Settled | null)[] = new Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) results[r * cols + c] = evaluator.isBlank(r, c) ? null : evaluator.resultAt(r, c);
  }
  return layOut(spec, results, rows, cols);
}
