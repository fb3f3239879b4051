/**
 * What a spreadsheet hands a custom function, and what the core hands back.
 *
 * Input: a scalar or a 2-D array (rows of cells). A cell is a number, text, boolean, blank
 * (null, undefined or ''), a Date (Sheets passes date cells as Date objects) or an error.
 * Output: a scalar or a 2-D array of numbers, text, booleans, errors, or '' for blank.
 */
import { SheetError } from './errors';

export type InputCell = number | string | boolean | null | undefined | Date | SheetError;

export type OutputCell = number | string | boolean | SheetError;
export type OutputGrid = OutputCell[][];
export type Output = OutputCell | OutputGrid;

/** The blank output cell. Hosts show it as an empty cell. */
export const BLANK = '';

export function isBlankInput(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export function isGrid(arg: unknown): arg is unknown[][] {
  return Array.isArray(arg);
}
