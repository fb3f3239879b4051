/**
 * Bundle sizes (minified, and gzipped as a rough transfer figure) and cold load: the scripts
 * compiled and their top level run in a fresh Node process (no code cache), as Apps Script loads
 * Code.js for a custom-function execution and Excel's runtime loads the task pane page once.
 *
 * The Excel page loads core.js (webpack's runtime with the core and the data, shared by
 * the functions and the panel) before functions.js, panel.js and taskpane.js; functions.js's cold
 * load is therefore core.js + functions.js, in the page's order (tests/excel/built.ts pageScripts).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { EXCEL_DIR, excelPageScripts, ROOT } from './hosts';

const EXCEL = EXCEL_DIR;
const RUNS = 11;

interface Bundle {
  label: string;
  file: string;
  /** what runs for the cold load, in order (the file itself last); none: compile only */
  load?: 'run' | 'compile';
  before?: string[];
  targetKB?: number;
}

const BUNDLES: readonly Bundle[] = [
  { label: 'Sheets Code.js', file: 'dist/sheets-addon/Code.js', load: 'run', targetKB: 100 },
  { label: 'Sheets Sidebar.html (the panel, inlined)', file: 'dist/sheets-addon/Sidebar.html' },
  { label: 'Excel core.js (shared chunk: runtime, core, data)', file: `${EXCEL}/core.js`, load: 'compile' },
  {
    label: 'Excel functions.js (cold load: after core.js, as the page loads it)',
    file: `${EXCEL}/functions.js`,
    load: 'run',
    before: [`${EXCEL}/core.js`],
    targetKB: 80,
  },
  {
    label: 'Excel panel.js (task pane and its zod/mini; needs a page to run)',
    file: `${EXCEL}/panel.js`,
    load: 'compile',
  },
  { label: 'Excel taskpane.js', file: `${EXCEL}/taskpane.js`, load: 'compile' },
];

const fmt = (times: number[]): string => times.map((t) => t.toFixed(2)).join(' / ');

/** min / median / max of RUNS cold loads, ms; the floor is an empty script loaded the same way. */
function coldLoad(files: string[], run: boolean): number[] {
  const reads = `[${files.map((file) => `fs.readFileSync(${JSON.stringify(file)},'utf8')`).join(',')}]`;
  const script =
    `const vm=require('vm'),fs=require('fs');const srcs=${reads};` +
    `const ctx={console:{log(){},warn(){},error(){}},CustomFunctions:{associate(){},Error:class{}}};ctx.self=ctx;ctx.window=ctx;vm.createContext(ctx);` +
    `const t=process.hrtime.bigint();for(const src of srcs){const s=new vm.Script(src);${run ? 's.runInContext(ctx);' : ''}}process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6));`;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++)
    times.push(Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })));
  times.sort((a, b) => a - b);
  return [times[0], times[RUNS >> 1], times[RUNS - 1]];
}

const sizes = (files: string[]): { bytes: number; gzip: number } =>
  files.reduce(
    (sum, file) => {
      const text = fs.readFileSync(file);
      return { bytes: sum.bytes + text.length, gzip: sum.gzip + zlib.gzipSync(text).length };
    },
    { bytes: 0, gzip: 0 },
  );

function row(label: string, files: string[], load: number[] | undefined, note: string): string {
  const { bytes, gzip } = sizes(files);
  return `| ${label} | ${bytes.toLocaleString('en-US')} | ${(bytes / 1024).toFixed(1)} | ${(gzip / 1024).toFixed(1)} | ${load ? fmt(load) : ''} | ${note} |`;
}

export function run(): void {
  console.log(`\n## Bundle sizes and cold load (a fresh node process per load; min / median / max of ${RUNS})`);
  const floor = coldLoad([], true);
  console.log(`| bundle | bytes | KB | gzip KB | cold load ms (min / median / max) | note |`);
  console.log('|---|---:|---:|---:|---|---|');
  console.log(`| (floor: an empty script) | 0 | 0 | 0 | ${fmt(floor)} | |`);
  for (const bundle of BUNDLES) {
    const file = path.join(ROOT, bundle.file);
    const before = (bundle.before ?? []).map((f) => path.join(ROOT, f));
    if (![file, ...before].every((f) => fs.existsSync(f))) {
      console.log(`| ${bundle.label} | missing | | | | run \`npm run build\` |`);
      continue;
    }
    const load = bundle.load ? coldLoad([...before, file], bundle.load === 'run') : undefined;
    const bytes = fs.statSync(file).size;
    const target = bundle.targetKB
      ? `target under ${bundle.targetKB} KB: ${bytes < bundle.targetKB * 1024 ? 'met' : 'MISSED'}`
      : '';
    const what =
      bundle.load === 'run'
        ? `compile + run top level${before.length ? ` of ${[...before, file].map((f) => path.basename(f)).join(' + ')}` : ''}`
        : bundle.load
          ? 'compile only'
          : '';
    console.log(row(bundle.label, [file], load, [what, target].filter(Boolean).join('; ')));
  }
  const page = fs.existsSync(path.join(ROOT, EXCEL, 'taskpane.html')) ? excelPageScripts() : undefined;
  if (page) {
    const files = page.map((name) => path.join(ROOT, EXCEL, name));
    if (files.every((f) => fs.existsSync(f))) {
      console.log(
        row(
          'Excel task pane page, every script it loads',
          files,
          coldLoad(files, false),
          `compile only: ${page.join(' + ')}`,
        ),
      );
    }
  }
}
