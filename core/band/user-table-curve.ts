/** The seniority curve of a user's band table, for AI.LOCALBAND. */
import { badValue, isSheetError, SheetError } from '../errors';
import { Term } from '../vocabulary/match';
import { BandFigure } from './embedded-bands';
import { UserBandTable } from './user-table-columns';
import { findOwn, findUserBandRow, formatAmount, listNames, userBandFigure } from './user-table-lookup';

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
  return badValue(
    `your band table has several roles (${listNames(table.roles.terms)}): name the role whose seniority curve to use`,
  );
}

/**
 * The mid of every level of one role, in the table's row order (a pay structure lists levels in
 * order): the seniority curve AI.LOCALBAND projects a local anchor along.
 */
export function userSeniorityCurve(
  table: UserBandTable,
  roleText?: string,
  market?: string,
): SeniorityPoint[] | SheetError {
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
export function userSeniorityRatio(
  table: UserBandTable,
  anchorLevel: string,
  level: string,
  roleText?: string,
  market?: string,
): SeniorityRatio | SheetError {
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
    return badValue(
      `your band table gives ${role.name} at ${anchorRow.level} in ${anchorRow.currency ?? 'no currency'} and at ${row.level} in ${row.currency ?? 'no currency'}: a seniority curve needs both levels in one currency (add a market column to keep markets apart, or convert one row)`,
    );
  }
  return {
    factor: to.value / from.value,
    explanation: `the seniority curve of your band table for ${role.name}: mid at ${row.level} over mid at ${anchorRow.level}, ${formatAmount(to.value, row.currency)} / ${formatAmount(from.value, anchorRow.currency)} (${to.source} ${from.source})`,
  };
}
