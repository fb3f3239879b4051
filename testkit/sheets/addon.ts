/**
 * Loads the built dist/sheets-addon/Code.js into a Node vm context with the fakes as its globals,
 * as Apps Script runs it: one global scope, top-level functions as globals. Builds it first when
 * it is missing (`npm test` builds before the tests).
 */
import { execSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { FakeSpreadsheet, fakeSpreadsheetApp } from './spreadsheet';
import {
  AuthMode,
  AuthModeName,
  FakeLockService,
  FakeProperties,
  fakeHtmlService,
  fakePropertiesService,
  fakeUtilities,
} from './services';
import { FakeUi } from './ui';
import { FakeCache, fakeCacheService } from './cache';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist/sheets-addon');
export const CODE_JS = path.join(DIST, 'Code.js');
export const SIDEBAR_HTML = path.join(DIST, 'Sidebar.html');

export function ensureBuilt(file = CODE_JS): void {
  if (fs.existsSync(file)) return;
  execSync('npm run build:sheets', { cwd: ROOT, stdio: 'inherit' });
}

export function readCode(): string {
  ensureBuilt();
  return fs.readFileSync(CODE_JS, 'utf8');
}

/**
 * Code.js's top-level functions. Code.js is JavaScript read from disk, so nothing types what they
 * return: a test checks it. This one `any` stands for that untyped boundary.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: the built script is untyped
export type CodeGlobals = Record<string, (...args: any[]) => any>;

export interface Addon {
  /** the vm's global object: every top-level function of Code.js is a property */
  readonly global: CodeGlobals;
  readonly ui: FakeUi;
  readonly spreadsheet: FakeSpreadsheet;
  readonly properties: FakeProperties;
  readonly locks: FakeLockService;
  /** CacheService's document cache (the checks the server answered, the blocks it wrote) */
  readonly cache: FakeCache;
  authMode: AuthModeName;
  /** what the add-on touched that the current AuthMode forbids */
  readonly denied: string[];
  /** runs an expression inside the vm (e.g. to make a Date of that realm, as Sheets does) */
  evaluate<T = unknown>(code: string): T;
}

let cachedScript: vm.Script | undefined;

export function loadAddon(
  options: { spreadsheet?: FakeSpreadsheet; authMode?: AuthModeName; properties?: FakeProperties } = {},
): Addon {
  if (!cachedScript) cachedScript = new vm.Script(readCode(), { filename: 'Code.js' });
  const ui = new FakeUi();
  const spreadsheet = options.spreadsheet ?? new FakeSpreadsheet();
  const properties = options.properties ?? new FakeProperties();
  const locks = new FakeLockService();
  const cache = new FakeCache();
  const denied: string[] = [];
  const addon = { ui, spreadsheet, properties, locks, cache, authMode: options.authMode ?? 'FULL', denied } as Addon & {
    global: CodeGlobals;
  };
  // AuthMode.NONE (an add-on not yet used in this document) may build menus and nothing else.
  const guard = (what: string) => {
    if (addon.authMode === 'NONE') {
      denied.push(what);
      throw new Error(`Exception: You do not have permission to call ${what} in AuthMode.NONE.`);
    }
  };
  const logged: unknown[] = [];
  const context = vm.createContext({
    SpreadsheetApp: fakeSpreadsheetApp(spreadsheet, ui, guard),
    PropertiesService: fakePropertiesService(properties, guard),
    LockService: {
      getDocumentLock: () => {
        guard('LockService.getDocumentLock');
        return locks.getDocumentLock();
      },
      getScriptLock: () => locks.getScriptLock(),
      getUserLock: () => locks.getUserLock(),
    },
    CacheService: fakeCacheService(cache, guard),
    HtmlService: fakeHtmlService(DIST),
    ScriptApp: { AuthMode },
    Charts: { ChartType: { AREA: 'AREA', BAR: 'BAR', COLUMN: 'COLUMN', LINE: 'LINE', PIE: 'PIE', TABLE: 'TABLE' } },
    Utilities: fakeUtilities,
    Logger: {
      log: (...args: unknown[]) => {
        logged.push(args);
      },
    },
    Session: { getScriptTimeZone: () => 'Etc/UTC' },
    console: { log: () => undefined, warn: () => undefined, error: () => undefined, info: () => undefined },
  });
  cachedScript.runInContext(context);
  Object.assign(addon, {
    global: context as CodeGlobals,
    evaluate: <T>(code: string) => vm.runInContext(code, context) as T,
  });
  return addon;
}

/** A Date made inside the vm, as Sheets hands a date cell to a custom function. */
export function sheetsDate(addon: Addon, iso: string): Date {
  return addon.evaluate<Date>(`new Date(${JSON.stringify(iso)})`);
}
