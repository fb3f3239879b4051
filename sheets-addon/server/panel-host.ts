/**
 * The server half of the Sheets host bridge (panel/bridge.ts): what the sidebar calls through
 * `google.script.run`. google.script.run carries JSON-like values only (a Date in a result makes
 * the whole call fail), so dates go out as ISO text. A thrown Error reaches the panel as the
 * rejection message, so every throw here is worded for the user.
 */
import { rangeNameProblem } from '../../core/index';
import { blockAddress, blockAtSelection, nonEmptyCells } from './sheet-block';

/**
 * The panel's inputs live in document properties. PropertiesService caps one value at 9 KB, and a
 * pasted band table (issue 7) easily takes more, so larger inputs are split: the head property
 * then holds `{ aiCompStateParts: n, generation }` and the JSON text is in `n` parts named
 * `aiComp.offerPanel.<generation>.<i>`. Each save writes a new generation before pointing the head
 * at it, so a save that fails half way leaves the previous inputs whole.
 */
export const PANEL_STATE_KEY = 'aiComp.offerPanel';
/** most bytes in one property value (Apps Script: 9 KB a value) */
export const MAX_STATE_BYTES = 9000;
/** most bytes of inputs kept in all (Apps Script: 500 KB of properties a document), leaving room to spare */
export const MAX_STATE_TOTAL_BYTES = 400_000;

interface PartsHead {
  aiCompStateParts: number;
  generation: 'a' | 'b';
}

const partKey = (generation: string, index: number): string => `${PANEL_STATE_KEY}.${generation}.${index}`;

function readHead(value: unknown): PartsHead | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const head = value as Partial<PartsHead>;
  if (typeof head.aiCompStateParts !== 'number' || !Number.isInteger(head.aiCompStateParts) || head.aiCompStateParts < 1) return undefined;
  return head.generation === 'a' || head.generation === 'b' ? (head as PartsHead) : undefined;
}

export function getPanelState(): unknown {
  const properties = PropertiesService.getDocumentProperties();
  const saved = properties.getProperty(PANEL_STATE_KEY);
  if (saved === null) return null;
  try {
    const value = JSON.parse(saved) as unknown;
    const head = readHead(value);
    if (!head) return value;
    let text = '';
    for (let i = 1; i <= head.aiCompStateParts; i++) {
      const part = properties.getProperty(partKey(head.generation, i));
      if (part === null) return null;
      text += part;
    }
    return JSON.parse(text);
  } catch {
    // A hand-edited or truncated property: start from a blank panel rather than fail to open.
    return null;
  }
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Splits text into pieces of at most `maxBytes` UTF-8 bytes each, never inside a character. */
export function splitUtf8(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > maxBytes) {
      parts.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    if (pair) i++;
  }
  parts.push(text.slice(start));
  return parts;
}

function deleteParts(properties: GoogleAppsScript.Properties.Properties, generation: 'a' | 'b'): void {
  for (let i = 1; properties.getProperty(partKey(generation, i)) !== null; i++) properties.deleteProperty(partKey(generation, i));
}

export function savePanelState(state: unknown): void {
  if (state === null || typeof state !== 'object') throw new Error('The panel sent no inputs to keep; nothing was saved.');
  const text = JSON.stringify(state);
  const bytes = utf8Length(text);
  if (bytes > MAX_STATE_TOTAL_BYTES) {
    const csv = (state as { bandTableCsv?: unknown }).bandTableCsv;
    const tableBytes = typeof csv === 'string' ? utf8Length(csv) : 0;
    const why = tableBytes > MAX_STATE_TOTAL_BYTES / 2
      ? `the pasted band table alone is ${tableBytes.toLocaleString('en-US')} bytes: insert it into the sheet (cells keep it whole), then clear the paste box so the panel keeps the rest`
      : 'shorten the labels or remove an offer';
    throw new Error(`The panel's inputs take ${bytes.toLocaleString('en-US')} bytes, more than the ${MAX_STATE_TOTAL_BYTES.toLocaleString('en-US')} a document can keep for an add-on, so they were not saved: ${why}.`);
  }
  const properties = PropertiesService.getDocumentProperties();
  let previous: PartsHead | undefined;
  try {
    previous = readHead(JSON.parse(properties.getProperty(PANEL_STATE_KEY) ?? 'null'));
  } catch {
    previous = undefined;
  }
  if (bytes <= MAX_STATE_BYTES) {
    properties.setProperty(PANEL_STATE_KEY, text);
  } else {
    const generation = previous?.generation === 'a' ? 'b' : 'a';
    deleteParts(properties, generation);
    const parts = splitUtf8(text, MAX_STATE_BYTES);
    parts.forEach((part, i) => properties.setProperty(partKey(generation, i + 1), part));
    const head: PartsHead = { aiCompStateParts: parts.length, generation };
    properties.setProperty(PANEL_STATE_KEY, JSON.stringify(head));
    if (previous && previous.generation !== generation) deleteParts(properties, previous.generation);
    return;
  }
  if (previous) deleteParts(properties, previous.generation);
}

/**
 * Names the range the panel has just written (a band table), so formulas can use it by name:
 * `=AIBAND("LLMOps","Senior",,,MyBands)`. A name already given to another range is not moved: the
 * user is told where it points. Called with the address `writeCells` answered.
 */
export function nameRange(address: unknown, name: unknown): void {
  if (typeof address !== 'string' || address.trim() === '') throw new Error('The panel sent no range to name; nothing was named.');
  if (typeof name !== 'string' || name.trim() === '') throw new Error('A range name is needed, e.g. TableA; nothing was named.');
  const problem = rangeNameProblem(name, 'sheets');
  if (problem) throw new Error(`${name} cannot name a range: ${problem}.`);
  const spreadsheet = SpreadsheetApp.getActive();
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = spreadsheet.getRange(address);
  } catch {
    throw new Error(`${address} is not a range of this spreadsheet (was its sheet renamed?); nothing was named.`);
  }
  const target = blockAddress(range.getSheet(), range);
  const existing = spreadsheet.getRangeByName(name);
  if (existing) {
    const at = blockAddress(existing.getSheet(), existing);
    if (at === target) return;
    throw new Error(`The name ${name} already refers to ${at}: choose another name, or remove that one in Data › Named ranges first.`);
  }
  spreadsheet.setNamedRange(name, range);
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A cell as google.script.run can carry it: dates as ISO dates in the spreadsheet's time zone. */
function portableCell(value: unknown, timeZone: string): string | number | boolean {
  if (isDate(value)) return Utilities.formatDate(value, timeZone, 'yyyy-MM-dd');
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return '';
}

/** header -> value of the selected row; the header row is the sheet's first row. */
export function readSelectedRow(): Record<string, string | number | boolean> {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getActiveSheet();
  const selection = sheet.getActiveRange();
  if (!selection) throw new Error('Select a cell in the row of the offer to read (the first row of the sheet must hold the column headers).');
  const row = selection.getRow();
  if (row === 1) throw new Error('The selection is on the header row: select a cell in an offer\'s row below it.');
  const width = sheet.getLastColumn();
  if (width === 0) throw new Error('This sheet is empty: open the sheet of your offer tracker, with headers in its first row, and select an offer\'s row.');
  const headers = sheet.getRange(1, 1, 1, width).getValues()[0];
  const values = sheet.getRange(row, 1, 1, width).getValues()[0];
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const record: Record<string, string | number | boolean> = {};
  for (let c = 0; c < width; c++) {
    const header = portableCell(headers[c], timeZone);
    const name = String(header).trim();
    // The first of two columns with the same header wins, as it would for a reader scanning left to right.
    if (name === '' || Object.prototype.hasOwnProperty.call(record, name)) continue;
    record[name] = portableCell(values[c], timeZone);
  }
  if (Object.keys(record).length === 0) throw new Error('The first row of this sheet has no headers: the panel matches the tracker\'s columns by their header names.');
  return record;
}

export interface SheetsWriteRequest {
  formulas: unknown;
  overwrite?: unknown;
}

export interface SheetsWriteResult {
  written: boolean;
  address: string;
  nonEmpty?: string[];
}

/** Bounds a write to what a panel could mean to write; larger is a bug, not a table. */
const MAX_ROWS = 500;
const MAX_COLUMNS = 100;

function readFormulas(formulas: unknown): string[][] {
  if (!Array.isArray(formulas) || formulas.length === 0 || !Array.isArray(formulas[0]) || formulas[0].length === 0) {
    throw new Error('The panel sent nothing to write: expected rows of cells.');
  }
  const width = (formulas[0] as unknown[]).length;
  if (formulas.length > MAX_ROWS || width > MAX_COLUMNS) throw new Error(`The block to write is ${formulas.length}×${width} cells, more than ${MAX_ROWS}×${MAX_COLUMNS}; nothing was written.`);
  return formulas.map((row, r) => {
    if (!Array.isArray(row) || row.length !== width) throw new Error(`Row ${r + 1} of the block has ${Array.isArray(row) ? row.length : 0} cells, expected ${width}: nothing was written.`);
    return row.map((cell) => (typeof cell === 'number' || typeof cell === 'boolean' ? String(cell) : typeof cell === 'string' ? cell : ''));
  });
}

/**
 * Writes the block at the selection's top-left cell. Without `overwrite` it writes only into empty
 * cells and otherwise answers with the cells that hold something, so the panel can ask. '' cells
 * (where a formula above spills) are checked like the others and left empty.
 */
export function writeCells(request: SheetsWriteRequest): SheetsWriteResult {
  if (!request || typeof request !== 'object') throw new Error('The panel sent nothing to write.');
  const formulas = readFormulas(request.formulas);
  const sheet = SpreadsheetApp.getActiveSheet();
  const target = blockAtSelection(sheet, formulas.length, formulas[0].length);
  const address = blockAddress(sheet, target);
  const taken = nonEmptyCells(target);
  if (taken.length > 0 && request.overwrite !== true) return { written: false, address, nonEmpty: taken };
  // Cleared first so spill cells are empty; a value left there would turn the formula into #REF!.
  if (taken.length > 0) target.clearContent();
  // setFormulas writes text that does not start with '=' as the text itself, so labels and formulas go in one call.
  target.setFormulas(formulas);
  return { written: true, address };
}
