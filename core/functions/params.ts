/**
 * Parameter definitions shared by several catalog functions, so `role` reads the same everywhere.
 */
import { InputCell } from '../cells';
import { NumberRule, toChoice, toNumber, toText } from '../coerce';
import { ParamSpec } from '../function-spec';
import { isSheetError } from '../errors';
import { findBandTable, LevelRef } from '../band/embedded-bands';
import { levels } from '../vocabulary/levels';
import { roles } from '../vocabulary/roles';
import { skills } from '../vocabulary/skills';
import { normalizeName } from '../coerce';
import { badValue } from '../errors';
import { describeCell } from '../messages';
import { SheetError } from '../errors';
import { readUserBandTable } from '../band/table-cache';
import { Role } from '../vocabulary/roles';

export function numberParam(name: string, description: string, rule: NumberRule = {}, optional = false): ParamSpec {
  return { name, description, optional, cellType: 'number', parse: (cell: InputCell) => toNumber(cell, name, rule) };
}

export function choiceParam<T extends string>(name: string, description: string, choices: readonly T[], synonyms: Record<string, T> = {}, optional = true): ParamSpec {
  const bySynonym = new Map(Object.entries(synonyms).map(([k, v]) => [normalizeName(k), v]));
  return {
    name, description, optional, cellType: 'string',
    parse: (cell: InputCell) => {
      if (typeof cell === 'string' && bySynonym.has(normalizeName(cell))) return bySynonym.get(normalizeName(cell));
      return toChoice(cell, name, choices);
    },
  };
}

export const roleParam: ParamSpec = {
  name: 'role', cellType: 'string',
  description: 'the role, e.g. "LLMOps", "Machine Learning", "AI API Integration" (AI.ROLES lists them)',
  parse: (cell) => {
    const text = toText(cell, 'role');
    return isSheetError(text) ? text : roles.find(text);
  },
};

/** A level name, or a number of years of experience (mapped by each source's own years). */
export const levelParam: ParamSpec = {
  name: 'level', cellType: 'any',
  description: 'the level, e.g. "Senior" (AI.LEVELS lists them), or years of experience as a number',
  parse: (cell): LevelRef | ReturnType<typeof badValue> => {
    if (typeof cell === 'number') {
      if (!Number.isFinite(cell) || cell < 0 || cell > 60) return badValue(`level: expected a level name or years of experience from 0 to 60, received ${describeCell(cell)}`);
      return { years: cell };
    }
    const text = toText(cell, 'level');
    if (isSheetError(text)) return text;
    if (/^\d+(\.\d+)?\s*(y|yr|yrs|years?)?$/i.test(text)) return { years: parseFloat(text) };
    const level = levels.find(text);
    return isSheetError(level) ? level : { level };
  },
};

export const skillParam: ParamSpec = {
  name: 'skill', cellType: 'string',
  description: 'the skill, e.g. "LLM fine-tuning" (AI.SKILLS lists them)',
  parse: (cell) => {
    const text = toText(cell, 'skill');
    return isSheetError(text) ? text : skills.find(text);
  },
};

export const bandStatParam = choiceParam('stat', 'which figure: "min", "mid" or "max"; omit for the row min, mid, max', ['min', 'mid', 'max'] as const, {
  minimum: 'min', low: 'min', floor: 'min', midpoint: 'mid', median: 'mid', middle: 'mid', p50: 'mid', maximum: 'max', high: 'max', top: 'max',
});

export const marketParam = choiceParam('market', 'the market; only "US" has band data (default "US")', ['US'] as const, {
  'United States': 'US', USA: 'US', America: 'US',
});

/**
 * The band data to read: the name of an embedded table, or a user's own band table (a range whose
 * first row is a header: role, level, min, mid, max, ...; core/band/user-table.ts), read whole
 * once per call. A table with any problem is one error naming its rows and columns.
 */
export const sourceParam: ParamSpec = {
  name: 'source', optional: true, kind: 'tableOrLifted', cellType: 'any',
  description: 'which data: "aitechconnect" (default: US ranges by level), "nexus" (US averages by years, up to Principal), either followed by "strict" ("strict" alone: the default table) for reported and derived figures only, estimates #N/A, or your own band table, a range with a header row (role, level, min, mid, max, p10..p90, currency, market, source, as of)',
  parse: (cell) => {
    const text = toText(cell, 'source');
    if (isSheetError(text)) return text;
    const table = findBandTable(text);
    // A range reaches here cell by cell when its first row is not all text: say what a table needs.
    return isSheetError(table) ? badValue(`${table.message} (a band table's first row must be its header, every cell filled with a column name: role, level, min, mid, max, ...)`) : table;
  },
  parseTable: (grid) => readUserBandTable(grid),
};

/**
 * A name for a band lookup, kept as typed: a user's own table matches it against its own names,
 * while the embedded tables use `builtIn`, its match in our vocabulary (or why there is none). The
 * choice waits until the function body sees which source it has.
 */
export interface NameRef<T> {
  readonly text: string;
  readonly builtIn: T | SheetError;
}

export const bandRoleParam: ParamSpec = {
  ...roleParam,
  description: 'the role, e.g. "LLMOps", "Machine Learning" (AI.ROLES lists them), or a role of your own band table',
  parse: (cell): NameRef<Role> | SheetError => {
    const text = toText(cell, 'role');
    return isSheetError(text) ? text : { text, builtIn: roles.find(text) };
  },
};

export const bandLevelParam: ParamSpec = {
  ...levelParam,
  description: 'the level, e.g. "Senior" (AI.LEVELS lists them), years of experience as a number, or a level of your own band table',
  parse: (cell): NameRef<LevelRef> | SheetError => {
    const text = toText(cell, 'level');
    if (isSheetError(text)) return text;
    return { text, builtIn: levelParam.parse(cell) as LevelRef | SheetError };
  },
};

export const bandMarketParam: ParamSpec = {
  ...marketParam,
  description: 'the market: "US" (default) for the embedded data; with your own band table, a market of its market column',
  parse: (cell): NameRef<'US'> | SheetError => {
    const text = toText(cell, 'market');
    if (isSheetError(text)) return text;
    const builtIn = marketParam.parse(cell) as 'US' | SheetError;
    return {
      text,
      builtIn: isSheetError(builtIn) ? badValue(`${builtIn.message} (the embedded data is US only: for another market pass your own band table with a market column as source, or project a local figure with AI.LOCALBAND)`) : builtIn,
    };
  },
};

/** The figures a band lookup can return; percentiles and the as-of date come from users' tables. */
export const BAND_LOOKUP_STATS = ['min', 'mid', 'max', 'avg', 'p10', 'p25', 'p50', 'p75', 'p90', 'asof', 'grade'] as const;
export type BandLookupStat = (typeof BAND_LOOKUP_STATS)[number];

/** Other words analysts use for a band statistic (AI.BAND's and AI.SOURCE's `stat`). */
export const BAND_STAT_SYNONYMS: Readonly<Record<string, BandLookupStat>> = {
  minimum: 'min', low: 'min', floor: 'min', midpoint: 'mid', middle: 'mid', maximum: 'max', high: 'max', top: 'max',
  median: 'p50', '50th': 'p50', 'as of': 'asof', 'as-of date': 'asof', date: 'asof', average: 'avg', mean: 'avg', grades: 'grade',
};

export const bandLookupStatParam = choiceParam('stat', 'which figure: "min", "mid" (a midpoint, or the central figure the source states) or "max"; omit for the row min, mid, max; "grade" for the row of their grades (reported, derived or estimate); "median"/"p50" only where a source reports a median, "avg" only where it reports an average; with your own table also "p10" to "p90" and "asof" (its as-of date)', BAND_LOOKUP_STATS, BAND_STAT_SYNONYMS);

/** Annual working hours: 2,080 (40 hours x 52 weeks), the year that turns Payscale's $194,000 into $93.27/h (seed 000). */
export const HOURS_PER_YEAR = 2080;

export const hoursParam = numberParam('hours', 'working hours in a year (default 2,080: 40 hours x 52 weeks)', { min: 0, minExclusive: true, max: 8784, what: 'hours per year' }, true);
