/**
 * Recalculates the formulas the add-on wrote into a fake sheet, through the add-on's own custom
 * functions, the way Sheets would: `=AINAME(arg, ...)` where an argument is text, a number, a cell
 * (`$B$1`, `A3`), a range (`B2:D4`), an array literal (`{0.8,1}`), a blank or a nested call; an array result spills right and down, and a spill onto a
 * non-empty cell is #REF!. Enough for the blocks the add-on writes; anything else is reported.
 */
import { Addon } from './addon';
import { FakeSheet } from './spreadsheet';
import { parseA1 } from './range';

export type Shown = string | number | boolean | Date;

function splitArgs(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let inString = false;
  let current = '';
  for (const ch of text) {
    if (ch === '"') inString = !inString;
    if (!inString && (ch === '(' || ch === '{')) depth++;
    if (!inString && (ch === ')' || ch === '}')) depth--;
    if (!inString && depth === 0 && ch === ',') {
      args.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim() !== '') args.push(current.trim());
  return args;
}

/** Returns the shown values of the sheet's used area, keyed `row,column`. */
export function recalculate(addon: Addon, sheet: FakeSheet): Map<string, Shown> {
  const shown = new Map<string, Shown>();
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const valueAt = (row: number, column: number): Shown =>
    shown.get(`${row},${column}`) ?? sheet.cell(row, column)?.value ?? '';
  const readArg = (arg: string): unknown => {
    if (arg === '') return '';
    if (/^"/.test(arg)) return arg.slice(1, -1).replace(/""/g, '"');
    if (/^\{.*\}$/s.test(arg))
      return arg
        .slice(1, -1)
        .split(';')
        .map((row) => splitArgs(row).map(readArg));
    const call = /^([A-Z][A-Z0-9]*)\((.*)\)$/s.exec(arg);
    if (call) return callFormula(call[1], call[2]);
    if (/^[-+]?\d+(\.\d+)?$/.test(arg)) return Number(arg);
    if (/^(TRUE|FALSE)$/i.test(arg)) return /^TRUE$/i.test(arg);
    const [from, to] = arg.split(':');
    const a = parseA1(from);
    if (!to) return valueAt(a.row, a.column);
    const b = parseA1(to);
    const grid: Shown[][] = [];
    for (let r = a.row; r <= b.row; r++) {
      const line: Shown[] = [];
      for (let c = a.column; c <= b.column; c++) line.push(valueAt(r, c));
      grid.push(line);
    }
    return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
  };
  function callFormula(name: string, args: string): unknown {
    const fn = addon.global[name];
    if (typeof fn !== 'function') throw new Error(`Unknown function: '${name}'`);
    return fn(...splitArgs(args).map(readArg));
  }
  for (let row = 1; row <= lastRow; row++) {
    for (let column = 1; column <= lastColumn; column++) {
      const formula = sheet.cell(row, column)?.formula;
      if (!formula) continue;
      const match = /^=([A-Z][A-Z0-9]*)\((.*)\)$/s.exec(formula);
      if (!match) throw new Error(`the test sheet cannot recalculate ${formula}`);
      let result: unknown;
      try {
        result = callFormula(match[1], match[2]);
      } catch (error) {
        shown.set(`${row},${column}`, `#ERROR!: ${(error as Error).message}`);
        continue;
      }
      if (!Array.isArray(result)) {
        shown.set(`${row},${column}`, result as Shown);
        continue;
      }
      const grid = result as Shown[][];
      const blocked = grid.some((line, r) =>
        line.some((_, c) => (r > 0 || c > 0) && sheet.cell(row + r, column + c) !== undefined),
      );
      if (blocked) {
        shown.set(`${row},${column}`, '#REF!');
        continue;
      }
      grid.forEach((line, r) => line.forEach((value, c) => shown.set(`${row + r},${column + c}`, value)));
    }
  }
  return shown;
}
