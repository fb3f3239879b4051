/**
 * The panel's side of a save, for tests of the built Code.js: what a pane sends is computed by the
 * core's `changesBetween`, exactly as panel/store.ts does, and crosses as JSON, as google.script.run
 * carries it.
 */
import { changesBetween } from '../../core/index';
import type { KeptState, StateSave, StateSaved } from '../../core/index';

const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The server calls a pane makes (Code.js's globals). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the vm's globals, as testkit/sheets/addon.ts types them
type PanelServer = Record<string, any>;

/** A pane's save of `state`, from the version and state it loaded (the blank panel's changes when nothing was). */
export function saveRequest(loaded: KeptState, state: unknown, blank?: unknown): StateSave {
  const from = loaded.state ?? blank ?? null;
  return overTheWire({
    version: loaded.version,
    changes: changesBetween(from, state),
    ...(loaded.state === null && blank !== undefined ? { blank } : {}),
  });
}

/** Loads what the store keeps, then saves `state` over it as a pane that typed it all would. */
export function saveWhole(server: PanelServer, state: unknown): StateSaved {
  const loaded = overTheWire(server.loadPanelState()) as KeptState;
  return overTheWire(server.savePanelState(saveRequest(loaded, overTheWire(state)))) as StateSaved;
}
