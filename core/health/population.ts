/**
 * A population read from a tracker's columns (AI.HEALTH, AI.COMPRESSION). Each row is counted
 * (every figure readable), blank (a row with someone in it missing a figure), an error (a figure
 * that is an error cell or unreadable) or empty (every per-row input blank: the tracker's empty
 * tail, nobody), and sits in its group, groups in first-seen order. Nothing is dropped: the tables
 * report every kind, and a row's reason is what the per-row functions (AI.POSITION) show.
 */
import { InputCell, isBlankInput, OutputCell } from '../cells';
import { dateToSerial, Parsed, serialToIsoDate } from '../coerce';
import { isSheetError, parseErrorText } from '../errors';

export const COUNTED = 0;
export const BLANK_ROW = 1;
export const ERROR_ROW = 2;
export const EMPTY_ROW = 3;

/** Pivot tables' labels for rows whose group cell is blank or an error, so such rows stay visible. */
export const BLANK_GROUP = '(blank)';
export const ERROR_GROUP = '(error)';

export interface FigureColumn {
  /** one cell per row, or a single cell for every row (one band for everyone) */
  readonly cells: readonly InputCell[];
  readonly parse: (cell: InputCell) => Parsed<number>;
}

export interface Population {
  readonly rows: number;
  /** per row: COUNTED, BLANK_ROW, ERROR_ROW or EMPTY_ROW */
  readonly status: Uint8Array;
  /** per figure column, per row: the value read (set for counted rows) */
  readonly figures: Float64Array[];
  /** per row: the index in `labels`, -1 for an empty row */
  readonly group: Int32Array;
  /** group labels, first seen first, as the first row of each spelled it (none without a group column) */
  readonly labels: OutputCell[];
}

interface GroupIndex {
  readonly byCell: Map<unknown, number>;
  readonly byKey: Map<unknown, number>;
  readonly labels: OutputCell[];
}

const isErrorCell = (cell: InputCell): boolean =>
  isSheetError(cell) ||
  (typeof cell === 'string' && parseErrorText(cell) !== undefined) ||
  (cell instanceof Date && Number.isNaN(cell.getTime()));

function groupOf(cell: InputCell, index: GroupIndex): number {
  const known = index.byCell.get(cell);
  if (known !== undefined) return known;
  let label: OutputCell;
  let key: unknown;
  if (isBlankInput(cell)) label = key = BLANK_GROUP;
  else if (isErrorCell(cell)) label = key = ERROR_GROUP;
  else if (typeof cell === 'string') {
    label = cell.trim();
    // Grouped as COUNTIFS and pivot tables match text: "senior " is "Senior".
    key = label.toLowerCase();
  } else if (cell instanceof Date) label = key = serialToIsoDate(dateToSerial(cell));
  else label = key = cell as number | boolean;
  let at = index.byKey.get(key);
  if (at === undefined) {
    at = index.labels.length;
    index.labels.push(label);
    index.byKey.set(key, at);
  }
  // Dates are fresh objects per cell: caching them would only grow the map.
  if (!(cell instanceof Date)) index.byCell.set(cell, at);
  return at;
}

/** Reads `rows` rows of the figure columns and the group column (undefined: one group for all). */
export function readPopulation(
  rows: number,
  columns: readonly FigureColumn[],
  groups: readonly InputCell[] | undefined,
): Population {
  const status = new Uint8Array(rows);
  const figures = columns.map(() => new Float64Array(rows));
  const group = new Int32Array(rows);
  const index: GroupIndex = { byCell: new Map(), byKey: new Map(), labels: [] };
  // A single row's cells are that row's inputs; beside taller columns a single cell is everyone's.
  const perRow = columns.map((column) => column.cells.length === rows);
  for (let r = 0; r < rows; r++) {
    let blank = false;
    let error = false;
    let anyRowInput = false;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      const cell = perRow[c] ? column.cells[r] : column.cells[0];
      if (isBlankInput(cell)) {
        blank = true;
        continue;
      }
      if (perRow[c]) anyRowInput = true;
      const value = column.parse(cell);
      if (isSheetError(value)) error = true;
      else figures[c][r] = value;
    }
    const groupCell = groups ? groups[r] : undefined;
    if (!anyRowInput && isBlankInput(groupCell)) {
      status[r] = EMPTY_ROW;
      group[r] = -1;
      continue;
    }
    // Without a group column every row is in group 0, and `labels` stays empty.
    group[r] = groups ? groupOf(groupCell, index) : 0;
    status[r] = error || (groups && isErrorCell(groupCell)) ? ERROR_ROW : blank ? BLANK_ROW : COUNTED;
  }
  return { rows, status, figures, group, labels: index.labels };
}
