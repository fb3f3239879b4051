/**
 * Reading a grid as a user's band table, all or nothing: a table with any problem is an error naming
 * each bad row and column and what would be right, and none of it is used, so no lookup ever reads
 * half a table.
 */
import { InputCell, isBlankInput } from '../cells';
import { normalizeName } from '../coerce';
import { SheetError, badValue } from '../errors';
import { describeCell } from '../messages';
import { Term, Vocabulary, vocabulary } from '../vocabulary/match';
import { levels as builtInLevels } from '../vocabulary/levels';
import { roles as builtInRoles } from '../vocabulary/roles';
import { CurrencyCode } from './currency-codes';
import { checkRow, readCell, RowFields } from './user-table-cells';
import {
  COLUMN_LABELS,
  ColumnKey,
  marketKey,
  matchHeader,
  TABLE_STATS,
  TableColumn,
  TableProblem,
  TableReading,
  TableStat,
  UserBandRow,
  UserBandTable,
} from './user-table-columns';

const MAX_PROBLEMS_IN_MESSAGE = 3;

function readHeader(
  header: readonly InputCell[],
  problems: TableProblem[],
): { columns: TableColumn[]; ignored: string[] } {
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
      problems.push({
        row: 1,
        column: index + 1,
        message: `columns "${earlier.header}" and "${text}" both read as ${COLUMN_LABELS[key]}: keep one, or rename the other`,
      });
      return;
    }
    const column = { key, index, header: text };
    seen.set(key, column);
    columns.push(column);
  });
  const has = (key: ColumnKey) => seen.has(key);
  const stats = TABLE_STATS.filter(has);
  if (!has('role') && !has('level') && stats.length === 0) {
    const found = header
      .filter((c) => !isBlankInput(c))
      .slice(0, 5)
      .map(describeCell)
      .join(', ');
    problems.push({
      row: 1,
      column: 0,
      message: `row 1 is not a header row: expected column names such as role, level, min, mid, max (or p10 to p90, currency, market, source, as-of date), found ${found || 'a blank row'}`,
    });
    return { columns, ignored };
  }
  if (!has('role'))
    problems.push({
      row: 1,
      column: 0,
      message: 'no role column: expected a header such as "role", "job family" or "job title"',
    });
  if (!has('level'))
    problems.push({
      row: 1,
      column: 0,
      message: 'no level column: expected a header such as "level", "grade" or "career level"',
    });
  if (stats.length === 0)
    problems.push({
      row: 1,
      column: 0,
      message:
        'no pay column: expected at least one of min, mid, max, p10, p25, p50, p75, p90 (or "minimum", "midpoint", "median", "maximum")',
    });
  return { columns, ignored };
}

/** A vocabulary over the table's own names, with our aliases where the user's name is one of ours. */
function ownVocabulary(what: 'role' | 'level', names: readonly string[]): Vocabulary<Term> {
  const builtIn = what === 'role' ? builtInRoles : builtInLevels;
  const ownKeys = new Set(names.map(normalizeName));
  const claims = new Map<string, Set<number>>();
  const candidates = names.map((name, i) => {
    const ours = builtIn.match(name);
    if (!ours) return [];
    const aliases = [ours.name, ours.id, ...ours.aliases].filter((alias) => !ownKeys.has(normalizeName(alias))); // the user's own names win
    for (const alias of aliases) {
      const key = normalizeName(alias);
      if (!claims.has(key)) claims.set(key, new Set());
      claims.get(key)!.add(i);
    }
    return aliases;
  });
  // An alias two of the user's names could claim (their "ML Engineer" and "Machine Learning" rows) is given to neither.
  return vocabulary(
    what,
    names.map((name, i) => ({
      id: normalizeName(name),
      name,
      aliases: candidates[i].filter((alias) => claims.get(normalizeName(alias))!.size === 1),
    })),
  );
}

/** One data row (0-based `r` in the grid) read: the row, or its problems. */
function readRow(line: readonly InputCell[], r: number, columns: readonly TableColumn[]): UserBandRow | TableProblem[] {
  const cells: Record<string, unknown> = {};
  const rowProblems: TableProblem[] = [];
  const problemAt = (column: TableColumn | undefined, key: string, message: string): void => {
    const where = column ? `column "${column.header}"` : `the ${key} column`;
    rowProblems.push({
      row: r + 1,
      column: column ? column.index + 1 : 0,
      message: `row ${r + 1}, ${where}: ${message}`,
    });
  };
  const unreadable = new Set<string>();
  for (const column of columns) {
    const read = readCell(column.key, line[column.index]);
    if ('value' in read) {
      if (read.value !== undefined) cells[column.key] = read.value;
    } else {
      unreadable.add(column.key);
      problemAt(column, column.key, read.problem);
    }
  }
  const fields = cells as RowFields;
  // A cell already reported as unreadable is not reported again as blank.
  for (const problem of checkRow(fields))
    if (!unreadable.has(problem.key))
      problemAt(
        columns.find((c) => c.key === problem.key),
        problem.key,
        problem.message,
      );
  if (rowProblems.length > 0) return rowProblems;
  const stats: Partial<Record<TableStat, number>> = {};
  for (const stat of TABLE_STATS) if (fields[stat] !== undefined) stats[stat] = fields[stat];
  return Object.freeze({
    rowNumber: r + 1,
    role: fields.role!,
    level: fields.level!,
    stats: Object.freeze(stats),
    currency: fields.currency as CurrencyCode | undefined,
    market: fields.market,
    source: fields.source,
    asOf: fields.asOf,
  });
}

/** The data rows below the header, each read; a repeated role, level (and market) is a problem. */
function readRows(
  grid: readonly (readonly InputCell[])[],
  columns: readonly TableColumn[],
  problems: TableProblem[],
): UserBandRow[] {
  const rows: UserBandRow[] = [];
  const firstAt = new Map<string, number>();
  const hasMarket = columns.some((c) => c.key === 'market');
  for (let r = 1; r < grid.length; r++) {
    const line = grid[r];
    if (columns.every((c) => isBlankInput(line[c.index]))) continue; // a blank tail or spacer row
    const row = readRow(line, r, columns);
    if (Array.isArray(row)) {
      problems.push(...row);
      continue;
    }
    const key = `${normalizeName(row.role)}|${normalizeName(row.level)}|${hasMarket ? marketKey(row.market ?? '') : ''}`;
    const first = firstAt.get(key);
    if (first !== undefined) {
      const inMarket = hasMarket ? ` in market "${row.market ?? ''}"` : '';
      problems.push({
        row: r + 1,
        column: 0,
        message: `row ${r + 1} repeats role "${row.role}" and level "${row.level}"${inMarket} (first at row ${first}): keep one row per role and level${hasMarket ? ' and market' : ''}; to combine two surveys, put each in its own table and blend them with AI.BLEND`,
      });
      continue;
    }
    firstAt.set(key, r + 1);
    rows.push(row);
  }
  return rows;
}

/** The table over rows already read: its own vocabularies and the role -> level -> rows index. */
function buildTable(rows: UserBandRow[], columns: readonly TableColumn[], ignored: readonly string[]): UserBandTable {
  const distinct = (names: string[]): string[] => {
    const byKey = new Map<string, string>();
    for (const name of names) if (!byKey.has(normalizeName(name))) byKey.set(normalizeName(name), name);
    return [...byKey.values()];
  };
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
  return {
    kind: 'user-band-table',
    rows: Object.freeze(rows),
    columns: Object.freeze([...columns]),
    ignoredHeaders: Object.freeze([...ignored]),
    roles: ownVocabulary('role', distinct(rows.map((r) => r.role))),
    levels: ownVocabulary('level', distinct(rows.map((r) => r.level))),
    index,
    memo: new Map(),
  };
}

/**
 * Reads a grid (a range as a host hands it over, or a parsed CSV) as a band table, gathering every
 * problem. `table` is set only when there are none.
 */
export function readBandTable(grid: readonly (readonly InputCell[])[]): TableReading {
  const problems: TableProblem[] = [];
  if (grid.length === 0 || grid[0].length === 0) {
    return {
      problems: [
        {
          row: 1,
          column: 0,
          message: 'the table is empty: expected a header row (role, level, min, mid, max, ...) and rows of figures',
        },
      ],
      columns: [],
      ignoredHeaders: [],
    };
  }
  const { columns, ignored } = readHeader(grid[0], problems);
  if (problems.some((p) => p.row === 1 && p.column === 0)) return { problems, columns, ignoredHeaders: ignored };
  const rows = readRows(grid, columns, problems);
  if (rows.length === 0 && problems.length === 0)
    problems.push({
      row: 2,
      column: 0,
      message: 'the table has a header but no rows of figures: expected one row per role and level below the header',
    });
  if (problems.length > 0) return { problems, columns, ignoredHeaders: ignored };
  return { table: buildTable(rows, columns, ignored), problems, columns, ignoredHeaders: ignored };
}

/** One error for a whole table: the problems (the first few), so the user can fix them all at once. */
export function tableProblemsError(problems: readonly TableProblem[]): SheetError {
  const shown = problems.slice(0, MAX_PROBLEMS_IN_MESSAGE).map((p) => p.message);
  const more =
    problems.length > MAX_PROBLEMS_IN_MESSAGE
      ? `; and ${problems.length - MAX_PROBLEMS_IN_MESSAGE} more problem${problems.length - MAX_PROBLEMS_IN_MESSAGE === 1 ? '' : 's'}`
      : '';
  return badValue(`the band table cannot be used (none of it was read): ${shown.join('; ')}${more}`);
}

/** The `parseTable` of the `source` argument: a table, or one error naming what is wrong where. */
export function parseUserBandTable(grid: readonly (readonly InputCell[])[]): UserBandTable | SheetError {
  const reading = readBandTable(grid);
  return reading.table ?? tableProblemsError(reading.problems);
}
