/**
 * Lookup functions over the embedded data: bands, their sources, contractor rates, vocabularies,
 * skill premiums and the hourly/annual conversions.
 */
import { defineFunction, FunctionSpec, withDefault } from '../function-spec';
import { badValue, isSheetError, notAvailable, SheetError } from '../errors';
import { OWN_TABLE_HINT } from '../messages';
import { serialToIsoDate } from '../coerce';
import { findUserBandRow, isUserBandTable, TableStat, userBandAsOf, userBandFigure, UserBandTable } from '../band/user-table';
import { BAND_STATS, BandResult, BandRowResult, DEFAULT_TABLE, LevelRef, lookupBandRow } from '../band/embedded-bands';
import { BandTable } from '../../data/band-tables';
import { figure, FIGURES } from '../../data/figures';
import { citeFigure } from '../band/provenance';
import { LEVELS } from '../vocabulary/levels';
import { Role, ROLES } from '../vocabulary/roles';
import { Skill, SKILLS } from '../vocabulary/skills';
import { OutputCell } from '../cells';
import { BAND_LOOKUP_STATS, BAND_STAT_SYNONYMS, BandLookupStat, bandLevelParam, bandLookupStatParam, bandMarketParam, bandRoleParam, choiceParam, HOURS_PER_YEAR, hoursParam, levelParam, NameRef, numberParam, roleParam, skillParam, sourceParam } from './params';

/** What a band lookup reads from: an embedded table (by name), a user's own table, or the default. */
type BandSource = BandTable | UserBandTable | undefined;

/** One role and level of a source, resolved: its figures by stat, and its as-of date. */
interface BandLookup {
  figure(stat: TableStat): BandResult;
  asOf(): number | SheetError;
}

function embeddedFigure(row: BandRowResult, stat: TableStat, table: BandTable): BandResult {
  if (stat === 'min' || stat === 'mid' || stat === 'max') return row[stat];
  // The embedded tables' central figure answers for the median: AI.SOURCE says what it is (a
  // reported median, an average, or a midpoint), as it always has for stat "median".
  if (stat === 'p50') return row.mid;
  return notAvailable(`the embedded ${table.name} table states no percentiles, only min, mid and max; ${OWN_TABLE_HINT}`);
}

function bandLookup(role: NameRef<Role>, level: NameRef<LevelRef>, market: NameRef<'US'> | undefined, source: BandSource): BandLookup | SheetError {
  if (isUserBandTable(source)) {
    const row = findUserBandRow(source, role.text, level.text, market?.text);
    if (isSheetError(row)) return row;
    return { figure: (stat) => userBandFigure(source, row, stat), asOf: () => userBandAsOf(source, row) };
  }
  if (isSheetError(role.builtIn)) return role.builtIn;
  if (isSheetError(level.builtIn)) return level.builtIn;
  if (market && isSheetError(market.builtIn)) return market.builtIn;
  const table = source ?? DEFAULT_TABLE;
  const row = lookupBandRow(role.builtIn, level.builtIn, table);
  if (isSheetError(row)) return row;
  return {
    figure: (stat) => embeddedFigure(row, stat, table),
    asOf: () => notAvailable(`the embedded ${table.name} data is dated by year only, not by day, so it has no as-of date; give AI.AGE the date you take it to be, or pass your own band table with an "as of" column as the source argument`),
  };
}

export const BAND = defineFunction({
  name: 'BAND',
  summary: 'Annual base pay band for a role and level (US, embedded data; or your own band table as source): the row min, mid, max, or one figure with stat.',
  params: [bandRoleParam, bandLevelParam, bandLookupStatParam, bandMarketParam, sourceParam],
  result: 'row',
  columns: BAND_STATS,
  example: ['LLMOps', 'Senior'],
  run(role, level, stat, market, source) {
    const lookup = bandLookup(role, level, market, source);
    if (isSheetError(lookup)) return lookup;
    if (stat === 'asof') return lookup.asOf();
    if (stat) return valueOf(lookup.figure(stat));
    return [valueOf(lookup.figure('min')), valueOf(lookup.figure('mid')), valueOf(lookup.figure('max'))];
  },
});

const valueOf = (result: BandResult): OutputCell => (isSheetError(result) ? result : result.value);

/**
 * AI.SOURCE also explains the figures AI.RATE and AI.PREMIUM return (DESIGN.md §5: every figure
 * says where it comes from): stat "rate" for AI.RATE(role, level), and stat "premium" for
 * AI.PREMIUM(skill, bound), given as AI.SOURCE(skill, bound, "premium").
 */
type SourceStat = BandLookupStat | 'rate' | 'premium';
const sourceStatParam = choiceParam('stat', 'which figure: "min", "mid", "max" (omit for all three), "p10" to "p90" or "asof" with your own table; "rate" explains AI.RATE(role, level); "premium" explains AI.PREMIUM(skill, bound), given as AI.SOURCE(skill, bound, "premium")', [...BAND_LOOKUP_STATS, 'rate', 'premium'] as const, {
  ...BAND_STAT_SYNONYMS, hourly: 'rate', 'contractor rate': 'rate', skill: 'premium',
});

/** One sentence on a data record: its value, reported (and by whom) or derived (and how). */
function explainFigure(id: string, what: string, show: (value: number) => string): string {
  const f = figure(id);
  const basis = f.basis === 'reported' ? `reported: ${citeFigure(id)}` : `derived: ${f.derivation}, from ${citeFigure(id)}`;
  return `${what}: ${show(f.value)}, ${basis}${f.reading ? `. Reading of the source: ${f.reading}` : ''}.`;
}

const percent = (value: number): string => `${(value * 100).toFixed(value * 100 % 1 === 0 ? 0 : 1)}%`;

function rateSource(role: Role | SheetError, level: LevelRef | SheetError): OutputCell {
  if (isSheetError(role)) return role;
  if (isSheetError(level)) return level;
  const rate = RATE.run(role, level);
  if (isSheetError(rate) || 'years' in level) return rate;
  const id = RATE_INDEX.get(`${role.id}|${level.level.id}`)!;
  return explainFigure(id, `global contractor hourly rate, ${role.name}, ${level.level.name}`, (v) => `$${v.toFixed(2)}/h`);
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
  return `${what}, mid: ${percent(value)}, derived: halfway between the stated low and high ends. ${explainFigure(s.low!, 'Low end', percent)} ${explainFigure(s.high!, 'High end', percent)}`;
}

export const SOURCE = defineFunction({
  name: 'SOURCE',
  summary: 'Where a figure comes from: publisher, report, date, seed file (or the row of your own band table), and whether it is reported or derived (and how); for band figures, or with stat "rate" or "premium" for AI.RATE and AI.PREMIUM.',
  params: [bandRoleParam, bandLevelParam, sourceStatParam, bandMarketParam, sourceParam],
  result: 'cell',
  example: ['LLMOps', 'Senior', 'mid'],
  run(role, level, stat, market, source) {
    if (stat === 'rate') return rateSource(role.builtIn, level.builtIn);
    if (stat === 'premium') return premiumSource(role.text, level?.text);
    const lookup = bandLookup(role, level, market, source);
    if (isSheetError(lookup)) return lookup;
    if (stat === 'asof') {
      const asOf = lookup.asOf();
      return isSheetError(asOf) ? `as-of date: not available (${asOf.message})` : `as-of date: ${serialToIsoDate(asOf)}, as your band table states it`;
    }
    const stats: readonly TableStat[] = stat ? [stat] : BAND_STATS;
    const parts = stats.map((s) => {
      const result = lookup.figure(s);
      return isSheetError(result) ? `${s}: not available (${result.message})` : `${s}: ${result.source}`;
    });
    return parts.join(' | ');
  },
});

/** Global contractor rates as Lemon.io's report states them (seed 000), by role id and level id. */
const RATE_INDEX = new Map<string, string>();
for (const f of FIGURES) {
  if (f.measures === 'hourly-rate' && f.market === 'global contractor' && f.role && f.level) RATE_INDEX.set(`${f.role}|${f.level}`, f.id);
}

export const RATE = defineFunction({
  name: 'RATE',
  summary: 'Global contractor hourly rate in USD for a role and level (Lemon.io rate report).',
  params: [roleParam, levelParam],
  result: 'cell',
  example: ['Machine Learning', 'Senior'],
  run(role, level) {
    if ('years' in level) return notAvailable('the contractor rate report gives rates by tier (Mid, Senior, Strong Senior), not by years of experience: give a level name');
    const id = RATE_INDEX.get(`${role.id}|${level.level.id}`);
    if (id) return figure(id).value;
    const known = [...RATE_INDEX.keys()].filter((k) => k.startsWith(`${role.id}|`)).map((k) => LEVELS.find((l) => l.id === k.split('|')[1])!.name);
    const has = known.length ? `it gives ${role.name} rates for ${known.join(', ')}` : `it gives no rate for ${role.name}`;
    return notAvailable(`the contractor rate report has no ${level.level.name} rate for ${role.name} (${has}); enter your own rate in the cell instead`);
  },
});

export const ROLES_FN = defineFunction({
  name: 'ROLES', summary: 'The role names, as a column (for data-validation lists).', params: [], result: 'column', example: [],
  run: () => ROLES.map((r) => r.name),
});
export const LEVELS_FN = defineFunction({
  name: 'LEVELS', summary: 'The level names, as a column (for data-validation lists).', params: [], result: 'column', example: [],
  run: () => LEVELS.map((l) => l.name),
});
export const SKILLS_FN = defineFunction({
  name: 'SKILLS', summary: 'The skills with a stated pay premium, as a column.', params: [], result: 'column', example: [],
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
  return notAvailable(`the source gives ${skill.name} only a floor of ${((low ?? 0) * 100).toFixed(0)}% (${stated}), no ${bound} figure; use bound "low", or enter your own premium`);
}

export const PREMIUM = defineFunction({
  name: 'PREMIUM',
  summary: 'Pay premium for a skill as a fraction (0.15 is 15%); bound "low", "mid" (default) or "high".',
  params: [skillParam, withDefault(choiceParam('bound', 'which end of the stated range: "low", "mid" (the midpoint) or "high"', ['low', 'mid', 'high'] as const, { minimum: 'low', midpoint: 'mid', maximum: 'high', median: 'mid' }), 'mid')],
  result: 'cell',
  example: ['LLM fine-tuning', 'high'],
  run: (skill, bound) => premium(skill, bound),
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

export const LOOKUP_FUNCTIONS: readonly FunctionSpec[] = [BAND, SOURCE, RATE, ROLES_FN, LEVELS_FN, SKILLS_FN, PREMIUM, HOURLY, ANNUAL];
