/**
 * A user's own band table standing in for the embedded data (issue 7; DESIGN.md §5: "the embedded
 * seed data must be the default, never the ceiling"). A company pay structure or a survey export is
 * a range whose first row is a header: role, level, and any of min, mid, max, p10, p25, p50, p75,
 * p90, currency, market, source, as-of date. Headers are matched loosely, because every survey
 * vendor spells them its own way ("Midpoint", "50th Percentile", "Job Family", "Grade").
 *
 * Reading is all or nothing: a table with any problem is an error naming each bad row and column
 * and what would be right, and none of it is used, so no lookup ever reads half a table.
 *
 * Figures in a user's table are "reported" by that table; the one derivation is a missing mid,
 * taken as the midpoint of min and max (or, with no range, the table's median), and AI.SOURCE says
 * which.
 */
import * as z from 'zod/mini';
import { InputCell, isBlankInput } from '../cells';
import { dateToSerial, normalizeName, serialToIsoDate, toDateSerial, toNumber } from '../coerce';
import { SheetError, badValue, isSheetError, notAvailable } from '../errors';
import { describeCell } from '../messages';
import { closestHint, closestNames, Term, Vocabulary, vocabulary } from '../vocabulary/match';
import { levels as builtInLevels } from '../vocabulary/levels';
import { roles as builtInRoles } from '../vocabulary/roles';
import { BandFigure, BandResult } from './embedded-bands';
import { CurrencyCode, isCurrencyCode } from './currency-codes';

export const TABLE_STATS = ['min', 'mid', 'max', 'p10', 'p25', 'p50', 'p75', 'p90'] as const;
export type TableStat = (typeof TABLE_STATS)[number];
export type ColumnKey = 'role' | 'level' | TableStat | 'currency' | 'market' | 'source' | 'asOf';

/** What each column is called in messages and previews. */
export const COLUMN_LABELS: Readonly<Record<ColumnKey, string>> = {
  role: 'role', level: 'level', min: 'min', mid: 'mid', max: 'max', p10: 'p10', p25: 'p25', p50: 'p50', p75: 'p75', p90: 'p90',
  currency: 'currency', market: 'market', source: 'source', asOf: 'as-of date',
};

/**
 * Header spellings, compared after case, spaces and punctuation are dropped. "Median" is the 50th
 * percentile (a survey statistic), not a range midpoint; a table with a median and no mid still
 * answers `mid` (see `resolveMid`).
 */
const HEADER_SYNONYMS: Readonly<Record<ColumnKey, readonly string[]>> = {
  role: ['role', 'roles', 'job', 'job title', 'title', 'job family', 'family', 'job role', 'position', 'profile', 'function', 'job function', 'job name', 'specialism', 'discipline'],
  level: ['level', 'levels', 'grade', 'job level', 'career level', 'pay grade', 'job grade', 'band', 'seniority', 'tier', 'career stage', 'level name'],
  min: ['min', 'minimum', 'low', 'floor', 'bottom', 'start', 'entry point', 'lower bound'],
  mid: ['mid', 'midpoint', 'mid point', 'middle', 'target', 'reference', 'control point', 'reference point'],
  max: ['max', 'maximum', 'high', 'top', 'ceiling', 'upper bound'],
  p10: ['p10', '10th', '10th percentile', 'percentile 10'],
  p25: ['p25', '25th', '25th percentile', 'percentile 25', 'q1', 'lower quartile', 'first quartile'],
  p50: ['p50', '50th', '50th percentile', 'percentile 50', 'median', 'q2'],
  p75: ['p75', '75th', '75th percentile', 'percentile 75', 'q3', 'upper quartile', 'third quartile'],
  p90: ['p90', '90th', '90th percentile', 'percentile 90'],
  currency: ['currency', 'ccy', 'currency code', 'cur'],
  market: ['market', 'location', 'country', 'region', 'geo', 'geography', 'city', 'market name'],
  source: ['source', 'survey', 'survey name', 'publisher', 'provider', 'data source', 'report', 'vendor'],
  asOf: ['as of', 'as of date', 'asof', 'effective date', 'effective', 'date', 'survey date', 'data date', 'data as of', 'snapshot date', 'valid from', 'aged to', 'effective as of'],
};

/** Words survey exports wrap around a statistic ("Base Salary Minimum (USD)", "Annual Base P50"). */
const FILLER_WORDS = new Set(['base', 'salary', 'pay', 'annual', 'annualized', 'annualised', 'range', 'amount', 'value', 'structure', 'of', 'the', 'rate', 'comp', 'compensation', 'yearly']);

const SYNONYM_INDEX = new Map<string, ColumnKey>();
for (const [key, names] of Object.entries(HEADER_SYNONYMS) as [ColumnKey, readonly string[]][]) {
  for (const name of names) SYNONYM_INDEX.set(normalizeName(name).replace(/[^a-z0-9]/g, ''), key);
}

const PERCENTILE = /^(?:p|pct|perc|percentile)?(10|25|50|75|90)(?:st|nd|rd|th)?(?:p|pct|perc|percentile)?$/;

/** Which column a header names, or undefined for a column the table may carry but lookups ignore. */
export function matchHeader(header: string): ColumnKey | undefined {
  const plain = header.toLowerCase().replace(/\([^)]*\)/g, ' ');
  const key = plain.replace(/[^a-z0-9]/g, '');
  const direct = SYNONYM_INDEX.get(key);
  if (direct) return direct;
  const words = plain.split(/[^a-z0-9]+/).filter((w) => w !== '' && !FILLER_WORDS.has(w));
  const stripped = words.join('');
  const viaWords = SYNONYM_INDEX.get(stripped);
  if (viaWords) return viaWords;
  const percentile = PERCENTILE.exec(stripped);
  if (percentile) return `p${percentile[1]}` as TableStat;
  return undefined;
}

/** One problem with a table: 1-based row (the header is row 1) and column, as a preview marks it. */
export interface TableProblem {
  readonly row: number;
  /** 1-based column number, or 0 for a problem with the whole row or table */
  readonly column: number;
  readonly message: string;
}

export interface TableColumn {
  readonly key: ColumnKey;
  /** 0-based position in the range */
  readonly index: number;
  /** the header as the user wrote it */
  readonly header: string;
}

export interface UserBandRow {
  /** 1-based row within the range (the header is row 1) */
  readonly rowNumber: number;
  readonly role: string;
  readonly level: string;
  readonly stats: Readonly<Partial<Record<TableStat, number>>>;
  readonly currency?: CurrencyCode;
  readonly market?: string;
  readonly source?: string;
  /** spreadsheet serial date */
  readonly asOf?: number;
}

export interface UserBandTable {
  readonly kind: 'user-band-table';
  readonly rows: readonly UserBandRow[];
  readonly columns: readonly TableColumn[];
  /** headers that name nothing a lookup reads (incumbent counts, notes): kept out of lookups, listed in previews */
  readonly ignoredHeaders: readonly string[];
  readonly roles: Vocabulary<Term>;
  readonly levels: Vocabulary<Term>;
  /** role term id -> level term id -> the rows (one per market) */
  readonly index: ReadonlyMap<string, ReadonlyMap<string, readonly UserBandRow[]>>;
  /** name resolutions and figures already made in this call (a tracker repeats a few names thousands of times) */
  readonly memo: Map<string, unknown>;
}

export function isUserBandTable(value: unknown): value is UserBandTable {
  return typeof value === 'object' && value !== null && (value as UserBandTable).kind === 'user-band-table';
}

export interface TableReading {
  readonly table?: UserBandTable;
  readonly problems: readonly TableProblem[];
  readonly columns: readonly TableColumn[];
  readonly ignoredHeaders: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Cells, read with zod: each column's schema turns a raw cell into a clean value or an issue whose
// message says what would be right; the row schema checks the figures against each other.

/** Survey exports mark cells with too few incumbents this way; they mean "no figure", not text. */
const NO_DATA_MARKERS = new Set(['-', '—', '–', 'n/a', 'na', 'nd', 'n/d', 'insufficient data', 'isd', '*']);

function cellSchema<T>(read: (cell: InputCell) => T | string): z.ZodMiniType<T | undefined> {
  return z.pipe(z.custom<InputCell>(), z.transform((cell: InputCell, ctx) => {
    if (isBlankInput(cell)) return undefined;
    const value = read(cell);
    if (typeof value === 'string' && value.startsWith('!')) {
      // zod/mini's transform context is the parse payload: an issue is pushed onto it directly.
      ctx.issues.push({ code: 'custom', message: value.slice(1), input: cell });
      return z.NEVER;
    }
    return value as T;
  })) as unknown as z.ZodMiniType<T | undefined>;
}

const fail = (message: string): string => `!${message}`;

function readText(what: string) {
  return (cell: InputCell): string => {
    if (typeof cell === 'string') return cell.trim();
    if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
    return fail(`expected ${what} as text, received ${describeCell(cell)}`);
  };
}

function readAmount(cell: InputCell): number | undefined | string {
  if (typeof cell === 'string' && NO_DATA_MARKERS.has(cell.trim().toLowerCase())) return undefined;
  const value = toNumber(cell, 'figure', { min: 0, minExclusive: true, what: 'an amount above 0' });
  if (isSheetError(value)) {
    // A figure that could be read two ways (160.000) says so, rather than the generic message.
    if (/ is ambiguous: /.test(value.message)) return fail(value.message.replace(/^figure: /, ''));
    if (typeof cell === 'string' && /\d\s*k$/i.test(cell.trim())) return fail(`expected a number such as 120000, received ${describeCell(cell)} (write thousands out in full)`);
    return fail(`expected a pay figure above 0 (a number such as 120000 or text such as "120,000"), received ${describeCell(cell)}`);
  }
  return value;
}

function readCurrency(cell: InputCell): CurrencyCode | string {
  const text = typeof cell === 'string' ? cell.trim().toUpperCase() : '';
  if (isCurrencyCode(text)) return text;
  return fail(`expected a three-letter ISO 4217 currency code such as USD, EUR, GBP, INR, received ${describeCell(cell)}`);
}

const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;

function readAsOf(cell: InputCell): number | string {
  if (typeof cell === 'string') {
    // Surveys often date a cut by month ("2025-07"): read it as the first of that month.
    const month = YEAR_MONTH.exec(cell.trim());
    if (month && Number(month[1]) >= 1900 && Number(month[2]) >= 1 && Number(month[2]) <= 12) return dateToSerial(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
  }
  const serial = toDateSerial(cell, 'as-of date');
  if (isSheetError(serial)) return fail(`expected a date (a date cell, a serial number, or text like 2026-01-31 or 2026-01), received ${describeCell(cell)}`);
  return serial;
}

// The schemas are built on first use, not at load: building them was about a tenth of Code.js's
// cold load, which Sheets pays on every custom-function execution, most of which read no table.
let cellSchemas: Readonly<Record<ColumnKey, z.ZodMiniType<unknown>>> | undefined;

/** Each column's cell schema: a raw cell in, a clean value (or undefined for blank) out. */
const CELL_SCHEMAS = (): Readonly<Record<ColumnKey, z.ZodMiniType<unknown>>> => (cellSchemas ??= buildCellSchemas());

function buildCellSchemas(): Readonly<Record<ColumnKey, z.ZodMiniType<unknown>>> {
  const amount = cellSchema<number>(readAmount as (cell: InputCell) => number | string);
  return {
    role: cellSchema(readText('a role name')),
    level: cellSchema(readText('a level name')),
    min: amount, mid: amount, max: amount, p10: amount, p25: amount, p50: amount, p75: amount, p90: amount,
    currency: cellSchema(readCurrency),
    market: cellSchema(readText('a market name')),
    source: cellSchema(readText('a source name')),
    asOf: cellSchema(readAsOf),
  };
}

/** A row once its cells are read: the figures checked against each other. */
function buildRowSchema() {
  // zod/mini: the same parser as zod with checks as functions, so bundles carry only what is used.
  const optionalAmount = z.optional(z.number());
  return z
    .object({
      role: z.optional(z.string()),
      level: z.optional(z.string()),
      min: optionalAmount, mid: optionalAmount, max: optionalAmount, p10: optionalAmount, p25: optionalAmount, p50: optionalAmount, p75: optionalAmount, p90: optionalAmount,
      currency: z.optional(z.string()),
      market: z.optional(z.string()),
      source: z.optional(z.string()),
      asOf: z.optional(z.number().check(z.int())),
    })
    .check(z.superRefine((row, ctx) => {
      if (row.role === undefined) ctx.addIssue({ code: 'custom', path: ['role'], message: 'the role is blank: expected a role name, such as LLMOps' });
      if (row.level === undefined) ctx.addIssue({ code: 'custom', path: ['level'], message: 'the level is blank: expected a level name, such as Senior' });
      const ordered = (chain: readonly TableStat[], rule: string): void => {
        const present = chain.filter((s) => row[s] !== undefined);
        for (let i = 1; i < present.length; i++) {
          const low = present[i - 1];
          const high = present[i];
          if (row[low]! > row[high]!) {
            ctx.addIssue({ code: 'custom', path: [low], message: `${low} ${row[low]} is above ${high} ${row[high]}: ${rule}; check the columns are not swapped` });
          }
        }
      };
      ordered(['min', 'mid', 'max'], 'a band needs min ≤ mid ≤ max');
      ordered(['p10', 'p25', 'p50', 'p75', 'p90'], 'percentiles must rise from p10 to p90');
    }));
}

let rowSchema: ReturnType<typeof buildRowSchema> | undefined;
const ROW_SCHEMA = (): ReturnType<typeof buildRowSchema> => (rowSchema ??= buildRowSchema());

type RowFields = z.output<ReturnType<typeof buildRowSchema>>;

// ---------------------------------------------------------------------------------------------
// The table.

const MAX_PROBLEMS_IN_MESSAGE = 3;

function readHeader(header: readonly InputCell[], problems: TableProblem[]): { columns: TableColumn[]; ignored: string[] } {
  const columns: TableColumn[] = [];
  const ignored: string[] = [];
  const seen = new Map<ColumnKey, TableColumn>();
  header.forEach((cell, index) => {
    if (isBlankInput(cell)) return;
    const text = typeof cell === 'string' ? cell.trim() : describeCell(cell);
    const key = typeof cell === 'string' ? matchHeader(text) : undefined;
    if (!key) {
      ignored.push(text);
      return;
    }
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({ row: 1, column: index + 1, message: `columns "${earlier.header}" and "${text}" both read as ${COLUMN_LABELS[key]}: keep one, or rename the other` });
      return;
    }
    const column = { key, index, header: text };
    seen.set(key, column);
    columns.push(column);
  });
  const has = (key: ColumnKey) => seen.has(key);
  const stats = TABLE_STATS.filter(has);
  if (!has('role') && !has('level') && stats.length === 0) {
    const found = header.filter((c) => !isBlankInput(c)).slice(0, 5).map(describeCell).join(', ');
    problems.push({ row: 1, column: 0, message: `row 1 is not a header row: expected column names such as role, level, min, mid, max (or p10 to p90, currency, market, source, as-of date), found ${found || 'a blank row'}` });
    return { columns, ignored };
  }
  if (!has('role')) problems.push({ row: 1, column: 0, message: 'no role column: expected a header such as "role", "job family" or "job title"' });
  if (!has('level')) problems.push({ row: 1, column: 0, message: 'no level column: expected a header such as "level", "grade" or "career level"' });
  if (stats.length === 0) problems.push({ row: 1, column: 0, message: 'no pay column: expected at least one of min, mid, max, p10, p25, p50, p75, p90 (or "minimum", "midpoint", "median", "maximum")' });
  return { columns, ignored };
}

/** A vocabulary over the table's own names, with our aliases where the user's name is one of ours. */
function ownVocabulary(what: 'role' | 'level', names: readonly string[]): Vocabulary<Term> {
  const builtIn = what === 'role' ? builtInRoles : builtInLevels;
  const ownKeys = new Set(names.map(normalizeName));
  const claims = new Map<string, Set<number>>();
  const candidates = names.map((name, i) => {
    const ours = builtIn.find(name);
    if (isSheetError(ours)) return [];
    const aliases = [ours.name, ours.id, ...ours.aliases].filter((alias) => !ownKeys.has(normalizeName(alias))); // the user's own names win
    for (const alias of aliases) {
      const key = normalizeName(alias);
      if (!claims.has(key)) claims.set(key, new Set());
      claims.get(key)!.add(i);
    }
    return aliases;
  });
  // An alias two of the user's names could claim (their "ML Engineer" and "Machine Learning" rows) is given to neither.
  return vocabulary(what, names.map((name, i) => ({ id: normalizeName(name), name, aliases: candidates[i].filter((alias) => claims.get(normalizeName(alias))!.size === 1) })));
}

/**
 * Reads a grid (a range as a host hands it over, or a parsed CSV) as a band table, gathering every
 * problem. `table` is set only when there are none.
 */
export function readBandTable(grid: readonly (readonly InputCell[])[]): TableReading {
  const problems: TableProblem[] = [];
  if (grid.length === 0 || grid[0].length === 0) {
    return { problems: [{ row: 1, column: 0, message: 'the table is empty: expected a header row (role, level, min, mid, max, ...) and rows of figures' }], columns: [], ignoredHeaders: [] };
  }
  const { columns, ignored } = readHeader(grid[0], problems);
  if (problems.some((p) => p.row === 1 && p.column === 0)) return { problems, columns, ignoredHeaders: ignored };

  const rows: UserBandRow[] = [];
  const firstAt = new Map<string, number>();
  const hasMarket = columns.some((c) => c.key === 'market');
  for (let r = 1; r < grid.length; r++) {
    const line = grid[r];
    if (columns.every((c) => isBlankInput(line[c.index]))) continue; // a blank tail or spacer row
    const cells: Record<string, unknown> = {};
    const rowProblems: TableProblem[] = [];
    const problemAt = (column: TableColumn | undefined, key: string, message: string): void => {
      const where = column ? `column "${column.header}"` : `the ${key} column`;
      rowProblems.push({ row: r + 1, column: column ? column.index + 1 : 0, message: `row ${r + 1}, ${where}: ${message}` });
    };
    const unreadable = new Set<string>();
    for (const column of columns) {
      const read = CELL_SCHEMAS()[column.key].safeParse(line[column.index]);
      if (read.success) cells[column.key] = read.data;
      else {
        unreadable.add(column.key);
        for (const issue of read.error.issues) problemAt(column, column.key, issue.message);
      }
    }
    const parsed = ROW_SCHEMA().safeParse(cells);
    if (!parsed.success) {
      // A cell already reported as unreadable is not reported again as blank.
      for (const issue of parsed.error.issues) if (!unreadable.has(String(issue.path[0]))) problemAt(columns.find((c) => c.key === issue.path[0]), String(issue.path[0]), issue.message);
    }
    if (rowProblems.length > 0 || !parsed.success) {
      problems.push(...rowProblems);
      continue;
    }
    const fields: RowFields = parsed.data;
    const stats: Partial<Record<TableStat, number>> = {};
    for (const stat of TABLE_STATS) if (fields[stat] !== undefined) stats[stat] = fields[stat];
    const row: UserBandRow = Object.freeze({
      rowNumber: r + 1, role: fields.role!, level: fields.level!, stats: Object.freeze(stats),
      currency: fields.currency as CurrencyCode | undefined, market: fields.market, source: fields.source, asOf: fields.asOf,
    });
    const key = `${normalizeName(row.role)}|${normalizeName(row.level)}|${hasMarket ? marketKey(row.market ?? '') : ''}`;
    const first = firstAt.get(key);
    if (first !== undefined) {
      const inMarket = hasMarket ? ` in market "${row.market ?? ''}"` : '';
      problems.push({
        row: r + 1, column: 0,
        message: `row ${r + 1} repeats role "${row.role}" and level "${row.level}"${inMarket} (first at row ${first}): keep one row per role and level${hasMarket ? ' and market' : ''}; to combine two surveys, put each in its own table and blend them with AI.BLEND`,
      });
      continue;
    }
    firstAt.set(key, r + 1);
    rows.push(row);
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ row: 2, column: 0, message: 'the table has a header but no rows of figures: expected one row per role and level below the header' });
  if (problems.length > 0) return { problems, columns, ignoredHeaders: ignored };

  const distinct = (names: string[]): string[] => {
    const byKey = new Map<string, string>();
    for (const name of names) if (!byKey.has(normalizeName(name))) byKey.set(normalizeName(name), name);
    return [...byKey.values()];
  };
  const roleVocabulary = ownVocabulary('role', distinct(rows.map((r) => r.role)));
  const levelVocabulary = ownVocabulary('level', distinct(rows.map((r) => r.level)));
  const index = new Map<string, Map<string, UserBandRow[]>>();
  for (const row of rows) {
    const roleId = normalizeName(row.role);
    const levelId = normalizeName(row.level);
    let byLevel = index.get(roleId);
    if (!byLevel) index.set(roleId, (byLevel = new Map()));
    const list = byLevel.get(levelId);
    if (list) list.push(row);
    else byLevel.set(levelId, [row]);
  }
  const table: UserBandTable = {
    kind: 'user-band-table', rows: Object.freeze(rows), columns: Object.freeze(columns), ignoredHeaders: Object.freeze(ignored),
    roles: roleVocabulary, levels: levelVocabulary, index, memo: new Map(),
  };
  return { table, problems, columns, ignoredHeaders: ignored };
}

/** One error for a whole table: the problems (the first few), so the user can fix them all at once. */
export function tableProblemsError(problems: readonly TableProblem[]): SheetError {
  const shown = problems.slice(0, MAX_PROBLEMS_IN_MESSAGE).map((p) => p.message);
  const more = problems.length > MAX_PROBLEMS_IN_MESSAGE ? `; and ${problems.length - MAX_PROBLEMS_IN_MESSAGE} more problem${problems.length - MAX_PROBLEMS_IN_MESSAGE === 1 ? '' : 's'}` : '';
  return badValue(`the band table cannot be used (none of it was read): ${shown.join('; ')}${more}`);
}

/** The `parseTable` of the `source` argument: a table, or one error naming what is wrong where. */
export function parseUserBandTable(grid: readonly (readonly InputCell[])[]): UserBandTable | SheetError {
  const reading = readBandTable(grid);
  return reading.table ?? tableProblemsError(reading.problems);
}

// ---------------------------------------------------------------------------------------------
// Lookups.

const MARKET_SYNONYMS = new Map([['unitedstates', 'us'], ['usa', 'us'], ['america', 'us'], ['unitedkingdom', 'uk'], ['gb', 'uk'], ['greatbritain', 'uk']]);
function marketKey(text: string): string {
  const key = normalizeName(text);
  return MARKET_SYNONYMS.get(key) ?? key;
}

const listNames = (terms: readonly Term[], most = 8): string =>
  terms.length <= most ? terms.map((t) => t.name).join(', ') : `${terms.slice(0, most).map((t) => t.name).join(', ')} and ${terms.length - most} more`;

function findOwn(table: UserBandTable, what: 'role' | 'level', text: string): Term | SheetError {
  const memoKey = `${what}|${text}`;
  const cached = table.memo.get(memoKey) as Term | SheetError | undefined;
  if (cached) return cached;
  const vocabulary = what === 'role' ? table.roles : table.levels;
  let found = vocabulary.find(text);
  if (isSheetError(found)) {
    found = notAvailable(`your band table has no ${what} ${describeCell(text)} (its ${what}s: ${listNames(vocabulary.terms)}); ${closestHint(vocabulary.terms, text)}`);
  }
  table.memo.set(memoKey, found);
  return found;
}

/**
 * The row of a user's table for a role, level and (where the table has a market column) market.
 * `market` undefined means the default, "US", when the table has a US row, else the only row.
 */
export function findUserBandRow(table: UserBandTable, roleText: string, levelText: string, market?: string): UserBandRow | SheetError {
  const role = findOwn(table, 'role', roleText);
  if (isSheetError(role)) return role;
  const level = findOwn(table, 'level', levelText);
  if (isSheetError(level)) return level;
  const byLevel = table.index.get(role.id)!;
  const rows = byLevel.get(level.id);
  if (!rows) {
    const has = table.levels.terms.filter((t) => byLevel.has(t.id));
    return notAvailable(`your band table has no row for ${role.name} at level ${level.name} (it has ${role.name} at ${listNames(has)}); add a row, or ask for one of those levels`);
  }
  if (!table.columns.some((c) => c.key === 'market')) return rows[0];
  if (market !== undefined) {
    const row = rows.find((r) => marketKey(r.market ?? '') === marketKey(market));
    if (row) return row;
    return notAvailable(`your band table has no ${role.name} ${level.name} row for market ${describeCell(market)} (it has markets ${rows.map((r) => `"${r.market ?? ''}"`).join(', ')}); give one of those markets`);
  }
  if (rows.length === 1) return rows[0];
  return rows.find((r) => marketKey(r.market ?? '') === 'us')
    ?? notAvailable(`your band table has ${role.name} ${level.name} in several markets (${rows.map((r) => `"${r.market ?? ''}"`).join(', ')}) and none is US, the default: give the market argument`);
}

const columnOf = (table: UserBandTable, key: ColumnKey): TableColumn | undefined => table.columns.find((c) => c.key === key);

/** Display text only: figures are never rounded for use, only for reading in AI.SOURCE. */
export function formatAmount(value: number, currency: string | undefined): string {
  const text = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return currency ? `${text} ${currency}` : text;
}

function describeRow(table: UserBandTable, row: UserBandRow): string {
  const parts = [`row ${row.rowNumber} of your band table`];
  parts.push(row.currency ? `currency ${row.currency}` : columnOf(table, 'currency') ? 'currency blank in this row' : 'the table states no currency');
  if (row.market) parts.push(`market ${row.market}`);
  else if (!columnOf(table, 'market')) parts.push('the table states no market');
  parts.push(row.source ? `source "${row.source}"` : 'no source named');
  parts.push(row.asOf !== undefined ? `as of ${serialToIsoDate(row.asOf)}` : 'no as-of date');
  return parts.join('; ');
}

/**
 * A missing mid, derived: the midpoint of min and max (how a pay structure defines its midpoint),
 * or with no range, the table's median (the central survey figure).
 */
function resolveMid(table: UserBandTable, row: UserBandRow): { value: number; how: string } | undefined {
  const { min, max, p50 } = row.stats;
  if (min !== undefined && max !== undefined) {
    return { value: (min + max) / 2, how: `derived: the table states no mid, so the midpoint of its min ${formatAmount(min, row.currency)} (column "${columnOf(table, 'min')!.header}") and max ${formatAmount(max, row.currency)} (column "${columnOf(table, 'max')!.header}"), (min + max) / 2` };
  }
  if (p50 !== undefined) {
    return { value: p50, how: `derived: the table states no mid and no min and max, so its median (column "${columnOf(table, 'p50')!.header}") is read as the midpoint` };
  }
  return undefined;
}

/**
 * One figure of a row: stated by the table, derived (a mid only), or #N/A saying what is missing.
 * Each is built once per call: its AI.SOURCE sentence costs more than the lookup.
 */
export function userBandFigure(table: UserBandTable, row: UserBandRow, stat: TableStat): BandResult {
  const key = `#${row.rowNumber}|${stat}`;
  let figure = table.memo.get(key) as BandResult | undefined;
  if (!figure) {
    figure = buildFigure(table, row, stat);
    table.memo.set(key, figure);
  }
  return figure;
}

function buildFigure(table: UserBandTable, row: UserBandRow, stat: TableStat): BandResult {
  const what = `${row.role}, ${row.level}, ${stat}`;
  const stated = row.stats[stat];
  if (stated !== undefined) {
    return Object.freeze({
      value: stated, basis: 'reported' as const,
      source: `${what}: ${formatAmount(stated, row.currency)}. Reported by ${describeRow(table, row)}; column "${columnOf(table, stat)!.header}".`,
    });
  }
  if (stat === 'mid') {
    const mid = resolveMid(table, row);
    if (mid) {
      return Object.freeze({ value: mid.value, basis: 'derived' as const, source: `${what}: ${formatAmount(mid.value, row.currency)}. From ${describeRow(table, row)}; ${mid.how}.` });
    }
  }
  const has = TABLE_STATS.filter((s) => row.stats[s] !== undefined);
  const column = columnOf(table, stat);
  const why = column ? `its "${column.header}" cell is blank` : `the table has no ${stat} column`;
  const instead = has.length ? `it states ${has.join(', ')}; use stat "${has[0]}"` : 'it states no figures for this row';
  return notAvailable(`your band table gives no ${stat} for ${row.role} at ${row.level} (row ${row.rowNumber}: ${why}; ${instead}, or fill the cell)`);
}

/** min, mid, max of a row, as AI.BAND returns with no stat. */
export function userBandRow(table: UserBandTable, row: UserBandRow): Readonly<Record<'min' | 'mid' | 'max', BandResult>> {
  return Object.freeze({ min: userBandFigure(table, row, 'min'), mid: userBandFigure(table, row, 'mid'), max: userBandFigure(table, row, 'max') });
}

/** The as-of date of a row (a serial date), for ageing a figure to a common date with AI.AGE. */
export function userBandAsOf(table: UserBandTable, row: UserBandRow): number | SheetError {
  if (row.asOf !== undefined) return row.asOf;
  const column = columnOf(table, 'asOf');
  return notAvailable(`your band table gives no as-of date for ${row.role} at ${row.level} (row ${row.rowNumber}: ${column ? `its "${column.header}" cell is blank` : 'the table has no as-of date column'}); add one (e.g. a column "as of" with 2025-07-01) to age the figure with AI.AGE`);
}

// ---------------------------------------------------------------------------------------------
// The seniority curve of a user's table, for AI.LOCALBAND.

export interface SeniorityPoint {
  readonly level: string;
  readonly mid: BandFigure;
}

export interface SeniorityRatio {
  /** mid at `level` over mid at `anchorLevel` */
  readonly factor: number;
  /** the sentence AI.SOURCE-style text can show: both mids and where they come from */
  readonly explanation: string;
}

/** The role whose curve to read: the one named, or the table's only role. */
function curveRole(table: UserBandTable, roleText: string | undefined): Term | SheetError {
  if (roleText !== undefined) return findOwn(table, 'role', roleText);
  if (table.roles.terms.length === 1) return table.roles.terms[0];
  return badValue(`your band table has several roles (${listNames(table.roles.terms)}): name the role whose seniority curve to use`);
}

/**
 * The mid of every level of one role, in the table's row order (a pay structure lists levels in
 * order): the seniority curve AI.LOCALBAND projects a local anchor along.
 */
export function userSeniorityCurve(table: UserBandTable, roleText?: string, market?: string): SeniorityPoint[] | SheetError {
  const role = curveRole(table, roleText);
  if (isSheetError(role)) return role;
  const points: SeniorityPoint[] = [];
  for (const level of table.levels.terms) {
    if (!table.index.get(role.id)!.has(level.id)) continue;
    const row = findUserBandRow(table, role.name, level.name, market);
    if (isSheetError(row)) return row;
    const mid = userBandFigure(table, row, 'mid');
    if (isSheetError(mid)) return mid;
    points.push({ level: level.name, mid });
  }
  return points;
}

/** mid(level) / mid(anchorLevel) for one role of a user's table: how far `level` sits above the anchor. */
export function userSeniorityRatio(table: UserBandTable, anchorLevel: string, level: string, roleText?: string, market?: string): SeniorityRatio | SheetError {
  const role = curveRole(table, roleText);
  if (isSheetError(role)) return role;
  const anchorRow = findUserBandRow(table, role.name, anchorLevel, market);
  if (isSheetError(anchorRow)) return anchorRow;
  const row = findUserBandRow(table, role.name, level, market);
  if (isSheetError(row)) return row;
  const from = userBandFigure(table, anchorRow, 'mid');
  if (isSheetError(from)) return from;
  const to = userBandFigure(table, row, 'mid');
  if (isSheetError(to)) return to;
  // A ratio of a GBP mid to a USD mid is a currency rate, not a seniority step: refuse it.
  if ((anchorRow.currency ?? '') !== (row.currency ?? '')) {
    return badValue(`your band table gives ${role.name} at ${anchorRow.level} in ${anchorRow.currency ?? 'no currency'} and at ${row.level} in ${row.currency ?? 'no currency'}: a seniority curve needs both levels in one currency (add a market column to keep markets apart, or convert one row)`);
  }
  return {
    factor: to.value / from.value,
    explanation: `the seniority curve of your band table for ${role.name}: mid at ${row.level} over mid at ${anchorRow.level}, ${formatAmount(to.value, row.currency)} / ${formatAmount(from.value, anchorRow.currency)} (${to.source} ${from.source})`,
  };
}
