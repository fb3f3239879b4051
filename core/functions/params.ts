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

/** The embedded table to read (by name); a user's own band table is accepted here too (issue 7). */
export const sourceParam: ParamSpec = {
  name: 'source', optional: true, kind: 'tableOrLifted', cellType: 'any',
  description: 'which embedded table: "aitechconnect" (default: US ranges by level) or "nexus" (US averages by years, up to Principal)',
  parse: (cell) => {
    const text = toText(cell, 'source');
    return isSheetError(text) ? text : findBandTable(text);
  },
};

/** Annual working hours: 2,080 (40 hours x 52 weeks), the year that turns Payscale's $194,000 into $93.27/h (seed 000). */
export const HOURS_PER_YEAR = 2080;

export const hoursParam = numberParam('hours', 'working hours in a year (default 2,080: 40 hours x 52 weeks)', { min: 0, minExclusive: true, max: 8784, what: 'hours per year' }, true);
