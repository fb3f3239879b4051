/**
 * The Sheets side of every custom function (DESIGN.md §3–4): turns what Sheets hands a custom
 * function into what the core reads, and what the core returns into a value Sheets accepts.
 *
 * Sheets passes a single cell as a scalar, a range as a 2-D array, a blank as '' and a date cell as
 * a Date. It shows a thrown Error as #ERROR! with the message, which is the only way to carry a
 * message for a whole-formula failure; inside an array an error is the text `#N/A: why` in its cell.
 * A result must be a scalar or a non-empty rectangular 2-D array of numbers, text, booleans or
 * dates: anything else makes Sheets show its own opaque error.
 */
import { BLANK, Output, OutputCell } from '../../core/cells';
import { errorText, isSheetError } from '../../core/errors';
import { callByName } from '../../core/registry';

export type SheetsValue = number | string | boolean;
export type SheetsResult = SheetsValue | SheetsValue[][];

/**
 * A Date from another realm (a test harness, or an iframe) fails `instanceof Date` in the core;
 * Sheets' own Dates pass through unchanged.
 */
function asDate(value: object): Date | undefined {
  if (value instanceof Date) return value;
  if (Object.prototype.toString.call(value) === '[object Date]') return new Date((value as Date).getTime());
  return undefined;
}

function readCell(cell: unknown): unknown {
  if (cell !== null && typeof cell === 'object' && !Array.isArray(cell)) return asDate(cell) ?? cell;
  return cell;
}

const needsReading = (cell: unknown): boolean => cell !== null && typeof cell === 'object' && !(cell instanceof Date);

/**
 * Reads one argument as Sheets hands it over: a scalar, or rows of cells. A range is copied only
 * when a cell needs reading (a 10,000-row column of text is passed through as it came).
 */
export function readArgument(arg: unknown): unknown {
  if (!Array.isArray(arg)) return readCell(arg);
  let copy = false;
  for (const row of arg) {
    if (!Array.isArray(row)) { copy = true; break; }
    for (const cell of row) if (needsReading(cell)) { copy = true; break; }
    if (copy) break;
  }
  if (!copy) return arg;
  return arg.map((row) => (Array.isArray(row) ? row.map(readCell) : readCell(row)));
}

function writeCell(cell: OutputCell): SheetsValue {
  return isSheetError(cell) ? errorText(cell) : cell;
}

/** Thrown for a whole-formula failure: Sheets shows #ERROR! and this message on hover. */
export class CustomFunctionError extends Error {}

/** Turns a core result into a Sheets value; throws (with the core's message) when the whole formula failed. */
export function toSheetsResult(output: Output): SheetsResult {
  if (!Array.isArray(output)) {
    if (isSheetError(output)) throw new CustomFunctionError(output.message);
    return output;
  }
  if (output.length === 0) return BLANK;
  // A single call whose one row failed whole (AIBAND for a role with no data) fails as a formula:
  // one #ERROR! with the message, not the same error text spilled into every cell of the row.
  const only = output.length === 1 ? output[0] : undefined;
  if (only && only.length > 0 && isSheetError(only[0])) {
    const first = only[0];
    if (only.every((cell) => isSheetError(cell) && cell.message === first.message)) throw new CustomFunctionError(first.message);
  }
  let width = 0;
  for (const row of output) if (row.length > width) width = row.length;
  if (width === 0) return BLANK;
  // The grid is the core's fresh result, ours to rewrite in place: errors become their cell text,
  // short rows are padded, so Sheets gets a rectangle of plain values without a second 10,000-row copy.
  const grid = output as unknown as SheetsValue[][];
  for (let r = 0; r < output.length; r++) {
    const row = output[r];
    for (let c = 0; c < width; c++) {
      if (c >= row.length) (row as unknown[])[c] = BLANK;
      else if (isSheetError(row[c])) (row as unknown[])[c] = writeCell(row[c]);
    }
  }
  return grid;
}

/** Calls a catalog function as Sheets calls a custom function. */
export function callCustomFunction(name: string, args: ArrayLike<unknown>): SheetsResult {
  const read: unknown[] = [];
  for (let i = 0; i < args.length; i++) read.push(readArgument(args[i]));
  // Omitted trailing optionals (undefined) are the core's to drop (core/lift.ts binding).
  return toSheetsResult(callByName(name, read));
}
