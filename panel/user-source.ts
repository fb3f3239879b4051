/**
 * The user's band table as AI.BAND's source argument. A formula hands the core the whole range;
 * the panel asks many questions of it per redraw (a band, its grades, its source, one probe per
 * level to mark the levels it lacks), and handing a 100,000-row table to each would cost about
 * 50 ms a question, and about a second a keystroke. So a large table is handed over as its header
 * and the rows of the role asked about (found through the table the import already read), every
 * other row blank up to the last of them: the same rows at the same row numbers, and nothing else
 * for the core to read. Kept per reading and role, so a
 * redraw that asks again gets the same grid (the core's table cache answers it without a read).
 */
import { BandTableCsvReading, bandTableSheetCells, isSheetError } from '../core/index';

/** Tables up to this many lines are handed over whole, as a formula would. */
export const WHOLE_TABLE_ROWS = 500;

const kept = new WeakMap<BandTableCsvReading, Map<string, unknown[][]>>();

/**
 * The rows as the sheet holds them once the table is written: figures as numbers read in the CSV's
 * own locale (a semicolon CSV's 160.000 is 160000, which the raw text would leave ambiguous), the
 * rest as the text it came as. The preview read the table this way; so must every use of it.
 */
function typedRows(reading: BandTableCsvReading): unknown[][] {
  const figures = bandTableSheetCells(reading);
  return reading.grid.map((row, r) => row.map((text, c) => (typeof figures[r][c] === 'number' ? figures[r][c] : text)));
}

export function userSourceGrid(reading: BandTableCsvReading, role: string): unknown[][] {
  let byRole = kept.get(reading);
  if (!byRole) {
    byRole = new Map();
    kept.set(reading, byRole);
  }
  const table = reading.table;
  const rows = (): unknown[][] => keep(byRole!, 'rows', () => typedRows(reading));
  if (!table || reading.grid.length <= WHOLE_TABLE_ROWS) return keep(byRole, '*', () => rows().map((row) => [...row]));
  const term = table.roles.find(role);
  // Other rows become blank rather than go, so each row keeps its number (AI.SOURCE cites it).
  const pick = (picked: readonly { readonly rowNumber: number }[]): unknown[][] => {
    const last = picked.reduce((most, row) => Math.max(most, row.rowNumber), 1);
    const blank = reading.grid[0].map(() => '');
    const grid: unknown[][] = Array.from({ length: last }, () => blank);
    grid[0] = [...reading.grid[0]];
    const typed = rows();
    for (const row of picked) grid[row.rowNumber - 1] = [...typed[row.rowNumber - 1]];
    return grid;
  };
  // A role the table lacks: one row of each role it has, so the core's message names the same roles.
  if (isSheetError(term))
    return keep(byRole, '?', () => pick([...table.index.values()].map((levels) => [...levels.values()][0][0])));
  return keep(byRole, `role:${term.id}`, () => pick([...(table.index.get(term.id)?.values() ?? [])].flat()));
}

function keep(byRole: Map<string, unknown[][]>, key: string, make: () => unknown[][]): unknown[][] {
  let grid = byRole.get(key);
  if (!grid) {
    grid = make();
    byRole.set(key, grid);
  }
  return grid;
}
