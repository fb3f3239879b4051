/**
 * The built bundles loaded in this realm, as Apps Script and Excel's runtime load a script: Code.js as
 * a copy in the temp folder with an export line appended, required as a module; functions.js through
 * the tests' own loader (testkit/excel/built.ts) run in this realm. (A node vm context would slow
 * every global lookup the bundle makes, which neither host does.)
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CATALOG, sheetsName } from '../core';

export const ROOT = path.resolve(__dirname, '..');
export const CODE_JS = 'dist/sheets-addon/Code.js';
export const EXCEL_DIR = 'dist/excel-addin';
export const FUNCTIONS_JS = `${EXCEL_DIR}/functions.js`;

type Fn = (...args: unknown[]) => unknown;

function requireAsScript(file: string, exportLine: string): Record<string, Fn> {
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-bench-')), path.basename(file));
  fs.writeFileSync(copy, `${fs.readFileSync(path.join(ROOT, file), 'utf8')}\n${exportLine}\n`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(copy);
}

export const built = (file: string): boolean => fs.existsSync(path.join(ROOT, file));

/** Code.js's global custom functions, by Sheets name. */
export function loadCodeJs(): Record<string, Fn> {
  return requireAsScript(CODE_JS, `module.exports = { ${CATALOG.map((spec) => sheetsName(spec)).join(', ')} };`);
}

/** The local scripts the built Excel task pane page loads, in order (office.js comes from Office's CDN). */
export function excelPageScripts(): string[] {
  const html = fs.readFileSync(path.join(ROOT, EXCEL_DIR, 'taskpane.html'), 'utf8');
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)]
    .map((m) => m[1])
    .filter((src) => !/^[a-z]+:\/\//i.test(src));
}

/**
 * functions.js's entry points as it hands them to CustomFunctions.associate, by id. functions.js
 * runs after the chunk the page loads before it (core.js: webpack's runtime, the core, zod/mini and
 * the data), so those are loaded first, in the page's order.
 */
export function loadExcelFunctions(): Map<string, Fn> {
  const associated = new Map<string, Fn>();
  class ShimError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const shim = {
    associate: (id: string, fn: Fn) => associated.set(id, fn),
    Error: ShimError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!' },
  };
  const global = globalThis as Record<string, unknown>;
  global.CustomFunctions = shim;
  const scripts = excelPageScripts();
  for (const script of scripts.slice(0, scripts.indexOf('functions.js') + 1))
    requireAsScript(`${EXCEL_DIR}/${script}`, '');
  // The chunks meet in a global array: a later load starts a fresh runtime, not this one.
  for (const key of Object.keys(global)) if (key.startsWith('webpackChunk')) delete global[key];
  return associated;
}
