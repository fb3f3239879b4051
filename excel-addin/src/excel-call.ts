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
 * - Blanks are '' (an empty cell in a spill), never 0.
 * - Error cells Excel hands in (an input range holding #N/A) come back as that error, in that row.
 * - Every result is a 2-D array, because every wrapper declares an `any[][]` result (it may spill).
 */
import { getFunction } from '../../core/registry';
import { callFunction } from '../../core/lift';
import { ErrorKind, SheetError, badValue, isSheetError, sheetError } from '../../core/errors';
import { InputCell, Output, OutputCell } from '../../core/cells';

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

export function toExcelError(error: SheetError): CustomFunctions.Error {
  const message = error.kind === 'NUM' ? `#NUM! ${error.message}` : error.message;
  return new CustomFunctions.Error(KIND_TO_CODE[error.kind](), message);
}

/** An error object Excel passed in for an error cell (it carries a `code` such as "#N/A"). */
function fromExcelError(value: { code?: unknown; message?: unknown }): SheetError {
  const code = String(value.code ?? '');
  const kind: ErrorKind = code === '#N/A' ? 'NA' : code === '#NUM!' || code === '#DIV/0!' ? 'NUM' : 'VALUE';
  const message = typeof value.message === 'string' && value.message ? value.message : `the input cell holds the error ${code || 'value'}`;
  return sheetError(kind, message);
}

function toInputCell(value: unknown): InputCell {
  if (value === null || value === undefined || typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date || isSheetError(value)) return value;
  if (typeof value === 'object' && 'code' in (value as object)) return fromExcelError(value as { code?: unknown; message?: unknown });
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

/** Runs catalog function `name` with the arguments Excel passed. Never throws: a failure is a cell error. */
export function callForExcel(name: string, args: readonly unknown[]): ExcelCell[][] {
  const spec = getFunction(name);
  if (!spec) return [[toExcelError(badValue(`AI.${name} is not in this version of the add-in's catalog; reload the add-in`))]];
  // Omitted trailing optionals (null, or missing) are the core's to drop (core/lift.ts binding).
  return toExcelResult(callFunction(spec, args.map(toCoreArg)));
}
