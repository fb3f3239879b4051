/** Range-name rules are the core's (core/sheet-rules.ts); the panel's imports keep working through here. */
export { MAX_RANGE_NAME_LENGTH, rangeNameProblem } from '../core/sheet-rules';
