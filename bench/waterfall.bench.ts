/**
 * AI.WATERFALL over a stack of 10 preferred classes and common at 10,000 exit values in one call
 * (issue 20, item 5): the core and both built hosts, beside a hand-written loop over the same sorted
 * breakpoints (binary search, then one interpolation per class) that builds the same 10,000-row
 * result. The breakpoints are the floor's input, computed once outside its timed region; the
 * function computes them from the stack inside its own. The count of cells that differ is printed.
 *
 * Beside the harness's wall-clock table, a CPU-time table (process.cpuUsage, 41 runs after the
 * harness's warm-up): on a machine shared with other work, wall time counts the time this process
 * waits for a core, which swamps a 1 ms floor; CPU time does not.
 */
import { callByName } from '../core';
import { payoutCurve, PreferredClass } from '../core/equity/waterfall';
import { measure, Measurement, printTable } from './harness';
import { built, CODE_JS, FUNCTIONS_JS, loadCodeJs, loadExcelFunctions } from './hosts';

/** Ten made-up rounds: every kind of term (non-participating, participating, capped; four ranks). */
const ROUNDS: readonly PreferredClass[] = Array.from({ length: 10 }, (_, k) => ({
  name: `Round ${k + 1}`,
  shares: 1_000_000 * (k + 1),
  invested: 2_000_000 * (k + 1) ** 2,
  multiple: [1, 1, 1.5, 2][k % 4],
  participating: k % 3 === 1,
  cap: k % 3 === 1 && k % 2 === 0 ? 3 : undefined,
  seniority: 1 + (k % 4),
}));
const COMMON_SHARES = 40_000_000;

function stackGrid(): unknown[][] {
  return [
    ['Class', 'Shares', 'Invested', 'Preference multiple', 'Participating', 'Seniority', 'Participation cap'],
    ...ROUNDS.map((c) => [
      c.name,
      c.shares,
      c.invested,
      c.multiple,
      c.participating ? 'yes' : 'no',
      c.seniority,
      c.cap ?? '',
    ]),
    ['Common', COMMON_SHARES, '', '', '', '', ''],
  ];
}

/** The floor: the same breakpoints, walked by hand for each exit cell. */
function floorLoop(
  exitsColumn: unknown[][],
  exits: readonly number[],
  payouts: readonly (readonly number[])[],
  slopes: readonly number[],
): number[][] {
  const width = slopes.length;
  const last = exits.length - 1;
  const out: number[][] = new Array(exitsColumn.length);
  for (let i = 0; i < exitsColumn.length; i++) {
    const exit = exitsColumn[i][0] as number;
    const row: number[] = new Array(width);
    if (exit >= exits[last]) {
      const from = payouts[last];
      for (let j = 0; j < width; j++) row[j] = from[j] + slopes[j] * (exit - exits[last]);
    } else {
      let low = 0;
      let high = last;
      while (high - low > 1) {
        const mid = (low + high) >> 1;
        if (exits[mid] <= exit) low = mid;
        else high = mid;
      }
      const t = (exit - exits[low]) / (exits[high] - exits[low]);
      const from = payouts[low];
      const to = payouts[high];
      for (let j = 0; j < width; j++) row[j] = from[j] + (to[j] - from[j]) * t;
    }
    out[i] = row;
  }
  return out;
}

/** Min and median CPU milliseconds of `f` over `runs` runs. */
function cpuTime(f: () => unknown, runs = 41): { min: number; median: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    f();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return { min: times[0], median: times[Math.floor(runs / 2)] };
}

export function run(): void {
  const rows = 10_000;
  const stack = stackGrid();
  const curve = payoutCurve({ preferred: ROUNDS, commonShares: COMMON_SHARES });
  const top = curve.exits[curve.exits.length - 1];
  // Exit values from 0 to twice the last breakpoint, in no order (a seeded generator: same every run).
  let seed = 20;
  const exitsColumn = Array.from({ length: rows }, () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return [Math.round((seed / 2 ** 31) * 2 * top)];
  });
  const floorResult = floorLoop(exitsColumn, curve.exits, curve.payouts, curve.slopes);
  const coreResult = callByName('WATERFALL', [exitsColumn, stack]) as unknown[][];
  let differing = 0;
  coreResult.forEach((row, i) => row.forEach((cell, j) => (differing += cell === floorResult[i][j] ? 0 : 1)));
  console.log(
    `\nAI.WATERFALL vs the floor loop: ${differing} of ${rows * curve.slopes.length} cells differ (${curve.exits.length} breakpoints, ${curve.slopes.length} classes)`,
  );
  const cases: [string, () => unknown][] = [
    ['floor: loop over the sorted breakpoints', () => floorLoop(exitsColumn, curve.exits, curve.payouts, curve.slopes)],
    ['core AI.WATERFALL', () => callByName('WATERFALL', [exitsColumn, stack])],
  ];
  if (built(CODE_JS)) {
    const sheets = loadCodeJs();
    cases.push(['Sheets Code.js AIWATERFALL', () => sheets.AIWATERFALL(exitsColumn, stack)]);
  }
  if (built(FUNCTIONS_JS)) {
    const excel = loadExcelFunctions();
    cases.push(['Excel functions.js AI.WATERFALL', () => excel.get('WATERFALL')!(exitsColumn, stack)]);
  }
  const results: Measurement[] = cases.map(([label, f]) => measure(label, rows, f));
  const title = `AI.WATERFALL: 10 preferred classes and common at ${rows.toLocaleString('en-US')} exit values, one call`;
  printTable(title, results);
  const cpu = cases.map(([label, f]) => ({ label, ...cpuTime(f) }));
  console.log(`\n## ${title}: CPU time`);
  console.log('| measurement | min CPU ms | median CPU ms | x floor (median) |');
  console.log('|---|---:|---:|---:|');
  for (const row of cpu)
    console.log(
      `| ${row.label} | ${row.min.toFixed(3)} | ${row.median.toFixed(3)} | ${(row.median / cpu[0].median).toFixed(2)} |`,
    );
}
