/** The core's public surface: what hosts, the panel, tests and benchmarks import. */
export * from './cells';
export * from './errors';
export * from './function-spec';
export type { SheetHost } from './sheet-rules';
export { spellFormula, columnLetters, looksLikeFormula, guardFormulaText, errorCode, errorKindOfCode, rangeNameProblem, MAX_RANGE_NAME_LENGTH } from './sheet-rules';
export { readNumberText } from './cell-reader';
export type { DecimalMark } from './cell-reader';
export { callFunction } from './lift';
export { CATALOG, getFunction, callByName } from './registry';
