/**
 * The cells of a user's band table: each column's reader turns a raw cell into a clean value or a
 * problem saying what would be right; the row check tests the figures against each other.
 * Plain functions, not a schema library: these are the only rules, and the Sheets bundle (loaded on
 * every custom-function call) should not carry a parser for them (issue 14).
 */
import { InputCell, isBlankInput } from '../cells';
import { dateToSerial, toDateSerial, toNumber } from '../coerce';
import { isSheetError } from '../errors';
import { describeCell } from '../messages';
import { CurrencyCode, isCurrencyCode } from './currency-codes';
import { ColumnKey, TableStat } from './user-table-columns';

/** Survey exports mark cells with too few incumbents this way; they mean "no figure", not text. */
const NO_DATA_MARKERS = new Set(['-', '—', '–', 'n/a', 'na', 'nd', 'n/d', 'insufficient data', 'isd', '*']);

/**
 * A cell as read: its clean value, or a message saying what would be right. The two are kept apart
 * by type, not by a marker in the text, so any text a user writes (a role named "!Staff") is a value.
 */
export type CellRead<T> = { readonly value: T } | { readonly problem: string };
const ok = <T>(value: T): CellRead<T> => ({ value });
const fail = (problem: string): CellRead<never> => ({ problem });

function readText(what: string) {
  return (cell: InputCell): CellRead<string> => {
    if (typeof cell === 'string') return ok(cell.trim());
    if (typeof cell === 'number' && Number.isFinite(cell)) return ok(String(cell));
    return fail(`expected ${what} as text, received ${describeCell(cell)}`);
  };
}

function readAmount(cell: InputCell): CellRead<number | undefined> {
  if (typeof cell === 'string' && NO_DATA_MARKERS.has(cell.trim().toLowerCase())) return ok(undefined);
  const value = toNumber(cell, 'figure', { min: 0, minExclusive: true, what: 'an amount above 0' });
  if (isSheetError(value)) {
    // A figure that could be read two ways (160.000) says so, rather than the generic message.
    if (/ is ambiguous: /.test(value.message)) return fail(value.message.replace(/^figure: /, ''));
    if (typeof cell === 'string' && /\d\s*k$/i.test(cell.trim()))
      return fail(`expected a number such as 120000, received ${describeCell(cell)} (write thousands out in full)`);
    return fail(
      `expected a pay figure above 0 (a number such as 120000 or text such as "120,000"), received ${describeCell(cell)}`,
    );
  }
  return ok(value);
}

function readCurrency(cell: InputCell): CellRead<CurrencyCode> {
  const text = typeof cell === 'string' ? cell.trim().toUpperCase() : '';
  if (isCurrencyCode(text)) return ok(text);
  return fail(
    `expected a three-letter ISO 4217 currency code such as USD, EUR, GBP, INR, received ${describeCell(cell)}`,
  );
}

const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;

function readAsOf(cell: InputCell): CellRead<number> {
  if (typeof cell === 'string') {
    // Surveys often date a cut by month ("2025-07"): read it as the first of that month.
    const month = YEAR_MONTH.exec(cell.trim());
    if (month && Number(month[1]) >= 1900 && Number(month[2]) >= 1 && Number(month[2]) <= 12)
      return ok(dateToSerial(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1))));
  }
  const serial = toDateSerial(cell, 'as-of date');
  if (isSheetError(serial))
    return fail(
      `expected a date (a date cell, a serial number, or text like 2026-01-31 or 2026-01), received ${describeCell(cell)}`,
    );
  return ok(serial);
}

type CellReader = (cell: InputCell) => CellRead<unknown>;

const READERS: Readonly<Record<ColumnKey, CellReader>> = {
  role: readText('a role name'),
  level: readText('a level name'),
  min: readAmount,
  mid: readAmount,
  max: readAmount,
  p10: readAmount,
  p25: readAmount,
  p50: readAmount,
  p75: readAmount,
  p90: readAmount,
  currency: readCurrency,
  market: readText('a market name'),
  source: readText('a source name'),
  asOf: readAsOf,
};

/** A raw cell of the column `key` read: its clean value (undefined for a blank), or its problem. */
export function readCell(key: ColumnKey, cell: InputCell): CellRead<unknown> {
  return isBlankInput(cell) ? ok(undefined) : READERS[key](cell);
}

/** A row once its cells are read (a cell left out was blank or unreadable). */
export interface RowFields {
  role?: string;
  level?: string;
  min?: number;
  mid?: number;
  max?: number;
  p10?: number;
  p25?: number;
  p50?: number;
  p75?: number;
  p90?: number;
  currency?: string;
  market?: string;
  source?: string;
  asOf?: number;
}

/** A problem with a read row, at the column it names. */
export interface RowProblem {
  readonly key: ColumnKey;
  readonly message: string;
}

/** The row's figures checked against each other, and its role and level required. */
export function checkRow(row: RowFields): RowProblem[] {
  const problems: RowProblem[] = [];
  if (row.role === undefined)
    problems.push({ key: 'role', message: 'the role is blank: expected a role name, such as LLMOps' });
  if (row.level === undefined)
    problems.push({ key: 'level', message: 'the level is blank: expected a level name, such as Senior' });
  const ordered = (chain: readonly TableStat[], rule: string): void => {
    const present = chain.filter((s) => row[s] !== undefined);
    for (let i = 1; i < present.length; i++) {
      const low = present[i - 1];
      const high = present[i];
      if (row[low]! > row[high]!)
        problems.push({
          key: low,
          message: `${low} ${row[low]} is above ${high} ${row[high]}: ${rule}; check the columns are not swapped`,
        });
    }
  };
  ordered(['min', 'mid', 'max'], 'a band needs min ≤ mid ≤ max');
  ordered(['p10', 'p25', 'p50', 'p75', 'p90'], 'percentiles must rise from p10 to p90');
  return problems;
}
