/**
 * A fake of the part of SpreadsheetApp the add-on uses: a spreadsheet of sheets of cells, each with
 * a value and a formula, ranges over them, and the active selection. It behaves as Sheets does
 * where the add-on relies on it: `getValues` gives '' for blanks, `setFormulas` writes text that
 * does not start with '=' as the text itself and refuses a block of the wrong size, `getRange`
 * refuses coordinates outside the grid, a cell over 50,000 characters is refused (Sheets' limit) after
 * the cells before it are written, as a batch that fails part way would leave them.
 *
 * Charts: `newChart()` gives a builder that records every call; `insertChart` keeps the built chart
 * in `sheet.charts` with its chart type, source ranges (A1), options, transposition and position.
 */
import { FakeUi } from './ui';

export type CellValue = string | number | boolean | Date;

interface Cell {
  value: CellValue;
  formula: string;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Parses `B3` into 1-based row and column. */
export function parseA1(a1: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1.trim().toUpperCase());
  if (!match) throw new Error(`not a cell address: ${a1}`);
  let column = 0;
  for (const ch of match[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }
  getSheet(): FakeSheet {
    return this.sheet;
  }
  getA1Notation(): string {
    const first = `${columnLetters(this.column)}${this.row}`;
    if (this.numRows === 1 && this.numColumns === 1) return first;
    return `${first}:${columnLetters(this.getLastColumn())}${this.getLastRow()}`;
  }
  private map<T>(read: (cell: Cell | undefined) => T): T[][] {
    const rows: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numColumns; c++) line.push(read(this.sheet.cell(this.row + r, this.column + c)));
      rows.push(line);
    }
    return rows;
  }
  getValues(): CellValue[][] {
    return this.map((cell) => cell?.value ?? '');
  }
  getValue(): CellValue {
    return this.getValues()[0][0];
  }
  getFormulas(): string[][] {
    return this.map((cell) => cell?.formula ?? '');
  }
  isBlank(): boolean {
    return this.map((cell) => !cell || (cell.value === '' && cell.formula === '')).every((row) => row.every(Boolean));
  }
  private checkSize(grid: unknown[][], what: string): void {
    if (grid.length !== this.numRows || grid.some((row) => row.length !== this.numColumns)) {
      throw new Error(
        `The number of rows or columns in the ${what} does not match the range (${this.numRows}×${this.numColumns})`,
      );
    }
  }
  /** Sheets refuses a cell of more than 50,000 characters, after checking the block's size. */
  private checkCellLength(grid: unknown[][]): void {
    if (grid.some((row) => row.some((cell) => typeof cell === 'string' && cell.length > 50_000))) {
      throw new Error('Exception: Your input contains more than the maximum of 50000 characters in a single cell.');
    }
  }
  setValues(values: CellValue[][]): this {
    this.checkSize(values, 'data');
    this.checkCellLength(values);
    this.sheet.log.push({ op: 'setValues', address: this.getA1Notation() });
    values.forEach((row, r) =>
      row.forEach((value, c) => this.sheet.put(this.row + r, this.column + c, { value, formula: '' })),
    );
    return this;
  }
  setFormulas(formulas: string[][]): this {
    this.checkSize(formulas, 'formulas');
    this.checkCellLength(formulas);
    this.sheet.log.push({ op: 'setFormulas', address: this.getA1Notation() });
    formulas.forEach((row, r) =>
      row.forEach((text, c) => {
        if (text.length > 50000)
          throw new Error('Exception: Your input contains more than the maximum of 50000 characters in a single cell.');
        if (this.sheet.failWrites) throw new Error(`Exception: ${this.sheet.failWrites}`);
        const cell: Cell = text.startsWith('=') ? { value: '', formula: text } : { value: text, formula: '' };
        this.sheet.put(this.row + r, this.column + c, cell);
      }),
    );
    return this;
  }
  setFormula(text: string): this {
    this.sheet.put(
      this.row,
      this.column,
      text.startsWith('=') ? { value: '', formula: text } : { value: text, formula: '' },
    );
    return this;
  }
  /** 1-based, relative to this range, as Sheets' getCell. */
  getCell(row: number, column: number): FakeRange {
    return this.sheet.getRange(this.row + row - 1, this.column + column - 1);
  }
  clearContent(): this {
    this.sheet.log.push({ op: 'clearContent', address: this.getA1Notation() });
    for (let r = 0; r < this.numRows; r++)
      for (let c = 0; c < this.numColumns; c++)
        this.sheet.put(this.row + r, this.column + c, { value: '', formula: '' });
    return this;
  }
}

export interface FakeChart {
  chartType: string;
  ranges: string[];
  options: Record<string, unknown>;
  transpose: boolean;
  numHeaders: number | undefined;
  position: { row: number; column: number; offsetX: number; offsetY: number } | undefined;
}

/** Records what the add-on asks of an EmbeddedChartBuilder. */
export class FakeChartBuilder {
  readonly chart: FakeChart = {
    chartType: '',
    ranges: [],
    options: {},
    transpose: false,
    numHeaders: undefined,
    position: undefined,
  };
  setChartType(type: string): this {
    this.chart.chartType = type;
    return this;
  }
  addRange(range: FakeRange): this {
    this.chart.ranges.push(range.getA1Notation());
    return this;
  }
  setOption(name: string, value: unknown): this {
    this.chart.options[name] = value;
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.chart.transpose = transpose;
    return this;
  }
  setNumHeaders(headers: number): this {
    this.chart.numHeaders = headers;
    return this;
  }
  setPosition(row: number, column: number, offsetX: number, offsetY: number): this {
    this.chart.position = { row, column, offsetX, offsetY };
    return this;
  }
  build(): FakeChart {
    if (!this.chart.chartType || this.chart.ranges.length === 0 || !this.chart.position)
      throw new Error('Exception: a chart needs a type, a range and a position');
    return { ...this.chart };
  }
}

export class FakeSheet {
  private readonly cells = new Map<string, Cell>();
  activeRange: FakeRange | null = null;
  readonly log: { op: string; address: string }[] = [];
  readonly charts: FakeChart[] = [];
  /** set to a message: every setFormulas fails with it (after the cells before the failing one) */
  failWrites: string | undefined;
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
