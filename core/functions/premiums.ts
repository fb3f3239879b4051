/** AI.PREMIUM: the pay premium a source states for a skill, by bound, with its grade. */
import { defineFunction, withDefault } from '../function-spec';
import { isSheetError, notAvailable, SheetError } from '../errors';
import { figure } from '../../data/figures';
import { citeFigure, Grade } from '../band/provenance';
import { Skill } from '../vocabulary/skills';
import { choiceParam, skillParam } from './params';
import { showParam } from './rates';

type Bound = 'low' | 'mid' | 'high';

export function premium(skill: Skill, bound: Bound): number | SheetError {
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

/** AI.PREMIUM's bound, also read by AI.SOURCE(skill, bound, "premium"). */
export const premiumBoundParam = withDefault(
  choiceParam(
    'bound',
    'which end of the stated range: "low", "mid" (the midpoint, derived) or "high"',
    ['low', 'mid', 'high'] as const,
    { minimum: 'low', midpoint: 'mid', maximum: 'high', median: 'mid' },
  ),
  'mid',
);

export const PREMIUM = defineFunction({
  name: 'PREMIUM',
  summary:
    'Pay premium for a skill as a fraction (0.15 is 15%); bound "low", "mid" (default: the midpoint of the stated range, derived) or "high"; show "grade" for its grade.',
  params: [skillParam, premiumBoundParam, showParam],
  result: 'cell',
  example: ['LLM fine-tuning', 'high'],
  run(skill, bound, show) {
    const value = premium(skill, bound);
    if (show !== 'grade' || isSheetError(value)) return value;
    return premiumGrade(skill, bound);
  },
});
