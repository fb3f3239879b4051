/**
 * The sidebar is a web page: anything can call the server's functions with any arguments (a user
 * with the browser console, a page that was tampered with). So every request is read as untrusted:
 * a block to write may hold only text, numbers and the formulas the panel builds (a call of one of
 * our functions whose arguments are literals, cell or range references, names, or calls of our
 * functions), and every size is bounded before the sheet is touched.
 */
import { CATALOG, sheetsName, dateCellSerial } from '../../core/index';

/** Sheets' own limit on the characters of one cell. */
export const MAX_CELL_CHARACTERS = 50_000;
/** rows and columns a panel block may have (the panel refuses larger tables before asking) */
export const MAX_BLOCK_ROWS = 500;
export const MAX_BLOCK_COLUMNS = 100;
/** all characters of one block: far above any panel block, far below what would stall a call */
export const MAX_BLOCK_CHARACTERS = 2_000_000;

let functionNames: Set<string> | undefined;
const ourFunctions = (): Set<string> =>
  (functionNames ??= new Set(CATALOG.map((spec) => sheetsName(spec).toUpperCase())));

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?/;
const STRING = /^"(?:[^"]|"")*"/;
const BOOLEAN = /^(?:TRUE|FALSE)(?![A-Za-z0-9_.(])/i;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const COLUMN = String.raw`\$?[A-Za-z]{1,3}`;
const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_]*)!`;
const REFERENCE = new RegExp(String.raw`^(?:${SHEET})?(?:${CELL}(?::${CELL})?|${COLUMN}:${COLUMN})(?![A-Za-z0-9_.(!])`);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_.]*/;

/**
 * Reads the formula's text from `at` on as one argument; answers where it ends, or a reason. A tiny
 * recursive reader: a call, a literal, an array of literals, a reference or a name; nothing else.
 */
function readArgument(text: string, at: number, depth: number): number | string {
  while (text[at] === ' ') at++;
  const rest = text.slice(at);
  if (rest[0] === ',' || rest[0] === ')') return at;
  const literal = NUMBER.exec(rest) ?? STRING.exec(rest) ?? BOOLEAN.exec(rest);
  if (literal) return at + literal[0].length;
  if (rest[0] === '{') return readArray(text, at + 1);
  const reference = REFERENCE.exec(rest);
  if (reference) return at + reference[0].length;
  const name = IDENTIFIER.exec(rest);
  if (!name) return `it holds ${JSON.stringify(rest.slice(0, 12))} where a value or a cell was expected`;
  const after = at + name[0].length;
  if (text[after] !== '(') return name[0].includes('.') ? `${name[0]} is not a range name` : after;
  return readCall(text, at, depth + 1);
}

function readArray(text: string, at: number): number | string {
  for (;;) {
    while (text[at] === ' ') at++;
    const rest = text.slice(at);
    const literal = NUMBER.exec(rest) ?? STRING.exec(rest) ?? BOOLEAN.exec(rest);
    if (!literal) return 'an array { } may hold only numbers, text and TRUE/FALSE';
    at += literal[0].length;
    while (text[at] === ' ') at++;
    if (text[at] === '}') return at + 1;
    if (text[at] !== ',' && text[at] !== ';') return 'an array { } may hold only numbers, text and TRUE/FALSE';
    at++;
  }
}

function readCall(text: string, at: number, depth: number): number | string {
  if (depth > 4) return 'it nests calls deeper than the panel does';
  const name = IDENTIFIER.exec(text.slice(at));
  if (!name || text[at + name[0].length] !== '(') return 'it is not a function call';
  if (!ourFunctions().has(name[0].toUpperCase()))
    return `it calls ${name[0]}, which is not one of the add-on's functions`;
  at += name[0].length + 1;
  for (;;) {
    const end = readArgument(text, at, depth);
    if (typeof end === 'string') return end;
    at = end;
    while (text[at] === ' ') at++;
    if (text[at] === ')') return at + 1;
    if (text[at] !== ',') return `it holds ${JSON.stringify(text.slice(at, at + 12))} where , or ) was expected`;
    at++;
  }
}

/** Why `formula` (starting with =) is not one the panel builds, or undefined when it is. */
export function formulaProblem(formula: string): string | undefined {
  const end = readCall(formula, 1, 0);
  if (typeof end === 'string') return end;
  return formula.slice(end).trim() === ''
    ? undefined
    : `it goes on after the call (${JSON.stringify(formula.slice(end, end + 12))})`;
}

/** Why one cell of a block cannot be written, or undefined. */
export function cellProblem(text: string): string | undefined {
  if (text.length > MAX_CELL_CHARACTERS)
    return `it has ${text.length.toLocaleString('en-US')} characters, more than the ${MAX_CELL_CHARACTERS.toLocaleString('en-US')} a Sheets cell holds`;
  if (text.startsWith('=')) {
    const problem = formulaProblem(text);
    return (
      problem &&
      `the formula ${text.length > 40 ? `${text.slice(0, 40)}…` : text} is not one the panel builds: ${problem}`
    );
  }
  // Sheets could read these as formulas; the panel writes such labels with a leading apostrophe.
  if (/^[+\-@]/.test(text) && !/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/.test(text))
    return `it starts with ${text[0]} but is not a number (the panel writes such text as '${text.slice(0, 20)})`;
  return undefined;
}

const cellName = (row: number, column: number): string => `cell ${column} of row ${row} of the block`;

/**
 * Checks a write request before anything is read or written: its shape, its size and every cell.
 * Throws the first problem, worded for the user; the sheet is untouched.
 */
export function checkWriteRequest(request: unknown): void {
  if (!request || typeof request !== 'object' || Array.isArray(request))
    throw new Error('The panel sent nothing to write.');
  const { formulas, overwrite } = request as { formulas?: unknown; overwrite?: unknown };
  if (overwrite !== undefined && typeof overwrite !== 'boolean')
    throw new Error('The panel sent a write without a clear yes or no to overwriting; nothing was written.');
  if (!Array.isArray(formulas) || formulas.length === 0)
    throw new Error('The panel sent nothing to write: expected rows of cells.');
  if (formulas.length > MAX_BLOCK_ROWS)
    throw new Error(
      `The block to write has ${formulas.length.toLocaleString('en-US')} rows, more than the ${MAX_BLOCK_ROWS} a panel block has; nothing was written.`,
    );
  let characters = 0;
  formulas.forEach((row: unknown, r) => {
    if (!Array.isArray(row)) throw new Error(`Row ${r + 1} of the block is not a row of cells; nothing was written.`);
    if (row.length > MAX_BLOCK_COLUMNS)
      throw new Error(
        `Row ${r + 1} of the block has ${row.length} cells, more than the ${MAX_BLOCK_COLUMNS} a panel block has; nothing was written.`,
      );
    row.forEach((cell: unknown, c) => {
      if (typeof cell === 'number' && !Number.isFinite(cell))
        throw new Error(`The ${cellName(r + 1, c + 1)} is not a finite number; nothing was written.`);
      if (
        cell !== null &&
        cell !== undefined &&
        typeof cell !== 'string' &&
        typeof cell !== 'number' &&
        typeof cell !== 'boolean' &&
        dateCellSerial(cell) === undefined
      ) {
        throw new Error(
          `The ${cellName(r + 1, c + 1)} is neither text, a number nor a date (a day such as 2026-01-31); nothing was written.`,
        );
      }
      if (typeof cell !== 'string') return;
      characters += cell.length;
      if (characters > MAX_BLOCK_CHARACTERS)
        throw new Error(
          `The block to write has more than ${MAX_BLOCK_CHARACTERS.toLocaleString('en-US')} characters, far more than a panel block; nothing was written.`,
        );
      const problem = cellProblem(cell);
      if (problem)
        throw new Error(`Nothing was written: the ${cellName(r + 1, c + 1)} cannot go into the sheet: ${problem}.`);
    });
  });
}
