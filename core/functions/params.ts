/**
 * Parameter definitions shared by several catalog functions, so `role` reads the same everywhere.
 */
import { InputCell } from '../cells';
import { NumberRule, Parsed, toChoice, toNumber, toText } from '../coerce';
import { ListColumn, ParamSpec, withDefault } from '../function-spec';
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
import { Skill } from '../vocabulary/skills';
import { BandTable } from '../../data/band-tables';
import { UserBandTable } from '../band/user-table';

/** A number of at least 0, named for messages ("a salary"). */
export const atLeastZero = (what: string): NumberRule => ({ min: 0, what });
/** A number above 0, named for messages ("a midpoint"). */
export const aboveZero = (what: string): NumberRule => ({ min: 0, minExclusive: true, what });

/** A number; its bounds are metadata, applied by its parser and printed in help from the same rule. */
export function numberParam(name: string, description: string, rule?: NumberRule, optional?: false): ParamSpec<number>;
export function numberParam(
  name: string,
  description: string,
  rule: NumberRule,
  optional: true,
): ParamSpec<number | undefined>;
export function numberParam(
  name: string,
  description: string,
  rule: NumberRule = {},
  optional = false,
): ParamSpec<number | undefined, number> {
  return {
    name,
    description,
    optional,
    bounds: rule,
    cellType: 'number',
    parse: (cell: InputCell) => toNumber(cell, name, rule),
  };
}

/** An annual base salary: AI.COMPA, AI.PENETRATION and AI.LOADED read it the same way. */
export const salaryParam = numberParam('salary', 'the salary (annual base), e.g. 185000', atLeastZero('a salary'));

/** One of a fixed set of words; optional unless `optional` is false. */
export function choiceParam<T extends string>(
  name: string,
  description: string,
  choices: readonly T[],
  synonyms?: Record<string, NoInfer<T>>,
  optional?: true,
): ParamSpec<T | undefined>;
export function choiceParam<T extends string>(
  name: string,
  description: string,
  choices: readonly T[],
  synonyms: Record<string, NoInfer<T>>,
  optional: false,
): ParamSpec<T>;
export function choiceParam<T extends string>(
  name: string,
  description: string,
  choices: readonly T[],
  synonyms: Record<string, T> = {},
  optional = true,
): ParamSpec<T | undefined, T> {
  const bySynonym = new Map(Object.entries(synonyms).map(([k, v]) => [normalizeName(k), v]));
  return {
    name,
    description,
    optional,
    cellType: 'string',
    parse: (cell: InputCell): Parsed<T> => {
      const synonym = typeof cell === 'string' ? bySynonym.get(normalizeName(cell)) : undefined;
      return synonym ?? toChoice(cell, name, choices);
    },
  };
}

/** A parameter's metadata without its parser, default or value type, to build another from. */
function metaOf(
  base: ParamSpec<unknown, unknown>,
): Pick<
  ParamSpec,
  'name' | 'description' | 'optional' | 'kind' | 'cellType' | 'bounds' | 'zeroIsBlank' | 'listColumn'
> {
  const { name, description, optional, kind, cellType, bounds, zeroIsBlank, listColumn } = base;
  return { name, description, optional, kind, cellType, bounds, zeroIsBlank, listColumn };
}

/**
 * The same parameter read another way (a name kept as typed beside its match): the metadata stays,
 * the parser and the value type change.
 */
export function reparse<E>(
  base: ParamSpec<unknown, unknown>,
  parse: (cell: InputCell) => Parsed<E>,
  changes: Partial<Pick<ParamSpec, 'name' | 'description'>> = {},
): ParamSpec<E, E> {
  return { ...metaOf(base), parse, ...changes };
}

export const roleParam: ParamSpec<Role> = {
  name: 'role',
  cellType: 'string',
  zeroIsBlank: 'always',
  description: 'the role, e.g. "LLMOps", "Machine Learning", "AI API Integration" (AI.ROLES lists them)',
  parse: (cell) => {
    const text = toText(cell, 'role');
    return isSheetError(text) ? text : roles.find(text);
  },
};

/** A level name, or a number of years of experience (mapped by each source's own years). */
export const levelParam: ParamSpec<LevelRef> = {
  name: 'level',
  cellType: 'any',
  zeroIsBlank: 'inBlankRow',
  description: 'the level, e.g. "Senior" (AI.LEVELS lists them), or years of experience as a number',
  parse: (cell): Parsed<LevelRef> => {
    if (typeof cell === 'number') {
      if (!Number.isFinite(cell) || cell < 0 || cell > 60)
        return badValue(
          `level: expected a level name or years of experience from 0 to 60, received ${describeCell(cell)}`,
        );
      return { years: cell };
    }
    const text = toText(cell, 'level');
    if (isSheetError(text)) return text;
    if (/^\d+(\.\d+)?\s*(y|yr|yrs|years?)?$/i.test(text)) return { years: parseFloat(text) };
    const level = levels.find(text);
    return isSheetError(level) ? level : { level };
  },
};

export const skillParam: ParamSpec<Skill> = {
  name: 'skill',
  cellType: 'string',
  zeroIsBlank: 'always',
  description: 'the skill, e.g. "LLM fine-tuning" (AI.SKILLS lists them)',
  parse: (cell) => {
    const text = toText(cell, 'skill');
    return isSheetError(text) ? text : skills.find(text);
  },
};

export const marketParam = choiceParam(
  'market',
  'the market; only "US" has band data (default "US")',
  ['US'] as const,
  {
    'United States': 'US',
    USA: 'US',
    America: 'US',
  },
);

/**
 * The band data to read: the name of an embedded table, or a user's own band table (a range whose
 * first row is a header: role, level, min, mid, max, ...; core/band/user-table.ts), read whole
 * once per call. A table with any problem is one error naming its rows and columns.
 */
export const sourceParam: ParamSpec<BandTable | UserBandTable | undefined> = {
  name: 'source',
  optional: true,
  kind: 'tableOrLifted',
  cellType: 'any',
  description:
    'which data: "aitechconnect" (default: US ranges by level), "nexus" (US averages by years, up to Principal), either followed by "strict" ("strict" alone: the default table) for reported and derived figures only, estimates #N/A, or your own band table, a range with a header row (role, level, min, mid, max, p10..p90, currency, market, source, as of)',
  parse: (cell) => {
    const text = toText(cell, 'source');
    if (isSheetError(text)) return text;
    const table = findBandTable(text);
    // A range reaches here cell by cell when its first row is not all text: say what a table needs.
    return isSheetError(table)
      ? badValue(
          `${table.message} (a band table's first row must be its header, every cell filled with a column name: role, level, min, mid, max, ...)`,
        )
      : table;
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

// Matched on first use: with a user's table the built-in match (and the suggestions of its
// unknown-name message) is never needed, and a column of 100,000 distinct titles would pay for it.
function nameRef<T>(text: string, match: () => T | SheetError): NameRef<T> {
  let found: T | SheetError | undefined;
  return {
    text,
    get builtIn() {
      return (found ??= match());
    },
  };
}

export const bandRoleParam: ParamSpec<NameRef<Role>> = reparse(
  roleParam,
  (cell): NameRef<Role> | SheetError => {
    const text = toText(cell, 'role');
    return isSheetError(text) ? text : nameRef(text, () => roles.find(text));
  },
  {
    description: 'the role, e.g. "LLMOps", "Machine Learning" (AI.ROLES lists them), or a role of your own band table',
  },
);

export const bandLevelParam: ParamSpec<NameRef<LevelRef>> = reparse(
  levelParam,
  (cell): NameRef<LevelRef> | SheetError => {
    const text = toText(cell, 'level');
    if (isSheetError(text)) return text;
    return nameRef(text, () => levelParam.parse(cell));
  },
  {
    description:
      'the level, e.g. "Senior" (AI.LEVELS lists them), years of experience as a number, or a level of your own band table',
  },
);

export const bandMarketParam: ParamSpec<NameRef<'US'> | undefined> = reparse(
  marketParam,
  (cell): NameRef<'US'> | SheetError => {
    const text = toText(cell, 'market');
    if (isSheetError(text)) return text;
    const builtIn = marketParam.parse(cell);
    return {
      text,
      builtIn: isSheetError(builtIn)
        ? badValue(
            `${builtIn.message} (the embedded data is US only: for another market pass your own band table with a market column as source, or project a local figure with AI.LOCALBAND)`,
          )
        : builtIn,
    };
  },
  {
    description:
      'the market: "US" (default) for the embedded data; with your own band table, a market of its market column',
  },
);

/** The figures a band lookup can return; percentiles and the as-of date come from users' tables. */
export const BAND_LOOKUP_STATS = [
  'min',
  'mid',
  'max',
  'avg',
  'p10',
  'p25',
  'p50',
  'p75',
  'p90',
  'asof',
  'grade',
] as const;
export type BandLookupStat = (typeof BAND_LOOKUP_STATS)[number];

/** Other words analysts use for a band statistic (AI.BAND's and AI.SOURCE's `stat`). */
export const BAND_STAT_SYNONYMS: Readonly<Record<string, BandLookupStat>> = {
  minimum: 'min',
  low: 'min',
  floor: 'min',
  midpoint: 'mid',
  middle: 'mid',
  maximum: 'max',
  high: 'max',
  top: 'max',
  median: 'p50',
  '50th': 'p50',
  'as of': 'asof',
  'as-of date': 'asof',
  date: 'asof',
  average: 'avg',
  mean: 'avg',
  grades: 'grade',
};

export const bandLookupStatParam = choiceParam(
  'stat',
  'which figure: "min", "mid" (a midpoint, or the central figure the source states) or "max"; omit for the row min, mid, max; "grade" for the row of their grades (reported, derived or estimate); "median"/"p50" only where a source reports a median, "avg" only where it reports an average; with your own table also "p10" to "p90" and "asof" (its as-of date)',
  BAND_LOOKUP_STATS,
  BAND_STAT_SYNONYMS,
);

/** Annual working hours: 2,080 (40 hours x 52 weeks), the year that turns Payscale's $194,000 into $93.27/h (seed 000). */
export const HOURS_PER_YEAR = 2080;

export const hoursParam = withDefault(
  numberParam(
    'hours',
    'working hours in a year',
    { min: 0, minExclusive: true, max: 8784, what: 'hours per year' },
    true,
  ),
  HOURS_PER_YEAR,
  { note: '40 hours x 52 weeks' },
);

/**
 * A list of values per call (see ListColumn for how a range becomes lists). Blank cells are
 * skipped, so an omitted list is empty.
 */
export function listOf<E>(base: ParamSpec<unknown, E>, listColumn: ListColumn = 'shared'): ParamSpec<E[], E> {
  return { ...metaOf(base), parse: base.parse, kind: 'list', listColumn };
}
