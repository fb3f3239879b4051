/**
 * Names the range the panel has just written (a band table), so formulas can use it by name:
 * `=AIBAND("LLMOps","Senior",,,MyBands)`. Called with the address `writeCells` answered, and read
 * as an untrusted request: the address must be a sheet's block of at most a panel block's size
 * that holds something, and the name must follow Sheets' documented rules. A name already given to
 * another range is not moved: the user is told where it points. The name rules are the core's
 * (core/sheet-rules.ts), so the panel refuses the same names before it asks.
 */
import { rangeNameProblem } from '../../core/index';
import { MAX_BLOCK_COLUMNS, MAX_BLOCK_ROWS } from './request-checks';
import { wasWritten } from './remembered';
import { blockAddress } from './sheet-block';

const CELL = String.raw`\$?[A-Z]{1,3}\$?[1-9]\d{0,6}`;
/** `Sheet1!A1:C9` or `'Bands 2026'!B2:D3`, as writeCells answers: a sheet, then a cell or a block. */
const ADDRESS = new RegExp(String.raw`^(?:'(?:[^']|''){1,100}'|[A-Za-z_][A-Za-z0-9_]{0,99})!${CELL}(?::${CELL})?$`);

function readAddress(address: unknown): string {
  if (typeof address !== 'string' || address.trim() === '')
    throw new Error('The panel sent no range to name; nothing was named.');
  const text = address.trim();
  if (text.length > 250 || !ADDRESS.test(text)) {
    throw new Error(
      `${text.length > 60 ? `${text.slice(0, 60)}…` : text} is not the address of a block of this spreadsheet (like 'Bands 2026'!B2:D9); nothing was named.`,
    );
  }
  return text;
}

export function nameRange(address: unknown, name: unknown): void {
  const where = readAddress(address);
  if (typeof name !== 'string' || name.trim() === '')
    throw new Error('A range name is needed, e.g. TableA; nothing was named.');
  const problem = rangeNameProblem(name, 'sheets');
  if (problem) throw new Error(`${name.length > 60 ? `${name.slice(0, 60)}…` : name} cannot name a range: ${problem}.`);
  const spreadsheet = SpreadsheetApp.getActive();
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = spreadsheet.getRange(where);
  } catch {
    throw new Error(`${where} is not a range of this spreadsheet (was its sheet renamed?); nothing was named.`);
  }
  if (range.getNumRows() > MAX_BLOCK_ROWS || range.getNumColumns() > MAX_BLOCK_COLUMNS) {
    throw new Error(
      `${where} is larger than any table the panel writes (${MAX_BLOCK_ROWS} rows by ${MAX_BLOCK_COLUMNS} columns); nothing was named.`,
    );
  }
  // The panel names only a table it has just written; an empty block is not one.
  if (range.isBlank()) throw new Error(`${where} is empty: insert the table first, then name it; nothing was named.`);
  const target = blockAddress(range.getSheet(), range);
  if (!wasWritten(target))
    throw new Error(
      `${target} is not a table the panel has inserted here (in the last 6 hours): the panel names only the tables it writes; nothing was named. Name other ranges in Data › Named ranges.`,
    );
  const existing = spreadsheet.getRangeByName(name);
  if (existing) {
    const at = blockAddress(existing.getSheet(), existing);
    if (at === target) return;
    throw new Error(
      `The name ${name} already refers to ${at}: choose another name, or remove that one in Data › Named ranges first.`,
    );
  }
  spreadsheet.setNamedRange(name, range);
}
