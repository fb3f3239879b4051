/**
 * The contract a host's answer must keep (DESIGN.md §4), checked on what the built Sheets and Excel
 * scripts return: a finite scalar or a non-empty rectangular grid, and every error with a message.
 */
import { ERROR_CODE, ShimError } from './excel/built';

const EXCEL_CODES = new Set<string>(Object.values(ERROR_CODE));
export const isScalar = (v: unknown): boolean =>
  (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string' || typeof v === 'boolean';
export const BUILT_IN_ERRORS = [
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'EvalError',
  'URIError',
  'InternalError',
];

export function describe(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)).slice(
      0,
      300,
    );
  } catch {
    return String(value);
  }
}

/** Checks a grid's shape and cells; returns what is wrong, or undefined. */
function checkGrid(grid: unknown, cellProblem: (cell: unknown) => string | undefined): string | undefined {
  if (!Array.isArray(grid) || grid.length === 0) return `not a non-empty 2-D array: ${describe(grid)}`;
  const width = Array.isArray(grid[0]) ? grid[0].length : -1;
  if (width <= 0) return `first row is not a non-empty array: ${describe(grid[0])}`;
  for (const row of grid) {
    if (!Array.isArray(row) || row.length !== width) return `ragged grid: ${describe(grid)}`;
    for (const cell of row) {
      const problem = cellProblem(cell);
      if (problem) return problem;
    }
  }
  return undefined;
}

export const ERROR_TEXT = /^#(N\/A|VALUE!|NUM!): \S/;
const LOOKS_LIKE_ERROR = /^#[A-Z/]+[!?]?(:|$)/;

/** What is wrong with a value a Sheets custom function returned, or undefined. */
export function sheetsResultProblem(value: unknown): string | undefined {
  const cellProblem = (cell: unknown): string | undefined => {
    if (!isScalar(cell)) return `not a Sheets value: ${describe(cell)}`;
    if (typeof cell === 'string' && LOOKS_LIKE_ERROR.test(cell) && !ERROR_TEXT.test(cell))
      return `error text without a message: ${cell}`;
    return undefined;
  };
  return Array.isArray(value) ? checkGrid(value, cellProblem) : cellProblem(value);
}

/** What is wrong with a value an Excel custom function returned, or undefined. */
export function excelResultProblem(value: unknown): string | undefined {
  return checkGrid(value, (cell) => {
    if (cell instanceof ShimError) {
      if (!EXCEL_CODES.has(cell.code)) return `unknown error code ${cell.code}`;
      // Excel shows a message on #N/A and #VALUE! only; an input error cell passed back out as
      // itself (#DIV/0!, #NUM!, #NULL!) carries none, and the core's own #NUM! is sent as #VALUE!.
      const messageless =
        cell.code === ERROR_CODE.divisionByZero ||
        cell.code === ERROR_CODE.invalidNumber ||
        cell.code === ERROR_CODE.nullReference;
      if (!messageless && (typeof cell.message !== 'string' || cell.message.trim().length === 0))
        return `error ${cell.code} without a message`;
      return undefined;
    }
    return isScalar(cell) ? undefined : `not an Excel value: ${describe(cell)}`;
  });
}
