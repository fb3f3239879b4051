/**
 * The block "Insert into sheet" writes: for each valid offer its name, then `AI.OFFERTABLE`, which
 * spills the year-by-year decomposition and the first-year, average and annualised totals, as a
 * live formula the sheet recomputes when the user edits it (equity given as shares is written as a
 * nested `AI.OPTION`). Arguments are matched to the catalog's parameters by name, and the values
 * shown in a preview come from the same catalog function (`callByName`), never from panel arithmetic.
 */
import { callByName, getFunction } from '../core/registry';
import { errorText, isSheetError } from '../core/errors';
import { Output, OutputCell } from '../core/cells';
import { DEFAULT_VESTING } from '../core/offer/vesting';
import { CellContent, ChartRequest, HostName, spellFormula } from './bridge';

/** The offer, as the model read it (toModelInput's object): numbers, text, a payout list, equity. */
export type ModelInput = Record<string, unknown>;

type Arg = { formula: string; value: unknown } | undefined;

/** Parameter names the catalog might use for each model field (the model and the catalog are written apart). */
const PARAM_SOURCES: Readonly<Record<string, string>> = {
  base: 'base', salary: 'base',
  bonustarget: 'bonusTarget', target: 'bonusTarget',
  bonuspayout: 'bonusPayoutHistory', bonuspayouthistory: 'bonusPayoutHistory', payouthistory: 'bonusPayoutHistory', payouts: 'bonusPayoutHistory',
  equitygrant: 'equity', equity: 'equity', grant: 'equity',
  companytype: 'companyType',
  discount: 'equityDiscount', equitydiscount: 'equityDiscount',
  schedule: 'vesting', vesting: 'vesting',
  signon: 'signOn',
  years: 'years', horizon: 'years',
  refresh: 'refresh',
};

const key = (name: string): string => name.toLowerCase().replace(/[^a-z]/g, '');

function literal(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return `"${String(value).replace(/"/g, '""')}"`;
}

function argFor(field: string, input: ModelInput): Arg {
  const value = input[field];
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return { formula: `{${value.map(literal).join(',')}}`, value: [value] };
  if (field === 'equity' && typeof value === 'object' && value !== null) {
    // Shares with a strike and a price: the grant's value is AI.OPTION's intrinsic value, the same
    // reading the offer model gives (shares x max(price - strike, 0)).
    const { shares, strike, price } = value as { shares: number; strike: number; price: number };
    const option = cellOf(callByName('OPTION', [shares, strike, price]));
    return { formula: `AI.OPTION(${literal(shares)},${literal(strike)},${literal(price)})`, value: option };
  }
  return { formula: literal(value), value };
}

function cellOf(output: Output): OutputCell {
  return Array.isArray(output) ? output[0]?.[0] ?? '' : output;
}

/**
 * What a required parameter gets when the user left the field blank: the offer model's own default
 * (no bonus, no equity, no sign-on, the default schedule), so the formula means what the panel shows.
 */
const REQUIRED_DEFAULTS: Readonly<Record<string, { formula: string; value: unknown }>> = {
  bonusTarget: { formula: '0', value: 0 },
  bonusPayoutHistory: { formula: '""', value: null },
  equity: { formula: '0', value: 0 },
  signOn: { formula: '0', value: 0 },
  vesting: { formula: literal(DEFAULT_VESTING), value: DEFAULT_VESTING },
};

export interface FunctionCall {
  readonly formula: string;
  readonly result: Output;
  /** model fields the user gave that this function has no parameter for */
  readonly dropped: string[];
}

/** Builds `=AI.NAME(...)` for a catalog function from the model input, and evaluates it. */
export function offerCall(name: string, input: ModelInput): FunctionCall | undefined {
  const spec = getFunction(name);
  if (!spec) return undefined;
  const args: Arg[] = spec.params.map((param) => {
    const field = PARAM_SOURCES[key(param.name)];
    const arg = field ? argFor(field, input) : undefined;
    return arg ?? (field && !param.optional ? REQUIRED_DEFAULTS[field] : undefined);
  });
  const used = new Set(spec.params.map((param) => PARAM_SOURCES[key(param.name)]).filter(Boolean));
  const dropped = Object.keys(input).filter((field) => input[field] !== undefined && !used.has(field));
  let last = args.length - 1;
  while (last >= 0 && args[last] === undefined) last--;
  const kept = args.slice(0, last + 1);
  const formula = `=AI.${spec.name}(${kept.map((arg) => (arg ? arg.formula : '')).join(',')})`;
  const result = callByName(spec.name, kept.map((arg) => (arg ? arg.value : null)));
  return { formula, result, dropped };
}

/** A label is text; one that starts like a formula is written with a leading apostrophe, so it stays text. */
export function asLabel(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

const show = (cell: OutputCell): CellContent => (isSheetError(cell) ? errorText(cell) : cell);

export interface OfferBlockSource {
  readonly label: string;
  readonly input: ModelInput;
}

export interface InsertBlock {
  readonly formulas: string[][];
  readonly values: CellContent[][];
  /** why a field the user typed could not go into the formulas, if any */
  readonly notes: string[];
  /** one stacked column chart per offer, over its components by year (not its totals) */
  readonly charts: ChartRequest[];
}

/**
 * The chart of one offer's table: the header row (years) down to the last component before
 * "total", so the stacked columns add up to the total without counting it twice.
 */
function chartOf(label: string, grid: readonly (readonly OutputCell[])[], labelRow: number): ChartRequest | undefined {
  const totalRow = grid.findIndex((line) => line[0] === 'total');
  const width = grid[0]?.length ?? 0;
  if (totalRow < 2 || width < 2) return undefined;
  return { title: label, source: { row: labelRow + 1, column: 0, rows: totalRow, columns: width }, beside: { row: labelRow, rows: 1 + grid.length } };
}

export function buildInsertBlock(offers: readonly OfferBlockSource[], host: HostName): InsertBlock | { error: string } {
  const table = getFunction('OFFERTABLE');
  if (!table) return { error: 'this build has no AI.OFFERTABLE in its catalog, so there is nothing live to insert' };
  const rows: { formulas: string[]; values: CellContent[] }[] = [];
  const notes: string[] = [];
  const charts: ChartRequest[] = [];
  offers.forEach((offer, index) => {
    if (index > 0) rows.push({ formulas: [], values: [] });
    const labelRow = rows.length;
    rows.push({ formulas: [asLabel(offer.label)], values: [offer.label] });
    const call = offerCall('OFFERTABLE', offer.input)!;
    const grid: OutputCell[][] = Array.isArray(call.result) ? call.result : [[call.result]];
    const chart = chartOf(offer.label, grid, labelRow);
    if (chart) charts.push(chart);
    grid.forEach((line, r) => {
      const formulas = line.map(() => '');
      if (r === 0) formulas[0] = spellFormula(call.formula, host);
      rows.push({ formulas, values: line.map(show) });
    });
    for (const field of call.dropped) {
      notes.push(`${offer.label}: AI.${table.name} has no parameter for ${FIELD_NAMES[field] ?? field}, so the sheet's figures use ${FIELD_DEFAULTS[field] ?? 'its default'} and differ from the panel's`);
    }
  });
  const width = Math.max(...rows.map((row) => row.formulas.length), 1);
  const pad = <T>(line: T[], fill: T): T[] => [...line, ...new Array(width - line.length).fill(fill)];
  return {
    formulas: rows.map((row) => pad(row.formulas, '')),
    values: rows.map((row) => pad(row.values, '' as CellContent)),
    notes,
    charts,
  };
}

const FIELD_NAMES: Readonly<Record<string, string>> = { equityDiscount: 'the equity discount', refresh: 'the refresh grant' };
const FIELD_DEFAULTS: Readonly<Record<string, string>> = { equityDiscount: "the company type's default discount" };
