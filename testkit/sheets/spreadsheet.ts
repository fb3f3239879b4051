/**
 * A fake of the part of SpreadsheetApp the add-on uses: a spreadsheet of sheets of cells, each with
 * what was entered (a value or a formula), a number format and a data-validation rule, ranges over
 * them (range.ts), charts (charts.ts), and the active selection. A formula the test says computes an
 * array (`computes`) spills right and down into empty cells, or shows #REF! when one is taken.
 * `getRange` refuses coordinates outside the grid, as Sheets does.
 */
import { FakeUi } from './ui';
import { spillBlocked, spilledInto } from '../spill';
import { FakeChart, FakeChartBuilder } from './charts';
import { AUTOMATIC_FORMAT, Cell, CellValue, FakeRange, FakeValidation, isDateFormat, parseA1 } from './range';

export class FakeSheet {
  private readonly cells = new Map<string, Cell>();
  private readonly formats = new Map<string, string>();
  private readonly validations = new Map<string, FakeValidation>();
  /** formula text -> the array it computes (a test's stand-in for Sheets' calculation) */
  private readonly arrays = new Map<string, CellValue[][]>();
  activeRange: FakeRange | null = null;
  readonly log: { op: string; address: string }[] = [];
  readonly charts: FakeChart[] = [];
  /**
   * set to a message: the next write (setValues, setFormulas) fails with it after
   * `failAfterCells` of its cells are written, as a time-out part way would; once, then clears
   */
  failWrites: string | undefined;
  failAfterCells = 0;
  /** set to a message: insertChart fails with it */
  failCharts: string | undefined;

  newChart(): FakeChartBuilder {
    return new FakeChartBuilder();
  }
  insertChart(chart: FakeChart): void {
    if (this.failCharts) throw new Error(`Exception: ${this.failCharts}`);
    this.charts.push(chart);
  }
  getCharts(): FakeChart[] {
    return [...this.charts];
  }

  constructor(
    private readonly name: string,
    readonly maxRows = 1000,
    readonly maxColumns = 26,
  ) {}

  getName(): string {
    return this.name;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  cell(row: number, column: number): Cell | undefined {
    return this.cells.get(`${row},${column}`);
  }
  put(row: number, column: number, cell: Cell): void {
    if (cell.value === '' && cell.formula === '') this.cells.delete(`${row},${column}`);
    else this.cells.set(`${row},${column}`, cell);
  }
  format(row: number, column: number): string {
    return this.formats.get(`${row},${column}`) ?? AUTOMATIC_FORMAT;
  }
  setFormat(row: number, column: number, format: string): void {
    this.formats.set(`${row},${column}`, format);
  }
  validation(row: number, column: number): FakeValidation | undefined {
    return this.validations.get(`${row},${column}`);
  }
  /** Called before each cell of a write: throws the injected failure once `written` cells are in. */
  failIfDue(written: number): void {
    if (this.failWrites === undefined || written < this.failAfterCells) return;
    const message = this.failWrites;
    this.failWrites = undefined;
    throw new Error(`Exception: ${message}`);
  }
  /** What the cell shows: its value, its formula's result, or the value an array spills into it. */
  shown(row: number, column: number): CellValue {
    const cell = this.cells.get(`${row},${column}`);
    if (cell?.formula) {
      const grid = this.arrays.get(cell.formula);
      if (!grid) return cell.value;
      return spillBlocked(this.cells, row, column, grid) ? '#REF!' : grid[0][0];
    }
    // A number in a date format is a date: getValues hands it over as one (the fake's zone is UTC).
    if (cell && typeof cell.value === 'number' && isDateFormat(this.format(row, column)))
      return new Date(Date.UTC(1899, 11, 30) + Math.round(cell.value * 86_400_000));
    if (cell) return cell.value;
    if (this.arrays.size === 0) return '';
    return spilledInto(this.cells, this.arrays, row, column) ?? '';
  }
  getLastRow(): number {
    let last = 0;
    for (const key of this.cells.keys()) last = Math.max(last, Number(key.split(',')[0]));
    return last;
  }
  getLastColumn(): number {
    let last = 0;
    for (const key of this.cells.keys()) last = Math.max(last, Number(key.split(',')[1]));
    return last;
  }

  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    if (typeof rowOrA1 === 'string') {
      const [from, to] = rowOrA1.split(':');
      const a = parseA1(from);
      const b = to ? parseA1(to) : a;
      return this.getRange(a.row, a.column, b.row - a.row + 1, b.column - a.column + 1);
    }
    const row = rowOrA1;
    if (
      column === undefined ||
      row < 1 ||
      column < 1 ||
      numRows < 1 ||
      numColumns < 1 ||
      row + numRows - 1 > this.maxRows ||
      column + numColumns - 1 > this.maxColumns
    ) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, row, column, numRows, numColumns);
  }
  getActiveRange(): FakeRange | null {
    return this.activeRange;
  }
  getActiveCell(): FakeRange {
    return this.activeRange ? this.getRange(this.activeRange.row, this.activeRange.column) : this.getRange(1, 1);
  }

  /** Test helper: select a range by A1 notation, as a user's click would. */
  select(a1: string): this {
    this.activeRange = this.getRange(a1);
    return this;
  }

  /** Test helper: every cell holding `formula` computes `grid` (spilling from its cell). */
  computes(formula: string, grid: CellValue[][]): this {
    this.arrays.set(formula, grid);
    return this;
  }

  /** Test helper: a data-validation rule on a cell (rejecting input unless `allowInvalid`). */
  validate(a1: string, accepts: (value: CellValue) => boolean, allowInvalid = false): this {
    const { row, column } = parseA1(a1);
    this.validations.set(`${row},${column}`, new FakeValidation(accepts, allowInvalid));
    return this;
  }

  /** Test helper: enter a cell as Sheets stores it (a formula, or a value with a number format). */
  enter(a1: string, cell: { value?: CellValue; formula?: string; format?: string }): this {
    const { row, column } = parseA1(a1);
    this.put(row, column, { value: cell.value ?? '', formula: cell.formula ?? '' });
    if (cell.format) this.setFormat(row, column, cell.format);
    return this;
  }

  /** Test helper: fill cells from A1-anchored rows of values ('' leaves a cell blank). */
  fill(a1: string, rows: CellValue[][]): this {
    const { row, column } = parseA1(a1);
    rows.forEach((line, r) => line.forEach((value, c) => this.put(row + r, column + c, { value, formula: '' })));
    return this;
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[];
  activeSheet: FakeSheet;
  /** named ranges by lower-cased name (Sheets' names are case-insensitive) */
  readonly namedRanges = new Map<string, { name: string; range: FakeRange }>();
  /** every setNamedRange call, in order */
  readonly namedRangeLog: { name: string; address: string }[] = [];
  constructor(
    sheets: FakeSheet[] = [new FakeSheet('Sheet1')],
    private readonly timeZone = 'Etc/UTC',
  ) {
    this.sheets = sheets;
    this.activeSheet = sheets[0];
  }
  getActiveSheet(): FakeSheet {
    return this.activeSheet;
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.getName() === name) ?? null;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  /** `Sheet1!A1:B2` or `'My sheet'!A1` (a quote inside a quoted name doubled); without a sheet, the active one. */
  getRange(a1: string): FakeRange {
    const bang = a1.lastIndexOf('!');
    if (bang < 0) return this.activeSheet.getRange(a1);
    const quoted = a1.slice(0, bang);
    const name = /^'.*'$/.test(quoted) ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
    const sheet = this.getSheetByName(name);
    if (!sheet) throw new Error(`Exception: Range not found`);
    return sheet.getRange(a1.slice(bang + 1));
  }
  getRangeByName(name: string): FakeRange | null {
    return this.namedRanges.get(name.toLowerCase())?.range ?? null;
  }
  /** As Sheets: a name it would refuse throws; an existing name is moved to the new range. */
  setNamedRange(name: string, range: FakeRange): void {
    if (
      !/^[A-Za-z_][A-Za-z0-9_]{0,249}$/.test(name) ||
      /^[A-Za-z]{1,3}\d+$|^R\d*C\d*$/i.test(name) ||
      /^(true|false)$/i.test(name)
    ) {
      throw new Error('Exception: Invalid argument: name');
    }
    this.namedRanges.set(name.toLowerCase(), { name, range });
    this.namedRangeLog.push({ name, address: `${range.getSheet().getName()}!${range.getA1Notation()}` });
  }
}

/** SpreadsheetApp over one spreadsheet; `guard` throws where the current AuthMode forbids access. */
export function fakeSpreadsheetApp(spreadsheet: FakeSpreadsheet, ui: FakeUi, guard: (what: string) => void) {
  return {
    getUi: () => ui,
    // The fake applies every write at once, so there is nothing pending to flush.
    flush: () => undefined,
    getActiveSpreadsheet: () => {
      guard('SpreadsheetApp.getActiveSpreadsheet');
      return spreadsheet;
    },
    getActive: () => {
      guard('SpreadsheetApp.getActive');
      return spreadsheet;
    },
    getActiveSheet: () => {
      guard('SpreadsheetApp.getActiveSheet');
      return spreadsheet.getActiveSheet();
    },
    getActiveRange: () => {
      guard('SpreadsheetApp.getActiveRange');
      return spreadsheet.getActiveSheet().getActiveRange();
    },
  };
}
