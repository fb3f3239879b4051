/**
 * Contractor rates (AI.RATE, from Lemon.io's global rate report) and the hourly/annual conversions
 * (AI.HOURLY, AI.ANNUAL); also the "show" argument AI.RATE, AI.PREMIUM and AI.LOCALBAND share.
 */
import { defineFunction } from '../function-spec';
import { notAvailable, SheetError, isSheetError } from '../errors';
import { LevelRef } from '../band/embedded-bands';
import { figure, FIGURES } from '../../data/figures';
import { Level, LEVELS, levels } from '../vocabulary/levels';
import { Role } from '../vocabulary/roles';
import { Grade } from '../band/provenance';
import { choiceParam, hoursParam, levelParam, numberParam, roleParam } from './params';

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

/** The report's tier for a level: it gives rates by tier, never by years of experience. */
export function rateTier(level: LevelRef): Level | SheetError {
  if ('years' in level)
    return notAvailable(
      'the contractor rate report gives rates by tier (Mid, Senior, Strong Senior), not by years of experience: give a level name',
    );
  return level.level;
}

/** The record AI.RATE answers with, or why there is none (what the report does give instead). */
export function rateFigureId(role: Role, level: LevelRef): string | SheetError {
  const tier = rateTier(level);
  if (isSheetError(tier)) return tier;
  const id = RATE_INDEX.get(`${role.id}|${tier.id}`);
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
    `the contractor rate report has no ${tier.name} rate for ${role.name} (${has}${ceilings}${standIn}); enter your own rate in the cell instead`,
  );
}

/**
 * A rate's grade: its record's, unless reading it as this role's rate needs an assumption of ours
 * (the report's "MLOps developers" rate read as LLMOps), which makes it an estimate.
 */
export function rateGrade(role: Role, id: string): Grade {
  return role.rateAssumptions?.length ? 'estimate' : figure(id).basis;
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
    return show === 'grade' ? rateGrade(role, id) : figure(id).value;
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
