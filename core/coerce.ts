/**
 * Turning one spreadsheet cell into a clean typed value, or an error that says what was expected.
 * Like HyperFormula's argument metadata: a function body only ever sees values that passed here.
 */
import { InputCell, isBlankInput } from './cells';
import { SheetError, badValue, badNumber, isSheetError, parseErrorText } from './errors';
import { expected, describeCell } from './messages';
import { DecimalMark, readNumberText } from './cell-reader';

export type Parsed<T> = T | SheetError;

export interface NumberRule {
  /** smallest allowed value (inclusive unless `minExclusive`) */
  min?: number;
  minExclusive?: boolean;
  max?: number;
  integer?: boolean;
  /** what the number means, for messages: "a salary", "a payout ratio" */
  what?: string;
  /**
   * A fraction typed where a percentage is easy to mistype (15 for 15%): above `max` the message
   * is the one every fraction parameter gives, "0.15 for 15%, not 15".
   */
  fraction?: boolean;
  /** the decimal mark of text cells (',' only for a semicolon CSV): core/cell-reader.ts */
  decimalMark?: DecimalMark;
}

/** The words every fraction parameter uses when a percentage comes as a whole number. */
export const FRACTION_HINT = '0.15 for 15%, not 15';

/** A fraction rule with a plausible upper bound; `what` names it ("a bonus target"). */
export const fractionRule = (what: string, max: number, min = 0): NumberRule => ({ min, max, fraction: true, what });

function outOfBounds(name: string, rule: NumberRule, value: number, cell: number): SheetError | undefined {
  const what = rule.what ?? 'a number';
  const belowMin = rule.min !== undefined && (rule.minExclusive ? value <= rule.min : value < rule.min);
  if (rule.fraction && (belowMin || (rule.max !== undefined && value > rule.max))) {
    return badNumber(
      expected(name, `${what} as a fraction from ${rule.min ?? 0} to ${rule.max} (${FRACTION_HINT})`, cell),
    );
  }
  if (rule.min !== undefined && (rule.minExclusive ? value <= rule.min : value < rule.min)) {
    return badNumber(expected(name, `${what} ${rule.minExclusive ? 'above' : 'of at least'} ${rule.min}`, cell));
  }
  if (rule.max !== undefined && value > rule.max) {
    return badNumber(expected(name, `${what} of at most ${rule.max}`, cell));
  }
  return undefined;
}

/** Reads a number from a number cell or numeric text, by the one grammar of core/cell-reader.ts. */
export function toNumber(cell: InputCell, name: string, rule: NumberRule = {}): Parsed<number> {
  if (isSheetError(cell)) return cell;
  let value: number;
  if (typeof cell === 'number') {
    value = cell;
  } else if (typeof cell === 'string') {
    const text = cell.trim();
    const asError = parseErrorText(text);
    if (asError) return asError;
    const reading = readNumberText(text, rule.decimalMark);
    if (!reading) return badValue(expected(name, rule.what ?? 'a number', cell));
    if ('problem' in reading) return badValue(`${name}: ${reading.problem}`);
    value = reading.value;
  } else {
    return badValue(expected(name, rule.what ?? 'a number', cell));
  }
  if (!Number.isFinite(value)) return badNumber(expected(name, 'a finite number', cell));
  if (rule.integer && !Number.isInteger(value)) return badNumber(expected(name, 'a whole number', value));
  // Bounds speak of the number read (15, whether typed as 15 or "15"), so a formula and the panel word it alike.
  return outOfBounds(name, rule, value, value) ?? value;
}

/** Reads text; numbers are accepted as their text (a level typed as 3 is "3"). */
export function toText(cell: InputCell, name: string): Parsed<string> {
  if (isSheetError(cell)) return cell;
  if (typeof cell === 'string') {
    const asError = parseErrorText(cell);
    return asError ?? cell.trim();
  }
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  return badValue(expected(name, 'text', cell));
}

/** Excel's serial date 0 is 1899-12-30 (which absorbs the 1900 leap-year bug for dates after Feb 1900). */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

export function dateToSerial(date: Date): number {
  // Sheets hands a date cell over as midnight in the SPREADSHEET's time zone, which need not be the
  // script's (appsscript.json says Etc/UTC): 2026-07-01 in London arrives as 2026-06-30T23:00Z.
  // Rounding to the nearest UTC day gives the calendar day the user sees for any zone within
  // 12 hours of UTC; reading the script's local calendar fields would be a day early east of UTC.
  return Math.round((date.getTime() - SERIAL_EPOCH_MS) / MS_PER_DAY);
}

export function serialToIsoDate(serial: number): string {
  return new Date(SERIAL_EPOCH_MS + Math.round(serial) * MS_PER_DAY).toISOString().slice(0, 10);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/;

/** Reads a date as a spreadsheet serial number: from a serial, a Date, or ISO text (2026-01-31). */
/**
 * Dates from 1900-01-01 (serial 1) on: earlier years are refused rather than guessed, since
 * JavaScript reads a year under 100 as 19xx ("0026-01-01" would be 1926). A time with no date
 * (a Sheets time cell arrives as a Date on 1899-12-30, an Excel one as a fraction under 1) is not
 * a date either.
 */
export function toDateSerial(cell: InputCell, name: string): Parsed<number> {
  if (isSheetError(cell)) return cell;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return badValue(expected(name, 'a valid date', cell));
    const serial = dateToSerial(cell);
    if (serial < 2) return badValue(expected(name, 'a date from 1900 on (a time of day alone is not a date)', cell)); // a Date's serial 1 is 1899-12-31
    return serial;
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell > 2_958_465) {
      return badNumber(expected(name, 'a date (a serial number from 1 to 2958465, or a date value)', cell));
    }
    return Math.floor(cell);
  }
  if (typeof cell === 'string') {
    const match = ISO_DATE.exec(cell.trim());
    if (match && Number(match[1]) < 1900)
      return badValue(expected(name, 'a date from 1900 on (spreadsheets count days from 1900)', cell));
    if (match) {
      const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
      if (!Number.isNaN(utc) && new Date(utc).getUTCDate() === Number(match[3])) {
        return Math.round((utc - SERIAL_EPOCH_MS) / MS_PER_DAY);
      }
    }
  }
  return badValue(expected(name, 'a date (a date value, a serial number, or text like 2026-01-31)', cell));
}

/** Normal form for matching names: case, spaces, hyphens, underscores and dots do not matter. */
export function normalizeName(text: string): string {
  return text.toLowerCase().replace(/[\s\-_.]+/g, '');
}

/** Reads one of a fixed set of words (a stat, a convention, a bound). */
export function toChoice<T extends string>(cell: InputCell, name: string, choices: readonly T[]): Parsed<T> {
  const text = toText(cell, name);
  if (isSheetError(text)) return text;
  const key = normalizeName(text);
  const match = choices.find((choice) => normalizeName(choice) === key);
  if (match) return match;
  return badValue(
    `${name}: expected one of ${choices.map((c) => `"${c}"`).join(', ')}, received ${describeCell(cell)}`,
  );
}

export { isBlankInput };
