/**
 * Band lookups over the embedded tables (data/band-tables.ts), resolved once at load into an index
 * so a 10,000-row AI.BAND costs a map lookup a row. Every value carries its grade (reported,
 * derived, estimate), the assumptions an estimate rests on, and its source sentence; a cell no
 * source can fill is a #N/A that says what is missing.
 *
 * Each table also exists in a strict form (source "strict", "nexus strict"): the same figures, but
 * an estimate is #N/A naming the missing figure and the assumption it would need.
 */
import { BAND_TABLES, BandCell, BandRow, BandStat, BandTable, DEFAULT_BAND_SOURCE } from '../../data/band-tables';
import { figure } from '../../data/figures';
import { AssumptionId } from '../../data/assumptions';
import { normalizeName } from '../coerce';
import { SheetError, badValue, isSheetError, notAvailable } from '../errors';
import { OWN_TABLE_HINT, describeCell } from '../messages';
import { Level, levels } from '../vocabulary/levels';
import { Role, roles } from '../vocabulary/roles';
import {
  assumptionNames,
  citeFigure,
  combineGrades,
  explainAssumptions,
  figureNotes,
  formatUsd,
  Grade,
  SENIOR_BASE_FLOOR,
  seniorFloorApplies,
  seniorFloorSentence,
} from './provenance';
import { roleRelativity } from './role-relativity';

export const BAND_STATS: readonly BandStat[] = ['min', 'mid', 'max'];

export interface BandFigure {
  readonly value: number;
  /** the figure's grade (the field keeps its old name: users' own tables fill it too) */
  readonly basis: Grade;
  /** a sentence: what the figure is, where it comes from, how it was derived, what it assumes */
  readonly source: string;
  /** for estimates: the assumptions of ours it rests on */
  readonly assumptions?: readonly AssumptionId[];
  /** what the statistic is: "median", "average", "midpoint", "floor"...; only a reported median answers p50 */
  readonly statistic?: string;
  /** set when an estimated or derived senior figure is under the senior base floor a source names */
  readonly floorWarning?: string;
}

export type BandResult = BandFigure | SheetError;
export type BandRowResult = Readonly<Record<BandStat, BandResult>>;

/** A level by name, or years of experience (each table maps years to its own levels). */
export type LevelRef = { readonly level: Level } | { readonly years: number };

interface Resolved {
  value: number;
  grade: Grade;
  assumptions: AssumptionId[];
  statistic: string;
  how: string;
  /** the article's open-ended wording where the cell's figure is one ("$269,000+") */
  openEnded?: string;
}

function resolveCell(cell: BandCell | undefined, row: BandRow): Resolved | undefined {
  if (!cell) return undefined;
  switch (cell.kind) {
    case 'figure': {
      const f = figure(cell.id);
      return {
        value: f.value,
        grade: 'reported',
        assumptions: [],
        statistic: f.statistic,
        how: `reported: ${formatUsd(f.value)}${figureNotes(cell.id)}, ${citeFigure(cell.id)}`,
        openEnded: f.openEnded,
      };
    }
    case 'same-as': {
      const f = figure(cell.id);
      const assumptions = [...(cell.assumes ?? [])];
      const grade: Grade = assumptions.length ? 'estimate' : 'derived';
      return {
        value: f.value,
        grade,
        assumptions,
        statistic: f.statistic,
        how: `${grade}: ${cell.why}; that figure is ${formatUsd(f.value)}, ${citeFigure(cell.id)}`,
      };
    }
    case 'mean': {
      const [a, b] = cell.of;
      return {
        value: (figure(a).value + figure(b).value) / 2,
        grade: 'derived',
        assumptions: [],
        statistic: 'average',
        how: `derived: mean of ${formatUsd(figure(a).value)} and ${formatUsd(figure(b).value)} (${cell.why})`,
      };
    }
    case 'midpoint': {
      const low = resolveCell(row.cells.min, row);
      const high = resolveCell(row.cells.max, row);
      if (!low || !high) return undefined;
      const grade = combineGrades('derived', low.grade, high.grade);
      return {
        value: (low.value + high.value) / 2,
        grade,
        assumptions: [...low.assumptions, ...high.assumptions],
        statistic: 'midpoint',
        how: `${grade}: a midpoint, not a median (${cell.why}), (${formatUsd(low.value)} + ${formatUsd(high.value)}) / 2; min is ${low.how}; max is ${high.how}`,
      };
    }
  }
}

const levelName = (id: string): string => levels.byId(id)?.name ?? id;
const withArticle = (name: string): string => `${/^[AEIOU]/i.test(name) ? 'an' : 'a'} ${name}`;

/** How AI.BAND's max and AI.PENETRATION treat a max the source gives open-ended ("$269,000+"). */
function openMaxNote(openEnded: string): string {
  return `The source gives this top open-ended ("${openEnded}"): AI.BAND returns it as max because it is the highest figure the source states, not a cap on pay; AI.PENETRATION against it gives more than 1 for pay above it, which the source still allows, so read more than 1 there as inside the open top, not over the range.`;
}

function missingStat(table: BandTable, row: BandRow, stat: BandStat): SheetError {
  const has = BAND_STATS.filter((s) => row.cells[s]);
  return notAvailable(
    `the ${table.name} table gives no ${stat} for ${levelName(row.level)} (it states only ${has.join(', ')}); use stat "${has[0]}", another source, or ${OWN_TABLE_HINT}`,
  );
}

/** Why a role has no embedded band: what the sources do report for it, if anything. */
export function noBandMessage(role: Role): SheetError {
  const others = (role.otherFigures ?? []).map(
    (id) => `${formatUsd(figure(id).value)}${figureNotes(id)}, =AI.FIGURE("${id}")`,
  );
  const what = others.length
    ? `; the sources report only single figures for it, not a band: ${others.join('; ')}`
    : ', and the sources give no contractor rate to estimate one from';
  return notAvailable(`no source states a US band for ${role.name}${what}; ${OWN_TABLE_HINT}`);
}

function strictMessage(what: string, assumptions: readonly AssumptionId[]): SheetError {
  return notAvailable(
    `strict source: no source states the ${what}; estimating it would need ${assumptionNames(assumptions)}, which no source states. Use the source without "strict" to accept the estimate (AI.SOURCE explains each assumption), or ${OWN_TABLE_HINT}`,
  );
}

function buildEntry(role: Role, table: BandTable, row: BandRow): BandRowResult {
  const relativity = roleRelativity(role);
  const entry = {} as Record<BandStat, BandResult>;
  for (const stat of BAND_STATS) {
    if (!relativity) {
      entry[stat] = noBandMessage(role);
      continue;
    }
    const cell = resolveCell(row.cells[stat], row);
    if (!cell) {
      entry[stat] = missingStat(table, row, stat);
      continue;
    }
    const value = cell.value * relativity.factor;
    const scaled = relativity.factor !== 1;
    // a scaled figure is an estimate of no statistic: only the AI Engineer's own figure is a median or an average
    const statistic = scaled ? `estimate scaled from the AI Engineer ${cell.statistic}` : cell.statistic;
    const grade = combineGrades(cell.grade, scaled ? 'estimate' : 'reported');
    const assumptions = [...new Set([...cell.assumptions, ...relativity.assumptions])];
    const label = `US ${levelName(row.level)} ${stat} of ${withArticle(role.name)} band`;
    if (table.strict && grade === 'estimate') {
      entry[stat] = strictMessage(label, assumptions);
      continue;
    }
    const what = `US annual base pay, ${role.name}, ${levelName(row.level)} (${row.years} in this table), ${stat}: ${formatUsd(value)}`;
    const how = scaled
      ? `${relativity.explanation}; the AI Engineer figure ${formatUsd(cell.value)}, ${cell.how}`
      : cell.how;
    const floorWarning =
      seniorFloorApplies(role.id, row.level) && grade !== 'reported' && value < SENIOR_BASE_FLOOR
        ? seniorFloorSentence(value)
        : undefined;
    const parts = [
      `${what}.`,
      assumptions.length ? `${explainAssumptions(assumptions)}` : '',
      `How: ${table.describes}; ${how}.`,
      stat === 'max' && cell.openEnded ? openMaxNote(cell.openEnded) : '',
      floorWarning ?? '',
    ];
    entry[stat] = Object.freeze({
      value,
      basis: grade,
      assumptions,
      statistic,
      floorWarning,
      source: parts.filter(Boolean).join(' '),
    });
  }
  return Object.freeze(entry);
}

/** The embedded tables and their strict forms. */
const STRICT_TABLES: readonly BandTable[] = BAND_TABLES.map((t) => ({
  ...t,
  id: `${t.id}-strict`,
  name: `${t.name} (strict)`,
  aliases: [...t.aliases.map((a) => `${a} strict`), `${t.name} strict`],
  strict: true,
}));
export const EMBEDDED_TABLES: readonly BandTable[] = [...BAND_TABLES, ...STRICT_TABLES];

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

export const DEFAULT_TABLE: BandTable = BAND_TABLES.find((t) => t.id === DEFAULT_BAND_SOURCE)!;
export const DEFAULT_STRICT_TABLE: BandTable = STRICT_TABLES.find((t) => t.id === `${DEFAULT_BAND_SOURCE}-strict`)!;

const TABLE_BY_NAME = new Map<string, BandTable>();
for (const table of EMBEDDED_TABLES)
  for (const name of [table.id, table.name, ...table.aliases]) TABLE_BY_NAME.set(normalizeName(name), table);
TABLE_BY_NAME.set(normalizeName('strict'), DEFAULT_STRICT_TABLE);

/** Reads the `source` argument: the name of an embedded table, or its strict form. */
export function findBandTable(text: string): BandTable | SheetError {
  return (
    TABLE_BY_NAME.get(normalizeName(text)) ??
    badValue(
      `unknown source ${describeCell(text)}: expected ${BAND_TABLES.map((t) => `"${t.id}" (${t.name})`).join(' or ')}, either followed by "strict" (only reported and derived figures; "strict" alone is the default table), or a band table range with a header row`,
    )
  );
}

function rowFor(table: BandTable, role: Role, level: LevelRef): BandRow | SheetError {
  if ('years' in level) {
    const row = table.rows.find((r) => level.years >= r.fromYears && level.years < r.toYears);
    return row ?? badValue(`no level of the ${table.name} table covers ${level.years} years of experience`);
  }
  const row = table.rows.find((r) => r.level === level.level.id);
  if (row) return row;
  // Point at another table only where it has a figure for this role at this level.
  const others = BAND_TABLES.filter(
    (t) =>
      t.id !== table.id.replace(/-strict$/, '') &&
      t.rows.some(
        (r) => r.level === level.level.id && BAND_STATS.some((s) => !isSheetError(rowsFor(t, role).get(r.level)![s])),
      ),
  );
  const elsewhere = others.length ? `; ${others.map((t) => `source "${t.id}" (${t.name})`).join(', ')} has it` : '';
  return notAvailable(
    `the ${table.name} table has no ${level.level.name} level (it covers ${table.rows.map((r) => levelName(r.level)).join(', ')})${elsewhere}; or ${OWN_TABLE_HINT}`,
  );
}

export function lookupBandRow(
  role: Role,
  level: LevelRef,
  table: BandTable = DEFAULT_TABLE,
): BandRowResult | SheetError {
  const row = rowFor(table, role, level);
  // A role with no band at all says so (and what is reported for it) before any level question.
  if ('isSheetError' in row) return roleRelativity(role) ? row : noBandMessage(role);
  return rowsFor(table, role).get(row.level)!;
}

export function lookupBand(role: Role, level: LevelRef, stat: BandStat, table: BandTable = DEFAULT_TABLE): BandResult {
  const row = lookupBandRow(role, level, table);
  return 'isSheetError' in row ? row : row[stat];
}

function parseLevel(level: string | number): LevelRef | SheetError {
  if (typeof level === 'number') return { years: level };
  const found = levels.find(level);
  return isSheetError(found) ? found : { level: found };
}

/**
 * For the panel: the warning to show beside an offer's base under the senior AI engineer floor, in
 * the core's one wording, or undefined where the floor does not apply (a role or level the source
 * does not cover, or a base at or above it). The panel asks only for the embedded sources' roles.
 */
export function seniorBaseFloorWarning(role: string, level: string, base: number): string | undefined {
  const r = roles.find(role);
  const l = levels.find(level);
  if (isSheetError(r) || isSheetError(l) || !seniorFloorApplies(r.id, l.id) || !(base < SENIOR_BASE_FLOOR))
    return undefined;
  return seniorFloorSentence(base, `the base ${formatUsd(base)} is`);
}

/**
 * For the panel: the warning to show beside a band whose estimated (or derived) senior figures sit
 * under the senior AI engineer floor nexus IT group names ($200,000, with its time-to-fill figures),
 * or undefined when none does. The same sentence ends those figures' AI.SOURCE answers.
 */
export function seniorFloorWarning(role: string, level: string | number, source?: string): string | undefined {
  const r = roles.find(role);
  const l = parseLevel(level);
  const table = source === undefined || source === '' ? DEFAULT_TABLE : findBandTable(source);
  if (isSheetError(r) || isSheetError(l) || isSheetError(table)) return undefined;
  const row = lookupBandRow(r, l, table);
  if (isSheetError(row)) return undefined;
  const below = BAND_STATS.map((s) => [s, row[s]] as const).filter(
    (e): e is readonly [BandStat, BandFigure] => !isSheetError(e[1]) && !!e[1].floorWarning,
  );
  if (!below.length) return undefined;
  const which = below.map(([s, f]) => `${s} ${formatUsd(f.value)} (${f.basis})`).join(', ');
  return seniorFloorSentence(below[0][1].value, `${which} ${below.length > 1 ? 'are' : 'is'}`);
}
