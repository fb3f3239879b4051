/**
 * The webpack entry of Code.js. Webpack bundles this (and the core) into one library global,
 * `AIAddon`; the build then reads the catalog and `ENTRY_POINTS` from the bundle and writes the
 * top-level functions Apps Script needs (custom functions with their JSDoc, triggers, menu
 * actions and the sidebar's server calls) as thin calls into it (build/generate-code.ts).
 */
import { CATALOG, functionDoc, FunctionDoc } from '../../core/index';

// No zod config here: the core's schemas use zod/mini, whose object parser never compiles code
// (classic zod's does, with `new Function`). A `z.config({ jitless: true })` in this file ran only
// after the imports above had built the schemas, too late to stop it; tests/bundles checks that no
// bundle carries classic zod or a Function constructor.

export { callCustomFunction, toSheetsResult } from './custom-functions';
export { onOpen, onInstall, MENU_ITEMS, enableFunctions } from './menu';
export { showOfferPanel } from './sidebar';
export { insertBandTable, bandTableBlock } from './band-table';
export { showAbout, aboutText } from './about';
export { getPanelState, loadPanelState, savePanelState, readSelectedRow, writeCells, nameRange } from './panel-host';

/** Every global function Code.js defines besides the custom functions, with its parameters. */
export const ENTRY_POINTS: Readonly<Record<string, readonly string[]>> = {
  onOpen: ['e'],
  onInstall: ['e'],
  enableFunctions: [],
  showOfferPanel: [],
  insertBandTable: [],
  showAbout: [],
  getPanelState: [],
  loadPanelState: [],
  savePanelState: ['request'],
  readSelectedRow: [],
  writeCells: ['request'],
  nameRange: ['address', 'name'],
};

/** A catalog function's help as plain data, for the wrapper generator and the tests (core/help.ts). */
export type CatalogEntry = FunctionDoc;

/** The registry as plain data, for the wrapper generator and the tests. */
export function catalogMetadata(): CatalogEntry[] {
  return CATALOG.map((spec) => functionDoc(spec, 'sheets'));
}
