/**
 * A fake Sheets Range over a FakeSheet's cells (spreadsheet.ts), and A1 addresses. It behaves as
 * Sheets does where the add-on relies on it: `getValues` gives '' for blanks, `setFormulas` writes
 * text that does not start with '=' as the text itself and refuses a block of the wrong size, and a
 * cell over 50,000 characters is refused (Sheets' limit) after the cells before it are written, as a
 * batch that fails part way would leave them.
 */
import type { FakeSheet } from './spreadsheet';

export type CellValue = string | number | boolean | Date;

export interface Cell {
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
