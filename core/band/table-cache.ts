/**
 * A user band table is read once, not once per formula: Excel's shared runtime and a workbook with
 * one AI.BAND per row hand the same range to thousands of calls, and reading a 10,000-row table
 * costs tens of milliseconds. The last few tables read are kept with a copy of their cells; a call
 * whose range holds exactly the same values (compared cell by cell, far cheaper than reading) gets
 * the table already read. A changed cell anywhere means a fresh read.
 */
import { InputCell } from '../cells';
import { SheetError } from '../errors';
import { parseUserBandTable, UserBandTable } from './user-table';

type Grid = readonly (readonly InputCell[])[];

const KEPT = 4;
const recent: { cells: InputCell[][]; table: UserBandTable | SheetError }[] = [];

function sameCells(a: Grid, b: Grid): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const x = a[r];
    const y = b[r];
    if (x.length !== y.length) return false;
    for (let c = 0; c < x.length; c++) {
      const p = x[c];
      const q = y[c];
      // Dates are compared by time; any other object (an error value) is never taken as the same.
      if (p !== q && !(p instanceof Date && q instanceof Date && p.getTime() === q.getTime())) return false;
    }
  }
  return true;
}

export function readUserBandTable(grid: Grid): UserBandTable | SheetError {
  for (let i = 0; i < recent.length; i++) {
    if (sameCells(recent[i].cells, grid)) {
      const [hit] = recent.splice(i, 1);
      recent.unshift(hit);
      return hit.table;
    }
  }
  const table = parseUserBandTable(grid);
  recent.unshift({ cells: grid.map((row) => row.slice()), table });
  if (recent.length > KEPT) recent.pop();
  return table;
}
