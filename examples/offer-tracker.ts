/**
 * The sample offer tracker as a sheet: input columns, then ONE array formula per computed column,
 * written in row 2 over the whole column (DESIGN.md §3). The same layout feeds the workbook tests
 * (HyperFormula), the benchmarks and the .xlsx/.csv examples, so what is tested is what ships.
 */
import { SampleOffer } from './sample-offers';

export type Cell = string | number | boolean | null;

/** Input columns, in order: a header and how to read it off an offer. */
export const INPUT_COLUMNS: readonly { header: string; key: keyof SampleOffer }[] = [
  { header: 'Candidate', key: 'candidate' },
  { header: 'Role', key: 'role' },
  { header: 'Level', key: 'level' },
  { header: 'Base', key: 'base' },
  { header: 'Bonus target', key: 'bonusTarget' },
  { header: 'Bonus payout', key: 'bonusPayout' },
  { header: 'Equity grant', key: 'equityGrant' },
  { header: 'Company type', key: 'companyType' },
  { header: 'Schedule', key: 'schedule' },
  { header: 'Sign-on', key: 'signOn' },
];

/** Column letter of a 0-based index (A, B, ..., Z, AA, ...). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export interface FormulaColumn {
  readonly header: string;
  /** the catalog function the column calls (without the namespace) */
  readonly fn: string;
  /** the formula for rows 2..last, Excel spelling; `col` maps a header to its column range */
  readonly formula: (col: (header: string) => string) => string;
  /** what the column means, for the README and the sheet's notes */
  readonly note: string;
}

export const FORMULA_COLUMNS: readonly FormulaColumn[] = [
  {
    header: 'Band min',
    fn: 'BAND',
    formula: (c) => `=AI.BAND(${c('Role')},${c('Level')},"min")`,
    note: 'US base band minimum for the role and level',
  },
  {
    header: 'Band mid',
    fn: 'BAND',
    formula: (c) => `=AI.BAND(${c('Role')},${c('Level')},"mid")`,
    note: 'US base band midpoint',
  },
  {
    header: 'Band max',
    fn: 'BAND',
    formula: (c) => `=AI.BAND(${c('Role')},${c('Level')},"max")`,
    note: 'US base band maximum',
  },
  {
    header: 'Compa-ratio',
    fn: 'COMPA',
    formula: (c) => `=AI.COMPA(${c('Base')},${c('Band mid')})`,
    note: 'base over the band midpoint',
  },
  {
    header: 'Penetration',
    fn: 'PENETRATION',
    formula: (c) => `=AI.PENETRATION(${c('Base')},${c('Band min')},${c('Band max')})`,
    note: 'where base sits in the band: 0 at min, 1 at max',
  },
  {
    header: 'Expected bonus',
    fn: 'BONUS',
    formula: (c) => `=AI.BONUS(${c('Base')},${c('Bonus target')},${c('Bonus payout')})`,
    note: 'base x target x payout ratio',
  },
  {
    header: 'Equity year 1',
    fn: 'VEST',
    formula: (c) => `=AI.VEST(${c('Equity grant')},1,${c('Schedule')})`,
    note: 'grant vesting in year 1 under the schedule',
  },
  {
    header: 'Equity year 1, risk-adjusted',
    fn: 'EQUITY',
    formula: (c) => `=AI.EQUITY(${c('Equity year 1')},${c('Company type')})`,
    note: 'public RSUs at value, private equity discounted',
  },
  {
    header: 'Offer value a year',
    fn: 'OFFER',
    formula: (c) =>
      `=AI.OFFER(${c('Base')},${c('Bonus target')},${c('Bonus payout')},${c('Equity grant')},${c('Company type')},${c('Schedule')},${c('Sign-on')})`,
    note: 'risk-adjusted average annual value of the offer',
  },
];

export const TRACKER_HEADERS: readonly string[] = [
  ...INPUT_COLUMNS.map((c) => c.header),
  ...FORMULA_COLUMNS.map((c) => c.header),
];

/** The column range of a header over `rows` data rows, e.g. `B2:B2001`. */
export function columnRange(headers: readonly string[], header: string, rows: number): string {
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`no tracker column ${header}`);
  const letter = columnLetter(index);
  return `${letter}2:${letter}${rows + 1}`;
}

export function formulaFor(column: FormulaColumn, rows: number, headers: readonly string[] = TRACKER_HEADERS): string {
  return column.formula((header) => columnRange(headers, header, rows));
}

export function inputRow(offer: SampleOffer): Cell[] {
  return INPUT_COLUMNS.map((c) => offer[c.key] as Cell);
}

/**
 * The tracker as rows of cells, header first: inputs on every row, each formula once in row 2
 * (it spills down its column); other formula cells are left empty for the spill.
 */
export function trackerSheet(
  offers: readonly SampleOffer[],
  options: { columns?: readonly FormulaColumn[]; blankTail?: number } = {},
): Cell[][] {
  const columns = options.columns ?? FORMULA_COLUMNS;
  // Formulas reach past the last offer, so rows typed in later are covered (blank rows stay blank).
  const formulaRows = offers.length + (options.blankTail ?? 0);
  const headers = [...INPUT_COLUMNS.map((c) => c.header), ...columns.map((c) => c.header)];
  const sheet: Cell[][] = [headers];
  offers.forEach((offer, i) => {
    const row: Cell[] = inputRow(offer);
    for (const column of columns) row.push(i === 0 ? formulaFor(column, formulaRows, headers) : null);
    sheet.push(row);
  });
  return sheet;
}
