/**
 * The columns of a user's band table: what each is called, the header spellings read as each, and
 * the shapes of a read table (issue 7). Headers are matched loosely, because every survey vendor
 * spells them its own way ("Midpoint", "50th Percentile", "Job Family", "Grade").
 */
import { normalizeName } from '../coerce';
import { headerMatcher } from '../table-header';
import { Term, Vocabulary } from '../vocabulary/match';
import { CurrencyCode } from './currency-codes';

export const TABLE_STATS = ['min', 'mid', 'max', 'p10', 'p25', 'p50', 'p75', 'p90'] as const;
export type TableStat = (typeof TABLE_STATS)[number];
export type ColumnKey = 'role' | 'level' | TableStat | 'currency' | 'market' | 'source' | 'asOf';

/** What each column is called in messages and previews. */
export const COLUMN_LABELS: Readonly<Record<ColumnKey, string>> = {
  role: 'role',
  level: 'level',
  min: 'min',
  mid: 'mid',
  max: 'max',
  p10: 'p10',
  p25: 'p25',
  p50: 'p50',
  p75: 'p75',
  p90: 'p90',
  currency: 'currency',
  market: 'market',
  source: 'source',
  asOf: 'as-of date',
};

/**
 * Header spellings, compared after case, spaces and punctuation are dropped. "Median" is the 50th
 * percentile (a survey statistic), not a range midpoint; a table with a median and no mid still
 * answers `mid` (see `resolveMid`).
 */
const HEADER_SYNONYMS: Readonly<Record<ColumnKey, readonly string[]>> = {
  role: [
    'role',
    'roles',
    'job',
    'job title',
    'title',
    'job family',
    'family',
    'job role',
    'position',
    'profile',
    'function',
    'job function',
    'job name',
    'specialism',
    'discipline',
  ],
  level: [
    'level',
    'levels',
    'grade',
    'job level',
    'career level',
    'pay grade',
    'job grade',
    'band',
    'seniority',
    'tier',
    'career stage',
    'level name',
  ],
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
  asOf: [
    'as of',
    'as of date',
    'asof',
    'effective date',
    'effective',
    'date',
    'survey date',
    'data date',
    'data as of',
    'snapshot date',
    'valid from',
    'aged to',
    'effective as of',
  ],
};

/** Words survey exports wrap around a statistic ("Base Salary Minimum (USD)", "Annual Base P50"). */
const FILLER_WORDS = new Set([
  'base',
  'salary',
  'pay',
  'annual',
  'annualized',
  'annualised',
  'range',
  'amount',
  'value',
  'structure',
  'of',
  'the',
  'rate',
  'comp',
  'compensation',
  'yearly',
]);

const PERCENTILE = /^(?:p|pct|perc|percentile)?(10|25|50|75|90)(?:st|nd|rd|th)?(?:p|pct|perc|percentile)?$/;

/** Which column a header names, or undefined for a column the table may carry but lookups ignore. */
export const matchHeader = headerMatcher<ColumnKey>(HEADER_SYNONYMS, FILLER_WORDS, (stripped) => {
  const percentile = PERCENTILE.exec(stripped);
  return percentile ? (`p${percentile[1]}` as TableStat) : undefined;
});

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

const MARKET_SYNONYMS = new Map([
  ['unitedstates', 'us'],
  ['usa', 'us'],
  ['america', 'us'],
  ['unitedkingdom', 'uk'],
  ['gb', 'uk'],
  ['greatbritain', 'uk'],
]);

/** A market's name as rows are keyed and matched: "United States", "USA" and "US" are one market. */
export function marketKey(text: string): string {
  const key = normalizeName(text);
  return MARKET_SYNONYMS.get(key) ?? key;
}
