/**
 * The offer panel's host bridge in Excel (DESIGN.md §1): Office.js on one side, the panel's
 * HostBridge on the other. Reads and writes go through `Excel.run` in as few round trips as the
 * task allows (each `context.sync()` is one trip to Excel, slow in Excel on the web):
 *
 * - readSelectedRow: one sync finds the used range and the active cell, a second reads the header
 *   row and the active cell's row together.
 * - writeCells: one sync reads `values`, `formulas` and `numberFormat` of the target block (and of the areas a
 *   chart could go); if any cell holds something and the user has not confirmed, nothing is
 *   written and the panel gets the cells and a check (core/sheet-write.ts). A confirmed write goes
 *   to the checked address, never to the selection of the moment, and only if the block and the
 *   cells still match the check. Then one `range.formulas = ...` assignment and a second sync write
 *   the whole block (if Excel refuses part way, what the cells held, formats included, is put
 *   back); then each chart is added in one sync and placed in another (`worksheet.charts.add`), so a
 *   chart Excel refuses never leaves the block half-reported, and one it added is reported added.
 * - loadState/saveState: the panel's inputs live in the workbook's document settings, so they
 *   travel with the file and reopen with it. Each read and save refreshes the settings first
 *   (refreshAsync), and a save merges its changes onto what co-authors saved (core/state-merge.ts).
 * - nameRange: one sync looks for a workbook name of that name (names are case-insensitive), a
 *   second adds it over the written range (`workbook.names.add`). A name that already refers to
 *   another range is not moved: the user is told where it points.
 */
import type { ChartRequest, HostBridge, WriteRequest, WriteResult } from '../../panel/bridge';
import {
  blockFingerprint,
  blockProblem,
  CELL_LIMITS,
  cellsFingerprint,
  chartCandidates,
  chooseArea,
  columnLetters,
  confirmationProblem,
  DATE_CELL_FORMAT,
  dateCellSerial,
  headerRecord,
  keptText,
  labelText,
  rangeNameProblem,
  readKept,
  saveOnto,
} from '../../core/index';
import type { Area, CellContent, KeptState, StateSave, StateSaved, WriteCheck } from '../../core/index';

import { SETTINGS_KEY } from './document-settings';

export { SETTINGS_KEY };

export { columnLetters };

const isEmptyCell = (value: unknown): boolean => value === '' || value === null || value === undefined;

/** Text for the user from whatever Excel rejected with (an OfficeExtension.Error has a message). */
function excelMessage(error: unknown): string {
  if (error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string')
    return (error as { message: string }).message;
  return String(error);
}

async function excelRun<T>(what: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    if (error instanceof PanelError) throw error;
    throw new Error(`Excel could not ${what}: ${excelMessage(error)}`);
  }
}

/** A rejection worded for the user, passed through as is. */
class PanelError extends Error {}

/**
 * Splits `Sheet1!A1:F3` or `'My ''Q3'' sheet'!B2:D9` (as Excel writes an address) into the sheet's
 * name and the cells; undefined when there is no sheet part.
 */
export function splitAddress(address: string): { sheet: string; cells: string } | undefined {
  const bang = address.lastIndexOf('!');
  if (bang <= 0) return undefined;
  const quoted = address.slice(0, bang);
  const sheet = /^'.*'$/.test(quoted) ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  return { sheet, cells: address.slice(bang + 1) };
}

/** The same range however it is written: `=Sheet1!$A$1:$F$3` and `Sheet1!A1:F3` compare equal. */
const sameReference = (a: string, b: string): boolean => {
  const plain = (text: string) => text.replace(/^=/, '').replace(/\$/g, '').toUpperCase();
  return plain(a) === plain(b);
};

/** True for a number format that shows a date or a time (d, m, y, h, s outside quotes and brackets). */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || /^general$/i.test(format)) return false;
  return /[dmyhs]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, ''));
}

/** An Excel date serial as ISO text (day 0 is 1899-12-30 in the 1900 system); a time alone as hh:mm. */
function serialText(serial: number): string {
  const whole = Math.floor(serial);
  const minutes = Math.round((serial - whole) * 1440);
  if (whole === 0)
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return new Date(Date.UTC(1899, 11, 30) + whole * 86400000).toISOString().slice(0, 10);
}

/**
 * header -> value of a tracker row, as the Sheets host gives it: a date cell as ISO text (so it is
 * never read as an amount: a "Sign-on date" of 46204 is 2026-07-01, not $46,204), and a repeated
 * header kept from the first column, later ones as "Name (column F)" so the panel can say why.
 */
export function trackerRecord(
  headers: readonly unknown[],
  values: readonly unknown[],
  formats: readonly unknown[],
  column0: number,
): Record<string, unknown> {
  const cells = values.map((value, k) =>
    typeof value === 'number' && isDateFormat(formats[k]) ? serialText(value) : value,
  );
  return headerRecord(headers, cells, column0);
}

/** Settings.refreshAsync or saveAsync as a promise that rejects with Excel's reason, in words. */
function settingsCall(
  what: string,
  call: (settings: Office.Settings, done: (result: Office.AsyncResult<unknown>) => void) => void,
): Promise<Office.Settings> {
  const settings = Office.context.document.settings;
  return new Promise((resolve, reject) => {
    call(settings, (result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(settings);
      else reject(new Error(`${what} (${result.error?.message ?? 'Excel gave no reason'})`));
    });
  });
}

/** What the workbook keeps now: refreshAsync first, so a co-author's saved settings are read, not our copy. */
async function keptNow(): Promise<KeptState> {
  const settings = await settingsCall("the panel's saved inputs could not be read from this workbook", (s, done) =>
    s.refreshAsync(done),
  );
  return readKept(settings.get(SETTINGS_KEY));
}

/**
 * Merges the panel's changes onto what the workbook keeps now (core `saveOnto`), then saves. Office
 * has no compare-and-swap on settings (`overwriteIfStale` is deprecated), so a co-author's save
 * that lands between our refresh and our save is overwritten; the window is one round trip.
 */
async function saveSettingsState(save: StateSave): Promise<StateSaved> {
  const { next, answer } = saveOnto(await keptNow(), save);
  if (!next) return answer;
  await settingsCall("the panel's inputs could not be saved in this workbook; they stay on screen", (s, done) => {
    s.set(SETTINGS_KEY, keptText(next));
    s.saveAsync(done);
  });
  return answer;
}

/** Excel on the web tells co-authors' panes when settings were saved (settingsChanged); elsewhere nothing fires. */
function watchSettings(onChange: () => void): () => void {
  const settings = Office.context.document.settings;
  const handler = (): void => onChange();
  settings.addHandlerAsync(Office.EventType.SettingsChanged, handler);
  return () => settings.removeHandlerAsync(Office.EventType.SettingsChanged, { handler });
}

function readSelectedRow(): Promise<Record<string, unknown>> {
  return excelRun('read the selected row', async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const used = sheet.getUsedRangeOrNullObject(true);
    const active = context.workbook.getActiveCell();
    used.load('rowIndex,columnIndex,columnCount');
    active.load('rowIndex');
    await context.sync();
    if (used.isNullObject)
      throw new PanelError(
        'this sheet is empty: open an offer tracker (a header row, then one offer per row) and select a cell in an offer row',
      );
    if (active.rowIndex <= used.rowIndex)
      throw new PanelError('select a cell in an offer row, below the header row of the tracker');
    // The header row and the selected row, read together in one more sync.
    const header = sheet.getRangeByIndexes(used.rowIndex, used.columnIndex, 1, used.columnCount);
    const row = sheet.getRangeByIndexes(active.rowIndex, used.columnIndex, 1, used.columnCount);
    header.load('values');
    row.load('values,numberFormat');
    await context.sync();
    return trackerRecord(header.values[0], row.values[0], row.numberFormat[0], used.columnIndex);
  });
}

function nameRange(address: string, name: string): Promise<void> {
  const problem = rangeNameProblem(name, 'excel');
  const where = splitAddress(address);
  if (!name || problem) return Promise.reject(new Error(problem ?? 'a range name is needed, e.g. TableA'));
  if (!where)
    return Promise.reject(new Error(`cannot name ${address}: expected an address with its sheet, e.g. Sheet1!A1:F3`));
  return excelRun(`name ${address} ${name}`, async (context) => {
    const existing = context.workbook.names.getItemOrNullObject(name);
    existing.load('name,formula');
    await context.sync();
    if (!existing.isNullObject) {
      if (sameReference(existing.formula, address)) return;
      throw new PanelError(
        `the name ${existing.name} already refers to ${existing.formula.replace(/^=/, '')} in this workbook; choose another name, or delete that one in Formulas › Name Manager first`,
      );
    }
    const range = context.workbook.worksheets.getItem(where.sheet).getRange(where.cells);
    context.workbook.names.add(
      name,
      range,
      'Band table inserted by the offer panel (AI.BAND, AI.SOURCE and AI.LOCALBAND take it as their source)',
    );
    await context.sync();
  });
}

export function createOfficeBridge(): HostBridge {
  return {
    hostName: 'excel',
    loadState: keptNow,
    saveState: saveSettingsState,
    watchState: watchSettings,
    readSelectedRow,
    writeCells(request: WriteRequest): Promise<WriteResult> {
      return writeBlock(request);
    },
    nameRange,
  };
}

/** A1 address of a cell from 0-based indexes. */
const a1 = (row: number, column: number): string => `${columnLetters(column)}${row + 1}`;

function nonEmptyAddresses(range: Excel.Range, row0: number, column0: number): string[] {
  const cells: string[] = [];
  range.values.forEach((line, r) =>
    line.forEach((value, c) => {
      if (!isEmptyCell(value) || !isEmptyCell(range.formulas[r][c])) cells.push(a1(row0 + r, column0 + c));
    }),
  );
  return cells;
}

/** The target: at the checked address when the user confirmed one, else at the active cell. */
function targetOf(
  context: Excel.RequestContext,
  request: WriteRequest,
  rows: number,
  cols: number,
): { sheet: Excel.Worksheet; target: Excel.Range } {
  if (!request.overwrite) {
    return {
      sheet: context.workbook.worksheets.getActiveWorksheet(),
      target: context.workbook.getActiveCell().getResizedRange(rows - 1, cols - 1),
    };
  }
  const where = request.checked ? splitAddress(request.checked.address) : undefined;
  if (!where)
    throw new PanelError('the overwrite was not confirmed for a checked address, so nothing was written; insert again');
  const sheet = context.workbook.worksheets.getItem(where.sheet);
  return { sheet, target: sheet.getRange(where.cells.split(':')[0]).getResizedRange(rows - 1, cols - 1) };
}

/** Excel's text number format: a cell in it keeps what it is given as text. */
const TEXT_FORMAT = '@';

/** Text as Excel must receive it to keep it text: it reads `0042`, `TRUE` and `=x` as typed input. */
const textInput = (text: string, format: unknown): string => (format === TEXT_FORMAT ? text : `'${text}`);

/** A cell of the block as `range.formulas` takes it: formulas run, numbers stay numbers, text stays text, a date is its serial. */
function blockInput(cell: CellContent, format: unknown): string | number | boolean {
  if (typeof cell === 'object') return dateCellSerial(cell) ?? '';
  if (typeof cell !== 'string' || cell === '' || cell.startsWith('=')) return cell;
  return textInput(labelText(cell), format);
}

interface Contents {
  readonly formulas: unknown[][];
  readonly values: unknown[][];
  readonly formats: unknown[][];
}

/**
 * Whether a cell holds a formula. Excel's `formulas` gives a constant as its value, so a text cell
 * holding `=not a formula` reads as `=not a formula` there too; a formula's value is never its own
 * text, a constant's always is.
 */
const isFormula = (formula: unknown, value: unknown): formula is string =>
  typeof formula === 'string' && formula.startsWith('=') && formula !== value;

/**
 * Puts back what `before` read, cell by cell as it was: number formats first, then the formulas
 * with every other cell empty (so a dynamic array spills again), then each constant except where
 * a spill shows it again by itself. Text goes back as text.
 */
async function restoreContents(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  at: { row: number; column: number },
  before: Contents,
): Promise<void> {
  const rows = before.values.length;
  const columns = before.values[0].length;
  const whole = sheet.getRangeByIndexes(at.row, at.column, rows, columns);
  whole.numberFormat = before.formats as string[][];
  whole.formulas = before.formulas.map((line, r) =>
    line.map((cell, c) => (isFormula(cell, before.values[r][c]) ? cell : '')),
  );
  whole.load('values');
  await context.sync();
  before.values.forEach((line, r) => {
    let run: (string | number | boolean)[] = [];
    const flush = (end: number) => {
      if (run.length) sheet.getRangeByIndexes(at.row + r, at.column + end - run.length, 1, run.length).formulas = [run];
      run = [];
    };
    line.forEach((value, c) => {
      const missing = !isFormula(before.formulas[r][c], value) && !isEmptyCell(value) && whole.values[r][c] !== value;
      if (missing)
        run.push(typeof value === 'string' ? textInput(value, before.formats[r][c]) : (value as number | boolean));
      else flush(c);
    });
    flush(line.length);
  });
  await context.sync();
}

function writeBlock(request: WriteRequest): Promise<WriteResult> {
  const rows = request.formulas.length;
  const cols = rows ? request.formulas[0].length : 0;
  if (!rows || !cols || request.formulas.some((line) => line.length !== cols)) {
    return Promise.reject(new Error('nothing to write: the panel produced an empty or ragged block'));
  }
  const tooLong = blockProblem(request.formulas, CELL_LIMITS.excel);
  if (tooLong) return Promise.reject(new Error(tooLong));
  const charts = request.charts ?? [];
  return excelRun('write the offer table', async (context) => {
    const { sheet, target } = targetOf(context, request, rows, cols);
    const corner = target.getCell(0, 0);
    target.load('address,values,formulas,numberFormat,rowIndex,columnIndex');
    // The areas a chart could go, read in the same sync as the target.
    const areas = charts.map((chart) =>
      chartCandidates(cols, chart).map((area) => {
        const range = corner.getOffsetRange(area.row, area.column).getResizedRange(area.rows - 1, area.columns - 1);
        range.load('values,formulas');
        return { area, range };
      }),
    );
    await context.sync();
    const address = target.address;
    const nonEmpty = nonEmptyAddresses(target, target.rowIndex, target.columnIndex);
    const check: WriteCheck = {
      address,
      block: blockFingerprint(request.formulas),
      cells: cellsFingerprint(target.formulas, target.values),
    };
    if (request.overwrite) {
      const changed = confirmationProblem(request.checked!, check);
      if (changed) return { written: false, address, nonEmpty, check, changed };
    } else if (nonEmpty.length) {
      return { written: false, address, nonEmpty, check };
    }
    const before: Contents = { formulas: target.formulas, values: target.values, formats: target.numberFormat };
    const at = { row: target.rowIndex, column: target.columnIndex };
    // A date is a number in a date format: the format goes first, so it never shows as a number.
    if (request.formulas.some((line) => line.some((cell) => typeof cell === 'object')))
      target.numberFormat = request.formulas.map((line, r) =>
        line.map((cell, c) => (typeof cell === 'object' ? DATE_CELL_FORMAT : (before.formats[r][c] as string))),
      );
    // One assignment for the whole block: one batched write, one sync.
    target.formulas = request.formulas.map((line, r) => line.map((cell, c) => blockInput(cell, before.formats[r][c])));
    try {
      await context.sync();
    } catch (error) {
      // A batch is not a transaction: the cells before the refused one are written. Put them back.
      try {
        await restoreContents(context, sheet, at, before);
      } catch (again) {
        throw new PanelError(
          `Excel refused the block (${excelMessage(error)}), and then refused to put the cells back (${excelMessage(again)}): use Undo to get them back`,
        );
      }
      throw new PanelError(
        `Excel refused the block (${excelMessage(error)}); the cells were put back as they were (formulas, values and number formats)`,
      );
    }
    const placed = await addCharts(context, sheet, corner, charts, areas, {
      ...at,
      sheet: address.slice(0, address.lastIndexOf('!')),
    });
    return { written: true, address, ...(placed.length ? { charts: placed } : {}) };
  });
}

/** Excel's grid: a chart placed past it is refused. */
const LAST_ROW = 1_048_575;
const LAST_COLUMN = 16_383;

/**
 * Adds a stacked column chart per request (a column a year, a series a component row), beside the
 * block over the first empty candidate area, clamped to the grid. The block is written already. A
 * chart is added in one sync and placed in the next, so a chart Excel added is never reported as
 * "not added" because placing it failed; each chart's result is its own.
 */
async function addCharts(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  corner: Excel.Range,
  charts: readonly ChartRequest[],
  areas: { area: Area; range: Excel.Range }[][],
  origin: { row: number; column: number; sheet: string },
): Promise<string[]> {
  const placed: string[] = [];
  for (const [i, chart] of charts.entries()) {
    const { area, overCells } = chooseArea(
      areas[i].map((a) => a.area),
      (_, k) => nonEmptyAddresses(areas[i][k].range, 0, 0).length > 0,
    );
    const { source } = chart;
    const data = corner.getOffsetRange(source.row, source.column).getResizedRange(source.rows - 1, source.columns - 1);
    const added = sheet.charts.add(Excel.ChartType.columnStacked, data, Excel.ChartSeriesBy.rows);
    added.title.text = chart.title;
    try {
      await context.sync();
    } catch (error) {
      placed.push(`not added: Excel could not draw the chart (${excelMessage(error)})`);
      continue;
    }
    const top = Math.min(origin.row + area.row, LAST_ROW);
    const left = Math.min(origin.column + area.column, LAST_COLUMN);
    const first = a1(top, left);
    const last = a1(Math.min(top + area.rows - 1, LAST_ROW), Math.min(left + area.columns - 1, LAST_COLUMN));
    added.setPosition(first, last);
    try {
      await context.sync();
      placed.push(
        `${origin.sheet}!${first}:${last}${overCells ? ' (over cells that hold something: no empty space was found beside the block; move the chart if it hides them)' : ''}`,
      );
    } catch (error) {
      placed.push(`added where Excel put it: it could not be moved beside the block (${excelMessage(error)})`);
    }
  }
  return placed;
}
