/**
 * Lookup functions over the embedded data: bands, their sources, contractor rates, vocabularies,
 * skill premiums and the hourly/annual conversions.
 */
import { FunctionSpec } from '../function-spec';
import { isSheetError, notAvailable, SheetError } from '../errors';
import { BAND_STATS, BandRowResult, DEFAULT_TABLE, LevelRef, lookupBandRow } from '../band/embedded-bands';
import { BandStat, BandTable } from '../../data/band-tables';
import { figure, FIGURES } from '../../data/figures';
import { citeFigure } from '../band/provenance';
import { LEVELS } from '../vocabulary/levels';
import { Role, ROLES } from '../vocabulary/roles';
import { Skill, SKILLS } from '../vocabulary/skills';
import { OutputCell } from '../cells';
import { bandStatParam, choiceParam, HOURS_PER_YEAR, hoursParam, levelParam, marketParam, numberParam, roleParam, skillParam, sourceParam } from './params';

type Market = 'US' | undefined;

function bandRow(role: Role, level: LevelRef, source: BandTable | undefined): BandRowResult | SheetError {
  return lookupBandRow(role, level, source ?? DEFAULT_TABLE);
}

export const BAND: FunctionSpec = {
  name: 'BAND',
  summary: 'US annual base pay band for a role and level: the row min, mid, max, or one of them with stat.',
  params: [roleParam, levelParam, bandStatParam, marketParam, sourceParam],
  result: 'row',
  columns: BAND_STATS,
  example: '=AI.BAND("LLMOps","Senior")',
  run(role: Role, level: LevelRef, stat: BandStat | undefined, market: Market, source?: BandTable): OutputCell | OutputCell[] {
    void market;
    const row = bandRow(role, level, source);
    if (isSheetError(row)) return row;
    if (stat) return valueOf(row[stat]);
    return [valueOf(row.min), valueOf(row.mid), valueOf(row.max)];
  },
};

const valueOf = (result: BandRowResult[BandStat]): OutputCell => (isSheetError(result) ? result : result.value);

export const SOURCE: FunctionSpec = {
  name: 'SOURCE',
  summary: 'Where a band figure comes from: publisher, report, date, seed file, and whether it is reported or derived (and how).',
  params: [roleParam, levelParam, bandStatParam, marketParam, sourceParam],
  result: 'cell',
  example: '=AI.SOURCE("LLMOps","Senior","mid")',
  run(role: Role, level: LevelRef, stat: BandStat | undefined, market: Market, source?: BandTable): OutputCell {
    void market;
    const row = bandRow(role, level, source);
    if (isSheetError(row)) return row;
    const stats = stat ? [stat] : BAND_STATS;
    const parts = stats.map((s) => {
      const result = row[s];
      return isSheetError(result) ? `${s}: not available (${result.message})` : `${s}: ${result.source}`;
    });
    return parts.join(' | ');
  },
};

/** Global contractor rates as Lemon.io's report states them (seed 000), by role id and level id. */
const RATE_INDEX = new Map<string, string>();
for (const f of FIGURES) {
  if (f.measures === 'hourly-rate' && f.market === 'global contractor' && f.role && f.level) RATE_INDEX.set(`${f.role}|${f.level}`, f.id);
}

export const RATE: FunctionSpec = {
  name: 'RATE',
  summary: 'Global contractor hourly rate in USD for a role and level (Lemon.io rate report).',
  params: [roleParam, levelParam],
  result: 'cell',
  example: '=AI.RATE("Machine Learning","Senior")',
  run(role: Role, level: LevelRef): OutputCell {
    if ('years' in level) return notAvailable('the contractor rate report gives rates by tier (Mid, Senior, Strong Senior), not by years of experience: give a level name');
    const id = RATE_INDEX.get(`${role.id}|${level.level.id}`);
    if (id) return figure(id).value;
    const known = [...RATE_INDEX.keys()].filter((k) => k.startsWith(`${role.id}|`)).map((k) => LEVELS.find((l) => l.id === k.split('|')[1])!.name);
    const has = known.length ? `it gives ${role.name} rates for ${known.join(', ')}` : `it gives no rate for ${role.name}`;
    return notAvailable(`the contractor rate report has no ${level.level.name} rate for ${role.name} (${has}); enter your own rate in the cell instead`);
  },
};

export const ROLES_FN: FunctionSpec = {
  name: 'ROLES', summary: 'The role names, as a column (for data-validation lists).', params: [], result: 'column', example: '=AI.ROLES()',
  run: () => ROLES.map((r) => r.name),
};
export const LEVELS_FN: FunctionSpec = {
  name: 'LEVELS', summary: 'The level names, as a column (for data-validation lists).', params: [], result: 'column', example: '=AI.LEVELS()',
  run: () => LEVELS.map((l) => l.name),
};
export const SKILLS_FN: FunctionSpec = {
  name: 'SKILLS', summary: 'The skills with a stated pay premium, as a column.', params: [], result: 'column', example: '=AI.SKILLS()',
  run: () => SKILLS.map((s) => s.name),
};

type Bound = 'low' | 'mid' | 'high';

function premium(skill: Skill, bound: Bound): OutputCell {
  if (skill.point) return figure(skill.point).value;
  const low = skill.low ? figure(skill.low).value : undefined;
  const high = skill.high ? figure(skill.high).value : undefined;
  if (bound === 'low' && low !== undefined) return low;
  if (bound === 'high' && high !== undefined) return high;
  if (bound === 'mid' && low !== undefined && high !== undefined) return (low + high) / 2;
  const stated = skill.low ? citeFigure(skill.low) : '';
  return notAvailable(`the source gives ${skill.name} only a floor of ${((low ?? 0) * 100).toFixed(0)}% (${stated}), no ${bound} figure; use bound "low", or enter your own premium`);
}

export const PREMIUM: FunctionSpec = {
  name: 'PREMIUM',
  summary: 'Pay premium for a skill as a fraction (0.15 is 15%); bound "low", "mid" (default) or "high".',
  params: [skillParam, choiceParam('bound', 'which end of the stated range: "low", "mid" (default, the midpoint) or "high"', ['low', 'mid', 'high'] as const, { minimum: 'low', midpoint: 'mid', maximum: 'high', median: 'mid' })],
  result: 'cell',
  example: '=AI.PREMIUM("LLM fine-tuning","high")',
  run: (skill: Skill, bound: Bound | undefined) => premium(skill, bound ?? 'mid'),
};

const money = { min: 0, what: 'an amount of at least 0' };

export const HOURLY: FunctionSpec = {
  name: 'HOURLY',
  summary: 'Hourly equivalent of an annual amount (2,080 hours a year by default).',
  params: [numberParam('annual', 'the annual amount, e.g. 194000', money), hoursParam],
  result: 'cell',
  example: '=AI.HOURLY(194000)',
  run: (annual: number, hours: number | undefined) => annual / (hours ?? HOURS_PER_YEAR),
};

export const ANNUAL: FunctionSpec = {
  name: 'ANNUAL',
  summary: 'Annual equivalent of an hourly rate (2,080 hours a year by default).',
  params: [numberParam('hourly', 'the hourly rate, e.g. 60.30', money), hoursParam],
  result: 'cell',
  example: '=AI.ANNUAL(60.3)',
  run: (hourly: number, hours: number | undefined) => hourly * (hours ?? HOURS_PER_YEAR),
};

export const LOOKUP_FUNCTIONS: readonly FunctionSpec[] = [BAND, SOURCE, RATE, ROLES_FN, LEVELS_FN, SKILLS_FN, PREMIUM, HOURLY, ANNUAL];
