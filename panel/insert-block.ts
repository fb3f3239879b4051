/**
 * The block "Insert into sheet" writes: for each valid offer its name, then `AI.OFFERTABLE`, which
 * spills the year-by-year decomposition and the first-year, average and annualised totals, as a
 * live formula the sheet recomputes when the user edits it (equity given as shares is written as a
 * nested `AI.OPTION`). Arguments are matched to the catalog's parameters by name, and the values
 * shown in a preview come from the same catalog function (`callByName`), never from panel arithmetic.
 */
import {
  callByName,
  getFunction,
  errorText,
  guardFormulaText,
  isSheetError,
  Output,
  OutputCell,
  isOfferKey,
  OFFER_FIELDS,
  OfferKey,
} from '../core/index';
import { CellContent, ChartRequest, HostName, spellFormula } from './bridge';

/** The offer, as the model read it (toModelInput's object): numbers, text, a payout list, equity. */
export type ModelInput = Record<string, unknown>;

/** One argument: its text in the formula, and the value the preview passes to the catalog. */
export type Arg = { formula: string; value: unknown } | undefined;

/** The offer field a catalog parameter carries: the field of the same name (core/offer/fields.ts). */
const fieldOfParam = (param: string): OfferKey | undefined => (isOfferKey(param) ? param : undefined);

function literal(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return `"${String(value).replace(/"/g, '""')}"`;
}

function argFor(field: OfferKey, input: ModelInput): Arg {
  const value = input[field];
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return { formula: `{${value.map(literal).join(',')}}`, value: [value] };
  if (OFFER_FIELDS[field].type === 'equity' && typeof value === 'object' && value !== null) {
    // Shares with a strike and a price: the grant's value is AI.OPTION's intrinsic value, the same
    // reading the offer model gives (shares x max(price - strike, 0)).
    const { shares, strike, price } = value as { shares: number; strike: number; price: number };
    const option = cellOf(callByName('OPTION', [shares, strike, price]));
    return { formula: `AI.OPTION(${literal(shares)},${literal(strike)},${literal(price)})`, value: option };
  }
  return { formula: literal(value), value };
}

function cellOf(output: Output): OutputCell {
  return Array.isArray(output) ? (output[0]?.[0] ?? '') : output;
}

/**
 * What a parameter gets when the user left the field blank: the field's own blank value (no bonus,
 * no equity, no sign-on, the default schedule), written out so the formula reads as the panel shows.
 */
function blankArg(field: OfferKey): Arg {
  const spec: { type: string; blank?: number | string } = OFFER_FIELDS[field];
  if (spec.type === 'list') return { formula: '""', value: null };
  return spec.blank === undefined ? undefined : { formula: literal(spec.blank), value: spec.blank };
}

export interface FunctionCall {
  readonly formula: string;
  readonly result: Output;
  /** model fields the user gave that this function has no parameter for */
  readonly dropped: string[];
}

/**
 * Builds `=AI.NAME(...)` for a catalog function from the model input, and evaluates it. `given`
 * supplies parameters that carry no offer field (AI.MATCHBASE's target and measure), by parameter name.
 */
export function offerCall(
  name: string,
  input: ModelInput,
  given: Readonly<Record<string, Arg>> = {},
): FunctionCall | undefined {
  const spec = getFunction(name);
  if (!spec) return undefined;
  const args: Arg[] = spec.params.map((param) => {
    if (given[param.name]) return given[param.name];
    const field = fieldOfParam(param.name);
    const arg = field ? argFor(field, input) : undefined;
    return arg ?? (field && !param.optional ? blankArg(field) : undefined);
  });
  const used = new Set<string>(spec.params.map((param) => param.name));
  const dropped = Object.keys(input).filter((field) => input[field] !== undefined && !used.has(field));
  let last = args.length - 1;
  while (last >= 0 && args[last] === undefined) last--;
  const kept = args.slice(0, last + 1);
  const formula = `=AI.${spec.name}(${kept.map((arg) => (arg ? arg.formula : '')).join(',')})`;
  const result = callByName(
    spec.name,
    kept.map((arg) => (arg ? arg.value : null)),
  );
  return { formula, result, dropped };
}

/** A label is text; one that starts like a formula is written with a leading apostrophe, so it stays text. */
export const asLabel = guardFormulaText;

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
  return {
    title: label,
    source: { row: labelRow + 1, column: 0, rows: totalRow, columns: width },
    beside: { row: labelRow, rows: 1 + grid.length },
  };
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
      notes.push(
        `${offer.label}: AI.${table.name} has no parameter for ${labelOf(field)}, so the sheet's figures leave it out and differ from the panel's`,
      );
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

/** A field's label for a note, or the name itself when it is no offer field. */
export const labelOf = (field: string): string => (isOfferKey(field) ? OFFER_FIELDS[field].label : field);
