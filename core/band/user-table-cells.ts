/**
 * The cells of a user's band table, read with zod: each column's schema turns a raw cell into a clean
 * value or an issue whose message says what would be right; the row schema checks the figures
 * against each other.
 */
import * as z from 'zod/mini';
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
type CellRead<T> = { readonly value: T } | { readonly problem: string };
const ok = <T>(value: T): CellRead<T> => ({ value });
const fail = (problem: string): CellRead<never> => ({ problem });

function cellSchema<T>(read: (cell: InputCell) => CellRead<T>): z.ZodMiniType<T | undefined> {
  return z.pipe(
    z.custom<InputCell>(),
    z.transform((cell: InputCell, ctx) => {
      if (isBlankInput(cell)) return undefined;
      const result = read(cell);
      if ('problem' in result) {
        // zod/mini's transform context is the parse payload: an issue is pushed onto it directly.
        ctx.issues.push({ code: 'custom', message: result.problem, input: cell });
        return z.NEVER;
      }
      return result.value;
    }),
  ) as unknown as z.ZodMiniType<T | undefined>;
}

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

// The schemas are built on first use, not at load: building them was about a tenth of Code.js's
// cold load, which Sheets pays on every custom-function execution, most of which read no table.
let cellSchemasBuilt: Readonly<Record<ColumnKey, z.ZodMiniType<unknown>>> | undefined;
let rowSchemaBuilt: ReturnType<typeof buildRowSchema> | undefined;

/** Each column's cell schema: a raw cell in, a clean value (or undefined for blank) out. */
export const cellSchemas = (): Readonly<Record<ColumnKey, z.ZodMiniType<unknown>>> =>
  (cellSchemasBuilt ??= buildCellSchemas());
/** A row once its cells are read: the figures checked against each other. */
export const rowSchema = (): ReturnType<typeof buildRowSchema> => (rowSchemaBuilt ??= buildRowSchema());

function buildCellSchemas(): Readonly<Record<ColumnKey, z.ZodMiniType<unknown>>> {
  const amount = cellSchema(readAmount);
  return {
    role: cellSchema(readText('a role name')),
    level: cellSchema(readText('a level name')),
    min: amount,
    mid: amount,
    max: amount,
    p10: amount,
    p25: amount,
    p50: amount,
    p75: amount,
    p90: amount,
    currency: cellSchema(readCurrency),
    market: cellSchema(readText('a market name')),
    source: cellSchema(readText('a source name')),
    asOf: cellSchema(readAsOf),
  };
}

function buildRowSchema() {
  // zod/mini: the same parser as zod with checks as functions, so bundles carry only what is used.
  const optionalAmount = z.optional(z.number());
  return z
    .object({
      role: z.optional(z.string()),
      level: z.optional(z.string()),
      min: optionalAmount,
      mid: optionalAmount,
      max: optionalAmount,
      p10: optionalAmount,
      p25: optionalAmount,
      p50: optionalAmount,
      p75: optionalAmount,
      p90: optionalAmount,
      currency: z.optional(z.string()),
      market: z.optional(z.string()),
      source: z.optional(z.string()),
      asOf: z.optional(z.number().check(z.int())),
    })
    .check(
      z.superRefine((row, ctx) => {
        if (row.role === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['role'],
            message: 'the role is blank: expected a role name, such as LLMOps',
          });
        if (row.level === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['level'],
            message: 'the level is blank: expected a level name, such as Senior',
          });
        const ordered = (chain: readonly TableStat[], rule: string): void => {
          const present = chain.filter((s) => row[s] !== undefined);
          for (let i = 1; i < present.length; i++) {
            const low = present[i - 1];
            const high = present[i];
            if (row[low]! > row[high]!) {
              ctx.addIssue({
                code: 'custom',
                path: [low],
                message: `${low} ${row[low]} is above ${high} ${row[high]}: ${rule}; check the columns are not swapped`,
              });
            }
          }
        };
        ordered(['min', 'mid', 'max'], 'a band needs min ≤ mid ≤ max');
        ordered(['p10', 'p25', 'p50', 'p75', 'p90'], 'percentiles must rise from p10 to p90');
      }),
    );
}

export type RowFields = z.output<ReturnType<typeof buildRowSchema>>;
