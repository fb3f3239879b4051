/**
 * Lookup functions over the embedded data: bands, their sources, contractor rates, vocabularies,
 * skill premiums and the hourly/annual conversions.
 */
import { defineFunction, FunctionSpec, withDefault } from '../function-spec';
import { badValue, isSheetError, notAvailable, SheetError } from '../errors';
import { OFFER_DEFAULTS } from '../../data/defaults';
import { vocabulary } from '../vocabulary/match';
import { OWN_TABLE_HINT } from '../messages';
import { serialToIsoDate } from '../coerce';
import {
  findUserBandRow,
  isUserBandTable,
  TableStat,
  userBandAsOf,
  userBandFigure,
  UserBandTable,
} from '../band/user-table';
import { BAND_STATS, BandResult, BandRowResult, DEFAULT_TABLE, LevelRef, lookupBandRow } from '../band/embedded-bands';
import { explainLocalRatio } from '../band/local-band';
import { userSeniorityRatio } from '../band/user-table';
import { BandTable } from '../../data/band-tables';
import { figure, FIGURES } from '../../data/figures';
import { citeFigure, figureNotes, formatUsd, Grade } from '../band/provenance';
import { LEVELS, levels } from '../vocabulary/levels';
import { Role, ROLES } from '../vocabulary/roles';
import { Skill, SKILLS } from '../vocabulary/skills';
import { OutputCell } from '../cells';
import {
  BAND_LOOKUP_STATS,
  BAND_STAT_SYNONYMS,
  bandLevelParam,
  bandLookupStatParam,
  bandMarketParam,
  bandRoleParam,
  choiceParam,
  hoursParam,
  levelParam,
  NameRef,
  numberParam,
  roleParam,
  skillParam,
  sourceParam,
} from './params';

/** What a band lookup reads from: an embedded table (by name), a user's own table, or the default. */
type BandSource = BandTable | UserBandTable | undefined;

/** The figures a band lookup answers one at a time (the row's grades and the as-of date aside). */
type FigureStat = TableStat | 'avg';

/** One role and level of a source, resolved: its figures by stat, and its as-of date. */
interface BandLookup {
  figure(stat: FigureStat): BandResult;
  asOf(): number | SheetError;
}

/** What the embedded row states as its central figure, for #N/A messages of p50 and avg. */
function centralIs(row: BandRowResult): string {
  const mid = row.mid;
  if (isSheetError(mid)) return 'no central figure';
  const what = mid.statistic === 'midpoint' ? 'midpoint of its range' : (mid.statistic ?? 'figure');
  return `${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} as mid (${formatUsd(mid.value)}, ${mid.basis})`;
}

function embeddedFigure(row: BandRowResult, stat: FigureStat, table: BandTable): BandResult {
  if (stat === 'min' || stat === 'mid' || stat === 'max') return row[stat];
  // A median or an average answers only where a source reports one; a midpoint is never either.
  const mid = row.mid;
  if (stat === 'p50') {
    if (!isSheetError(mid) && mid.statistic === 'median') return mid;
    return notAvailable(
      `no source reports a median here: the ${table.name} table gives ${centralIs(row)}; use stat "mid" for that figure, or ${OWN_TABLE_HINT}`,
    );
  }
  if (stat === 'avg') {
    if (!isSheetError(mid) && mid.statistic === 'average') return mid;
    return notAvailable(
      `no source reports an average here: the ${table.name} table gives ${centralIs(row)}${table.id.startsWith('nexus') ? '' : '; source "nexus" reports averages by level'}; use stat "mid" for that figure`,
    );
  }
  return notAvailable(
    `the embedded ${table.name} table states no percentiles, only min, mid and max (and a median where a source reports one); ${OWN_TABLE_HINT}`,
  );
}

function bandLookup(
  role: NameRef<Role>,
  level: NameRef<LevelRef>,
  market: NameRef<'US'> | undefined,
  source: BandSource,
): BandLookup | SheetError {
  if (isUserBandTable(source)) {
    const row = findUserBandRow(source, role.text, level.text, market?.text);
    if (isSheetError(row)) return row;
    return {
      figure: (stat) =>
        stat === 'avg'
          ? notAvailable('your band table has no average column: use stat "mid", or "p50" for a median column')
          : userBandFigure(source, row, stat),
      asOf: () => userBandAsOf(source, row),
    };
  }
  if (isSheetError(role.builtIn)) return role.builtIn;
  if (isSheetError(level.builtIn)) return level.builtIn;
  if (market && isSheetError(market.builtIn)) return market.builtIn;
  const table = source ?? DEFAULT_TABLE;
  const row = lookupBandRow(role.builtIn, level.builtIn, table);
  if (isSheetError(row)) return row;
  return {
    figure: (stat) => embeddedFigure(row, stat, table),
    asOf: () =>
      notAvailable(
        `the embedded ${table.name} data is dated by year only, not by day, so it has no as-of date; give AI.AGE the date you take it to be, or pass your own band table with an "as of" column as the source argument`,
      ),
  };
}

const gradeOf = (result: BandResult): OutputCell => (isSheetError(result) ? result : result.basis);

export const BAND = defineFunction({
  name: 'BAND',
  summary:
    'Annual base pay band for a role and level (US, embedded data; or your own band table as source): the row min, mid, max, or one figure with stat; stat "grade" gives each figure\'s grade (reported, derived or estimate). Source "strict" returns estimates as #N/A.',
  params: [bandRoleParam, bandLevelParam, bandLookupStatParam, bandMarketParam, sourceParam],
  result: 'row',
  columns: BAND_STATS,
  example: ['LLMOps', 'Senior'],
  run(role, level, stat, market, source) {
    const lookup = bandLookup(role, level, market, source);
    if (isSheetError(lookup)) return lookup;
    if (stat === 'asof') return lookup.asOf();
    if (stat === 'grade') return BAND_STATS.map((s) => gradeOf(lookup.figure(s)));
    if (stat) return valueOf(lookup.figure(stat));
    return [valueOf(lookup.figure('min')), valueOf(lookup.figure('mid')), valueOf(lookup.figure('max'))];
  },
});

const valueOf = (result: BandResult): OutputCell => (isSheetError(result) ? result : result.value);

/**
 * AI.SOURCE also explains the figures AI.RATE, AI.PREMIUM and AI.LOCALBAND return (DESIGN.md §5:
 * every figure says where it comes from): stat "rate" for AI.RATE(role, level); "premium" for
 * AI.PREMIUM(skill, bound), given as AI.SOURCE(skill, bound, "premium"); "local" for the ratio
 * AI.LOCALBAND(anchor, anchorLevel, level, source) applies, given as AI.SOURCE(anchorLevel, level, "local",, source).
 * Every answer starts with the grade.
 */
const sourceStatParam = choiceParam(
  'stat',
  'which figure: "min", "mid", "max" (omit for all three), "median"/"p50" or "avg" where a source reports one, "p10" to "p90" or "asof" with your own table; "rate" explains AI.RATE(role, level); "premium" explains AI.PREMIUM(skill, bound), given as AI.SOURCE(skill, bound, "premium"); "local" explains AI.LOCALBAND, given as AI.SOURCE(anchorLevel, level, "local", , source); "default" explains a default the offer functions apply, given as AI.SOURCE("vesting", , "default") (also "horizon", "growth", "option rate"...)',
  [...BAND_LOOKUP_STATS.filter((s) => s !== 'grade'), 'rate', 'premium', 'local', 'default'] as const,
  {
    ...BAND_STAT_SYNONYMS,
    hourly: 'rate',
    'contractor rate': 'rate',
    skill: 'premium',
    localband: 'local',
    'local band': 'local',
  },
);

/** One passage on a data record: its grade first, its value, reported (and by whom) or derived (and how), and what qualifies it. */
function explainFigure(id: string, what: string, show: (value: number) => string): string {
  const f = figure(id);
  const basis =
    f.basis === 'reported'
      ? `reported by ${citeFigure(id)}`
      : `derived: ${f.derivation} (formula over the figures AI.FIGURE lists by these ids), from ${citeFigure(id)}`;
  return `${f.basis}: ${what}: ${show(f.value)}${figureNotes(id)}, ${basis}${f.reading ? `. Reading of the source: ${f.reading.replace(/\.$/, '')}` : ''}.`;
}

const percent = (value: number): string => `${(value * 100).toFixed((value * 100) % 1 === 0 ? 0 : 1)}%`;

function rateSource(role: Role | SheetError, level: LevelRef | SheetError): OutputCell {
  if (isSheetError(role)) return role;
  if (isSheetError(level)) return level;
  const id = rateFigureId(role, level);
  if (isSheetError(id)) return id;
  const levelId = (level as { level: { id: string; name: string } }).level;
  const ceilings = FIGURES.filter(
    (f) => f.role === role.id && f.level === levelId.id && f.measures === 'hourly-rate' && f.statistic === 'top',
  )
    .map(
      (f) =>
        ` The report also gives a ceiling for this tier, not an average: ${f.label ?? 'up to'} $${f.value.toFixed(2)}/h (=AI.FIGURE("${f.id}")).`,
    )
    .join('');
  return (
    explainFigure(
      id,
      `global contractor hourly rate (Lemon.io reports global contractor rates, not US salaries), ${role.name}, ${levelId.name}`,
      (v) => `$${v.toFixed(2)}/h`,
    ) + ceilings
  );
}

function premiumSource(skillText: string, boundText: string | undefined): OutputCell {
  const skill = skillParam.parse(skillText);
  if (isSheetError(skill)) return skill;
  const boundParam = PREMIUM.params[1];
  const bound = boundText === undefined ? boundParam.default : boundParam.parse(boundText);
  if (bound === undefined) return badValue('bound: expected "low", "mid" or "high"');
  if (isSheetError(bound)) return bound;
  const s = skill;
  const value = premium(s, bound);
  if (isSheetError(value)) return value;
  const what = `pay premium for ${s.name}, measured against ${s.against}`;
  if (s.point) return explainFigure(s.point, what, percent);
  if (bound === 'low') return explainFigure(s.low!, `${what}, low end`, percent);
  if (bound === 'high') return explainFigure(s.high!, `${what}, high end`, percent);
  return `derived: ${what}, mid (the default bound): ${percent(value as number)}, halfway between the stated low and high ends, (low + high) / 2. ${explainFigure(s.low!, 'Low end', percent)} ${explainFigure(s.high!, 'High end', percent)}`;
}

function localSource(anchorText: string, level: NameRef<LevelRef>, source: BandSource): OutputCell {
  if (isUserBandTable(source)) {
    const ratio = userSeniorityRatio(source, anchorText, level.text);
    return isSheetError(ratio)
      ? ratio
      : `derived: AI.LOCALBAND multiplies the anchor by ${ratio.factor.toFixed(4)}, ${ratio.explanation}.`;
  }
  const anchor = levelParam.parse(anchorText) as LevelRef | SheetError;
  if (isSheetError(anchor)) return anchor;
  if (isSheetError(level.builtIn)) return level.builtIn;
  return explainLocalRatio(anchor, level.builtIn, source ?? DEFAULT_TABLE);
}

const DEFAULTS = vocabulary('default', OFFER_DEFAULTS);

/** AI.SOURCE(name, , "default"): one default of the offer functions, sourced guidance or our choice, and why. */
function defaultSource(name: string): OutputCell {
  const found = DEFAULTS.find(name);
  if (isSheetError(found))
    return badValue(
      `${found.message.replace(/ listed by AI\.DEFAULTS\(\)/, '')} (${OFFER_DEFAULTS.map((d) => `"${d.id}"`).join(', ')})`,
    );
  return `${found.basis}: the ${found.name} defaults to ${found.value}. ${found.why}`;
}

export const SOURCE = defineFunction({
  name: 'SOURCE',
  summary:
    'Where a figure comes from, grade first (reported, derived or estimate): publisher, report and date (or the row of your own band table), how it was derived, and the assumptions an estimate rests on; for band figures, or with stat "rate", "premium" or "local" for AI.RATE, AI.PREMIUM and AI.LOCALBAND.',
  params: [bandRoleParam, { ...bandLevelParam, optional: true }, sourceStatParam, bandMarketParam, sourceParam],
  result: 'cell',
  example: ['LLMOps', 'Senior', 'mid'],
  run(role, level, stat, market, source) {
    if (stat === 'premium') return premiumSource(role.text, level?.text);
    if (stat === 'default') return defaultSource(role.text);
    if (!level)
      return notAvailable(
        'level is required: expected a level, e.g. "Senior" (only AI.SOURCE(skill, , "premium") may leave it out, for the default bound)',
      );
    if (stat === 'rate') return rateSource(role.builtIn, level.builtIn);
    if (stat === 'local') return localSource(role.text, level, source);
    const lookup = bandLookup(role, level, market, source);
    if (isSheetError(lookup)) return lookup;
    if (stat === 'asof') {
      const asOf = lookup.asOf();
      return isSheetError(asOf)
        ? `as-of date: not available (${asOf.message})`
        : `as-of date: ${serialToIsoDate(asOf)}, as your band table states it`;
    }
    if (stat) {
      const result = lookup.figure(stat);
      return isSheetError(result) ? result : `${result.basis}: ${result.source}`;
    }
    const results = BAND_STATS.map((s) => [s, lookup.figure(s)] as const);
    const grades = results.map(([s, r]) => `${s} ${isSheetError(r) ? 'not available' : r.basis}`).join(', ');
    const parts = results.map(([s, r]) =>
      isSheetError(r) ? `${s}: not available (${r.message})` : `${s}: ${r.basis}: ${r.source}`,
    );
    return [`grades: ${grades}`, ...parts].join(' | ');
  },
});

/** Global contractor rates as Lemon.io's report states them (seed 000), by role id and level id: averages only, not ceilings. */
const RATE_INDEX = new Map<string, string>();
for (const f of FIGURES) {
  if (
    f.measures === 'hourly-rate' &&
    f.market === 'global contractor' &&
    f.role &&
    f.level &&
    f.statistic === 'average'
  )
    RATE_INDEX.set(`${f.role}|${f.level}`, f.id);
}

/** The record AI.RATE answers with, or why there is none (what the report does give instead). */
function rateFigureId(role: Role, level: LevelRef): string | SheetError {
  if ('years' in level)
    return notAvailable(
      'the contractor rate report gives rates by tier (Mid, Senior, Strong Senior), not by years of experience: give a level name',
    );
  const id = RATE_INDEX.get(`${role.id}|${level.level.id}`);
  if (id) return id;
  const known = [...RATE_INDEX.keys()]
    .filter((k) => k.startsWith(`${role.id}|`))
    .map((k) => LEVELS.find((l) => l.id === k.split('|')[1])!.name);
  const has = known.length
    ? `it gives ${role.name} average rates for ${known.join(', ')}`
    : `it gives no rate for ${role.name}`;
  const ceilings = FIGURES.filter(
    (f) =>
      f.role === role.id && f.measures === 'hourly-rate' && f.market === 'global contractor' && f.statistic === 'top',
  )
    .map(
      (f) =>
        `; it says a ${levels.byId(f.level ?? '')?.name.toLowerCase() ?? ''} ${role.name} ${f.label ?? 'reaches'} $${f.value.toFixed(2)}/h, a ceiling rather than a tier's average: =AI.FIGURE("${f.id}")`,
    )
    .join('');
  const standIn =
    role.rateAssumptions?.includes('backend-stand-in') && role.seniorRateFigure
      ? `; AI.BAND's estimate for ${role.name} lets the senior back-end developer rate ($${figure(role.seniorRateFigure).value.toFixed(2)}/h, =AI.RATE("Back-end Developer","Senior")) stand in, an assumption of ours that AI.SOURCE names`
      : '';
  return notAvailable(
    `the contractor rate report has no ${level.level.name} rate for ${role.name} (${has}${ceilings}${standIn}); enter your own rate in the cell instead`,
  );
}

/** The optional last argument of AI.RATE, AI.PREMIUM and AI.LOCALBAND: the number, or its grade. */
export const showParam = choiceParam(
  'show',
  'what to return: "value" (default), or "grade": whether the figure is reported, derived or an estimate (AI.SOURCE explains it)',
  ['value', 'grade'] as const,
  { number: 'value', figure: 'value', grades: 'grade', basis: 'grade' },
);

export const RATE = defineFunction({
  name: 'RATE',
  summary:
    'Global contractor hourly rate in USD for a role and level: the average Lemon.io\'s rate report gives (not a US salary); show "grade" for its grade.',
  params: [roleParam, levelParam, showParam],
  result: 'cell',
  example: ['Machine Learning', 'Senior'],
  run(role, level, show) {
    const id = rateFigureId(role, level);
    if (isSheetError(id)) return id;
    return show === 'grade' ? figure(id).basis : figure(id).value;
  },
});

export const ROLES_FN = defineFunction({
  name: 'ROLES',
  summary: 'The role names, as a column (for data-validation lists).',
  params: [],
  result: 'column',
  example: [],
  run: () => ROLES.map((r) => r.name),
});
export const LEVELS_FN = defineFunction({
  name: 'LEVELS',
  summary: 'The level names, as a column (for data-validation lists).',
  params: [],
  result: 'column',
  example: [],
  run: () => LEVELS.map((l) => l.name),
});
export const SKILLS_FN = defineFunction({
  name: 'SKILLS',
  summary: 'The skills with a stated pay premium, as a column.',
  params: [],
  result: 'column',
  example: [],
  run: () => SKILLS.map((s) => s.name),
});

type Bound = 'low' | 'mid' | 'high';

function premium(skill: Skill, bound: Bound): number | SheetError {
  if (skill.point) return figure(skill.point).value;
  const low = skill.low ? figure(skill.low).value : undefined;
  const high = skill.high ? figure(skill.high).value : undefined;
  if (bound === 'low' && low !== undefined) return low;
  if (bound === 'high' && high !== undefined) return high;
  if (bound === 'mid' && low !== undefined && high !== undefined) return (low + high) / 2;
  const stated = skill.low ? citeFigure(skill.low) : '';
  return notAvailable(
    `the source gives ${skill.name} only a floor of ${((low ?? 0) * 100).toFixed(0)}% (${stated}), no ${bound} figure; use bound "low", or enter your own premium`,
  );
}

/** A stated bound is its record's grade; the default mid of a stated range is their midpoint, derived. */
function premiumGrade(skill: Skill, bound: Bound): Grade {
  if (skill.point) return figure(skill.point).basis;
  const id = bound === 'low' ? skill.low : bound === 'high' ? skill.high : undefined;
  return id ? figure(id).basis : 'derived';
}

export const PREMIUM = defineFunction({
  name: 'PREMIUM',
  summary:
    'Pay premium for a skill as a fraction (0.15 is 15%); bound "low", "mid" (default: the midpoint of the stated range, derived) or "high"; show "grade" for its grade.',
  params: [
    skillParam,
    withDefault(
      choiceParam(
        'bound',
        'which end of the stated range: "low", "mid" (the midpoint, derived) or "high"',
        ['low', 'mid', 'high'] as const,
        { minimum: 'low', midpoint: 'mid', maximum: 'high', median: 'mid' },
      ),
      'mid',
    ),
    showParam,
  ],
  result: 'cell',
  example: ['LLM fine-tuning', 'high'],
  run(skill, bound, show) {
    const value = premium(skill, bound);
    if (show !== 'grade' || isSheetError(value)) return value;
    return premiumGrade(skill, bound);
  },
});

const money = { min: 0, what: 'an amount of at least 0' };

export const HOURLY = defineFunction({
  name: 'HOURLY',
  summary: 'Hourly equivalent of an annual amount (2,080 hours a year by default).',
  params: [numberParam('annual', 'the annual amount, e.g. 194000', money), hoursParam],
  result: 'cell',
  example: [194000],
  run: (annual, hours) => annual / hours,
});

export const ANNUAL = defineFunction({
  name: 'ANNUAL',
  summary: 'Annual equivalent of an hourly rate (2,080 hours a year by default).',
  params: [numberParam('hourly', 'the hourly rate, e.g. 60.30', money), hoursParam],
  result: 'cell',
  example: [60.3],
  run: (hourly, hours) => hourly * hours,
});

export const LOOKUP_FUNCTIONS: readonly FunctionSpec[] = [
  BAND,
  SOURCE,
  RATE,
  ROLES_FN,
  LEVELS_FN,
  SKILLS_FN,
  PREMIUM,
  HOURLY,
  ANNUAL,
];
