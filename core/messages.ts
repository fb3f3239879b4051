/**
 * Message wording in one place, so every error reads the same way:
 * "<what>: expected <what would be right>, received <what came>".
 */
import { isSheetError } from './errors';

export function describeCell(cell: unknown): string {
  if (cell === null || cell === undefined || cell === '') return 'a blank cell';
  if (typeof cell === 'string') return `"${cell.length > 40 ? `${cell.slice(0, 37)}...` : cell}"`;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : 'a non-finite number';
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? 'an invalid date' : `the date ${cell.toISOString().slice(0, 10)}`;
  if (Array.isArray(cell)) return `a range of ${cell.length} rows`;
  if (isSheetError(cell)) return `an error (${cell.message})`;
  return typeof cell;
}

export function expected(name: string, what: string, received: unknown): string {
  return `${name}: expected ${what}, received ${describeCell(received)}`;
}

export function missing(name: string, what: string): string {
  return `${name} is required: expected ${what}`;
}

export const OWN_TABLE_HINT =
  'to use your own figures, pass a band table (a range with a header row: role, level, min, mid, max, source) as the source argument';
