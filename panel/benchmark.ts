/**
 * The benchmark: an offer's base against the embedded US band for a role and level. Every figure
 * comes from the catalog through `callByName` (AI.BAND, AI.SOURCE, AI.COMPA, AI.PENETRATION), the
 * same code a formula runs, so the panel and the sheet cannot disagree.
 */
import { callByName, SheetError, errorText, isSheetError, Output, OutputCell } from '../core/index';

export type Figure = { readonly value: number } | { readonly error: string };

export interface BenchmarkFigures {
  readonly min: Figure;
  readonly mid: Figure;
  readonly max: Figure;
  /** AI.SOURCE text, or why there is none */
  readonly source: { readonly text: string } | { readonly error: string };
  /** present when a base was given */
  readonly compa?: Figure;
  readonly penetration?: Figure;
}

const errorMessage = (error: SheetError): string => errorText(error);

/** The single cell of a scalar call (a 1×1 grid counts as one cell). */
function firstCell(output: Output): OutputCell {
  return Array.isArray(output) ? (output[0]?.[0] ?? '') : output;
}

function toFigure(cell: OutputCell): Figure {
  if (isSheetError(cell)) return { error: errorMessage(cell) };
  if (typeof cell === 'number') return { value: cell };
  return { error: `expected a number, the core returned ${JSON.stringify(cell)}` };
}

/** `source`: an embedded table's id, or the user's table as a grid (AI.BAND's source argument). */
export type BandSource = string | unknown[][];

export function benchmarkFigures(
  role: string,
  level: string,
  base: number | undefined,
  from: BandSource = 'aitechconnect',
): BenchmarkFigures {
  const band = callByName('BAND', [role, level, null, null, from]);
  let min: Figure, mid: Figure, max: Figure;
  if (Array.isArray(band)) {
    [min, mid, max] = [0, 1, 2].map((k) => toFigure(band[0]?.[k] ?? ''));
  } else {
    min = mid = max = toFigure(band);
  }
  const sourceCell = firstCell(callByName('SOURCE', [role, level, 'mid', null, from]));
  const source = isSheetError(sourceCell) ? { error: errorMessage(sourceCell) } : { text: String(sourceCell) };
  if (base === undefined) return { min, mid, max, source };
  const compa =
    'value' in mid
      ? toFigure(firstCell(callByName('COMPA', [base, mid.value])))
      : { error: `no midpoint to compare with (${mid.error})` };
  const penetration =
    'value' in min && 'value' in max
      ? toFigure(firstCell(callByName('PENETRATION', [base, min.value, max.value])))
      : {
          error: `no min and max to place the base between (${'error' in min ? min.error : 'error' in max ? max.error : ''})`,
        };
  return { min, mid, max, source, compa, penetration };
}

export type Grade = 'reported' | 'derived' | 'estimate';

/**
 * The grades of a band's min, mid and max, from the core (AI.BAND's "grade" stat), never guessed
 * from the source text; undefined where the core has none (no band, or not a grade it names).
 */
export function bandGrades(role: string, level: string, from: BandSource): { min?: Grade; mid?: Grade; max?: Grade } {
  const row = callByName('BAND', [role, level, 'grade', null, from]);
  const cells: OutputCell[] = Array.isArray(row) ? (row[0] ?? []) : [row];
  const grade = (cell: OutputCell | undefined): Grade | undefined =>
    cell === 'reported' || cell === 'derived' || cell === 'estimate' ? cell : undefined;
  return { min: grade(cells[0]), mid: grade(cells[1]), max: grade(cells[2]) };
}

/** Whether a source has a band mid for this role and level (to mark the levels a source lacks). */
export function hasBand(role: string, level: string, source: BandSource): boolean {
  return typeof firstCell(callByName('BAND', [role, level, 'mid', null, source])) === 'number';
}

/** A seed figure through AI.FIGURE (its value, or a field such as "source"). */
export function seedFigure(id: string, field?: string): OutputCell {
  return firstCell(callByName('FIGURE', field ? [id, field] : [id]));
}
