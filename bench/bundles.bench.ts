/**
 * Bundle sizes (minified, and gzipped as a rough transfer figure) and cold load: each script
 * compiled and its top level run in a fresh Node process (no code cache), as Apps Script loads
 * Code.js for a custom-function execution and Excel's runtime loads functions.js once.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { ROOT } from './hosts';

const BUNDLES: readonly { label: string; file: string; runs: boolean; targetKB?: number }[] = [
  { label: 'Sheets Code.js', file: 'dist/sheets-addon/Code.js', runs: true, targetKB: 100 },
  { label: 'Sheets Sidebar.html (the panel, inlined)', file: 'dist/sheets-addon/Sidebar.html', runs: false },
  { label: 'Excel functions.js', file: 'dist/excel-addin/functions.js', runs: true, targetKB: 80 },
  { label: 'Excel panel.js (task pane)', file: 'dist/excel-addin/panel.js', runs: false },
];

/** min / median / max of 7 cold loads, ms; the floor is an empty script loaded the same way. */
function coldLoad(file: string | undefined, runs: boolean): number[] {
  const read = file ? `fs.readFileSync(${JSON.stringify(file)},'utf8')` : "''";
  const script =
    `const vm=require('vm'),fs=require('fs');const src=${read};` +
    `const ctx={console:{log(){},warn(){},error(){}},CustomFunctions:{associate(){},Error:class{}}};ctx.self=ctx;ctx.window=ctx;vm.createContext(ctx);` +
    `const t=process.hrtime.bigint();const s=new vm.Script(src);${runs ? 's.runInContext(ctx);' : ''}process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6));`;
  const times: number[] = [];
  for (let i = 0; i < 7; i++) times.push(Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })));
  times.sort((a, b) => a - b);
  return [times[0], times[3], times[6]];
}

export function run(): void {
  console.log('\n## Bundle sizes and cold load (a fresh node process per load; min / median / max of 7)');
  const floor = coldLoad(undefined, true);
  console.log(`| bundle | bytes | KB | gzip KB | cold load ms (min / median / max) | note |`);
  console.log('|---|---:|---:|---:|---|---|');
  console.log(`| (floor: an empty script) | 0 | 0 | 0 | ${floor.map((t) => t.toFixed(2)).join(' / ')} | |`);
  for (const bundle of BUNDLES) {
    const file = path.join(ROOT, bundle.file);
    if (!fs.existsSync(file)) {
      console.log(`| ${bundle.label} | missing | | | | run \`npm run build\` |`);
      continue;
    }
    const bytes = fs.statSync(file).size;
    const gzip = zlib.gzipSync(fs.readFileSync(file)).length;
    const load = bundle.file.endsWith('.html') ? undefined : coldLoad(file, bundle.runs);
    const target = bundle.targetKB ? `target under ${bundle.targetKB} KB: ${bytes < bundle.targetKB * 1024 ? 'met' : 'MISSED'}` : '';
    const note = [bundle.runs ? 'compile + run top level' : load ? 'compile only (needs a page to run)' : '', target].filter(Boolean).join('; ');
    console.log(`| ${bundle.label} | ${bytes.toLocaleString('en-US')} | ${(bytes / 1024).toFixed(1)} | ${(gzip / 1024).toFixed(1)} | ${load ? load.map((t) => t.toFixed(2)).join(' / ') : ''} | ${note} |`);
  }
}
