/**
 * Unknown names at scale (issue 15): a tracker column of 100,000 distinct free-text titles, each an
 * unknown role answered with the closest valid names, through the core and Sheets' Code.js; beside
 * the floor of a Map miss per row that builds a fixed error text in the same 2-D shape.
 */
import { callByName } from '../core';
import { measure, Measurement, printTable } from './harness';
import { built, CODE_JS, loadCodeJs } from './hosts';

export function run(): void {
  const rows = 100_000;
  const roles = Array.from({ length: rows }, (_, i) => [`Title ${i} engineer ${(i * 7919) % 1000}`]);
  const levels = Array.from({ length: rows }, () => ['Senior']);
  const known = new Map([['llmops|senior', 1]]);
  const floor = () =>
    roles.map((r, i) => [
      known.get(`${String(r[0]).toLowerCase()}|${String(levels[i][0]).toLowerCase()}`) ??
        `#VALUE!: unknown role "${r[0]}"`,
    ]);
  const options = { runs: 3, warmupBudgetMs: 1 };
  const results: Measurement[] = [
    measure('floor: Map miss + error text per row', rows, floor, options),
    measure(
      'core AI.BAND, 100,000 distinct unknown roles',
      rows,
      () => callByName('BAND', [roles, levels, 'mid']),
      options,
    ),
  ];
  if (built(CODE_JS)) {
    const sheets = loadCodeJs();
    results.push(
      measure(
        'Sheets Code.js AIBAND, 100,000 distinct unknown roles',
        rows,
        () => sheets.AIBAND(roles, levels, 'mid'),
        options,
      ),
    );
  }
  const long = 'x'.repeat(50_000);
  results.push(
    measure('core AI.BAND, one 50,000-character role', 1, () => callByName('BAND', [long, 'Senior', 'mid'])),
  );
  printTable('Unknown names (target: 100,000 in under 3 s through Code.js)', results);
}
