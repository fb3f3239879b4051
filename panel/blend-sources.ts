/**
 * "Blend sources" (issue 7, item 2): for one role and level, each source's mid (the two embedded
 * tables, and the user's imported table when it reads without problems), each aged from its own
 * as-of date to one target date, and their weighted blend. Every figure is the catalog's, through
 * `callByName` (AI.BAND, AI.SOURCE, AI.AGE, AI.BLEND), the same code a formula runs; this file
 * only decides which figures to ask for and says what it did with each.
 *
 * Data honesty: the embedded tables come from articles dated by year only ("2026 (undated)"), so
 * they have no as-of day. The panel shows the year and leaves such a part unaged until the user
 * types the date they take it to be; it never picks a day for them.
 */
import {
  callByName,
  serialToIsoDate,
  InputCell,
  Output,
  OutputCell,
  errorText as coreErrorText,
  isSheetError,
  BAND_TABLES,
  BandTable,
  figure as seedFigure,
  ARTICLES,
} from '../core/index';
import type { Figure } from './benchmark';
import { BlendInputs, BlendSourceKey } from './state';

export interface BlendSourceDef {
  readonly key: BlendSourceKey;
  readonly label: string;
  /** the `source` argument of AI.BAND: an embedded table's id, or the user's table as a grid */
  readonly source: string | InputCell[][];
  /** for embedded tables: the article's date as data/sources.ts records it (year only) */
  readonly articleDate?: string;
}

export type AgeingState = 'aged' | 'no-as-of' | 'no-target' | 'no-rate' | 'error';

export interface BlendPart {
  readonly key: BlendSourceKey;
  readonly label: string;
  /** AI.BAND(role, level, "mid", , source) */
  readonly mid: Figure;
  /** AI.SOURCE(role, level, "mid", , source) */
  readonly source: { readonly text: string } | { readonly error: string };
  /** the as-of date used, as shown (yyyy-mm-dd, or as typed), and where it came from */
  readonly asOf?: { readonly text: string; readonly from: 'typed' | 'table' };
  readonly ageing: AgeingState;
  /** AI.AGE(mid, asOf, toDate, rate) when aged (a figure or the core's error) */
  readonly aged?: Figure;
  /** what enters the blend: the aged mid, or the mid unaged; undefined when the part cannot enter */
  readonly value?: number;
  /** one sentence: how this part was dated and aged, or why not */
  readonly note: string;
  readonly weight: string;
}

export interface BlendOutcome {
  readonly parts: readonly BlendPart[];
  /** AI.BLEND over the parts that have a value, or why there is no blend */
  readonly blend: Figure;
  /** the parts in the blend, in order, with the weights passed (blank: equal weights) */
  readonly included: readonly BlendSourceKey[];
  readonly note: string;
}

const errorText = (cell: OutputCell): string =>
  isSheetError(cell) ? coreErrorText(cell) : `expected a number, the core returned ${JSON.stringify(cell)}`;

function firstCell(output: Output): OutputCell {
  return Array.isArray(output) ? (output[0]?.[0] ?? '') : output;
}

function toFigure(output: Output): Figure {
  const cell = firstCell(output);
  return typeof cell === 'number' ? { value: cell } : { error: errorText(cell) };
}

/** The date of the article an embedded table's figures come from (every figure of a table comes from one article). */
function articleDate(table: BandTable): string | undefined {
  for (const row of table.rows) {
    for (const cell of Object.values(row.cells)) {
      if (cell && 'id' in cell) return ARTICLES[seedFigure(cell.id).article].date;
    }
  }
  return undefined;
}

/** The embedded tables, default first, as data/band-tables.ts lists them. */
export const EMBEDDED_BLEND_SOURCES: readonly BlendSourceDef[] = BAND_TABLES.filter(
  (table): table is BandTable & { id: 'aitechconnect' | 'nexus' } =>
    table.id === 'aitechconnect' || table.id === 'nexus',
).map((table) => ({ key: table.id, label: table.name, source: table.id, articleDate: articleDate(table) }));

export function userBlendSource(grid: readonly (readonly InputCell[])[]): BlendSourceDef {
  return { key: 'user', label: 'Your band table', source: grid.map((row) => [...row]) };
}

function blendPart(def: BlendSourceDef, role: string, level: string, inputs: BlendInputs): BlendPart {
  const args = (stat: string): unknown[] => [role, level, stat, null, def.source];
  const mid = toFigure(callByName('BAND', args('mid')));
  const sourceCell = firstCell(callByName('SOURCE', args('mid')));
  const source = isSheetError(sourceCell) ? { error: errorText(sourceCell) } : { text: String(sourceCell) };
  const typed = inputs.sources[def.key];
  const weight = typed.weight.trim();
  const base = { key: def.key, label: def.label, mid, source, weight };
  if ('error' in mid)
    return {
      ...base,
      ageing: 'error',
      note: 'no mid for this role and level in this source, so it is left out of the blend',
    };

  // The as-of date: what the user typed, else the table's own (a user table's "as of" column).
  let asOfArg: InputCell | undefined;
  let asOf: BlendPart['asOf'];
  let undated: string;
  if (typed.asOf.trim()) {
    asOfArg = typed.asOf.trim();
    asOf = { text: typed.asOf.trim(), from: 'typed' };
    undated = '';
  } else if (def.key === 'user') {
    const serial = firstCell(callByName('BAND', args('asof')));
    if (typeof serial === 'number') {
      asOfArg = serial;
      asOf = { text: serialToIsoDate(serial), from: 'table' };
      undated = '';
    } else {
      undated = `your table gives no as-of date for this row (${errorText(serial)})`;
    }
  } else {
    undated = `the article is dated ${def.articleDate ?? 'without a date'}, with no day`;
  }

  if (asOfArg === undefined || !asOf) {
    return {
      ...base,
      ageing: 'no-as-of',
      value: mid.value,
      note: `Shown unaged: ${undated}; type the as-of date you take it to be to age it.`,
    };
  }
  const toDate = inputs.toDate.trim();
  const rate = inputs.rate.trim();
  if (!toDate)
    return {
      ...base,
      asOf,
      ageing: 'no-target',
      value: mid.value,
      note: 'Shown unaged: enter a target date to age it.',
    };
  if (!rate)
    return {
      ...base,
      asOf,
      ageing: 'no-rate',
      value: mid.value,
      note: 'Shown unaged: enter an ageing rate to age it.',
    };
  const aged = toFigure(callByName('AGE', [mid.value, asOfArg, toDate, rate]));
  if ('error' in aged)
    return { ...base, asOf, ageing: 'error', aged, note: 'could not be aged, so it is left out of the blend' };
  return {
    ...base,
    asOf,
    ageing: 'aged',
    aged,
    value: aged.value,
    note: `Aged from ${asOf.text} (${asOf.from === 'typed' ? 'as you typed it' : "the table's as-of date"}) to ${toDate} at ${rate} a year (AI.AGE, compound).`,
  };
}

/**
 * Each source's part and the blend. `sources` are the sources to show, in order (the embedded ones,
 * then the user's table when it has no problems).
 */
export function blendSources(
  role: string,
  level: string,
  inputs: BlendInputs,
  sources: readonly BlendSourceDef[],
): BlendOutcome {
  const parts = sources.map((def) => blendPart(def, role, level, inputs));
  const inBlend = parts.filter((part) => part.value !== undefined);
  const included = inBlend.map((part) => part.key);
  if (!inBlend.length)
    return {
      parts,
      included,
      blend: { error: `#N/A: no source has a mid for ${role}, ${level}; import your own band table above to blend it` },
      note: '',
    };
  const values = [inBlend.map((part) => part.value as number)];
  const weighted = inBlend.filter((part) => part.weight !== '');
  if (weighted.length > 0 && weighted.length < inBlend.length) {
    const missing = inBlend
      .filter((part) => part.weight === '')
      .map((part) => part.label)
      .join(', ');
    return {
      parts,
      included,
      blend: {
        error: `give every source in the blend a weight (none for ${missing}), or leave all weights blank for equal weights`,
      },
      note: '',
    };
  }
  const blend = toFigure(
    callByName('BLEND', weighted.length ? [values, [inBlend.map((part) => part.weight)]] : [values]),
  );
  const aged = inBlend.filter((part) => part.ageing === 'aged');
  const unaged = inBlend.filter((part) => part.ageing !== 'aged');
  const weights = weighted.length ? 'weighted as typed (weights are normalised)' : 'equal weights';
  let note = `AI.BLEND of ${inBlend.length} ${inBlend.length === 1 ? 'part' : 'parts'}, ${weights}`;
  if (aged.length && unaged.length)
    note += `; mixed dates: ${aged.map((p) => p.label).join(', ')} aged to ${inputs.toDate.trim()}, ${unaged.map((p) => p.label).join(', ')} unaged`;
  else if (aged.length) note += `, all aged to ${inputs.toDate.trim()}`;
  else note += ', all unaged (each at its own date)';
  const left = parts.filter((part) => part.value === undefined);
  if (left.length) note += `; left out: ${left.map((p) => p.label).join(', ')}`;
  return { parts, included, blend, note: `${note}.` };
}
