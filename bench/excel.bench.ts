/**
 * Issue 5: the Excel custom functions as Excel runs them. The built functions script
 * (dist/excel-addin/functions.js, run `npm run build` first): its size, its load time (compile and
 * run, i.e. what the shared runtime pays once), and 10,000-row array calls through the Excel entry
 * points (the functions it hands to CustomFunctions.associate, called with Excel-shaped arguments),
 * beside the same calls straight into the core and the Map-lookup floor, all in this run.
 */
import * as fs from 'fs';
import * as zlib from 'zlib';
import { callByName, getFunction } from '../core';
import { distFile, loadFunctionsScript } from '../tests/excel/built';
import { mapLookupBaseline, measure, printTable } from './harness';
import { tracker } from './lookups.bench';

const ROWS = 10_000;

/** An offer tracker of ROWS rows: varied bases, targets, grants, company types and schedules. */
function offerTracker(rows: number): unknown[][][] {
  const col = (f: (i: number) => unknown) => Array.from({ length: rows }, (_, i) => [f(i)]);
  return [
    col((i) => 150000 + (i % 40) * 2500),
    col((i) => [0.1, 0.15, 0.2][i % 3]),
    [[0.9, 1.1]],
    col((i) => 100000 + (i % 25) * 20000),
    col((i) => ['public', 'startup', 'private', 'growth'][i % 4]),
    col((i) => ['4y-1y-cliff-monthly', '3y', '5/15/40/40'][i % 3]),
    col((i) => (i % 5) * 5000),
  ];
}

export function run(): void {
  const file = distFile('functions.js');
  const source = fs.readFileSync(file, 'utf8');
  const bytes = fs.statSync(file).size;
  const gzipped = zlib.gzipSync(source).length;
  console.log(`\n## Excel functions script (issue 5)\nfunctions.js: ${bytes.toLocaleString('en-US')} bytes, ${gzipped.toLocaleString('en-US')} bytes gzipped; functions.json: ${fs.statSync(distFile('functions.json')).size.toLocaleString('en-US')} bytes`);

  const load = measure('load functions.js (compile + run + associate)', 1, () => loadFunctionsScript(source, 'this'), { runs: 9, warmup: 2 });
  const { associated } = loadFunctionsScript(source, 'this');
  const band = associated.get('BAND')!;

  const { roles, levels } = tracker(ROWS);
  const keys = roles.map((r, i) => `${r[0]}|${levels[i][0]}`);
  const baseline = measure('Map lookup (floor)', ROWS, mapLookupBaseline(keys));
  const rows = [
    baseline,
    measure('core AI.BAND 10,000 rows, stat mid', ROWS, () => callByName('BAND', [roles, levels, 'mid'])),
    measure('Excel =AI.BAND 10,000 rows, stat mid', ROWS, () => band(roles, levels, [['mid']], null, null)),
    measure('core AI.BAND 10,000 rows, min/mid/max', ROWS, () => callByName('BAND', [roles, levels])),
    measure('Excel =AI.BAND 10,000 rows, min/mid/max', ROWS, () => band(roles, levels, null, null, null)),
  ];
  if (getFunction('OFFER') && associated.has('OFFER')) {
    const offer = associated.get('OFFER')!;
    const args = offerTracker(ROWS);
    rows.push(
      measure('core AI.OFFER 10,000 rows', ROWS, () => callByName('OFFER', args), { runs: 7 }),
      measure('Excel =AI.OFFER 10,000 rows', ROWS, () => offer(...args, null), { runs: 7 }),
    );
  }
  printTable('Excel entry points, 10,000-row array calls (issue 5)', rows, baseline);
  printTable('Excel functions script load (issue 5)', [load]);
}
