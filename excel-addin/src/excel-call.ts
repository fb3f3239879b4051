/**
 * The one adapter between Excel's custom-functions runtime and the core: every generated wrapper in
 * functions.ts calls `callForExcel`, which runs the catalog function through `callFunction`
 * (core/lift.ts) and turns the core's values into what Excel shows.
 *
 * - Errors are mapped per cell, so one bad row stays an error in its own row (DESIGN.md §3–4):
 *   NA -> #N/A and VALUE -> #VALUE!, each with the core's message. Excel shows a custom message on
 *   #N/A and #VALUE! only, so a core NUM (a number out of its domain: negative pay, reversed
 *   dates) also becomes #VALUE!, with the message starting "#NUM!": a bare #NUM! would not say
 *   what is wrong or what would be right.
 * - Blanks are '' (an empty cell in a spill), never 0. Blank input cells (null, '') go to the core
 *   as they came: which blanks count (0 in a name parameter, from older Excel builds) is the core's rule.
 * - Error cells Excel hands in (an input range holding #N/A) come back as that error, in that row.
 *   Excel passes them only because functions.json sets allowErrorForDataTypeAny
 *   (build/finish-metadata.js); without it Excel would not call the function at all.
 * - Every result is a 2-D array, because every wrapper declares an `any[][]` result (it may spill).
 * - A call over more than ASYNC_ROWS rows answers with a Promise and works in steps, letting the
 *   event loop turn between them: in the shared runtime the task pane runs on the same thread, and
 *   one long call (100,000 unknown titles against a 10,000-role band table) froze it for the whole
 *   call (issue 18). Rows are independent (DESIGN.md §3), so the steps' results are the call's.
 */
import {
  getFunction,
  callFunction,
  ErrorKind,
  SheetError,
  badValue,
  errorKindOfCode,
  isSheetError,
  sheetError,
  InputCell,
  Output,
  OutputCell,
  CallPlan,
  planCall,
  sizeOf,
} from '../../core/index';

// Outside Office (the task pane opened in a plain browser) there is no custom-functions runtime; a
// no-op `associate` keeps functions.js (whose build appends CustomFunctions.associate calls) from
// failing there. Inside Excel, office.js defines the real CustomFunctions before this script runs.
const runtime = globalThis as { CustomFunctions?: unknown };
if (typeof runtime.CustomFunctions === 'undefined') runtime.CustomFunctions = { associate: () => undefined };

type ExcelCell = number | string | boolean | CustomFunctions.Error;

/** Excel's error codes, as `CustomFunctions.ErrorCode` spells them (strings like "#N/A"). */
const KIND_TO_CODE: Readonly<Record<ErrorKind, () => CustomFunctions.ErrorCode>> = {
  NA: () => CustomFunctions.ErrorCode.notAvailable,
  VALUE: () => CustomFunctions.ErrorCode.invalidValue,
  NUM: () => CustomFunctions.ErrorCode.invalidValue,
};

/** The codes a custom function may return; #REF! and #NAME? only ever come in. */
const RETURNABLE_CODES: ReadonlySet<string> = new Set(['#N/A', '#VALUE!', '#DIV/0!', '#NUM!', '#NULL!']);

/** The core error standing for an error cell Excel passed in, to Excel's own code for that cell. */
const passedIn = new WeakMap<SheetError, string>();

export function toExcelError(error: SheetError): CustomFunctions.Error {
  // An error cell passed in goes back out as itself (#DIV/0! stays #DIV/0!) where Excel lets a
  // function return that code; Excel shows a message on #N/A and #VALUE! only.
  const code = passedIn.get(error);
  if (code && RETURNABLE_CODES.has(code)) {
    const shown = code === '#N/A' || code === '#VALUE!' ? error.message : undefined;
    return new CustomFunctions.Error(code as CustomFunctions.ErrorCode, shown);
  }
  const message = error.kind === 'NUM' ? `#NUM! ${error.message}` : error.message;
  return new CustomFunctions.Error(KIND_TO_CODE[error.kind](), message);
}

/**
 * The error code of an error cell as Excel's runtime hands it to a function, or undefined. With
 * allowErrorForDataTypeAny the runtime turns each error cell into `new CustomFunctions.Error(code)`
 * (code "#N/A", message ""); with custom data types on as well (the metadata generator always sets
 * allowCustomDataForDataTypeAny), a cell may instead arrive as its cell-value JSON:
 * `{ type: "Error", basicValue: "#N/A", errorType: "NotAvailable" }`. Entities also carry
 * `basicValue: "#VALUE!"`, but their type is "Entity", so the type decides.
 */
function excelErrorCode(value: object): string | undefined {
  const cell = value as { type?: unknown; code?: unknown; basicValue?: unknown };
  if (typeof cell.code === 'string' && cell.code.startsWith('#')) return cell.code;
  if (cell.type === 'Error' && typeof cell.basicValue === 'string' && cell.basicValue.startsWith('#'))
    return cell.basicValue;
  return undefined;
}

/**
 * With custom data types on, a cell another add-in formatted arrives as its cell-value JSON:
 * `{ type: "FormattedNumber", basicValue: 185000, numberFormat: "$#,##0" }`, or a plain value as
 * `{ type: "Double" | "String" | "Boolean", basicValue }`. Those are plain values with a format: read
 * the value. Entities and other data types have no one value to read, so they stay refused.
 */
const PLAIN_TYPES: ReadonlySet<unknown> = new Set(['FormattedNumber', 'Double', 'String', 'Boolean']);
function plainCellValue(value: object): number | string | boolean | undefined {
  const cell = value as { type?: unknown; basicValue?: unknown };
  if (!PLAIN_TYPES.has(cell.type)) return undefined;
  const basic = cell.basicValue;
  return typeof basic === 'number' || typeof basic === 'string' || typeof basic === 'boolean' ? basic : undefined;
}

/** The runtime passes no message today; one it may pass (or a shim's) is kept. */
function fromExcelError(code: string, message: unknown): SheetError {
  const kind: ErrorKind = errorKindOfCode(code);
  const error = sheetError(
    kind,
    typeof message === 'string' && message ? message : `the input cell holds the error ${code}`,
  );
  passedIn.set(error, code);
  return error;
}

function toInputCell(value: unknown): InputCell {
  if (
    value === null ||
    value === undefined ||
    typeof value === 'number' ||
    typeof value === 'string' ||
    typeof value === 'boolean'
  )
    return value;
  if (value instanceof Date || isSheetError(value)) return value;
  const code = typeof value === 'object' ? excelErrorCode(value as object) : undefined;
  if (code) return fromExcelError(code, (value as { message?: unknown }).message);
  const basic = plainCellValue(value as object);
  if (basic !== undefined) return basic;
  // A data type or entity value: the core reads plain cells only, so say so in the cell.
  return badValue('expected a number, text or TRUE/FALSE in this cell, received an Excel data type');
}

/** A cell the core reads as Excel gave it: a plain value, blank, Date or the core's own error. */
function isCoreCell(value: unknown): boolean {
  return value === null || typeof value !== 'object' || value instanceof Date || isSheetError(value);
}

/**
 * Excel gives matrix parameters as 2-D arrays and omitted optional parameters as null.
 * Ranges are read as given unless a cell needs mapping (an error cell or a data type): copying
 * 100,000 plain rows cost more than the lookups themselves (bench/scale.bench.ts). The core reads
 * its arguments and never writes to them, so handing Excel's arrays on is safe.
 */
function toCoreArg(arg: unknown): unknown {
  if (!Array.isArray(arg)) return toInputCell(arg);
  for (let r = 0; r < arg.length; r++) {
    const row: unknown = arg[r];
    if (Array.isArray(row)) {
      for (let c = 0; c < row.length; c++) if (!isCoreCell(row[c])) return arg.map(toCoreRow);
    } else if (!isCoreCell(row)) return arg.map(toCoreRow);
  }
  return arg;
}

function toCoreRow(row: unknown): unknown {
  return Array.isArray(row) ? row.map(toInputCell) : toInputCell(row);
}

function toExcelCell(cell: OutputCell): ExcelCell {
  return isSheetError(cell) ? toExcelError(cell) : cell;
}

/**
 * The core's grid as Excel takes it. Rows without an error are passed on as they are (the core
 * builds a fresh grid per call and keeps no reference to it); a row holding an error is copied
 * with its errors mapped, and the outer array is copied before the first such row is replaced.
 */
export function toExcelResult(output: Output): ExcelCell[][] {
  if (!Array.isArray(output)) return [[toExcelCell(output)]];
  if (output.length === 0) return [['']];
  let grid = output as ExcelCell[][];
  for (let r = 0; r < output.length; r++) {
    const row = output[r];
    for (let c = 0; c < row.length; c++) {
      if (!isSheetError(row[c])) continue;
      if (grid === output) grid = output.slice() as ExcelCell[][];
      grid[r] = row.map(toExcelCell);
      break;
    }
  }
  return grid;
}

/**
 * Above this many rows a call works in steps and answers with a Promise; up to it, at once (10,000
 * rows of distinct unknown names, the slowest per-row work, cost a tenth of the 100,000-row call in
 * bench/names.bench.ts, well under 1 s).
 */
export const ASYNC_ROWS = 10_000;
/** Rows in the first step; later steps are sized to take about STEP_MS each. */
const FIRST_STEP_ROWS = 1000;
const STEP_MS = 50;

/** Runs catalog function `name` with the arguments Excel passed. Never throws: a failure is a cell error. */
export function callForExcel(name: string, args: readonly unknown[]): ExcelCell[][] | Promise<ExcelCell[][]> {
  const spec = getFunction(name);
  if (!spec)
    return [[toExcelError(badValue(`AI.${name} is not in this version of the add-in's catalog; reload the add-in`))]];
  // Omitted trailing optionals (null, or missing) are the core's to drop (core/lift.ts binding).
  const coreArgs = args.map(toCoreArg);
  const plan = planCall(
    spec.params,
    coreArgs.map((arg) => (Array.isArray(arg) && Array.isArray(arg[0]) ? sizeOf(arg as InputCell[][]) : undefined)),
  );
  if (isSheetError(plan) || !plan.ranged || plan.rows <= ASYNC_ROWS) return toExcelResult(callFunction(spec, coreArgs));
  return inSteps(coreArgs, plan, (stepArgs) => callFunction(spec, stepArgs));
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The call over rows [start, end) at a time, the event loop turning between steps. A step never
 * holds one row alone (one row of a range would be read as a single cell), and a whole-call error
 * (a bad band table) ends the call with that error, as the call in one go would.
 */
async function inSteps(
  args: readonly unknown[],
  plan: CallPlan,
  run: (stepArgs: unknown[]) => Output,
): Promise<ExcelCell[][]> {
  const rows: ExcelCell[][] = [];
  let size = FIRST_STEP_ROWS;
  for (let start = 0; start < plan.rows;) {
    let end = Math.min(plan.rows, start + size);
    if (plan.rows - end === 1) end++;
    const began = Date.now();
    const stepArgs = args.map((arg, p) =>
      plan.roles[p] === 'lifted' || plan.roles[p] === 'rowLists' ? (arg as unknown[]).slice(start, end) : arg,
    );
    const output = run(stepArgs);
    if (!Array.isArray(output) || output.length !== end - start) return toExcelResult(output);
    for (const row of toExcelResult(output)) rows.push(row);
    const took = Date.now() - began;
    size = Math.max(2, Math.min(50_000, Math.round((size * STEP_MS) / Math.max(took, 1))));
    start = end;
    if (start < plan.rows) await nextTurn();
  }
  return rows;
}
