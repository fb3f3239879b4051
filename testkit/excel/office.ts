/**
 * A fake of the part of Excel's JavaScript API the task pane's writes use (excel-addin/src/
 * office-bridge.ts), for Node tests of the bridge itself. It behaves as Excel does where a write
 * depends on it:
 *
 * - commands are queued on proxies and run in order at `context.sync()`; a command that fails
 *   rejects the sync, and the commands before it stay done (a batch is not a transaction);
 * - `range.formulas = ...` (and `values`) reads text as typed input: `0042` becomes 42, `TRUE` a
 *   boolean, `2026-01-31` a date serial in a date format, `=x` a formula; a leading apostrophe
 *   keeps the rest as text, and so does a cell formatted as text (`@`);
 * - `formulas` reads a constant as its value and a cell a dynamic array spills into as the value it
 *   shows; `values` shows a blocked spill's anchor as #SPILL!; `numberFormat` is 'General' unless set;
 * - `failNextWrite` makes the next formulas write fail after some of its cells (a time-out, a
 *   protected cell), once; a chart's position outside the grid is refused, after the chart is added.
 */
import { spillBlocked, spilledInto } from '../spill';
export type XlValue = string | number | boolean;

interface XlCell {
  value: XlValue;
  formula: string;
}

export const GENERAL = 'General';
const TEXT_FORMAT = '@';
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const a1 = (row: number, column: number): string => `${columnLetters(column)}${row + 1}`;

/** `B3` as 0-based row and column, or undefined when it is not a cell of the grid. */
function parseCell(text: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(text.trim().toUpperCase());
  if (!match) return undefined;
  let column = 0;
  for (const ch of match[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1 || row > MAX_ROWS || column > MAX_COLUMNS) return undefined;
  return { row: row - 1, column: column - 1 };
}

/** Text as Excel reads it when typed into a cell of number format `format`. */
export function typedInput(text: string, format: string): { cell: XlCell; format?: string } {
  if (format === TEXT_FORMAT) return { cell: { value: text, formula: '' } };
  if (text.startsWith("'")) return { cell: { value: text.slice(1), formula: '' } };
  if (text.startsWith('=') && text.length > 1) return { cell: { value: '', formula: text } };
  const trimmed = text.trim();
  if (/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(trimmed))
    return { cell: { value: Number(trimmed), formula: '' } };
  if (/^(true|false)$/i.test(trimmed)) return { cell: { value: /^true$/i.test(trimmed), formula: '' } };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) {
    const serial = (Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) - Date.UTC(1899, 11, 30)) / 86_400_000;
    return { cell: { value: serial, formula: '' }, format: format === GENERAL ? 'yyyy-mm-dd' : undefined };
  }
  return { cell: { value: text, formula: '' } };
}

export interface XlChart {
  type: string;
  seriesBy: string;
  source: string;
  title: string;
  position?: [string, string];
}

export class XlSheet {
  readonly cells = new Map<string, XlCell>();
  readonly formats = new Map<string, string>();
  /** formula text -> the array it computes (a test's stand-in for Excel's calculation) */
  readonly arrays = new Map<string, XlValue[][]>();
  readonly charts: XlChart[] = [];
  constructor(readonly name: string) {}

  format(row: number, column: number): string {
    return this.formats.get(`${row},${column}`) ?? GENERAL;
  }
  /** Test helper: enter a cell as Excel keeps it. */
  enter(address: string, cell: { value?: XlValue; formula?: string; format?: string }): this {
    const at = parseCell(address)!;
    this.put(at.row, at.column, { value: cell.value ?? '', formula: cell.formula ?? '' });
    if (cell.format) this.formats.set(`${at.row},${at.column}`, cell.format);
    return this;
  }
  put(row: number, column: number, cell: XlCell): void {
    if (cell.value === '' && cell.formula === '') this.cells.delete(`${row},${column}`);
    else this.cells.set(`${row},${column}`, cell);
  }
  shown(row: number, column: number): XlValue {
    const cell = this.cells.get(`${row},${column}`);
    if (cell?.formula) {
      const grid = this.arrays.get(cell.formula);
      if (!grid) return cell.value;
      return spillBlocked(this.cells, row, column, grid) ? '#SPILL!' : grid[0][0];
    }
    if (cell) return cell.value;
    return spilledInto(this.cells, this.arrays, row, column) ?? '';
  }
  formulaOf(row: number, column: number): XlValue {
    const cell = this.cells.get(`${row},${column}`);
    if (cell) return cell.formula || cell.value;
    return spilledInto(this.cells, this.arrays, row, column) ?? '';
  }
}

interface Bounds {
  sheet: XlSheet;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export class XlWorkbook {
  readonly sheets: XlSheet[];
  active = { row: 0, column: 0 };
  syncs = 0;
  /** every formulas or values write that reached the grid, in order */
  readonly writes: { address: string; cells: number }[] = [];
  /** set: the next formulas write fails with this message after `afterCells` of its cells */
  failNextWrite: { message: string; afterCells: number } | undefined;
  constructor(sheets: XlSheet[] = [new XlSheet('Sheet1')]) {
    this.sheets = sheets;
  }
  sheet(name: string): XlSheet {
    const sheet = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new Error(`ItemNotFound: The requested resource doesn't exist (${name}).`);
    return sheet;
  }
}

type Command = () => void;

class Context {
  readonly queue: Command[] = [];
  readonly loads: (() => void)[] = [];
  readonly workbook: ReturnType<Context['makeWorkbook']>;
  constructor(readonly book: XlWorkbook) {
    this.workbook = this.makeWorkbook();
  }
  private makeWorkbook() {
    const worksheet = (get: () => XlSheet) => this.worksheet(get);
    return {
      worksheets: {
        getActiveWorksheet: () => worksheet(() => this.book.sheets[0]),
        getItem: (name: string) => worksheet(() => this.book.sheet(name)),
      },
      getActiveCell: () =>
        new XlRange(this, () => ({
          sheet: this.book.sheets[0],
          row: this.book.active.row,
          column: this.book.active.column,
          rows: 1,
          columns: 1,
        })),
    };
  }
  worksheet(get: () => XlSheet) {
    const range = (bounds: () => Bounds) => new XlRange(this, bounds);
    return {
      getRange: (address: string) =>
        range(() => {
          const [from, to] = address.split(':');
          const a = parseCell(from);
          const b = to ? parseCell(to) : a;
          if (!a || !b) throw new Error(`InvalidArgument: ${address} is not a range`);
          return {
            sheet: get(),
            row: a.row,
            column: a.column,
            rows: b.row - a.row + 1,
            columns: b.column - a.column + 1,
          };
        }),
      getRangeByIndexes: (row: number, column: number, rows: number, columns: number) =>
        range(() => ({ sheet: get(), row, column, rows, columns })),
      charts: {
        add: (type: string, source: XlRange, seriesBy: string) => {
          const chart: XlChart = { type, seriesBy, source: '', title: '' };
          const proxy = {
            title: {
              set text(text: string) {
                chart.title = text;
              },
              get text() {
                return chart.title;
              },
            },
            setPosition: (start: string, end: string) => {
              this.queue.push(() => {
                if (!parseCell(start) || !parseCell(end))
                  throw new Error(`InvalidArgument: ${start}:${end} is not a place on the sheet`);
                chart.position = [start, end];
              });
            },
          };
          this.queue.push(() => {
            const b = source.bounds();
            chart.source = `${b.sheet.name}!${a1(b.row, b.column)}:${a1(b.row + b.rows - 1, b.column + b.columns - 1)}`;
            get().charts.push(chart);
          });
          return proxy;
        },
      },
    };
  }
  async sync(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.book.syncs++;
    const commands = this.queue.splice(0);
    const loads = this.loads.splice(0);
    for (const command of commands) command();
    for (const load of loads) load();
  }
}

type Property = 'address' | 'values' | 'formulas' | 'numberFormat' | 'rowIndex' | 'columnIndex';

export class XlRange {
  private loaded: Partial<Record<Property, unknown>> = {};
  constructor(
    private readonly context: Context,
    readonly bounds: () => Bounds,
  ) {}
  private grid<T>(read: (sheet: XlSheet, row: number, column: number) => T): T[][] {
    const b = this.bounds();
    return Array.from({ length: b.rows }, (_, r) =>
      Array.from({ length: b.columns }, (_, c) => read(b.sheet, b.row + r, b.column + c)),
    );
  }
  load(properties: string): this {
    const wanted = properties.split(',').map((p) => p.trim()) as Property[];
    this.context.loads.push(() => {
      const b = this.bounds();
      for (const p of wanted) {
        if (p === 'address')
          this.loaded.address = `${b.sheet.name}!${a1(b.row, b.column)}${b.rows * b.columns > 1 ? `:${a1(b.row + b.rows - 1, b.column + b.columns - 1)}` : ''}`;
        else if (p === 'values') this.loaded.values = this.grid((s, r, c) => s.shown(r, c));
        else if (p === 'formulas') this.loaded.formulas = this.grid((s, r, c) => s.formulaOf(r, c));
        else if (p === 'numberFormat') this.loaded.numberFormat = this.grid((s, r, c) => s.format(r, c));
        else if (p === 'rowIndex') this.loaded.rowIndex = b.row;
        else if (p === 'columnIndex') this.loaded.columnIndex = b.column;
      }
    });
    return this;
  }
  private read<T>(p: Property): T {
    if (!(p in this.loaded)) throw new Error(`PropertyNotLoaded: ${p} was not loaded and synced`);
    return this.loaded[p] as T;
  }
  get address(): string {
    return this.read('address');
  }
  get values(): XlValue[][] {
    return this.read('values');
  }
  get formulas(): XlValue[][] {
    return this.read('formulas');
  }
  set formulas(grid: XlValue[][]) {
    this.write(grid);
  }
  set values(grid: XlValue[][]) {
    this.write(grid);
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(grid: string[][]) {
    const copy = grid.map((line) => line.slice());
    this.context.queue.push(() => {
      const b = this.bounds();
      copy.forEach((line, r) =>
        line.forEach((format, c) => b.sheet.formats.set(`${b.row + r},${b.column + c}`, format)),
      );
    });
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  private write(grid: XlValue[][]): void {
    const copy = grid.map((line) => line.slice());
    const book = this.context.book;
    this.context.queue.push(() => {
      const b = this.bounds();
      if (copy.length !== b.rows || copy.some((line) => line.length !== b.columns))
        throw new Error('InvalidArgument: the number of rows or columns does not match the range');
      const failure = book.failNextWrite;
      book.failNextWrite = undefined;
      let written = 0;
      copy.forEach((line, r) =>
        line.forEach((input, c) => {
          if (failure && written >= failure.afterCells) throw new Error(failure.message);
          const row = b.row + r;
          const column = b.column + c;
          const { cell, format } =
            typeof input === 'string'
              ? typedInput(input, b.sheet.format(row, column))
              : { cell: { value: input, formula: '' } };
          b.sheet.put(row, column, cell);
          if (format) b.sheet.formats.set(`${row},${column}`, format);
          written++;
        }),
      );
      book.writes.push({ address: `${b.sheet.name}!${a1(b.row, b.column)}`, cells: written });
    });
  }
  getResizedRange(rows: number, columns: number): XlRange {
    return new XlRange(this.context, () => {
      const b = this.bounds();
      return { ...b, rows: b.rows + rows, columns: b.columns + columns };
    });
  }
  getOffsetRange(rows: number, columns: number): XlRange {
    return new XlRange(this.context, () => {
      const b = this.bounds();
      return { ...b, row: b.row + rows, column: b.column + columns };
    });
  }
  getCell(row: number, column: number): XlRange {
    return new XlRange(this.context, () => ({
      ...this.bounds(),
      row: this.bounds().row + row,
      column: this.bounds().column + column,
      rows: 1,
      columns: 1,
    }));
  }
}

/** The `Excel` global over a workbook: `Excel.run` hands each batch a fresh context. */
export function fakeExcel(book: XlWorkbook) {
  return {
    ChartType: { columnStacked: 'ColumnStacked' },
    ChartSeriesBy: { rows: 'Rows', columns: 'Columns' },
    run: <T>(batch: (context: Context) => Promise<T>): Promise<T> => batch(new Context(book)),
  };
}
