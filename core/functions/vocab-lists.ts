/** The vocabulary lists as columns (AI.ROLES, AI.LEVELS, AI.SKILLS), for data-validation lists. */
import { defineFunction, FunctionSpec } from '../function-spec';
import { LEVELS } from '../vocabulary/levels';
import { ROLES } from '../vocabulary/roles';
import { SKILLS } from '../vocabulary/skills';

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

export const VOCABULARY_LIST_FUNCTIONS: readonly FunctionSpec[] = [ROLES_FN, LEVELS_FN, SKILLS_FN];
