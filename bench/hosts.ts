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
import { loadFunctionsScript } from '../testkit/excel/built';

export const ROOT = path.resolve(__dirname, '..');
export const CODE_JS = 'dist/sheets-addon/Code.js';
export const FUNCTIONS_JS = 'dist/excel-addin/functions.js';

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

/** functions.js's entry points as it hands them to CustomFunctions.associate, by id, loaded in this realm. */
export function loadExcelFunctions(): Map<string, Fn> {
  const source = fs.readFileSync(path.join(ROOT, FUNCTIONS_JS), 'utf8');
  return loadFunctionsScript(source, 'this').associated as Map<string, Fn>;
}
