/**
 * The offer panel's host bridge in Excel (DESIGN.md §1): Office.js on one side, the panel's
 * HostBridge on the other. Reads and writes go through `Excel.run` in as few round trips as the
 * task allows (each `context.sync()` is one trip to Excel, slow in Excel on the web):
 *
 * - readSelectedRow: one sync finds the used range and the active cell, a second reads the header
 *   row and the active cell's row together.
 * - writeCells: one sync reads `values` and `formulas` of the target block; if any cell holds
 *   something and the user has not confirmed, nothing is written and the panel is told which cells
 *   (DESIGN.md: never overwrite without asking); otherwise one `range.formulas = ...` assignment and
 *   a second sync write the whole block.
 * - loadState/saveState: the panel's inputs live in the workbook's document settings, so they
 *   travel with the file and reopen with it.
 * - nameRange: one sync looks for a workbook name of that name (names are case-insensitive), a
 *   second adds it over the written range (`workbook.names.add`). A name that already refers to
 *   another range is not moved: the user is told where it points.
 */
import type { HostBridge, WriteRequest, WriteResult } from '../../panel/bridge';
import type { PanelState } from '../../panel/state';
import { columnLetters, rangeNameProblem } from '../../core/index';

import { SETTINGS_KEY } from './document-settings';

export { SETTINGS_KEY };

export { columnLetters };

const isEmptyCell = (value: unknown): boolean => value === '' || value === null || value === undefined;

/** Text for the user from whatever Excel rejected with (an OfficeExtension.Error has a message). */
function excelMessage(error: unknown): string {
  if (error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') return (error as { message: string }).message;
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

function headerName(value: unknown, column: number): string {
  const text = value === null || value === undefined ? '' : String(value).trim();
  return text || columnLetters(column);
}

export function createOfficeBridge(): HostBridge {
  return {
    hostName: 'excel',

    async loadState(): Promise<PanelState | null> {
      const saved = Office.context.document.settings.get(SETTINGS_KEY) as unknown;
      if (saved === null || saved === undefined) return null;
      if (typeof saved === 'string') {
        try {
          return JSON.parse(saved) as PanelState;
        } catch {
          return null;
        }
      }
      return saved as PanelState;
    },

    saveState(state: PanelState): Promise<void> {
      const settings = Office.context.document.settings;
      // Stored as JSON text: settings hold any JSON value, and text round-trips exactly on every platform.
      settings.set(SETTINGS_KEY, JSON.stringify(state));
      return new Promise((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
          else reject(new Error(`the panel's inputs could not be saved in this workbook (${result.error?.message ?? 'no reason given'}); they stay on screen until the pane closes`));
        });
      });
    },

    readSelectedRow(): Promise<Record<string, unknown>> {
      return excelRun('read the selected row', async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        const used = sheet.getUsedRangeOrNullObject(true);
        const active = context.workbook.getActiveCell();
        used.load('rowIndex,columnIndex,columnCount');
        active.load('rowIndex');
        await context.sync();
        if (used.isNullObject) throw new PanelError('this sheet is empty: open an offer tracker (a header row, then one offer per row) and select a cell in an offer row');
        if (active.rowIndex <= used.rowIndex) throw new PanelError('select a cell in an offer row, below the header row of the tracker');
        // The header row and the selected row, read together in one more sync.
        const header = sheet.getRangeByIndexes(used.rowIndex, used.columnIndex, 1, used.columnCount);
        const row = sheet.getRangeByIndexes(active.rowIndex, used.columnIndex, 1, used.columnCount);
        header.load('values');
        row.load('values');
        await context.sync();
        const record: Record<string, unknown> = {};
        const names = header.values[0];
        names.forEach((name, k) => {
          record[headerName(name, used.columnIndex + k)] = row.values[0][k];
        });
        return record;
      });
    },

    writeCells(request: WriteRequest): Promise<WriteResult> {
      const rows = request.formulas.length;
      const cols = rows ? request.formulas[0].length : 0;
      if (!rows || !cols || request.formulas.some((line) => line.length !== cols)) {
        return Promise.reject(new Error('nothing to write: the panel produced an empty or ragged block'));
      }
      return excelRun('write the offer table', async (context) => {
        const active = context.workbook.getActiveCell();
        const target = active.getResizedRange(rows - 1, cols - 1);
        active.load('rowIndex,columnIndex');
        target.load('address,values,formulas');
        await context.sync();
        const address = target.address;
        if (!request.overwrite) {
          const nonEmpty: string[] = [];
          for (let r = 0; r < rows; r++) {
            for (let c = 0; c < cols; c++) {
              if (!isEmptyCell(target.values[r][c]) || !isEmptyCell(target.formulas[r][c])) {
                nonEmpty.push(`${columnLetters(active.columnIndex + c)}${active.rowIndex + r + 1}`);
              }
            }
          }
          if (nonEmpty.length) return { written: false, address, nonEmpty };
        }
        // One assignment for the whole block: one batched write, one sync.
        target.formulas = request.formulas.map((line) => line.slice());
        await context.sync();
        return { written: true, address };
      });
    },

    nameRange(address: string, name: string): Promise<void> {
      const problem = rangeNameProblem(name, 'excel');
      const where = splitAddress(address);
      if (!name || problem) return Promise.reject(new Error(problem ?? 'a range name is needed, e.g. TableA'));
      if (!where) return Promise.reject(new Error(`cannot name ${address}: expected an address with its sheet, e.g. Sheet1!A1:F3`));
      return excelRun(`name ${address} ${name}`, async (context) => {
        const existing = context.workbook.names.getItemOrNullObject(name);
        existing.load('name,formula');
        await context.sync();
        if (!existing.isNullObject) {
          if (sameReference(existing.formula, address)) return;
          throw new PanelError(`the name ${existing.name} already refers to ${existing.formula.replace(/^=/, '')} in this workbook; choose another name, or delete that one in Formulas › Name Manager first`);
        }
        const range = context.workbook.worksheets.getItem(where.sheet).getRange(where.cells);
        context.workbook.names.add(name, range, 'Band table inserted by the offer panel (AI.BAND, AI.SOURCE and AI.LOCALBAND take it as their source)');
        await context.sync();
      });
    },
  };
}
