/**
 * What each host refuses, so the panel can say so before the user clicks rather than after a
 * round trip: a button stays disabled with the reason beside it. The figures are the hosts' own:
 * Sheets' server checks every block (sheets-addon/server/request-checks.ts: 500 rows, 100
 * columns, 2,000,000 characters, 50,000 a cell) and keeps at most 240,000 bytes of panel state
 * (sheets-addon/server/panel-state.ts); Excel takes 32,767 characters a cell and about 5 MB of
 * payload per request (Office add-in limits). tests/panel/band-table-paste.test.ts holds the
 * Sheets figures equal to the server's constants.
 */
import { CELL_LIMITS } from '../core/index';

export type HostName = 'excel' | 'sheets' | 'standalone';

export const SHEETS_BLOCK = { rows: 500, columns: 100, characters: 2_000_000 } as const;
/** Excel's request payload is about 5 MB; a block's text is sent twice (formulas and values). */
export const EXCEL_REQUEST_CHARACTERS = 5_000_000;
/** The most bytes of panel state a document keeps (Sheets; Excel's settings are kept to the same). */
export const STATE_LIMIT_BYTES = 240_000;

const count = (n: number): string => n.toLocaleString('en-US');

/** Why `host` would refuse to write this block, in words; undefined if it would take it. */
export function blockRefusal(grid: readonly (readonly string[])[], host: HostName): string | undefined {
  if (host === 'standalone') return undefined;
  const rows = grid.length;
  const columns = grid.reduce((most, row) => Math.max(most, row.length), 0);
  let characters = 0;
  let longest = 0;
  for (const row of grid)
    for (const cell of row) {
      characters += cell.length;
      if (cell.length > longest) longest = cell.length;
    }
  if (host === 'sheets') {
    if (rows > SHEETS_BLOCK.rows)
      return `Google Sheets takes at most ${count(SHEETS_BLOCK.rows)} rows from the panel at once; this table has ${count(rows)} (header included). Split it, or paste it into the sheet directly.`;
    if (columns > SHEETS_BLOCK.columns)
      return `Google Sheets takes at most ${count(SHEETS_BLOCK.columns)} columns from the panel at once; this table has ${count(columns)}.`;
    if (characters > SHEETS_BLOCK.characters)
      return `Google Sheets takes at most ${count(SHEETS_BLOCK.characters)} characters from the panel at once; this table has ${count(characters)}.`;
  }
  const cellLimit = CELL_LIMITS[host].text;
  if (longest > cellLimit)
    return `A cell of this table holds ${count(longest)} characters; ${host === 'excel' ? 'Excel' : 'Google Sheets'} takes at most ${count(cellLimit)} in a cell.`;
  if (host === 'excel' && characters * 2 > EXCEL_REQUEST_CHARACTERS)
    return `This table is about ${count(Math.round((characters * 2) / 1e6))} MB to send; Excel takes about 5 MB in one request. Split it, or paste it into the sheet directly.`;
  return undefined;
}

/** UTF-8 bytes of a value as saved (JSON). */
export function savedBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}
