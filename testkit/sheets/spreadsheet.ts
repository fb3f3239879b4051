/**
 * A fake of the part of SpreadsheetApp the add-on uses: a spreadsheet of sheets of cells, each with
 * a value and a formula, ranges over them (range.ts), charts (charts.ts), and the active selection.
 * `getRange` refuses coordinates outside the grid, as Sheets does.
 */
import { FakeUi } from './ui';
import { FakeChart, FakeChartBuilder } from './charts';
import { Cell, CellValue, FakeRange, parseA1 } from './range';

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
