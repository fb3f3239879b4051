/**
 * Issue 4: the Sheets bundle. Its size (as pushed, and gzipped as a rough transfer figure), the
 * time Apps Script spends loading it (a fresh vm context per custom-function call, as Sheets does
 * for each execution), and 10,000-row AIBAND and AIOFFER array calls through the bundle's globals,
 * printed beside the core's same-run figures and the Map baseline.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import * as zlib from 'zlib';
import { execSync } from 'child_process';
import { callByName, getFunction } from '../core';
import { mapLookupBaseline, measure, printTable } from './harness';
import { tracker } from './lookups.bench';

const ROOT = path.resolve(__dirname, '..');
const CODE_JS = path.join(ROOT, 'dist/sheets-addon/Code.js');
const SIDEBAR = path.join(ROOT, 'dist/sheets-addon/Sidebar.html');

function offerRows(rows: number): unknown[][][] {
  const column = (f: (i: number) => unknown) => Array.from({ length: rows }, (_, i) => [f(i)]);
  return [
    column((i) => 150000 + (i % 50) * 2000),
    column((i) => [0.1, 0.15, 0.2][i % 3]),
    [[0.8, 1]] as unknown[][],
    column((i) => (i % 4) * 100000),
    column((i) => ['public', 'startup', 'private'][i % 3]),
    column((i) => ['4y-1y-cliff-monthly', '5/15/40/40'][i % 2]),
    column((i) => (i % 5) * 10000),
  ];
}

export function run(): void {
  if (!fs.existsSync(CODE_JS)) execSync('npm run build:sheets', { cwd: ROOT, stdio: 'inherit' });
  const code = fs.readFileSync(CODE_JS, 'utf8');
  const bytes = Buffer.byteLength(code);
  const gzip = zlib.gzipSync(code).length;
  const sidebarBytes = fs.existsSync(SIDEBAR) ? fs.statSync(SIDEBAR).size : 0;
  console.log('\n## Sheets bundle (issue 4)');
  console.log(`Code.js: ${bytes.toLocaleString('en-US')} bytes (minified library + generated wrappers), ${gzip.toLocaleString('en-US')} gzipped; Sidebar.html: ${sidebarBytes.toLocaleString('en-US')} bytes`);

  const script = new vm.Script(code, { filename: 'Code.js' });
  const emptyContext = measure('new empty vm context (floor)', 1, () => vm.createContext({}), { runs: 30 });
  const load = measure('load Code.js into a fresh context', 1, () => script.runInContext(vm.createContext({})), { runs: 30 });
  printTable('Sheets bundle load', [emptyContext, load]);

  const context = vm.createContext({});
  script.runInContext(context);
  const sheets = context as Record<string, (...args: unknown[]) => unknown>;
  // Sheets hands ranges over as arrays of the script's own realm: build them inside the vm.
  const inVm = <T>(value: T): T => { (context as Record<string, unknown>).__json = JSON.stringify(value); return vm.runInContext('JSON.parse(__json)', context) as T; };

  const rows = 10_000;
  const { roles, levels } = tracker(rows);
  const baseline = measure('Map lookup (floor)', rows, mapLookupBaseline(roles.map((r, i) => `${r[0]}|${levels[i][0]}`)));
  const coreMid = measure('core AI.BAND, mid', rows, () => callByName('BAND', [roles, levels, 'mid']));
  const vmRoles = inVm(roles);
  const vmLevels = inVm(levels);
  const sheetsMid = measure('Code.js AIBAND, mid', rows, () => sheets.AIBAND(vmRoles, vmLevels, 'mid'));
  // A vm context answers every global lookup (Array, Map, Number...) through an interceptor, which
  // Apps Script's V8 does not: the same bundle run in this realm shows the bundle's own cost.
  const here = vm.runInThisContext(`(function () {\n${code}\n;return { AIBAND: AIBAND, AIOFFER: typeof AIOFFER === 'function' ? AIOFFER : undefined };\n})()`) as Record<string, (...args: unknown[]) => unknown>;
  const hereMid = measure('Code.js AIBAND, mid (this realm, no vm)', rows, () => here.AIBAND(roles, levels, 'mid'));
  const coreRow = measure('core AI.BAND, row min/mid/max', rows, () => callByName('BAND', [roles, levels]));
  const sheetsRow = measure('Code.js AIBAND, row min/mid/max', rows, () => sheets.AIBAND(vmRoles, vmLevels));
  const offers: ReturnType<typeof measure>[] = [];
  if (getFunction('OFFER') && typeof sheets.AIOFFER === 'function') {
    const args = offerRows(rows);
    offers.push(measure('core AI.OFFER', rows, () => callByName('OFFER', args), { runs: 7 }));
    const vmArgs = inVm(args);
    offers.push(measure('Code.js AIOFFER', rows, () => sheets.AIOFFER(...vmArgs), { runs: 7 }));
    if (here.AIOFFER) offers.push(measure('Code.js AIOFFER (this realm, no vm)', rows, () => here.AIOFFER!(...args), { runs: 7 }));
  }
  printTable('Sheets 10,000-row array calls (Code.js in a vm vs the core, same run)', [baseline, coreMid, sheetsMid, hereMid, coreRow, sheetsRow, ...offers]);
}
