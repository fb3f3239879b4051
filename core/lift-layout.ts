/**
 * Laying out what function bodies returned (the last step of core/lift.ts): every value made a
 * cell a host can show, and the results of a ranged call placed in the grid a spreadsheet spills.
 */
import { BLANK, Output, OutputCell } from './cells';
import { FunctionSpec, RunResult } from './function-spec';
import { badNumber, badValue, isSheetError } from './errors';

/** One position's result: a cell, or a row of cells for a row-returning function. */
export type Settled = OutputCell | OutputCell[];

/** Numbers must be finite; anything else a body returns becomes a cell a host can show. */
export function toOutputCell(value: unknown): OutputCell {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? value
      : badNumber('the result is not a finite number: check that the inputs are in a sensible range');
  }
  if (value === null || value === undefined) return BLANK;
  if (typeof value === 'string' || typeof value === 'boolean' || isSheetError(value)) return value;
  return badValue('the function produced a value a spreadsheet cannot show');
}

export function settle(spec: FunctionSpec, result: RunResult): Settled {
  if (!Array.isArray(result)) return toOutputCell(result);
  if (result.length > 0 && Array.isArray(result[0]))
    return badValue(`${spec.name} returns a table for these inputs; call it with single cells`);
  // A row of cells a host can show is kept as it is (layOut copies each output row anyway): one
  // array fewer per row of a 100,000-row call; a row with anything else is copied, never changed.
  let k = 0;
  while (k < result.length && toOutputCell(result[k]) === result[k]) k++;
  if (k === result.length) return result as OutputCell[];
  const cells: OutputCell[] = new Array(result.length);
  for (k = 0; k < result.length; k++) cells[k] = toOutputCell(result[k]);
  return cells;
}

/** Rows may differ in width when a function returns rows of varying length (AI.VEST "all"). */
function padRows(grid: OutputCell[][]): OutputCell[][] {
  let width = 0;
  for (const row of grid) if (row.length > width) width = row.length;
  for (const row of grid) for (let k = 0; k < width; k++) if (row[k] === undefined) row[k] = BLANK;
  return grid;
}

/** The result of a call with no ranges: a cell, or the row, column or table the function returns. */
export function shapeWhole(spec: FunctionSpec, result: RunResult): Output {
  if (!Array.isArray(result)) return toOutputCell(result);
  if (result.length === 0) return BLANK;
  if (Array.isArray(result[0])) {
    const table = result as unknown[][];
    const grid: OutputCell[][] = new Array(table.length);
    for (let r = 0; r < table.length; r++) {
      const row = table[r];
      const cells: OutputCell[] = new Array(row.length);
      for (let k = 0; k < row.length; k++) cells[k] = toOutputCell(row[k]);
      grid[r] = cells;
    }
    return padRows(grid);
  }
  const cells = (result as unknown[]).map(toOutputCell);
  return spec.result === 'column' ? cells.map((cell) => [cell]) : [cells];
}

/**
 * Places one result per position (null for a blank input row), `width` cells each, each output row
 * a fresh array (hosts may write into them). An error fills its whole row, so no column of a row
 * result reads as a silent blank; a blank input row stays blank.
 */
export function layOut(spec: FunctionSpec, results: readonly (Settled | null)[], rows: number, cols: number): Output {
  let width = 1;
  for (const result of results) if (Array.isArray(result) && result.length > width) width = result.length;
  if (width > 1 && cols > 1) {
    return badValue(
      `${spec.name} returns a row for each input here, so give its inputs as single columns, not ${rows}×${cols} ranges`,
    );
  }
  const out: OutputCell[][] = new Array(rows);
  if (width === 1 && cols === 1) {
    // The common tracker column: one cell a row, built as a literal (the cheapest array to make).
    for (let r = 0; r < rows; r++) {
      const result = results[r];
      out[r] = [result === null ? BLANK : Array.isArray(result) ? (result.length > 0 ? result[0] : BLANK) : result];
    }
    return out;
  }
  for (let r = 0; r < rows; r++) {
    const whole = cols === 1 ? results[r] : null;
    if (Array.isArray(whole) && whole.length === width) {
      // A full-width row result (the band row): settle made it, and the memo copies a repeat.
      out[r] = whole;
      continue;
    }
    const row: OutputCell[] = new Array(cols * width);
    for (let c = 0; c < cols; c++) {
      const result = results[r * cols + c];
      const at = c * width;
      if (result === null) {
        for (let k = 0; k < width; k++) row[at + k] = BLANK;
      } else if (Array.isArray(result)) {
        for (let k = 0; k < width; k++) row[at + k] = k < result.length ? result[k] : BLANK;
      } else {
        const fill = isSheetError(result);
        row[at] = result;
        for (let k = 1; k < width; k++) row[at + k] = fill ? result : BLANK;
      }
    }
    out[r] = row;
  }
  return out;
}
