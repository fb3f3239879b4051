/** The core's public surface: what hosts, the panel, tests and benchmarks import. */
export * from './cells';
export * from './errors';
export * from './function-spec';
export type { SheetHost } from './sheet-rules';
export {
  spellFormula,
  columnLetters,
  looksLikeFormula,
  guardFormulaText,
  errorCode,
  errorKindOfCode,
  rangeNameProblem,
  headerRecord,
  MAX_RANGE_NAME_LENGTH,
} from './sheet-rules';
export { readNumberText } from './cell-reader';
export {
  blockFingerprint,
  blockProblem,
  CELL_LIMITS,
  cellsFingerprint,
  cellText,
  confirmationProblem,
  DATE_CELL_FORMAT,
  dateCell,
  dateCellSerial,
  labelText,
  readWriteCheck,
  sameAddress,
} from './sheet-write';
export type { CellContent, DateCell, WriteCheck } from './sheet-write';
export {
  CHART_COLUMNS,
  CHART_MIN_ROWS,
  CHART_TRIES,
  chartCandidates,
  chartFits,
  chooseArea,
  readChartRequests,
} from './chart-place';
export type { Area, ChartRequest } from './chart-place';
export type { DecimalMark } from './cell-reader';
export { callFunction, isBlankRow } from './lift';
export { planCall, listRule } from './call-plan';
export type { ArgRole, CallPlan, Size } from './call-plan';
export { exampleFormula, exampleValues, hostName } from './examples';
export type { Host } from './examples';
export { functionDoc, jsdocLines, paramHelp, hostSpelling } from './help';
export type { FunctionDoc } from './help';
export { CATALOG, getFunction, callByName } from './registry';
export {
  ABSENT,
  applyChanges,
  changesBetween,
  fingerprint,
  keptText,
  nextVersion,
  readKept,
  readStateSave,
  readStateSaved,
  sameValue,
  saveOnto,
} from './state-merge';
export type { FieldChange, FieldConflict, FieldPath, KeptState, Json, StateSave, StateSaved } from './state-merge';
