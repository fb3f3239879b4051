/**
 * Turning one spreadsheet cell into a clean typed value, or an error that says what was expected.
 * Like HyperFormula's argument metadata: a function body only ever sees values that passed here.
 */
import { InputCell, isBlankInput } from './cells';
import { SheetError, badValue, badNumber, isSheetError, parseErrorText } from './errors';
import { expected, describeCell } from './messages';

export type Parsed<T> = T | SheetError;

export interface NumberRule {
  /** smallest allowed value (inclusive unless `minExclusive`) */
  min?: number;
  minExclusive?: boolean;
  max?: number;
  integer?: boolean;
  /** what the number means, for messages: "a salary", "a payout ratio" */
  what?: string;
}

const NUMERIC_TEXT = /^[-+]?[$€£]?\s*[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?\s*%?$/;

/** Reads a number from a number cell or numeric text ("120,000", "$95.50", "15%"). */
export function toNumber(cell: InputCell, name: string, rule: NumberRule = {}): Parsed<number> {
  if (isSheetError(cell)) return cell;
  let value: number;
  if (typeof cell === 'number') {
    value = cell;
  } else if (typeof cell === 'string') {
    const text = cell.trim();
    const asError = parseErrorText(text);
    if (asError) return asError;
    if (!NUMERIC_TEXT.test(text) || !/\d/.test(text)) return badValue(expected(name, rule.what ?? 'a number', cell));
    value = Number(text.replace(/[$€£,\s%]/g, ''));
    if (text.endsWith('%')) value /= 100;
  } else {
    return badValue(expected(name, rule.what ?? 'a number', cell));
  }
  if (!Number.isFinite(value)) return badNumber(expected(name, 'a finite number', cell));
  if (rule.integer && !Number.isInteger(value)) return badNumber(expected(name, 'a whole number', cell));
  if (rule.min !== undefined && (rule.minExclusive ? value <= rule.min : value < rule.min)) {
    return badNumber(expected(name, `${rule.what ?? 'a number'} ${rule.minExclusive ? 'above' : 'of at least'} ${rule.min}`, cell));
  }
  if (rule.max !== undefined && value > rule.max) {
    return badNumber(expected(name, `${rule.what ?? 'a number'} of at most ${rule.max}`, cell));
  }
  return value;
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
export function toDateSerial(cell: InputCell, name: string): Parsed<number> {
  if (isSheetError(cell)) return cell;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return badValue(expected(name, 'a valid date', cell));
    return dateToSerial(cell);
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell > 2_958_465) {
      return badNumber(expected(name, 'a date (a serial number from 1 to 2958465, or a date value)', cell));
    }
    return Math.floor(cell);
  }
  if (typeof cell === 'string') {
    const match = ISO_DATE.exec(cell.trim());
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
  return badValue(`${name}: expected one of ${choices.map((c) => `"${c}"`).join(', ')}, received ${describeCell(cell)}`);
}

export { isBlankInput };
