/**
 * The panel's inputs, kept per document in the add-on's document properties, so that no interleaving
 * of saves and reopenings loses them or rolls them back, and two sidebars on one document never
 * erase each other's changes:
 *
 * - The version is the server's: a counter kept with the inputs and raised by each save that
 *   changes them, inside the document lock. No client clock takes part, so a sidebar whose clock
 *   runs fast cannot make another's saves lose.
 * - A save sends the version it started from and what it changed, field by field, with a
 *   fingerprint of each value it replaced (core/state-merge.ts). The changes are applied onto what is
 *   stored now: fields the other sidebar changed meanwhile stay; a field both changed takes this,
 *   the later, save's value and is reported. When the stored version was not the sidebar's, the
 *   answer carries the merged inputs, so the sidebar shows what is now kept instead of overwriting it.
 * - A save is one `setProperties(all, true)` call under `LockService.getDocumentLock()`: the head
 *   and every part land together and the previous parts go in the same call, so no reader ever sees
 *   a head without its parts, and two saves never interleave their reads and writes.
 * - A read is one `getProperties()` call: a snapshot, never half of one save and half of another.
 *
 * Apps Script caps a property value at 9 KB and a property store at 500 KB. Inputs above one value
 * (a pasted band table) are split into parts of at most 9,000 bytes; the whole is refused, in words,
 * above MAX_STATE_TOTAL_BYTES, which is chosen so that even the old and the new inputs side by side
 * (if the quota were checked before the old parts are deleted) fit in the store, with every key.
 */
import { readStateSave, saveOnto } from '../../core/index';
import type { KeptState, StateSave, StateSaved } from '../../core/index';

export const PANEL_STATE_KEY = 'aiComp.offerPanel';
/** most bytes in one property value (Apps Script: 9 KB = 9,216 bytes a value) */
export const MAX_STATE_BYTES = 9000;
/**
 * most bytes of inputs kept in all. 240,000 bytes take 27 parts; with the head and 28 keys that is
 * under 241,000 bytes, and two such saves side by side under 482,000, inside the 500 KB store
 * whether Apps Script counts 500,000 or 512,000 bytes, keys included or not.
 */
export const MAX_STATE_TOTAL_BYTES = 240_000;
/** how long a save waits for another save of the same document before giving up with a message */
export const LOCK_WAIT_MS = 10_000;

const PART_PREFIX = `${PANEL_STATE_KEY}.`;
const partKey = (index: number): string => `${PART_PREFIX}part.${index}`;
const isOurs = (key: string): boolean => key === PANEL_STATE_KEY || key.startsWith(PART_PREFIX);

interface Head {
  aiCompStateVersion: number;
  parts: number;
}

type Snapshot = Record<string, string>;

// version 0: nothing saved, or inputs saved before versions existed
const EMPTY: KeptState = { state: null, version: 0 };

function parse(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isWholeCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1;

function joinParts(snapshot: Snapshot, count: number, key: (i: number) => string): unknown {
  let text = '';
  for (let i = 1; i <= count; i++) {
    const part = snapshot[key(i)];
    if (part === undefined) return undefined;
    text += part;
  }
  return parse(text);
}

/** Reads the inputs from one snapshot of the store: today's layout, and the two earlier ones. */
function readSnapshot(snapshot: Snapshot): KeptState {
  const head = parse(snapshot[PANEL_STATE_KEY]);
  if (head === undefined || head === null || typeof head !== 'object') return EMPTY;
  const h = head as Record<string, unknown>;
  if (typeof h.aiCompStateVersion === 'number' && isWholeCount(h.parts)) {
    const state = joinParts(snapshot, h.parts, partKey);
    // A hand-edited or truncated store: start from a blank panel rather than fail to open.
    return state === undefined
      ? { state: null, version: h.aiCompStateVersion }
      : { state, version: h.aiCompStateVersion };
  }
  if (isWholeCount(h.aiCompStateParts) && (h.generation === 'a' || h.generation === 'b')) {
    const state = joinParts(snapshot, h.aiCompStateParts, (i) => `${PANEL_STATE_KEY}.${String(h.generation)}.${i}`);
    return { state: state ?? null, version: 0 };
  }
  return { state: head, version: 0 };
}

/** The saved inputs and their version, from one read of the store. */
export function loadPanelState(): KeptState {
  return readSnapshot(PropertiesService.getDocumentProperties().getProperties());
}

/** The saved inputs alone (null when none). */
export function getPanelState(): unknown {
  return loadPanelState().state;
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Splits text into pieces of at most `maxBytes` UTF-8 bytes each, never inside a character. */
export function splitUtf8(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > maxBytes) {
      parts.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    if (pair) i++;
  }
  parts.push(text.slice(start));
  return parts;
}

function tooLarge(state: object, bytes: number): Error {
  const csv = (state as { bandTableCsv?: unknown }).bandTableCsv;
  const tableBytes = typeof csv === 'string' ? utf8Length(csv) : 0;
  const why =
    tableBytes > MAX_STATE_TOTAL_BYTES / 2
      ? `the pasted band table alone is ${tableBytes.toLocaleString('en-US')} bytes: insert it into the sheet (cells keep it whole), then clear the paste box so the panel keeps the rest`
      : 'shorten the labels or remove an offer';
  return new Error(
    `The panel's inputs take ${bytes.toLocaleString('en-US')} bytes, more than the ${MAX_STATE_TOTAL_BYTES.toLocaleString('en-US')} a document can keep for this add-on, so this change was not saved (what was saved before is kept): ${why}.`,
  );
}

/** The properties a save writes: the head and its parts. */
function encode(text: string, version: number): Snapshot {
  const parts = splitUtf8(text, MAX_STATE_BYTES);
  const head: Head = { aiCompStateVersion: version, parts: parts.length };
  const out: Snapshot = { [PANEL_STATE_KEY]: JSON.stringify(head) };
  parts.forEach((part, i) => {
    out[partKey(i + 1)] = part;
  });
  return out;
}

const RELOAD =
  'close the sidebar and open it again from the menu (it may be an older copy of the add-on), then type the change again';

function readRequest(request: unknown): StateSave {
  const save = readStateSave(request);
  if (!save)
    throw new Error(
      `The panel sent its inputs in a form this add-on does not read, so they were not saved: ${RELOAD}.`,
    );
  return save;
}

function refusedBy(error: unknown): Error {
  // The service's Error may come from another realm, so its message is read, not its class.
  const raw =
    error !== null && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string'
      ? (error as { message: string }).message
      : String(error);
  const why = raw.replace(/^(Error:\s*)?(Exception:\s*)?/, '');
  return new Error(
    `The spreadsheet refused to keep the panel's inputs (${why}), so this change was not saved; what was saved before is kept.`,
  );
}

/** Applies a sidebar's changes onto the inputs kept now, under the document lock (core/state-merge.ts). */
export function savePanelState(request: unknown): StateSaved {
  const save = readRequest(request);
  const lock = LockService.getDocumentLock();
  // Null only outside a document (a script run from the editor): nothing to save to.
  if (!lock)
    throw new Error(
      "The panel is not open in a spreadsheet, so its inputs were not saved: open it from the spreadsheet's Extensions menu.",
    );
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new Error(
      'Another change to the panel was still being saved, so this one was not: type again or reopen the panel in a moment.',
    );
  }
  try {
    const properties = PropertiesService.getDocumentProperties();
    const snapshot = properties.getProperties();
    const { next, answer } = saveOnto(readSnapshot(snapshot), save);
    if (!next) return answer;
    const state = next.state;
    if (state === null || typeof state !== 'object' || Array.isArray(state))
      throw new Error('The panel sent no inputs to keep; nothing was saved.');
    const text = JSON.stringify(state);
    const bytes = utf8Length(text);
    if (bytes > MAX_STATE_TOTAL_BYTES) throw tooLarge(state, bytes);
    const all = encode(text, next.version);
    // Properties that are not ours are written back unchanged: the call below replaces the store.
    for (const key of Object.keys(snapshot)) if (!isOurs(key)) all[key] = snapshot[key];
    try {
      properties.setProperties(all, true);
    } catch (error) {
      throw refusedBy(error);
    }
    return answer;
  } finally {
    lock.releaseLock();
  }
}
