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
export { planCall, listRule, sizeOf } from './call-plan';
export type { ArgRole, CallPlan, Size } from './call-plan';
export { exampleFormula, exampleValues, hostName } from './examples';
export type { Host } from './examples';
export { functionDoc, jsdocLines, paramHelp, hostSpelling } from './help';
export type { FunctionDoc } from './help';
export { CATALOG, getFunction, callByName } from './registry';
// The panes' state merge is public as a whole: the panel and both hosts' bridges and storage use it.
export * from './state-merge';
export { parseBandTableCsv, bandTableSheetCells } from './band/band-table-csv';
export type { BandTableCsvReading } from './band/band-table-csv';
export { readCell } from './band/user-table-cells';
export { seniorBaseFloorWarning, seniorFloorWarning } from './band/embedded-bands';
export { serialToIsoDate } from './coerce';
export type { Parsed } from './coerce';
export { LEVELS } from './vocabulary/levels';
export { ROLES, roles } from './vocabulary/roles';
export {
  OFFER_FIELDS,
  SHARE_FIELDS,
  isOfferKey,
  isShareKey,
  readCompanyType,
  readList,
  readNumber,
} from './offer/fields';
export type { FieldKey, FieldSpec, OfferKey, ShareKey } from './offer/fields';
export { COMPANY_TYPES, DEFAULT_EQUITY_DISCOUNT } from './offer/company-types';
export type { CompanyType } from './offer/company-types';
export { DEFAULT_VESTING } from './offer/vesting';
export { decomposeOffer, MAX_HORIZON_YEARS } from './offer/valuation';
export type { OfferDecomposition } from './offer/valuation';
export { counterOffer } from './offer/counter-offer';
export type { CounterOffer, Measure } from './offer/counter-offer';
// The reference data the hosts show (the sources list, the seed bands and figures) reaches them
// through the core, so data/ stays below the core in the import fence (eslint.config.mjs).
export { ARTICLES, citeArticle } from '../data/sources';
export { BAND_TABLES } from '../data/band-tables';
export type { BandTable } from '../data/band-tables';
export { figure } from '../data/figures';
