/**
 * How both fake hosts spill an array formula: its anchor is blocked when any other cell the array
 * would fill holds something, and an empty cell in reach of an unblocked anchor shows its value.
 * Cells are keyed `row,column`; `arrays` maps formula text to the array it computes (a test's
 * stand-in for the host's calculation).
 */
type Cells = ReadonlyMap<string, { readonly formula: string }>;

export const spillBlocked = (cells: Cells, row: number, column: number, grid: readonly unknown[][]): boolean =>
  grid.some((line, r) => line.some((_, c) => (r > 0 || c > 0) && cells.has(`${row + r},${column + c}`)));

/** The value an array formula spills into the empty cell at row, column, if one does. */
export function spilledInto<V>(
  cells: Cells,
  arrays: ReadonlyMap<string, V[][]>,
  row: number,
  column: number,
): V | undefined {
  for (const [key, anchor] of cells) {
    const grid = anchor.formula ? arrays.get(anchor.formula) : undefined;
    if (!grid) continue;
    const [r0, c0] = key.split(',').map(Number);
    const r = row - r0;
    const c = column - c0;
    if (r >= 0 && c >= 0 && r < grid.length && c < grid[0].length && !spillBlocked(cells, r0, c0, grid))
      return grid[r][c];
  }
  return undefined;
}
