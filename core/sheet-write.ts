/**
 * What makes a write exact: the fingerprints a host answers when it refuses to write over
 * something, and checks again before it writes over it. Shared by every host bridge (Excel, the
 * Sheets server, standalone), so all of them agree on what "the same cells" means. A spreadsheet
 * rule, not a panel one: it lives in the core so the Sheets server reads it without the panel.
 *
 * A confirmation is about one address, one block and what its cells held when the user was asked.
 * If the selection moved, the block grew (an offer added) or a cell changed in the meantime, one of
 * the three differs and the host asks again instead of writing.
 */
import { dateToSerial, serialToIsoDate } from './coerce';

/**
 * A date in a block to write, as its calendar day (`2026-01-31`). Hosts write it as a date (the
 * day's serial with DATE_CELL_FORMAT), never as text they would read in their own locale, and
 * google.script.run carries it where it drops a Date.
 */
export interface DateCell {
  readonly date: string;
}

/** One cell of a block to write: a formula or label as text, a plain value, or a date. */
export type CellContent = string | number | boolean | DateCell;

/** The number format a date cell is written with: unambiguous in every locale. */
export const DATE_CELL_FORMAT = 'yyyy-mm-dd';

export const dateCell = (serial: number): DateCell => ({ date: serialToIsoDate(serial) });

/** The serial of a well-formed date cell (a real day from 1900 on), or undefined for anything else. */
export function dateCellSerial(cell: unknown): number | undefined {
  if (!cell || typeof cell !== 'object' || Array.isArray(cell)) return undefined;
  const { date } = cell as { date?: unknown };
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || date < '1900-01-01') return undefined;
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== date) return undefined;
  return dateToSerial(day);
}

/** A cell of a block as one string, for fingerprints: a date by its day, so two dates never match by accident. */
const cellKey = (cell: CellContent): string => (typeof cell === 'object' ? `date:${cell.date}` : String(cell));

/**
 * The text a label cell holds. A block's text is written as text in every host (never re-read as
 * a number, a date or a formula); a leading apostrophe is the escape a user types to say so, and the
 * panel sends it where a label would otherwise run (guardFormulaText), so it is not part of the text.
 */
export const labelText = (cell: string): string => (cell.startsWith("'") ? cell.slice(1) : cell);

/** What the host checked before asking, carried back with the user's yes. */
export interface WriteCheck {
  /** the block's address as the host wrote it, e.g. `Sheet1!I5:M19` */
  readonly address: string;
  /** fingerprint of the block to write (its formulas and labels, cell by cell) */
  readonly block: string;
  /** fingerprint of what the target's non-empty cells held, cell by cell */
  readonly cells: string;
}

/**
 * 53-bit string hash (cyrb53, public domain). Not a security measure: the user's own panel asks
 * about the user's own sheet; it only has to tell two different contents apart with a
 * negligible chance of a collision.
 */
export function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A cell's content as one string: a formula if it has one, else its value (a date by its time). */
export function cellText(formula: unknown, value: unknown): string {
  if (typeof formula === 'string' && formula !== '') return formula;
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]')
    return `date:${(value as Date).getTime()}`;
  if (value === null || value === undefined) return '';
  return `${typeof value}:${String(value)}`;
}

/** Fingerprint of the block the panel asked to write: its shape and every cell. */
export function blockFingerprint(formulas: readonly (readonly CellContent[])[]): string {
  const width = formulas[0]?.length ?? 0;
  return hash(
    `${formulas.length}x${width}\u0000${formulas.map((row) => row.map(cellKey).join('\u0001')).join('\u0002')}`,
  );
}

/**
 * Fingerprint of a target's contents, from its formulas and values grids (as the host read them).
 * Only non-empty cells count, each with its position, so an empty block always has the same one.
 */
export function cellsFingerprint(
  formulas: readonly (readonly unknown[])[],
  values: readonly (readonly unknown[])[],
): string {
  const parts: string[] = [];
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      const text = cellText(formulas[r]?.[c], values[r][c]);
      if (text !== '' && text !== 'string:') parts.push(`${r},${c}=${text}`);
    }
  }
  return hash(`${values.length}x${values[0]?.length ?? 0}\u0000${parts.join('\u0002')}`);
}

/** The same address however it is written: `'Sheet1'!$A$1:$B$2` and `Sheet1!A1:B2` are one. */
export function sameAddress(a: string, b: string): boolean {
  const plain = (text: string): string =>
    text
      .replace(/^=/, '')
      .replace(/\$/g, '')
      .replace(/^'([^']*)'!/, '$1!')
      .toUpperCase();
  return plain(a) === plain(b);
}

/**
 * Why a confirmed write must not go ahead, or undefined when the target and the block are the ones
 * the user agreed to. `now` is what the host reads at the confirmed address just before writing.
 */
export function confirmationProblem(checked: WriteCheck, now: WriteCheck): string | undefined {
  if (!sameAddress(checked.address, now.address))
    return `the block no longer fits ${checked.address} (the panel asked about ${checked.address}, it would now cover ${now.address})`;
  if (checked.block !== now.block) return 'what the panel would write has changed since you were asked';
  if (checked.cells !== now.cells) return `the cells in ${checked.address} have changed since you were asked`;
  return undefined;
}

/** A well-formed check from whatever a client sent, or undefined. */
export function readWriteCheck(value: unknown): WriteCheck | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { address, block, cells } = value as Record<string, unknown>;
  if (typeof address !== 'string' || typeof block !== 'string' || typeof cells !== 'string') return undefined;
  if (!address || address.length > 300) return undefined;
  return { address, block, cells };
}

/** Most characters a cell holds: Excel 32,767; Sheets 50,000. Formulas: Excel 8,192 characters. */
export const CELL_LIMITS = {
  excel: { text: 32767, formula: 8192 },
  sheets: { text: 50000, formula: 50000 },
} as const;

/**
 * The first cell of the block the host would refuse, as a message, or undefined. Checked before
 * anything is cleared or written, so a write either completes or leaves the sheet as it was.
 */
export function blockProblem(
  formulas: readonly (readonly CellContent[])[],
  limits: { text: number; formula: number },
): string | undefined {
  for (let r = 0; r < formulas.length; r++) {
    for (let c = 0; c < formulas[r].length; c++) {
      const text = cellKey(formulas[r][c]);
      const limit = text.startsWith('=') ? limits.formula : limits.text;
      if (text.length > limit) {
        return `row ${r + 1}, column ${c + 1} of the block would hold ${text.length.toLocaleString('en-US')} characters, more than the ${limit.toLocaleString('en-US')} a cell takes; nothing was written`;
      }
    }
  }
  return undefined;
}
