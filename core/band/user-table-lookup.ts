/**
 * Lookups in a user's band table: the row for a role, level and market, and its figures with the
 * AI.SOURCE sentence saying where each comes from. Figures are "reported" by the table; the one
 * derivation is a missing mid, taken as the midpoint of min and max (or, with no range, the table's
 * median).
 */
import { serialToIsoDate } from '../coerce';
import { SheetError, isSheetError, notAvailable } from '../errors';
import { describeCell } from '../messages';
import { closestHint, Term, Vocabulary } from '../vocabulary/match';
import { BandResult } from './embedded-bands';
import {
  ColumnKey,
  marketKey,
  TABLE_STATS,
  TableColumn,
  TableStat,
  UserBandRow,
  UserBandTable,
} from './user-table-columns';

const listed = new WeakMap<readonly Term[], string>();

/** The first names of a table's list, and how many more: worded once per table, not per unknown name. */
export function listNames(terms: readonly Term[]): string {
  const most = 8;
  let text = listed.get(terms);
  if (text === undefined) {
    const names = terms.slice(0, most).map((t) => t.name);
    text = terms.length <= most ? names.join(', ') : `${names.join(', ')} and ${terms.length - most} more`;
    listed.set(terms, text);
  }
  return text;
}

const found = new WeakMap<Vocabulary<Term>, Map<string, Term | SheetError>>();

/** A role or level of the table by the user's spelling (or one of our aliases for it), remembered per table. */
export function findOwn(table: UserBandTable, what: 'role' | 'level', text: string): Term | SheetError {
  const vocabulary = what === 'role' ? table.roles : table.levels;
  let memo = found.get(vocabulary);
  if (!memo) found.set(vocabulary, (memo = new Map()));
  let term = memo.get(text);
  if (!term) {
    term =
      vocabulary.match(text) ??
      notAvailable(
        `your band table has no ${what} ${describeCell(text)} (its ${what}s: ${listNames(vocabulary.terms)}); ${closestHint(vocabulary.terms, text)}`,
      );
    memo.set(text, term);
  }
  return term;
}

/**
 * The row of a user's table for a role, level and (where the table has a market column) market.
 * `market` undefined means the default, "US", when the table has a US row, else the only row.
 */
export function findUserBandRow(
  table: UserBandTable,
  roleText: string,
  levelText: string,
  market?: string,
): UserBandRow | SheetError {
  const role = findOwn(table, 'role', roleText);
  if (isSheetError(role)) return role;
  const level = findOwn(table, 'level', levelText);
  if (isSheetError(level)) return level;
  const byLevel = table.index.get(role.id)!;
  const rows = byLevel.get(level.id);
  if (!rows) {
    const has = table.levels.terms.filter((t) => byLevel.has(t.id));
    return notAvailable(
      `your band table has no row for ${role.name} at level ${level.name} (it has ${role.name} at ${listNames(has)}); add a row, or ask for one of those levels`,
    );
  }
  if (!table.columns.some((c) => c.key === 'market')) return rows[0];
  if (market !== undefined) {
    const row = rows.find((r) => marketKey(r.market ?? '') === marketKey(market));
    if (row) return row;
    return notAvailable(
      `your band table has no ${role.name} ${level.name} row for market ${describeCell(market)} (it has markets ${rows.map((r) => `"${r.market ?? ''}"`).join(', ')}); give one of those markets`,
    );
  }
  if (rows.length === 1) return rows[0];
  return (
    rows.find((r) => marketKey(r.market ?? '') === 'us') ??
    notAvailable(
      `your band table has ${role.name} ${level.name} in several markets (${rows.map((r) => `"${r.market ?? ''}"`).join(', ')}) and none is US, the default: give the market argument`,
    )
  );
}

const columnOf = (table: UserBandTable, key: ColumnKey): TableColumn | undefined =>
  table.columns.find((c) => c.key === key);

/** Display text only: figures are never rounded for use, only for reading in AI.SOURCE. */
export function formatAmount(value: number, currency: string | undefined): string {
  const text = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return currency ? `${text} ${currency}` : text;
}

function describeRow(table: UserBandTable, row: UserBandRow): string {
  const parts = [`row ${row.rowNumber} of your band table`];
  parts.push(
    row.currency
      ? `currency ${row.currency}`
      : columnOf(table, 'currency')
        ? 'currency blank in this row'
        : 'the table states no currency',
  );
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
    return {
      value: (min + max) / 2,
      how: `derived: the table states no mid, so the midpoint of its min ${formatAmount(min, row.currency)} (column "${columnOf(table, 'min')!.header}") and max ${formatAmount(max, row.currency)} (column "${columnOf(table, 'max')!.header}"), (min + max) / 2`,
    };
  }
  if (p50 !== undefined) {
    return {
      value: p50,
      how: `derived: the table states no mid and no min and max, so its median (column "${columnOf(table, 'p50')!.header}") is read as the midpoint`,
    };
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
      value: stated,
      basis: 'reported' as const,
      source: `${what}: ${formatAmount(stated, row.currency)}. Reported by ${describeRow(table, row)}; column "${columnOf(table, stat)!.header}".`,
    });
  }
  if (stat === 'mid') {
    const mid = resolveMid(table, row);
    if (mid) {
      return Object.freeze({
        value: mid.value,
        basis: 'derived' as const,
        source: `${what}: ${formatAmount(mid.value, row.currency)}. From ${describeRow(table, row)}; ${mid.how}.`,
      });
    }
  }
  const has = TABLE_STATS.filter((s) => row.stats[s] !== undefined);
  const column = columnOf(table, stat);
  const why = column ? `its "${column.header}" cell is blank` : `the table has no ${stat} column`;
  const instead = has.length
    ? `it states ${has.join(', ')}; use stat "${has[0]}"`
    : 'it states no figures for this row';
  return notAvailable(
    `your band table gives no ${stat} for ${row.role} at ${row.level} (row ${row.rowNumber}: ${why}; ${instead}, or fill the cell)`,
  );
}

/** The as-of date of a row (a serial date), for ageing a figure to a common date with AI.AGE. */
export function userBandAsOf(table: UserBandTable, row: UserBandRow): number | SheetError {
  if (row.asOf !== undefined) return row.asOf;
  const column = columnOf(table, 'asOf');
  return notAvailable(
    `your band table gives no as-of date for ${row.role} at ${row.level} (row ${row.rowNumber}: ${column ? `its "${column.header}" cell is blank` : 'the table has no as-of date column'}); add one (e.g. a column "as of" with 2025-07-01) to age the figure with AI.AGE`,
  );
}
