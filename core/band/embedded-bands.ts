/**
 * Band lookups over the embedded tables (data/band-tables.ts), resolved once at load into an index
 * so a 10,000-row AI.BAND costs a map lookup a row. Every value carries its basis and its source
 * sentence; a cell no source can fill is a #N/A that says what is missing.
 */
import { BAND_TABLES, BandCell, BandRow, BandStat, BandTable, DEFAULT_BAND_SOURCE } from '../../data/band-tables';
import { figure } from '../../data/figures';
import { normalizeName } from '../coerce';
import { SheetError, badValue, notAvailable } from '../errors';
import { OWN_TABLE_HINT, describeCell } from '../messages';
import { Level, levels } from '../vocabulary/levels';
import { Role } from '../vocabulary/roles';
import { citeFigure, formatUsd } from './provenance';
import { roleRelativity } from './role-relativity';

export const BAND_STATS: readonly BandStat[] = ['min', 'mid', 'max'];

export interface BandFigure {
  readonly value: number;
  readonly basis: 'reported' | 'derived';
  /** a sentence: what the figure is, where it comes from, how it was derived */
  readonly source: string;
}

export type BandResult = BandFigure | SheetError;
export type BandRowResult = Readonly<Record<BandStat, BandResult>>;

/** A level by name, or years of experience (each table maps years to its own levels). */
export type LevelRef = { readonly level: Level } | { readonly years: number };

interface Resolved {
  value: number;
  basis: 'reported' | 'derived';
  how: string;
}

function resolveCell(cell: BandCell | undefined, row: BandRow, stat: BandStat, table: BandTable): Resolved | undefined {
  if (!cell) return undefined;
  switch (cell.kind) {
    case 'figure':
      return { value: figure(cell.id).value, basis: 'reported', how: `reported: ${citeFigure(cell.id)}` };
    case 'same-as':
      return { value: figure(cell.id).value, basis: 'derived', how: `derived: ${cell.why}; that figure is ${formatUsd(figure(cell.id).value)}, ${citeFigure(cell.id)}` };
    case 'mean': {
      const [a, b] = cell.of;
      return { value: (figure(a).value + figure(b).value) / 2, basis: 'derived', how: `derived: mean of ${formatUsd(figure(a).value)} and ${formatUsd(figure(b).value)} (${cell.why})` };
    }
    case 'midpoint': {
      const low = resolveCell(row.cells.min, row, 'min', table);
      const high = resolveCell(row.cells.max, row, 'max', table);
      if (!low || !high) return undefined;
      return { value: (low.value + high.value) / 2, basis: 'derived', how: `derived: ${cell.why}, (${formatUsd(low.value)} + ${formatUsd(high.value)}) / 2; min is ${low.how}; max is ${high.how}` };
    }
  }
  void stat;
  return undefined;
}

const levelName = (id: string): string => levels.byId(id)?.name ?? id;

function missingStat(table: BandTable, row: BandRow, stat: BandStat): SheetError {
  const has = BAND_STATS.filter((s) => row.cells[s]);
  return notAvailable(`the ${table.name} table gives no ${stat} for ${levelName(row.level)} (it states only ${has.join(', ')}); use stat "${has[0]}", another source, or ${OWN_TABLE_HINT}`);
}

function buildEntry(role: Role, table: BandTable, row: BandRow): BandRowResult {
  const relativity = roleRelativity(role);
  const entry = {} as Record<BandStat, BandResult>;
  for (const stat of BAND_STATS) {
    if (!relativity) {
      entry[stat] = notAvailable(`no source states a US band for ${role.name}, and the seeds give no contractor rate to derive one from; ${OWN_TABLE_HINT}`);
      continue;
    }
    const cell = resolveCell(row.cells[stat], row, stat, table);
    if (!cell) {
      entry[stat] = missingStat(table, row, stat);
      continue;
    }
    const what = `US annual base pay, ${role.name}, ${levelName(row.level)} (${row.years} in this table), ${stat}: ${formatUsd(cell.value * relativity.factor)}`;
    const scaled = relativity.factor === 1 ? '' : `; ${relativity.explanation}; the AI Engineer figure ${formatUsd(cell.value)} is `;
    entry[stat] = Object.freeze({
      value: cell.value * relativity.factor,
      basis: relativity.factor === 1 ? cell.basis : 'derived',
      source: `${what}. ${table.describes}${scaled}${relativity.factor === 1 ? '; ' : ''}${cell.how}.`,
    });
  }
  return Object.freeze(entry);
}

/**
 * `table id|role id` -> level id -> row of results, each built on first lookup: building every
 * table x role x level at load (with its source sentences) was a large part of Code.js's cold load,
 * which Sheets pays on every custom-function execution.
 */
const INDEX = new Map<string, Map<string, BandRowResult>>();
function rowsFor(table: BandTable, role: Role): Map<string, BandRowResult> {
  const key = `${table.id}|${role.id}`;
  let byLevel = INDEX.get(key);
  if (!byLevel) {
    byLevel = new Map<string, BandRowResult>();
    for (const row of table.rows) byLevel.set(row.level, buildEntry(role, table, row));
    INDEX.set(key, byLevel);
  }
  return byLevel;
}

const TABLE_BY_NAME = new Map<string, BandTable>();
for (const table of BAND_TABLES) for (const name of [table.id, table.name, ...table.aliases]) TABLE_BY_NAME.set(normalizeName(name), table);

export const DEFAULT_TABLE: BandTable = BAND_TABLES.find((t) => t.id === DEFAULT_BAND_SOURCE)!;

/** Reads the `source` argument: the name of an embedded table. */
export function findBandTable(text: string): BandTable | SheetError {
  return TABLE_BY_NAME.get(normalizeName(text)) ?? badValue(`unknown source ${describeCell(text)}: expected ${BAND_TABLES.map((t) => `"${t.id}" (${t.name})`).join(' or ')}, or a band table range with a header row`);
}

function rowFor(table: BandTable, level: LevelRef): BandRow | SheetError {
  if ('years' in level) {
    const row = table.rows.find((r) => level.years >= r.fromYears && level.years < r.toYears);
    return row ?? badValue(`no level of the ${table.name} table covers ${level.years} years of experience`);
  }
  const row = table.rows.find((r) => r.level === level.level.id);
  if (row) return row;
  const others = BAND_TABLES.filter((t) => t !== table && t.rows.some((r) => r.level === level.level.id));
  const elsewhere = others.length ? `; ${others.map((t) => `source "${t.id}" (${t.name})`).join(', ')} has it` : '';
  return notAvailable(`the ${table.name} table has no ${level.level.name} level (it covers ${table.rows.map((r) => levelName(r.level)).join(', ')})${elsewhere}; or ${OWN_TABLE_HINT}`);
}

export function lookupBandRow(role: Role, level: LevelRef, table: BandTable = DEFAULT_TABLE): BandRowResult | SheetError {
  const row = rowFor(table, level);
  if ('isSheetError' in row) return row;
  return rowsFor(table, role).get(row.level)!;
}

export function lookupBand(role: Role, level: LevelRef, stat: BandStat, table: BandTable = DEFAULT_TABLE): BandResult {
  const row = lookupBandRow(role, level, table);
  return 'isSheetError' in row ? row : row[stat];
}
