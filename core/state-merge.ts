/**
 * Merging the panel's saved inputs when two panes edit one document (two Sheets sidebars, two
 * people co-authoring an Excel workbook). Both hosts use this one rule:
 *
 * - A pane saves not its whole state but what it changed since the state it last had from the
 *   host: each change names a field (a path into the state), a fingerprint of the value it
 *   replaced, and the new value (`changesBetween`).
 * - The host applies those changes onto what is stored now (`applyChanges`). A field the other
 *   pane did not touch still holds the fingerprinted value, so the change goes in and the other
 *   pane's changes elsewhere stay. A field the other pane changed too is a conflict: the later
 *   save wins (it is the one being applied) and the conflict is reported, so both panes can say so.
 *
 * Arrays (the offers) merge element by element; an element one pane removed and the other edited
 * is a conflict. Fingerprints keep a save small: a 200 KB pasted table is not sent twice.
 */
import { hash } from './sheet-write';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type FieldPath = readonly (string | number)[];

export interface FieldChange {
  readonly path: FieldPath;
  /** fingerprint of the value this pane replaced (`ABSENT` when the field did not exist) */
  readonly was: string;
  /** the new value; absent when the field was removed (an offer taken out) */
  readonly to?: Json;
}

export interface FieldConflict {
  readonly path: FieldPath;
  /** what the other pane had saved there (undefined: it had removed the field) */
  readonly theirs: Json | undefined;
  /** what this save put there (undefined: this save removed it) */
  readonly mine: Json | undefined;
  /** true when this save's change could not go in because the other pane removed what it belonged to */
  readonly dropped: boolean;
}

export interface Merge {
  readonly state: Json;
  readonly conflicts: FieldConflict[];
  /** false when the changes left the stored state as it was (nothing to write) */
  readonly changed: boolean;
}

/** The fingerprint of a field that does not exist. */
export const ABSENT = '-';

type Container = Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is { [key: string]: Json } =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const own = (container: Container, key: string | number): Json | undefined =>
  Object.prototype.hasOwnProperty.call(container, key)
    ? (container as Record<string | number, Json>)[key as string]
    : undefined;

/** JSON with object keys sorted: the same value gives the same text in every pane and host. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** Fingerprint of a field's value, `ABSENT` for a field that does not exist. */
export function fingerprint(value: unknown): string {
  return value === undefined ? ABSENT : `${typeof value}:${hash(canonical(value))}`;
}

export const sameValue = (a: unknown, b: unknown): boolean =>
  a === b || (a !== undefined && b !== undefined && canonical(a) === canonical(b));

function collect(before: Json | undefined, after: Json | undefined, path: (string | number)[], out: FieldChange[]) {
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let i = 0; i < Math.max(before.length, after.length); i++) collect(before[i], after[i], [...path, i], out);
    return;
  }
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) collect(own(before, key), own(after, key), [...path, key], out);
    return;
  }
  if (sameValue(before, after)) return;
  out.push(after === undefined ? { path, was: fingerprint(before) } : { path, was: fingerprint(before), to: after });
}

/** The changes that turn `before` into `after`, field by field. */
export function changesBetween(before: unknown, after: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  collect(before as Json | undefined, after as Json | undefined, [], out);
  return out;
}

/** Marks an array element taken out, until the merge closes the gaps (indexes stay put meanwhile). */
const REMOVED = Symbol('removed');

function setOwn(container: Container, key: string | number, value: Json | typeof REMOVED): void {
  // defineProperty, not assignment: a key such as "__proto__" becomes data, never the prototype.
  Object.defineProperty(container, key, { value, writable: true, enumerable: true, configurable: true });
}

function closeGaps(value: Json): Json {
  if (Array.isArray(value))
    return value.filter((item) => item !== undefined && (item as unknown) !== REMOVED).map(closeGaps);
  if (isObject(value)) {
    for (const key of Object.keys(value)) setOwn(value, key, closeGaps(value[key]));
  }
  return value;
}

/** The container a change's field lives in, or undefined when the other pane removed it. */
function containerOf(root: Json, path: FieldPath): Container | undefined {
  let node: Json | undefined = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = own(node, key);
    if ((node as unknown) === REMOVED) return undefined;
  }
  return node !== null && typeof node === 'object' ? node : undefined;
}

/**
 * Applies one pane's changes onto the stored state. Every change goes in except one whose field
 * the other pane removed with what held it (reported, `dropped`); a field both changed is reported
 * and takes this save's value.
 */
export function applyChanges(stored: unknown, changes: readonly FieldChange[]): Merge {
  const root = (stored === undefined ? null : JSON.parse(JSON.stringify(stored))) as Json;
  let state: Json = root;
  const conflicts: FieldConflict[] = [];
  let changed = false;
  for (const change of changes) {
    const mine = 'to' in change ? change.to : undefined;
    if (change.path.length === 0) {
      if (!sameValue(state, mine)) {
        if (fingerprint(state) !== change.was) conflicts.push({ path: [], theirs: state, mine, dropped: false });
        state = mine === undefined ? null : (JSON.parse(JSON.stringify(mine)) as Json);
        changed = true;
      }
      continue;
    }
    const container = containerOf(state, change.path);
    const key = change.path[change.path.length - 1];
    if (
      !container ||
      (Array.isArray(container) && typeof key !== 'number') ||
      (!Array.isArray(container) && typeof key !== 'string')
    ) {
      conflicts.push({ path: change.path, theirs: undefined, mine, dropped: true });
      continue;
    }
    const held = own(container, key);
    const theirs = (held as unknown) === REMOVED ? undefined : held;
    if (sameValue(theirs, mine)) continue;
    if (fingerprint(theirs) !== change.was) conflicts.push({ path: change.path, theirs, mine, dropped: false });
    if (mine !== undefined) setOwn(container, key, JSON.parse(JSON.stringify(mine)) as Json);
    else if (Array.isArray(container)) setOwn(container, key, REMOVED);
    else delete (container as Record<string, Json>)[key as string];
    changed = true;
  }
  return { state: closeGaps(state), conflicts, changed };
}

/** Reads changes sent by a pane, refusing anything that is not a list of changes. */
function readChanges(value: unknown): FieldChange[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: FieldChange[] = [];
  for (const item of value) {
    if (!isObject(item) || !Array.isArray(item.path) || typeof item.was !== 'string') return undefined;
    const path = item.path as unknown[];
    if (
      !path.every((k) => typeof k === 'string' || (typeof k === 'number' && Number.isInteger(k) && k >= 0 && k < 1000))
    )
      return undefined;
    const to = own(item, 'to');
    out.push(
      to === undefined ? { path: path as FieldPath, was: item.was } : { path: path as FieldPath, was: item.was, to },
    );
  }
  return out;
}

/** The inputs a host keeps, with the host's version of them (0: nothing kept yet). */
export interface KeptState {
  readonly state: unknown;
  readonly version: number;
}

/** What a pane sends to save: the version it started from, and its changes since. */
export interface StateSave {
  readonly version: number;
  readonly changes: readonly FieldChange[];
  /** the pane's blank inputs, which its changes are relative to when nothing was kept */
  readonly blank?: unknown;
}

/** What the host answers a save. */
export interface StateSaved {
  /** the version now kept: the pane's next save starts from it */
  readonly version: number;
  /** fields this save and another pane's both changed (this, the later, save's value was kept) */
  readonly conflicts: readonly FieldConflict[];
  /** the inputs now kept, when another pane's save came in between (the pane shows these) */
  readonly state?: unknown;
}

/**
 * The version after `kept`. Any stored number, however it got there (a hand edit, an older
 * add-on's clock versions, one at Number.MAX_SAFE_INTEGER), has a next one: past the safe integers
 * the counter starts again at 1, which no pane holds (it would have loaded it 2^53 saves ago).
 */
export function nextVersion(kept: number): number {
  return Number.isSafeInteger(kept) && kept >= 0 && kept < Number.MAX_SAFE_INTEGER ? kept + 1 : 1;
}

/**
 * One save, as every host applies it to what it keeps: the changes go onto the kept inputs (or the
 * pane's blank ones when none are kept), the version rises only when something changed, and a pane
 * that started from another version gets the merged inputs back. `next` is what to keep, if anything.
 */
export function saveOnto(kept: KeptState, save: StateSave): { next?: KeptState; answer: StateSaved } {
  const base = kept.state === null || kept.state === undefined ? (save.blank ?? null) : kept.state;
  const merge = applyChanges(base, save.changes);
  const version = merge.changed ? nextVersion(kept.version) : kept.version;
  const answer: StateSaved = {
    version,
    conflicts: merge.conflicts,
    ...(save.version !== kept.version ? { state: merge.state } : {}),
  };
  return merge.changed ? { next: { state: merge.state, version }, answer } : { answer };
}

/** Reads a save sent by a pane, refusing anything that is not one (the host checks, never trusts). */
export function readStateSave(value: unknown): StateSave | undefined {
  if (!isObject(value)) return undefined;
  const changes = readChanges(value.changes);
  const version = value.version;
  if (typeof version !== 'number' || !Number.isFinite(version) || !changes) return undefined;
  const blank = own(value, 'blank');
  return blank === undefined ? { version, changes } : { version, changes, blank };
}

/** Reads a host's answer to a save (a pane checks it too: an answer it cannot read is not a save). */
export function readStateSaved(value: unknown): StateSaved | undefined {
  if (!isObject(value) || typeof value.version !== 'number' || !Array.isArray(value.conflicts)) return undefined;
  return value as unknown as StateSaved;
}

/**
 * The inputs and their version as one JSON text, for hosts that keep them in one value (Excel's
 * document settings, the standalone page's local storage).
 */
export function keptText(kept: KeptState): string {
  return JSON.stringify({ aiCompStateVersion: kept.version, state: kept.state });
}

/**
 * Reads what `keptText` wrote, or an older add-on's bare inputs (version 0). A value that does not
 * read (a hand edit, a truncated file) counts as nothing kept, as the Sheets store does: refusing it
 * would leave a pane that can never save again, and no panel could show it anyway.
 */
export function readKept(value: unknown): KeptState {
  let saved: unknown = value;
  if (typeof value === 'string') {
    try {
      saved = JSON.parse(value) as unknown;
    } catch {
      saved = null;
    }
  }
  if (saved === null || saved === undefined || saved === '') return { state: null, version: 0 };
  if (isObject(saved) && typeof saved.aiCompStateVersion === 'number')
    return { state: own(saved, 'state') ?? null, version: saved.aiCompStateVersion };
  return { state: saved, version: 0 };
}
