/**
 * A fake Sheets Range over a FakeSheet's cells (spreadsheet.ts), and A1 addresses. It behaves as
 * Sheets does where the add-on relies on it:
 *
 * - `getValues` gives what a cell shows ('' for blanks, a spilled array's values in the cells it
 *   spills into, #REF! in an anchor whose spill is blocked); `getFormulas` only what was entered.
 * - Text written with `setValues`, or with `setFormulas` when it does not start with '=', is read
 *   as typed input: `0042` becomes the number 42, `2026-01-31` a date, `TRUE` a boolean, `=x` a
 *   formula; a leading apostrophe keeps the rest as text, and so does a cell formatted as plain
 *   text (`@`), apostrophe and all.
 * - Number formats: '0.###############' is the automatic format (what getNumberFormats answers for
 *   a cell nobody formatted); a date typed into an automatic cell takes a date format.
 * - A data-validation rule that rejects input refuses a constant it does not accept, and a cell over
 *   50,000 characters is refused; both after the cells before it are written, as a batch that fails
 *   part way would leave them. `sheet.failWrites` makes the next write fail the same way (once: a
 *   time-out passes).
 */
import type { FakeSheet } from './spreadsheet';

export type CellValue = string | number | boolean | Date;

export interface Cell {
  value: CellValue;
  formula: string;
}

/** What Sheets answers for a cell whose number format was never set. */
export const AUTOMATIC_FORMAT = '0.###############';
export const PLAIN_TEXT_FORMAT = '@';
const DATE_FORMAT = 'yyyy-mm-dd';

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

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const GROUPED = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Text as Sheets reads it when a user types it into a cell of format `format`. */
export function typedInput(text: string, format: string): { cell: Cell; format?: string } {
  if (format === PLAIN_TEXT_FORMAT) return { cell: { value: text, formula: '' } };
  if (text.startsWith("'")) return { cell: { value: text.slice(1), formula: '' } };
  if (text.startsWith('=') && text.length > 1) return { cell: { value: '', formula: text } };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed) || GROUPED.test(trimmed))
    return { cell: { value: Number(trimmed.replace(/,/g, '')), formula: '' } };
  if (/^[-+]?\d+(?:\.\d+)?%$/.test(trimmed))
    return { cell: { value: Number(trimmed.slice(0, -1)) / 100, formula: '' }, format: '0.00%' };
  if (/^(true|false)$/i.test(trimmed)) return { cell: { value: /^true$/i.test(trimmed), formula: '' } };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (iso || us) {
    const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : [us![3], us![1], us![2]];
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return { cell: { value: date, formula: '' }, format: format === AUTOMATIC_FORMAT ? DATE_FORMAT : undefined };
  }
  return { cell: { value: text, formula: '' } };
}

/** A number format that shows a date or a time (d, m, y, h, s outside quotes). */
export const isDateFormat = (format: string): boolean =>
  format !== AUTOMATIC_FORMAT && format !== PLAIN_TEXT_FORMAT && /[dmyhs]/i.test(format.replace(/"[^"]*"|\\./g, ''));

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

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
  private map<T>(read: (row: number, column: number) => T): T[][] {
    const rows: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numColumns; c++) line.push(read(this.row + r, this.column + c));
      rows.push(line);
    }
    return rows;
  }
  getValues(): CellValue[][] {
    return this.map((row, column) => this.sheet.shown(row, column));
  }
  getValue(): CellValue {
    return this.getValues()[0][0];
  }
  getFormulas(): string[][] {
    return this.map((row, column) => this.sheet.cell(row, column)?.formula ?? '');
  }
  getNumberFormats(): string[][] {
    return this.map((row, column) => this.sheet.format(row, column));
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }
  getDataValidations(): (FakeValidation | null)[][] {
    return this.map((row, column) => this.sheet.validation(row, column) ?? null);
  }
  isBlank(): boolean {
    return this.map(
      (row, column) => this.sheet.shown(row, column) === '' && !this.sheet.cell(row, column)?.formula,
    ).every((line) => line.every(Boolean));
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
  /** Puts cells one by one, refusing part way as Sheets does (validation, an injected failure). */
  private write(
    op: string,
    grid: unknown[][],
    read: (input: unknown, format: string) => { cell: Cell; format?: string },
  ) {
    this.sheet.log.push({ op, address: this.getA1Notation() });
    let written = 0;
    grid.forEach((line, r) =>
      line.forEach((input, c) => {
        const row = this.row + r;
        const column = this.column + c;
        this.sheet.failIfDue(written);
        const { cell, format } = read(input, this.sheet.format(row, column));
        const rule = this.sheet.validation(row, column);
        if (rule && !rule.getAllowInvalid() && !cell.formula && cell.value !== '' && !rule.accepts(cell.value))
          throw new Error(
            `Exception: The data you entered in cell ${columnLetters(column)}${row} violates the data validation rules set on this cell.`,
          );
        this.sheet.put(row, column, cell);
        if (format) this.sheet.setFormat(row, column, format);
        written++;
      }),
    );
  }
  setValues(values: CellValue[][]): this {
    this.checkSize(values, 'data');
    this.checkCellLength(values);
    this.write('setValues', values, (input, format) => {
      if (typeof input === 'string') return typedInput(input, format);
      if (isDate(input))
        return { cell: { value: input, formula: '' }, format: format === AUTOMATIC_FORMAT ? DATE_FORMAT : undefined };
      return { cell: { value: input as CellValue, formula: '' } };
    });
    return this;
  }
  setValue(value: CellValue): FakeRange {
    return this.getCell(1, 1).setValues([[value]]);
  }
  setFormulas(formulas: string[][]): this {
    this.checkSize(formulas, 'formulas');
    this.checkCellLength(formulas);
    this.write('setFormulas', formulas, (input, format) => {
      const text = String(input);
      return text.startsWith('=') ? { cell: { value: '', formula: text } } : typedInput(text, format);
    });
    return this;
  }
  setFormula(text: string): FakeRange {
    return this.getCell(1, 1).setFormulas([[text]]);
  }
  setNumberFormats(formats: string[][]): this {
    this.checkSize(formats, 'number formats');
    this.sheet.log.push({ op: 'setNumberFormats', address: this.getA1Notation() });
    formats.forEach((line, r) =>
      line.forEach((format, c) => this.sheet.setFormat(this.row + r, this.column + c, format)),
    );
    return this;
  }
  setNumberFormat(format: string): this {
    return this.setNumberFormats(this.map(() => format));
  }
  /** 1-based, relative to this range, as Sheets' getCell. */
  getCell(row: number, column: number): FakeRange {
    return this.sheet.getRange(this.row + row - 1, this.column + column - 1);
  }
  /** Clears what was entered; formats and validation stay, as in Sheets. */
  clearContent(): this {
    this.sheet.log.push({ op: 'clearContent', address: this.getA1Notation() });
    for (let r = 0; r < this.numRows; r++)
      for (let c = 0; c < this.numColumns; c++)
        this.sheet.put(this.row + r, this.column + c, { value: '', formula: '' });
    return this;
  }
}

/** A data-validation rule: `accepts` stands for its criteria; with allowInvalid false it rejects input. */
export class FakeValidation {
  constructor(
    readonly accepts: (value: CellValue) => boolean,
    private readonly allowInvalid: boolean,
  ) {}
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return '';
  }
}
