/**
 * Where a native chart goes beside a written block, the same in every host: to the right of the
 * block, one column of space between, level with the rows it charts, over cells that are empty.
 * A chart floats over cells and never changes them, but one drawn over a user's figures hides them,
 * so each host reads the candidate areas and takes the first empty one.
 */

/**
 * A stacked column chart (one column a year, one series a row) over cells of the block. Rows and
 * columns are counted from the block's top-left cell, 0-based; the source's first row holds the
 * categories (years) and its first column the series names (components).
 */
export interface ChartRequest {
  readonly title: string;
  readonly source: { readonly row: number; readonly column: number; readonly rows: number; readonly columns: number };
  /** the block rows the chart sits beside (it goes to the right of the block, over empty cells) */
  readonly beside: { readonly row: number; readonly rows: number };
}

/** Columns a chart spans (about 6 default-width columns: 380-600 px, wide enough for 4-5 years). */
export const CHART_COLUMNS = 6;
/** fewest rows a chart spans, so a short table still gets a readable chart */
export const CHART_MIN_ROWS = 12;
/** how many areas to the right are tried before the chart is placed over cells anyway */
export const CHART_TRIES = 4;

export interface Area {
  /** 0-based row and column, counted from the block's top-left cell */
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** The areas to try for a chart, nearest first. */
export function chartCandidates(blockColumns: number, chart: ChartRequest): Area[] {
  const rows = Math.max(chart.beside.rows, CHART_MIN_ROWS);
  return Array.from({ length: CHART_TRIES }, (_, k) => ({
    row: chart.beside.row,
    column: blockColumns + 1 + k * CHART_COLUMNS,
    rows,
    columns: CHART_COLUMNS,
  }));
}

/**
 * The first candidate none of whose cells is taken (taken: 0-based row, column from the block's
 * top-left cell -> true when the cell holds something), and whether it had to fall back.
 */
export function chooseArea(
  candidates: readonly Area[],
  isTaken: (area: Area, index: number) => boolean,
): { area: Area; overCells: boolean } {
  for (let k = 0; k < candidates.length; k++)
    if (!isTaken(candidates[k], k)) return { area: candidates[k], overCells: false };
  return { area: candidates[0], overCells: true };
}

/** True when the source lies inside a block of rows x columns (a client could send anything). */
export function chartFits(chart: ChartRequest, rows: number, columns: number): boolean {
  const { source, beside } = chart;
  const whole = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (![source.row, source.column, source.rows, source.columns, beside.row, beside.rows].every(whole)) return false;
  return (
    source.rows >= 2 &&
    source.columns >= 2 &&
    source.row + source.rows <= rows &&
    source.column + source.columns <= columns &&
    beside.row < rows
  );
}

const pick = (from: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(keys.map((key) => [key, from[key]]));

/** A chart request from whatever a client sent, or undefined (the write goes ahead without it). */
export function readChartRequests(value: unknown, rows: number, columns: number): ChartRequest[] {
  if (!Array.isArray(value)) return [];
  const charts: ChartRequest[] = [];
  for (const item of value.slice(0, 10)) {
    if (!item || typeof item !== 'object') continue;
    const { title, source, beside } = item as Record<string, unknown>;
    if (!source || typeof source !== 'object' || !beside || typeof beside !== 'object') continue;
    const chart: ChartRequest = {
      title: typeof title === 'string' ? title.slice(0, 200) : '',
      source: pick(source as Record<string, unknown>, ['row', 'column', 'rows', 'columns']) as ChartRequest['source'],
      beside: pick(beside as Record<string, unknown>, ['row', 'rows']) as ChartRequest['beside'],
    };
    if (chartFits(chart, rows, columns)) charts.push(chart);
  }
  return charts;
}
