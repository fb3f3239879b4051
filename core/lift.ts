/**
 * The one mechanism every catalog function goes through (DESIGN.md §3–4): it reads arguments as a
 * spreadsheet hands them over, lifts the function over ranges, keeps an error in its own cell,
 * turns blank input rows into blank output rows, and makes sure nothing escapes as a throw, NaN or
 * Infinity. Function bodies (`run`) see only clean, parsed values.
 */
import { BLANK, InputCell, Output, OutputCell, isBlankInput } from './cells';
import { FunctionSpec, ParamSpec, RunResult } from './function-spec';
import { SheetError, badNumber, badValue, isSheetError } from './errors';
import { missing } from './messages';

type Grid = InputCell[][];

interface ListArg {
  perRow: boolean;
  /** when not per row: the parsed list shared by every row (or the error that spoils it) */
  shared?: unknown[] | SheetError;
  grid?: Grid;
}

/** Makes any host argument a 2-D grid or a single cell; a 1-D array is read as one row. */
function asGridOrCell(arg: unknown): Grid | InputCell | SheetError {
  if (!Array.isArray(arg)) return arg as InputCell;
  if (arg.length === 0) return null;
  if (!Array.isArray(arg[0])) return [arg as InputCell[]];
  const width = (arg[0] as unknown[]).length;
  for (const row of arg) {
    if (!Array.isArray(row) || row.length !== width) return badValue('the range is not rectangular: every row must have the same number of cells');
  }
  if (width === 0) return null;
  return arg as Grid;
}

const isGrid = (value: unknown): value is Grid => Array.isArray(value);
const isSingleCell = (grid: Grid): boolean => grid.length === 1 && grid[0].length === 1;

/**
 * A `tableOrLifted` argument of at least two rows and two columns is a table: no function lifts a
 * block of source names, and reading it whole lets the table parser say what is wrong with it (no
 * header, a blank header cell) instead of one "unknown source" error per cell.
 */
function looksLikeTable(grid: Grid): boolean {
  return grid.length >= 2 && grid[0].length >= 2;
}

function parseCell(param: ParamSpec, cell: InputCell): unknown {
  if (isBlankInput(cell)) return param.optional || param.blankIsDefault ? undefined : badValue(missing(param.name, param.description));
  return param.parse(cell);
}

function parseList(param: ParamSpec, cells: readonly InputCell[]): unknown[] | SheetError {
  const values: unknown[] = [];
  for (const cell of cells) {
    if (isBlankInput(cell)) continue;
    const value = param.parse(cell);
    if (isSheetError(value)) return value;
    values.push(value);
  }
  return values;
}

/** Numbers must be finite; anything else a body returns becomes a cell a host can show. */
function toOutputCell(value: unknown): OutputCell {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : badNumber('the result is not a finite number: check that the inputs are in a sensible range');
  }
  if (value === null || value === undefined) return BLANK;
  if (typeof value === 'string' || typeof value === 'boolean' || isSheetError(value)) return value;
  return badValue('the function produced a value a spreadsheet cannot show');
}

function safeRun(spec: FunctionSpec, values: unknown[]): RunResult {
  try {
    return spec.run(...values);
  } catch (error) {
    // A body should never throw; if one does, the user sees why in the cell instead of a stack trace.
    return badValue(`${spec.name} failed on these inputs (${error instanceof Error ? error.message : String(error)})`);
  }
}

function shapeText(grid: Grid): string {
  return `${grid.length}×${grid[0].length}`;
}

/**
 * Calls a catalog function with host arguments. Returns one cell when every argument is a single
 * value (a row or table for functions that return one), else a grid of the lifted shape.
 */
export function callFunction(spec: FunctionSpec, args: readonly unknown[]): Output {
  const params = spec.params;
  if (args.length > params.length) {
    return badValue(`${spec.name} takes at most ${params.length} arguments (${params.map((p) => p.name).join(', ')}), received ${args.length}`);
  }
  const fixed: unknown[] = new Array(params.length);
  const lifted: (Grid | null)[] = new Array(params.length).fill(null);
  const lists: (ListArg | null)[] = new Array(params.length).fill(null);
  let rows = 1;
  let cols = 1;
  let shapeOwner: string | undefined;
  let shapeGrid: Grid | undefined;

  const claimShape = (param: ParamSpec, grid: Grid): SheetError | undefined => {
    if (shapeGrid === undefined) {
      shapeGrid = grid;
      shapeOwner = param.name;
      rows = grid.length;
      cols = grid[0].length;
      return undefined;
    }
    if (grid.length !== rows || grid[0].length !== cols) {
      return badValue(`ranges of different shapes: ${shapeOwner} is ${shapeText(shapeGrid)} and ${param.name} is ${shapeText(grid)}; give ranges of the same size, or single cells`);
    }
    return undefined;
  };

  for (let p = 0; p < params.length; p++) {
    const param = params[p];
    const arg = asGridOrCell(args[p]);
    if (isSheetError(arg) && isGrid(args[p])) return arg;
    const kind = param.kind ?? 'lifted';
    if (kind === 'list') {
      if (isGrid(arg) && arg.length > 1 && arg[0].length > 1) {
        lists[p] = { perRow: true, grid: arg };
      } else {
        const cells = isGrid(arg) ? arg.flat() : [arg as InputCell];
        lists[p] = { perRow: false, shared: parseList(param, cells), grid: isGrid(arg) ? arg : undefined };
      }
      continue;
    }
    if (kind === 'tableOrLifted' && isGrid(arg) && looksLikeTable(arg) && param.parseTable) {
      fixed[p] = param.parseTable(arg);
      if (isSheetError(fixed[p])) return fixed[p] as SheetError;
      continue;
    }
    if (isGrid(arg) && !isSingleCell(arg)) {
      const mismatch = claimShape(param, arg);
      if (mismatch) return mismatch;
      lifted[p] = arg;
    } else {
      const cell = isGrid(arg) ? arg[0][0] : (arg as InputCell);
      fixed[p] = parseCell(param, cell);
    }
  }

  // A single column given to a list parameter beside lifted columns is one list per row.
  for (let p = 0; p < params.length; p++) {
    const list = lists[p];
    if (!list || list.perRow || !list.grid || shapeGrid === undefined) continue;
    if (list.grid.length > 1 && list.grid.length === rows) lists[p] = { perRow: true, grid: list.grid };
  }
  for (let p = 0; p < params.length; p++) {
    const list = lists[p];
    if (!list?.perRow || !list.grid) continue;
    if (shapeGrid === undefined) {
      shapeGrid = list.grid.map(() => [null]);
      shapeOwner = params[p].name;
      rows = list.grid.length;
      cols = 1;
    } else if (list.grid.length !== rows || cols !== 1) {
      return badValue(`${params[p].name} gives one list per row (${list.grid.length} rows), which must sit beside single columns of ${list.grid.length} rows; ${shapeOwner} is ${shapeText(shapeGrid)}`);
    }
  }

  const anyRange = shapeGrid !== undefined;
  const values: unknown[] = new Array(params.length);
  // Parsing is pure, and a tracker column repeats a few names thousands of times: parse each
  // distinct text or number once per call.
  const parsedCache: Map<unknown, unknown>[] = params.map(() => new Map());
  const parseLifted = (p: number, cell: InputCell): unknown => {
    if (typeof cell !== 'string' && typeof cell !== 'number') return parseCell(params[p], cell);
    const cache = parsedCache[p];
    let value = cache.get(cell);
    if (value === undefined && !cache.has(cell)) {
      value = parseCell(params[p], cell);
      cache.set(cell, value);
    }
    return value;
  };

  const evaluate = (r: number, c: number): RunResult => {
    for (let p = 0; p < params.length; p++) {
      const grid = lifted[p];
      const list = lists[p];
      let value: unknown;
      if (grid) value = parseLifted(p, grid[r][c]);
      else if (list) value = list.perRow ? parseList(params[p], list.grid![r]) : list.shared;
      else value = fixed[p];
      if (isSheetError(value)) return value;
      values[p] = value;
    }
    return safeRun(spec, values);
  };

  if (!anyRange) {
    const result = evaluate(0, 0);
    return shapeWhole(spec, result);
  }

  const liftedParams: number[] = [];
  let perRowLists = false;
  for (let p = 0; p < params.length; p++) {
    if (lifted[p]) liftedParams.push(p);
    if (lists[p]?.perRow) perRowLists = true;
  }
  const liftedGrids = liftedParams.map((p) => lifted[p]!);
  const isBlankPosition = (r: number, c: number): boolean => {
    for (let i = 0; i < liftedGrids.length; i++) if (!isBlankInput(liftedGrids[i][r][c])) return false;
    if (!perRowLists) return true;
    for (let p = 0; p < params.length; p++) {
      const list = lists[p];
      if (list?.perRow && !list.grid![r].every(isBlankInput)) return false;
    }
    return true;
  };

  // Bodies are pure, and a tracker repeats a few combinations (role and level) thousands of times:
  // remember each combination's result for this call, keyed by the raw cells, one Map per lifted
  // argument. Per-row lists and object cells (dates, errors) are not keyed. If the first rows
  // show few repeats, stop remembering: keys that never repeat only cost memory.
  let memo: Map<unknown, unknown> | undefined = perRowLists ? undefined : new Map();
  let memoLookups = 0;
  let memoHits = 0;
  const MEMO_TRIAL = 2048;
  type Settled = OutputCell | OutputCell[];
  const settle = (result: RunResult): Settled => {
    if (!Array.isArray(result)) return toOutputCell(result);
    if (result.length > 0 && Array.isArray(result[0])) return badValue(`${spec.name} returns a table for these inputs; call it with single cells`);
    const cells: OutputCell[] = new Array(result.length);
    for (let k = 0; k < result.length; k++) cells[k] = toOutputCell(result[k]);
    return cells;
  };
  const resultAt = (r: number, c: number): Settled => {
    if (!memo) return settle(evaluate(r, c));
    let node: Map<unknown, unknown> = memo;
    const last = liftedParams.length - 1;
    for (let i = 0; i < last; i++) {
      const cell = lifted[liftedParams[i]]![r][c];
      if (typeof cell === 'object' && cell !== null) return settle(evaluate(r, c));
      let next = node.get(cell) as Map<unknown, unknown> | undefined;
      if (next === undefined) {
        next = new Map();
        node.set(cell, next);
      }
      node = next;
    }
    const key = lifted[liftedParams[last]]![r][c];
    if (typeof key === 'object' && key !== null) return settle(evaluate(r, c));
    memoLookups++;
    let settled = node.get(key) as Settled | undefined;
    if (settled === undefined) {
      settled = settle(evaluate(r, c));
      node.set(key, settled);
    } else {
      memoHits++;
    }
    if (memoLookups === MEMO_TRIAL && memoHits * 4 < memoLookups) memo = undefined;
    return settled;
  };

  // First pass: one result per position (a cell, a row of cells, or null for blank), flat.
  const results: (Settled | null)[] = new Array(rows * cols);
  let width = 1;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (isBlankPosition(r, c)) {
        results[r * cols + c] = null;
        continue;
      }
      const settled = resultAt(r, c);
      if (Array.isArray(settled) && settled.length > width) width = settled.length;
      results[r * cols + c] = settled;
    }
  }
  if (width > 1 && cols > 1) {
    return badValue(`${spec.name} returns a row for each input here, so give its inputs as single columns, not ${shapeText(shapeGrid!)} ranges`);
  }
  // Second pass: lay results out `width` cells each, each row a fresh array (hosts may write into
  // them). An error fills its whole row, so no column of a row result reads as a silent blank; a
  // blank input row stays blank.
  const out: OutputCell[][] = new Array(rows);
  if (width === 1 && cols === 1) {
    // The common tracker column: one cell a row, built as a literal (the cheapest array to make).
    for (let r = 0; r < rows; r++) {
      const result = results[r];
      out[r] = [result === null ? BLANK : Array.isArray(result) ? (result.length > 0 ? result[0] : BLANK) : result];
    }
    return out;
  }
  for (let r = 0; r < rows; r++) {
    const whole = cols === 1 ? results[r] : null;
    if (Array.isArray(whole) && whole.length === width) {
      // A full-width row result (the band row): a copy, so no two output rows share an array.
      out[r] = whole.slice();
      continue;
    }
    const row: OutputCell[] = new Array(cols * width);
    for (let c = 0; c < cols; c++) {
      const result = results[r * cols + c];
      const at = c * width;
      if (result === null) {
        for (let k = 0; k < width; k++) row[at + k] = BLANK;
      } else if (Array.isArray(result)) {
        for (let k = 0; k < width; k++) row[at + k] = k < result.length ? result[k] : BLANK;
      } else {
        const fill = isSheetError(result);
        row[at] = result;
        for (let k = 1; k < width; k++) row[at + k] = fill ? result : BLANK;
      }
    }
    out[r] = row;
  }
  return out;
}

/** Rows may differ in width when a function returns rows of varying length (AI.VEST "all"). */
function padRows(grid: OutputCell[][]): OutputCell[][] {
  let width = 0;
  for (const row of grid) if (row.length > width) width = row.length;
  for (const row of grid) for (let k = 0; k < width; k++) if (row[k] === undefined) row[k] = BLANK;
  return grid;
}

function shapeWhole(spec: FunctionSpec, result: RunResult): Output {
  if (!Array.isArray(result)) return toOutputCell(result);
  if (result.length === 0) return BLANK;
  if (Array.isArray(result[0])) return padRows((result as unknown[][]).map((row) => row.map(toOutputCell)));
  const cells = (result as unknown[]).map(toOutputCell);
  return spec.result === 'column' ? cells.map((cell) => [cell]) : [cells];
}
