/**
 * The Sheets half of an exact write (core/sheet-write.ts): where a block goes, what it holds
 * before, writing it whole or not at all, and the native chart beside it. `writeCells` in
 * panel-host.ts is the entry point the sidebar calls.
 */
import {
  blockFingerprint,
  CHART_COLUMNS,
  cellsFingerprint,
  chartCandidates,
  chooseArea,
  DATE_CELL_FORMAT,
  dateCellSerial,
  labelText,
} from '../../core/index';
import type { Area, CellContent, ChartRequest, WriteCheck } from '../../core/index';
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
  /** number formats: they decide whether a number shows as a date, a percentage or text */
  readonly formats: string[][];
}

export const contentsOf = (range: Range): Contents => ({
  formulas: range.getFormulas(),
  values: range.getValues(),
  formats: range.getNumberFormats(),
});

export function checkOf(sheet: Sheet, target: Range, formulas: CellContent[][], before: Contents): WriteCheck {
  return {
    address: blockAddress(sheet, target),
    block: blockFingerprint(formulas),
    cells: cellsFingerprint(before.formulas, before.values),
  };
}

/** Sheets' plain-text number format: a cell in it keeps what it is given as text, apostrophe and all. */
const PLAIN_TEXT = '@';

/** Text as Sheets must receive it to keep it text: it reads `0042`, `2026-01-31` and `=x` as typed input. */
const textInput = (text: string, format: string): string => (format === PLAIN_TEXT ? text : `'${text}`);

/** A cell of the block as setValues takes it: formulas run, numbers stay numbers, text stays text; a date is its serial (in a date format). */
function blockInput(cell: CellContent, format: string): unknown {
  if (typeof cell === 'object') return dateCellSerial(cell);
  if (typeof cell !== 'string') return cell;
  if (cell === '' || cell.startsWith('=')) return cell;
  return textInput(labelText(cell), format);
}

/** A constant as it was: a date, number or boolean as itself, text kept as text. */
const constantInput = (value: unknown, format: string): unknown =>
  typeof value === 'string' ? textInput(value, format) : value;

/** A date's time, whatever realm made it (Sheets' dates are not this script's Date). */
const timeOf = (value: unknown): number | undefined =>
  Object.prototype.toString.call(value) === '[object Date]' ? (value as Date).getTime() : undefined;

const sameValue = (a: unknown, b: unknown): boolean =>
  timeOf(a) !== undefined || timeOf(b) !== undefined ? timeOf(a) === timeOf(b) : a === b;

/**
 * The first cell that would refuse the block before anything is written: a data-validation rule
 * set to reject input (its criteria are not readable in full, so any such rule refuses). '' cells
 * are only cleared, which every rule allows.
 */
function validationProblem(target: Range, cells: readonly CellContent[][]): string | undefined {
  const rules = target.getDataValidations();
  for (let r = 0; r < rules.length; r++) {
    for (let c = 0; c < rules[r].length; c++) {
      const rule = rules[r][c];
      if (rule && !rule.getAllowInvalid() && cells[r][c] !== '')
        return `${cellAddress(target.getRow() + r, target.getColumn() + c)} has a data-validation rule that rejects input, so Sheets could refuse the block part way; nothing was written. Remove the rule (Data › Data validation), or insert somewhere else.`;
    }
  }
  return undefined;
}

/**
 * Puts back what `before` read, cell by cell as it was: the number formats first (they decide how a
 * value reads), then the formulas with every other cell empty, so an array formula spills again;
 * then each constant, except where a spill shows it again by itself (a constant written there
 * would block the spill). Text goes back as text, dates as dates.
 */
function restoreContents(target: Range, before: Contents): void {
  target.setNumberFormats(before.formats);
  target.setValues(before.formulas.map((line) => line.map((formula) => formula || '')));
  SpreadsheetApp.flush();
  const now = target.getValues();
  const sheet = target.getSheet();
  before.values.forEach((line, r) => {
    let run: unknown[] = [];
    const flush = (end: number) => {
      if (run.length)
        sheet.getRange(target.getRow() + r, target.getColumn() + end - run.length, 1, run.length).setValues([run]);
      run = [];
    };
    line.forEach((value, c) => {
      const missing = !before.formulas[r][c] && value !== '' && !sameValue(now[r][c], value);
      if (missing) run.push(constantInput(value, before.formats[r][c]));
      else flush(c);
    });
    flush(line.length);
  });
}

/**
 * Writes the block in one call, or nothing: what can refuse is checked first, and if Sheets still
 * refuses part way (a time-out), every cell is put back as `before` read it and the refusal is
 * reported. '' cells are cleared, so the cells a formula of the block spills into are empty.
 */
export function writeWhole(target: Range, cells: CellContent[][], before: Contents): void {
  const refused = validationProblem(target, cells);
  if (refused) throw new Error(refused);
  try {
    // A date is a number in a date format: the format goes first, so it is never shown as a number.
    if (cells.some((line) => line.some((cell) => typeof cell === 'object')))
      target.setNumberFormats(
        cells.map((line, r) =>
          line.map((cell, c) => (typeof cell === 'object' ? DATE_CELL_FORMAT : before.formats[r][c])),
        ),
      );
    target.setValues(cells.map((line, r) => line.map((cell, c) => blockInput(cell, before.formats[r][c]))));
  } catch (error) {
    try {
      restoreContents(target, before);
    } catch (again) {
      throw new Error(
        `Sheets refused the block (${refusal(error)}), and then refused to put the cells back (${refusal(again)}): use Edit › Undo to get them back.`,
      );
    }
    throw new Error(
      `Sheets refused the block (${refusal(error)}); the cells were put back as they were (formulas, values and number formats).`,
    );
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
  return charts.map((chart) => {
    try {
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
      // Where the chart sits, in cells of the grid (it may reach past the last row or column, where
      // there are no cells to name): worked out before it is inserted, so that once Sheets has
      // drawn it nothing can fail and report it "not added".
      const at = blockAddress(
        sheet,
        sheet.getRange(
          row,
          column,
          Math.min(area.rows, sheet.getMaxRows() - row + 1),
          Math.min(area.columns, sheet.getMaxColumns() - column + 1),
        ),
      );
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
      return `${at}${overCells ? ' (over cells that hold something: no empty space was found beside the block; move the chart if it hides them)' : ''}`;
    } catch (error) {
      return `not added: Sheets could not draw the chart (${refusal(error)})`;
    }
  });
}
