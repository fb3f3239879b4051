/**
 * The Sheets half of an exact write (core/sheet-write.ts): where a block goes, what it holds
 * before, writing it whole or not at all, and the native chart beside it. `writeCells` in
 * panel-host.ts is the entry point the sidebar calls.
 */
import { blockFingerprint, CHART_COLUMNS, cellsFingerprint, chartCandidates, chooseArea } from '../../core/index';
import type { Area, ChartRequest, WriteCheck } from '../../core/index';
import { blockAddress, cellAddress } from './sheet-block';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets' default row height and column width, in pixels: a chart spans whole cells. */
const ROW_PX = 21;
const COLUMN_PX = 100;

/** A refusal's message without Apps Script's `Exception: ` prefix (errors may come from another realm). */
function refusal(error: unknown): string {
  const message =
    error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string'
      ? (error as { message: string }).message
      : String(error);
  return message.replace(/^(Error: )?Exception:\s*/, '');
}

/** The block at the address the user confirmed (its top-left cell), sized to the block sent. */
export function blockAtAddress(address: string, rows: number, columns: number): { sheet: Sheet; target: Range } {
  let anchor: Range;
  try {
    anchor = SpreadsheetApp.getActive().getRange(address);
  } catch {
    throw new Error(
      `${address} is no longer a range of this spreadsheet (was its sheet renamed or deleted?); nothing was written.`,
    );
  }
  const sheet = anchor.getSheet();
  const row = anchor.getRow();
  const column = anchor.getColumn();
  if (row + rows - 1 > sheet.getMaxRows() || column + columns - 1 > sheet.getMaxColumns()) {
    throw new Error(
      `The block needs ${rows} rows and ${columns} columns from ${cellAddress(row, column)}, past the edge of the sheet; nothing was written.`,
    );
  }
  return { sheet, target: sheet.getRange(row, column, rows, columns) };
}

export interface Contents {
  readonly formulas: string[][];
  readonly values: unknown[][];
}

export const contentsOf = (range: Range): Contents => ({ formulas: range.getFormulas(), values: range.getValues() });

export function checkOf(sheet: Sheet, target: Range, formulas: string[][], before: Contents): WriteCheck {
  return {
    address: blockAddress(sheet, target),
    block: blockFingerprint(formulas),
    cells: cellsFingerprint(before.formulas, before.values),
  };
}

/**
 * Writes the block; if Sheets refuses part way, the cells are put back as they were (values, then
 * formulas over them) and the refusal is reported, so the sheet is never left half cleared.
 */
export function writeWhole(target: Range, formulas: string[][], before: Contents, clearFirst: boolean): void {
  try {
    // Cleared first so spill cells are empty; a value left there would turn the formula into #REF!.
    if (clearFirst) target.clearContent();
    // setFormulas writes text that does not start with '=' as the text itself, so labels and formulas go in one call.
    target.setFormulas(formulas);
  } catch (error) {
    target.setValues(before.values);
    before.formulas.forEach((line, r) =>
      line.forEach((formula, c) => {
        if (formula) target.getCell(r + 1, c + 1).setFormula(formula);
      }),
    );
    throw new Error(`Sheets refused the block (${refusal(error)}); the cells were put back as they were.`);
  }
}

function areaTaken(sheet: Sheet, target: Range, area: Area): boolean {
  const row = target.getRow() + area.row;
  const column = target.getColumn() + area.column;
  if (row + area.rows - 1 > sheet.getMaxRows() || column + area.columns - 1 > sheet.getMaxColumns()) return true;
  const range = sheet.getRange(row, column, area.rows, area.columns);
  return !range.isBlank();
}

/**
 * One stacked column chart per request (a column a year, a series a component row: the source's
 * rows are transposed into series), beside the block over the first empty candidate area. The
 * block is written already: a chart Sheets refuses is reported in words, and the write still counts.
 */
export function addCharts(sheet: Sheet, target: Range, charts: readonly ChartRequest[]): string[] {
  const placed: string[] = [];
  try {
    for (const chart of charts) {
      const { area, overCells } = chooseArea(chartCandidates(target.getNumColumns(), chart), (candidate) =>
        areaTaken(sheet, target, candidate),
      );
      const { source } = chart;
      const data = sheet.getRange(
        target.getRow() + source.row,
        target.getColumn() + source.column,
        source.rows,
        source.columns,
      );
      const row = target.getRow() + area.row;
      const column = Math.min(target.getColumn() + area.column, sheet.getMaxColumns());
      const built = sheet
        .newChart()
        .setChartType(Charts.ChartType.COLUMN)
        .addRange(data)
        .setTransposeRowsAndColumns(true)
        .setNumHeaders(1)
        .setOption('isStacked', true)
        .setOption('title', chart.title)
        .setOption('width', CHART_COLUMNS * COLUMN_PX)
        .setOption('height', area.rows * ROW_PX)
        .setPosition(row, column, 0, 0)
        .build();
      sheet.insertChart(built);
      const at = blockAddress(
        sheet,
        sheet.getRange(row, column, area.rows, Math.min(area.columns, sheet.getMaxColumns() - column + 1)),
      );
      placed.push(
        `${at}${overCells ? ' (over cells that hold something: no empty space was found beside the block; move the chart if it hides them)' : ''}`,
      );
    }
  } catch (error) {
    placed.push(`not added: Sheets could not draw the chart (${refusal(error)})`);
  }
  return placed;
}
