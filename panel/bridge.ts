/**
 * The host bridge: the only thing the offer panel knows about where it runs (DESIGN.md §1). The
 * Excel task pane implements it with Office.js, the Sheets sidebar with `google.script.run`, and
 * `standalone-bridge.ts` with localStorage for a plain browser. Every call returns a promise; a
 * rejection carries a message the panel shows beside the button that caused it, so hosts should
 * reject with an Error (or a string) worded for the user.
 */
import type { CellContent, ChartRequest, KeptState, SheetHost, StateSave, StateSaved, WriteCheck } from '../core/index';

// The write's cell and chart shapes are the core's (core/sheet-write.ts, core/chart-place.ts).
export type { CellContent, ChartRequest, WriteCheck } from '../core/index';

/** Which host the panel runs in: the core's own list, so formula spelling and name rules follow it. */
export type HostName = SheetHost;

export interface WriteRequest {
  /**
   * The block to write, from the active cell down and right, already spelled for `hostName`
   * (`spellFormula`): `=AI.OFFERTABLE(...)` for Excel, `=AIOFFERTABLE(...)` for Sheets. Text that
   * does not start with `=` is a label. '' marks a cell a formula above it spills into: the host
   * checks it is empty like any other, and leaves it empty. A number is written as a number and a
   * date cell (`{ date: '2026-01-31' }`) as a date; text as text, never re-read by the host (a
   * leading apostrophe is the typed escape and is not part of the text).
   */
  readonly formulas: CellContent[][];
  /** the same block as plain values (what the formulas evaluate to now), for hosts that preview */
  readonly values?: CellContent[][];
  /**
   * false: write at the active cell only if every target cell is empty; otherwise write nothing
   * and answer with the non-empty cells and a `check`. true: the user has confirmed `checked`.
   */
  readonly overwrite: boolean;
  /**
   * With `overwrite`: the check the host answered when it asked, unchanged. The host writes at
   * `checked.address` (never at the selection of the moment) and only if the block and the
   * target's cells still match it; otherwise it writes nothing and answers with a new check.
   * `overwrite` without it writes nothing.
   */
  readonly checked?: WriteCheck;
  /** native charts to add beside the block once it is written, bound to cells of the block */
  readonly charts?: ChartRequest[];
}

export interface WriteResult {
  readonly written: boolean;
  /** where the block went (or would go), e.g. `Sheet1!B2:F12` */
  readonly address?: string;
  /** when not written: the cells that hold something, e.g. ['B3', 'C3'] */
  readonly nonEmpty?: string[];
  /** when not written over non-empty cells: what to send back with the user's yes */
  readonly check?: WriteCheck;
  /** when a confirmed write was refused: why (the cells or the block changed since the question) */
  readonly changed?: string;
  /** where each chart went, e.g. `Sheet1!H2:M15`; a chart placed over non-empty cells says so */
  readonly charts?: string[];
}

export interface HostBridge {
  readonly hostName: HostName;
  /**
   * The panel's saved inputs for this document (state null the first time) and the host's version
   * of them. A rejection means they could not be read: the panel then saves nothing until they are,
   * or until the user chooses to start new.
   */
  loadState(): Promise<KeptState>;
  /**
   * Applies the panel's changes onto what the document keeps now (core `saveOnto`, under the
   * host's lock where it has one), so another pane's changes to other fields stay; answers the new
   * version, the fields both changed, and the merged inputs when another pane saved in between.
   */
  saveState(save: StateSave): Promise<StateSaved>;
  /**
   * Calls `onChange` when another pane (a co-author) may have saved, for hosts that hear of it
   * (Excel on the web's settingsChanged); answers how to stop listening.
   */
  watchState?(onChange: () => void): () => void;
  /** header name -> value of the selected row of an offer tracker (the header row is the first row of the sheet or table) */
  readSelectedRow(): Promise<Record<string, unknown>>;
  writeCells(request: WriteRequest): Promise<WriteResult>;
  /**
   * Names a range the panel has just written (a band table), so formulas can use it by name:
   * `=AI.BAND("LLMOps","Senior",,,MyBands)`. `address` is what `writeCells` answered (`Sheet1!A1:F3`,
   * `'My sheet'!B2:D9`); `name` has passed `rangeNameProblem`. A name already given to another range
   * is not moved without the user: the host rejects with a message saying so. Optional: a host
   * without it gets an insert that tells the user how to name the range by hand.
   */
  nameRange?(address: string, name: string): Promise<void>;
}

/** Formulas are spelled for a host by the core's one rule (core/sheet-rules.ts). */
export { spellFormula } from '../core/index';

/** The message a rejection carries, whatever the host rejected with. */
export function rejectionMessage(reason: unknown): string {
  if (reason instanceof Error && reason.message) return reason.message;
  if (typeof reason === 'string' && reason.trim()) return reason;
  if (reason && typeof reason === 'object' && typeof (reason as { message?: unknown }).message === 'string')
    return (reason as { message: string }).message;
  return 'the host did not say what went wrong; try again, or reopen the panel';
}
