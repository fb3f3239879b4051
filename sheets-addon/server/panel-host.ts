/**
 * The server half of the Sheets host bridge (panel/bridge.ts): what the sidebar calls through
 * `google.script.run`. google.script.run carries JSON-like values only (a Date in a result makes
 * the whole call fail), so dates go out as ISO text. A thrown Error reaches the panel as the
 * rejection message, so every throw here is worded for the user.
 */
import { checkWriteRequest } from './request-checks';
import { forgetCheck, rememberCheck, rememberWritten, wasIssued } from './remembered';
import { blockAddress, blockAtSelection, nonEmptyCells } from './sheet-block';
import {
  blockProblem,
  CELL_LIMITS,
  confirmationProblem,
  dateCell,
  dateCellSerial,
  headerRecord,
  readChartRequests,
  readWriteCheck,
} from '../../core/index';
import type { CellContent, WriteCheck } from '../../core/index';
import { addCharts, blockAtAddress, checkOf, contentsOf, writeWhole } from './write-block';

// The panel's saved inputs are kept by panel-state.ts, and range naming is in named-range.ts.
export {
  getPanelState,
  loadPanelState,
  savePanelState,
  splitUtf8,
  PANEL_STATE_KEY,
  MAX_STATE_BYTES,
  MAX_STATE_TOTAL_BYTES,
} from './panel-state';
export { nameRange } from './named-range';

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
  if (!selection)
    throw new Error(
      'Select a cell in the row of the offer to read (the first row of the sheet must hold the column headers).',
    );
  const row = selection.getRow();
  if (row === 1) throw new Error("The selection is on the header row: select a cell in an offer's row below it.");
  const width = sheet.getLastColumn();
  if (width === 0)
    throw new Error(
      "This sheet is empty: open the sheet of your offer tracker, with headers in its first row, and select an offer's row.",
    );
  const headers = sheet.getRange(1, 1, 1, width).getValues()[0];
  const values = sheet.getRange(row, 1, 1, width).getValues()[0];
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const record = headerRecord(
    headers.map((header) => portableCell(header, timeZone)),
    values.map((value) => portableCell(value, timeZone)),
    0,
  );
  if (Object.keys(record).length === 0)
    throw new Error(
      "The first row of this sheet has no headers: the panel matches the tracker's columns by their header names.",
    );
  return record;
}

export interface SheetsWriteRequest {
  formulas: unknown;
  overwrite?: unknown;
  /** with overwrite: the check this server answered when it asked (core/sheet-write.ts) */
  checked?: unknown;
  charts?: unknown;
}

export interface SheetsWriteResult {
  written: boolean;
  address: string;
  nonEmpty?: string[];
  check?: WriteCheck;
  changed?: string;
  charts?: string[];
}

/** Bounds a write to what a panel could mean to write; larger is a bug, not a table. */
const MAX_ROWS = 500;
const MAX_COLUMNS = 100;

/** The block as cells to write: numbers, booleans and dates keep their type, anything else not text is blank. */
function readFormulas(formulas: unknown): CellContent[][] {
  if (!Array.isArray(formulas) || formulas.length === 0 || !Array.isArray(formulas[0]) || formulas[0].length === 0) {
    throw new Error('The panel sent nothing to write: expected rows of cells.');
  }
  const width = (formulas[0] as unknown[]).length;
  if (formulas.length > MAX_ROWS || width > MAX_COLUMNS)
    throw new Error(
      `The block to write is ${formulas.length}×${width} cells, more than ${MAX_ROWS}×${MAX_COLUMNS}; nothing was written.`,
    );
  return formulas.map((row, r) => {
    if (!Array.isArray(row) || row.length !== width)
      throw new Error(
        `Row ${r + 1} of the block has ${Array.isArray(row) ? row.length : 0} cells, expected ${width}: nothing was written.`,
      );
    return row.map((cell): CellContent => {
      if (typeof cell === 'number' || typeof cell === 'boolean' || typeof cell === 'string') return cell;
      const serial = dateCellSerial(cell);
      return serial === undefined ? '' : dateCell(serial);
    });
  });
}

/** Answers without writing: the cells that hold something and a check the server will know again. */
function ask(address: string, taken: string[], check: WriteCheck, changed?: string): SheetsWriteResult {
  rememberCheck(check);
  return { written: false, address, nonEmpty: taken, check, ...(changed ? { changed } : {}) };
}

/**
 * Writes the block at the selection's top-left cell. Without `overwrite` it writes only into empty
 * cells and otherwise answers with the cells that hold something and a check, so the panel can ask.
 * With `overwrite` it writes at the checked address (never at the selection of the moment), and only
 * if the check is one this server answered with (a client cannot name another sheet or range) and
 * the block and the cells there are still the ones checked; otherwise it answers with a new check
 * and why, and writes nothing. '' cells (where a formula above spills) are checked like the others
 * and left empty. Every cell is checked before anything is written.
 */
export function writeCells(request: SheetsWriteRequest): SheetsWriteResult {
  // Every cell checked before the sheet is read or touched: all of the block is written or none.
  checkWriteRequest(request);
  const formulas = readFormulas(request.formulas);
  const tooLong = blockProblem(formulas, CELL_LIMITS.sheets);
  if (tooLong) throw new Error(`${tooLong.charAt(0).toUpperCase()}${tooLong.slice(1)}.`);
  const overwrite = request.overwrite === true;
  const checked = readWriteCheck(request.checked);
  if (overwrite && !checked)
    throw new Error(
      'Writing over cells needs the address and contents the panel checked with you; nothing was written. Insert again.',
    );
  const rows = formulas.length;
  const columns = formulas[0].length;
  // The target is the server's own: a check it issued, or the selection; never an address a client made up.
  const issued = checked && overwrite && wasIssued(checked) ? checked : undefined;
  const { sheet, target } = issued
    ? blockAtAddress(issued.address, rows, columns)
    : {
        sheet: SpreadsheetApp.getActiveSheet(),
        target: blockAtSelection(SpreadsheetApp.getActiveSheet(), rows, columns),
      };
  const address = blockAddress(sheet, target);
  const before = contentsOf(target);
  const check = checkOf(sheet, target, formulas, before);
  const taken = nonEmptyCells(target);
  if (checked && overwrite && !issued)
    return ask(
      address,
      taken,
      check,
      `${checked.address} is not a block this spreadsheet asked you about (or the question is over 6 hours old)`,
    );
  if (issued) {
    const changed = confirmationProblem(issued, check);
    if (changed) return ask(address, taken, check, changed);
  } else if (taken.length > 0) {
    return ask(address, taken, check);
  }
  writeWhole(target, formulas, before);
  if (issued) forgetCheck(issued);
  rememberWritten(address);
  const charts = addCharts(sheet, target, readChartRequests(request.charts, rows, columns));
  return charts.length ? { written: true, address, charts } : { written: true, address };
}
