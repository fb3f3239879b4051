/**
 * A block of cells about to be written: where it is, in words a user reads (`'Offers 2026'!B2:F9`),
 * and which of its cells already hold something. Writing never overwrites those without asking.
 */
import { columnLetters as coreColumnLetters } from '../../core/index';

/** Column letters for Apps Script's 1-based column (the rule is the core's, 0-based). */
export const columnLetters = (column: number): string => coreColumnLetters(column - 1);

export const cellAddress = (row: number, column: number): string => `${columnLetters(column)}${row}`;

/** A sheet name as a formula or address spells it: quoted when it is not a plain word. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function blockAddress(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  range: GoogleAppsScript.Spreadsheet.Range,
): string {
  return `${quoteSheetName(sheet.getName())}!${range.getA1Notation()}`;
}

/** Addresses of the cells of `range` holding a value or a formula, row by row. */
export function nonEmptyCells(range: GoogleAppsScript.Spreadsheet.Range): string[] {
  const values = range.getValues();
  const formulas = range.getFormulas();
  const row0 = range.getRow();
  const column0 = range.getColumn();
  const taken: string[] = [];
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      if (values[r][c] !== '' || formulas[r][c] !== '') taken.push(cellAddress(row0 + r, column0 + c));
    }
  }
  return taken;
}

/** The top-left cell of the selection, or A1 when nothing is selected. */
export function selectionAnchor(sheet: GoogleAppsScript.Spreadsheet.Sheet): { row: number; column: number } {
  const range = sheet.getActiveRange();
  return range ? { row: range.getRow(), column: range.getColumn() } : { row: 1, column: 1 };
}

/**
 * The block at the selection, or an Error worded for the user when it would run off the sheet
 * (Sheets refuses a range outside the grid with a message about coordinates).
 */
export function blockAtSelection(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rows: number,
  columns: number,
): GoogleAppsScript.Spreadsheet.Range {
  const { row, column } = selectionAnchor(sheet);
  const lastRow = row + rows - 1;
  const lastColumn = column + columns - 1;
  if (lastRow > sheet.getMaxRows() || lastColumn > sheet.getMaxColumns()) {
    throw new Error(
      `The block needs ${rows} rows and ${columns} columns from ${cellAddress(row, column)}, which runs past the edge of the sheet (${cellAddress(sheet.getMaxRows(), sheet.getMaxColumns())}): select a cell further up and left, or add rows or columns.`,
    );
  }
  return sheet.getRange(row, column, rows, columns);
}

/** Short list for a dialog: the first few addresses, then how many more. */
export function describeCells(addresses: readonly string[], shown = 6): string {
  if (addresses.length <= shown) return addresses.join(', ');
  return `${addresses.slice(0, shown).join(', ')} and ${addresses.length - shown} more`;
}
