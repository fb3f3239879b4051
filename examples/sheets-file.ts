/**
 * The Sheets-ready samples (examples/sheets/*.csv): the same layouts as the .xlsx, with each
 * computed column's formula in row 2 spelled the way the Sheets add-on names its functions
 * (`AIBAND`, no dot, no `_xldudf_`), and nothing below it, so the result has room to spill.
 * Sheets turns `=...` cells into formulas when a CSV is imported with "Convert text to numbers,
 * dates, and formulas" (its default).
 *
 * Ranges are open-ended (`B2:B`), the usual Sheets form: the result is as tall as the sheet, so
 * offers added below are covered, and it never needs more rows than the sheet has (a bounded range
 * past the last row would stop with "Result was not automatically expanded").
 */
import { sheetsName } from '../core/function-spec';
import { outsideStrings, respellCalls } from './excel-file';
import { Cell } from './offer-tracker';

/** `=AI.BAND(B2:B2001,C2:C2001,"min")` as the Sheets sample holds it: `=AIBAND(B2:B,C2:C,"min")`. */
export function toSheetsFormula(formula: string): string {
  const body = formula.replace(/^=/, '');
  const { text } = respellCalls(body, (name) => sheetsName({ name }));
  return `=${outsideStrings(text, (part) => part.replace(/\b([A-Z]{1,3})(\d+):\1\d+\b/g, '$1$2:$1'))}`;
}

function csvCell(cell: Cell, openRanges: boolean): string {
  if (cell === null) return '';
  const formula = typeof cell === 'string' && cell.startsWith('=');
  const text = !formula
    ? String(cell)
    : openRanges
      ? toSheetsFormula(cell)
      : `=${respellCalls(cell.slice(1), (name) => sheetsName({ name })).text}`;
  // Only formulas may start with = + - @: an input that did would be run as a formula on import.
  if (!(typeof cell === 'string' && cell.startsWith('=')) && /^[=+@]/.test(text))
    throw new Error(`input cell ${text} would import as a formula`);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A layout (header, inputs, Excel formulas in row 2) as a CSV for Sheets to import. `openRanges`
 * false keeps each range as written, for a sheet of several blocks (a range opened to the sheet's
 * end would run into the block below).
 */
export function sheetsCsv(cells: readonly Cell[][], { openRanges = true } = {}): string {
  return `${cells.map((row) => row.map((cell) => csvCell(cell, openRanges)).join(',')).join('\r\n')}\r\n`;
}
