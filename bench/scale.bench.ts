/**
 * Issue 6: 100,000-row array calls, the core alone and through both hosts' built entry points,
 * beside a plain Map lookup per row (the same-run floor); plus bundle sizes and cold load times.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { callByName } from '../core/registry';
import { mapLookupBaseline, measure, Measurement, printTable } from './harness';
import { SAMPLE_LEVELS, SAMPLE_ROLES } from '../examples/sample-offers';
import * as os from 'os';
import { loadAddon } from '../tests/sheets/fakes/addon';
import { loadFunctionsScript } from '../tests/excel/built';
import { CATALOG } from '../core/registry';
import { sheetsName } from '../core/function-spec';

const ROOT = path.resolve(__dirname, '..');
const BUNDLES: readonly { label: string; file: string; runs: boolean }[] = [
  { label: 'Sheets Code.js', file: 'dist/sheets-addon/Code.js', runs: true },
  { label: 'Sheets Sidebar.html (the panel, inlined)', file: 'dist/sheets-addon/Sidebar.html', runs: false },
  { label: 'Excel functions.js', file: 'dist/excel-addin/functions.js', runs: true },
  { label: 'Excel panel.js (task pane)', file: 'dist/excel-addin/panel.js', runs: false },
];

export const SCALE_ROWS = 100_000;

/** A tracker's role and level columns: a handful of names repeated, as real trackers are. */
export function scaleColumns(rows: number): { roles: string[][]; levels: string[][]; keys: string[] } {
  const roles: string[][] = new Array(rows);
  const levels: string[][] = new Array(rows);
  const keys: string[] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    roles[i] = [SAMPLE_ROLES[i % SAMPLE_ROLES.length]];
    levels[i] = [SAMPLE_LEVELS[(i * 7) % SAMPLE_LEVELS.length]];
    keys[i] = `${roles[i][0]}|${levels[i][0]}`;
  }
  return { roles, levels, keys };
}

export function run(): void {
  const rows = SCALE_ROWS;
  const { roles, levels, keys } = scaleColumns(rows);
  const floor = measure('Map lookup per row (floor)', rows, mapLookupBaseline(keys), { runs: 11 });
  const mid = measure('core AI.BAND "mid"', rows, () => callByName('BAND', [roles, levels, 'mid']), { runs: 11 });
  const row = measure('core AI.BAND row min/mid/max', rows, () => callByName('BAND', [roles, levels]), { runs: 11 });
  const hosts: Measurement[] = [];
  if (fs.existsSync(path.join(ROOT, BUNDLES[0].file))) {
    const sheets = loadCodeJs();
    hosts.push(measure('Sheets Code.js AIBAND "mid"', rows, () => sheets.AIBAND(roles, levels, 'mid'), { runs: 11 }));
    hosts.push(measure('Sheets Code.js AIBAND row', rows, () => sheets.AIBAND(roles, levels), { runs: 11 }));
    const inVm = loadAddon().global;
    hosts.push(measure('Sheets Code.js AIBAND "mid", in a node vm context', rows, () => inVm.AIBAND(roles, levels, 'mid'), { runs: 5, note: 'the test harness; its global lookups go through the context interceptor' }));
  } else console.log('(dist/sheets-addon/Code.js missing: run `npm run build` for the Sheets rows)');
  if (fs.existsSync(path.join(ROOT, BUNDLES[2].file))) {
    const band = loadExcelFunctions().get('BAND')!;
    hosts.push(measure('Excel functions.js AI.BAND "mid"', rows, () => band(roles, levels, [['mid']], null, null), { runs: 11 }));
    hosts.push(measure('Excel functions.js AI.BAND row', rows, () => band(roles, levels, null, null, null), { runs: 11 }));
    const inVm = loadFunctionsScript().associated.get('BAND')!;
    hosts.push(measure('Excel functions.js AI.BAND "mid", in a node vm context', rows, () => inVm(roles, levels, [['mid']], null, null), { runs: 5, note: 'the test harness' }));
  } else console.log('(dist/excel-addin/functions.js missing: run `npm run build` for the Excel rows)');
  printTable(`${rows.toLocaleString('en-US')}-row array calls (target: within 10x of the Map floor)`, [floor, mid, row, ...hosts]);
  bundleTable();
}

/**
 * Loads a built script in this realm, as Apps Script and Excel's runtime load a script: a copy in
 * the temp folder with an export line appended, required as a module. (A node vm context would
 * slow every global lookup the bundle makes, which neither host does.)
 */
function requireAsScript(file: string, exportLine: string): Record<string, any> {
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-bench-')), path.basename(file));
  fs.writeFileSync(copy, `${fs.readFileSync(path.join(ROOT, file), 'utf8')}\n${exportLine}\n`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(copy);
}

function loadCodeJs(): Record<string, (...args: unknown[]) => unknown> {
  return requireAsScript(BUNDLES[0].file, `module.exports = { ${CATALOG.map((spec) => sheetsName(spec)).join(', ')} };`);
}

function loadExcelFunctions(): Map<string, (...args: unknown[]) => unknown> {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  class ShimError { constructor(readonly code: string, readonly message?: string) {} }
  const shim = { associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn), Error: ShimError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!' } };
  (globalThis as Record<string, unknown>).CustomFunctions = shim;
  requireAsScript(BUNDLES[2].file, '');
  return associated;
}

/** Loads a script in a fresh Node process (no code cache) and reports compile and run time. */
function coldLoadMs(file: string, runs: boolean): number {
  const script = `const vm=require('vm'),fs=require('fs');const src=fs.readFileSync(${JSON.stringify(file)},'utf8');` +
    `const ctx={console:{log(){},warn(){},error(){}},CustomFunctions:{associate(){},Error:class{}}};ctx.self=ctx;ctx.window=ctx;vm.createContext(ctx);` +
    `const t=process.hrtime.bigint();const s=new vm.Script(src);${runs ? 's.runInContext(ctx);' : ''}process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6));`;
  const times: number[] = [];
  for (let i = 0; i < 5; i++) times.push(Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })));
  times.sort((a, b) => a - b);
  return times[2];
}

function bundleTable(): void {
  console.log('\n## Bundle sizes and cold load (a fresh node process per load; median of 5)');
  console.log('| bundle | bytes | KB | gzip KB | cold load ms | note |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const bundle of BUNDLES) {
    const file = path.join(ROOT, bundle.file);
    if (!fs.existsSync(file)) {
      console.log(`| ${bundle.label} | missing | | | | run \`npm run build\` |`);
      continue;
    }
    const bytes = fs.statSync(file).size;
    const gzip = zlib.gzipSync(fs.readFileSync(file)).length;
    const note = bundle.runs ? 'compile + run top level' : 'compile only (needs a page to run)';
    const target = bundle.label.startsWith('Sheets Code.js') ? `; target under 100 KB minified: ${bytes < 100 * 1024 ? 'met' : 'MISSED'}` : '';
    const ms = bundle.file.endsWith('.html') ? NaN : coldLoadMs(file, bundle.runs);
    console.log(`| ${bundle.label} | ${bytes.toLocaleString('en-US')} | ${(bytes / 1024).toFixed(1)} | ${(gzip / 1024).toFixed(1)} | ${Number.isNaN(ms) ? '' : ms.toFixed(1)} | ${note}${target} |`);
  }
}
