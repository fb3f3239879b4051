/**
 * The Sheets side of every custom function (DESIGN.md §3–4): turns what Sheets hands a custom
 * function into what the core reads, and what the core returns into a value Sheets accepts.
 *
 * Sheets passes a single cell as a scalar, a range as a 2-D array, a blank as '' and a date cell as
 * a Date (read as the day it shows in the spreadsheet's time zone, below). It shows a thrown Error as #ERROR! with the message, which is the only way to carry a
 * message for a whole-formula failure; inside an array an error is the text `#N/A: why` in its cell.
 * A result must be a scalar or a non-empty rectangular 2-D array of numbers, text, booleans or
 * dates: anything else makes Sheets show its own opaque error.
 */
import { BLANK, Output, OutputCell, errorText, isSheetError, callByName, hostSpelling } from '../../core/index';

/** A core message in Sheets' spelling: the core names functions as Excel does (AI.ROLES), Sheets has AIROLES. */
const sheetsMessage = (message: string): string => hostSpelling(message, 'sheets');

export type SheetsValue = number | string | boolean;
export type SheetsResult = SheetsValue | SheetsValue[][];

/**
 * How one call reads date cells. Sheets hands a date cell to a custom function as the instant of
 * its wall-clock time in the SPREADSHEET's time zone (2026-01-01 in Auckland's summer arrives as
 * 2025-12-31T11:00Z), and the script runs in another zone (appsscript.json: Etc/UTC). No rounding
 * of the instant gives the day shown for every zone from UTC-12 to UTC+14, so the day is read in
 * the spreadsheet's zone and handed to the core as that day's UTC midnight, the form a typed
 * "2026-01-01" takes; the time of day is dropped, as the core floors a serial number.
 */
export interface DateReader {
  timeZone?: string;
  /**
   * By UTC day (days since 1970): the zone's offset from UTC, ms, the same at the day's first and
   * last second; or null where it differs (a clock change that day). A column of date-times asks
   * Utilities.formatDate twice per distinct day, not once per cell (100,000 distinct instants were
   * 100,000 calls in one execution).
   */
  readonly offsets: Map<number, number | null>;
  /** day already read, by instant, on a day the clocks change */
  readonly days: Map<number, Date>;
}

export const newDateReader = (): DateReader => ({ offsets: new Map(), days: new Map() });

function spreadsheetTimeZone(reader: DateReader): string | undefined {
  if (reader.timeZone === undefined) {
    try {
      reader.timeZone = SpreadsheetApp.getActive().getSpreadsheetTimeZone();
    } catch {
      // No spreadsheet to ask (a script run outside one): fall back to the script's own zone.
      reader.timeZone = Session.getScriptTimeZone();
    }
  }
  return reader.timeZone;
}

const DAY_MS = 86_400_000;
const WALL_CLOCK = /^(\d{4,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** The wall clock `zone` shows at `instant` (a whole second), read as if it were UTC, ms; or undefined. */
function wallClock(instant: number, zone: string): number | undefined {
  const match = WALL_CLOCK.exec(Utilities.formatDate(new Date(instant), zone, 'yyyy-MM-dd HH:mm:ss'));
  if (!match) return undefined;
  const wall = new Date(0);
  wall.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3])); // year 0026 stays 26: Date.UTC(26, ...) is 1926
  wall.setUTCHours(Number(match[4]), Number(match[5]), Number(match[6]), 0);
  return wall.getTime();
}

/**
 * The zone's offset through UTC day `day`, or null when the clock changes that day. Offsets are
 * whole seconds (LMT offsets too), and no zone changes its clock twice within one day and back, so
 * the same offset at the day's first and last whole second holds for every instant between.
 */
function offsetThrough(day: number, zone: string, reader: DateReader): number | null {
  let offset = reader.offsets.get(day);
  if (offset === undefined) {
    const first = day * DAY_MS;
    const last = first + DAY_MS - 1000;
    const [atFirst, atLast] = [wallClock(first, zone), wallClock(last, zone)];
    offset =
      atFirst !== undefined && atLast !== undefined && atFirst - first === atLast - last ? atFirst - first : null;
    reader.offsets.set(day, offset);
  }
  return offset;
}

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day a Sheets date cell shows, as UTC midnight of that day; an invalid Date stays as it is. */
export function dayShown(date: Date, reader: DateReader): Date {
  const time = date.getTime();
  if (Number.isNaN(time)) return date;
  const zone = spreadsheetTimeZone(reader);
  if (!zone) return date;
  const offset = offsetThrough(Math.floor(time / DAY_MS), zone, reader);
  if (offset !== null) return new Date(Math.floor((time + offset) / DAY_MS) * DAY_MS);
  const known = reader.days.get(time);
  if (known) return new Date(known.getTime());
  const match = YMD.exec(Utilities.formatDate(date, zone, 'yyyy-MM-dd'));
  if (!match) return date;
  const day = new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`); // ISO text keeps year 0026; Date.UTC(26, ...) is 1926
  reader.days.set(time, day);
  return new Date(day.getTime());
}

/** A Date from this realm or another (a test harness, an iframe): `instanceof Date` fails across realms. */
function asDate(value: object): Date | undefined {
  if (value instanceof Date) return value;
  if (Object.prototype.toString.call(value) === '[object Date]') return new Date((value as Date).getTime());
  return undefined;
}

function readCell(cell: unknown, reader: DateReader): unknown {
  if (cell !== null && typeof cell === 'object' && !Array.isArray(cell)) {
    const date = asDate(cell);
    return date ? dayShown(date, reader) : cell;
  }
  return cell;
}

const needsReading = (cell: unknown): boolean => cell !== null && typeof cell === 'object';

/**
 * Reads one argument as Sheets hands it over: a scalar, or rows of cells. A range is copied only
 * when a cell needs reading (a 10,000-row column of text is passed through as it came).
 */
export function readArgument(arg: unknown, reader: DateReader = newDateReader()): unknown {
  if (!Array.isArray(arg)) return readCell(arg, reader);
  let copy = false;
  for (const row of arg) {
    if (!Array.isArray(row)) {
      copy = true;
      break;
    }
    for (const cell of row)
      if (needsReading(cell)) {
        copy = true;
        break;
      }
    if (copy) break;
  }
  if (!copy) return arg;
  return arg.map((row) => (Array.isArray(row) ? row.map((cell) => readCell(cell, reader)) : readCell(row, reader)));
}

function writeCell(cell: OutputCell): SheetsValue {
  return isSheetError(cell) ? sheetsMessage(errorText(cell)) : cell;
}

/** Thrown for a whole-formula failure: Sheets shows #ERROR! and this message on hover. */
export class CustomFunctionError extends Error {}

/** Turns a core result into a Sheets value; throws (with the core's message) when the whole formula failed. */
export function toSheetsResult(output: Output): SheetsResult {
  if (!Array.isArray(output)) {
    if (isSheetError(output)) throw new CustomFunctionError(sheetsMessage(output.message));
    return output;
  }
  if (output.length === 0) return BLANK;
  // A single call whose one row failed whole (AIBAND for a role with no data) fails as a formula:
  // one #ERROR! with the message, not the same error text spilled into every cell of the row.
  const only = output.length === 1 ? output[0] : undefined;
  if (only && only.length > 0 && isSheetError(only[0])) {
    const first = only[0];
    if (only.every((cell) => isSheetError(cell) && cell.message === first.message))
      throw new CustomFunctionError(sheetsMessage(first.message));
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
  const dates = newDateReader();
  for (let i = 0; i < args.length; i++) read.push(readArgument(args[i], dates));
  // Omitted trailing optionals (undefined) are the core's to drop (core/lift.ts binding).
  return toSheetsResult(callByName(name, read));
}
