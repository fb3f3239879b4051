/**
 * Unknown names at scale (issues 15 and 18): a tracker column of 100,000 distinct free-text titles,
 * each an unknown role answered with the closest valid names, through the core and Sheets' Code.js:
 * against the embedded roles, and against a user band table of 2,000 and 10,000 roles (whose names
 * all share most of their bigrams: the hardest case for the suggestion index). Beside the floor of a
 * Map miss per row that builds a fixed error text in the same 2-D shape.
 */
import { callByName } from '../core';
import { measure, Measurement, printTable } from './harness';
import { built, CODE_JS, FUNCTIONS_JS, loadCodeJs, loadExcelFunctions } from './hosts';

/** A pay structure of `roles` roles at one level, figures as numbers. */
export function rolesTable(roles: number): unknown[][] {
  const grid: unknown[][] = [['Role', 'Level', 'Min', 'Mid', 'Max']];
  for (let r = 0; r < roles; r++) grid.push([`Role ${r}`, 'Senior', 100000, 150000, 200000]);
  return grid;
}

/**
 * One Excel call as the shared runtime sees it: the whole call, and the longest stretch in which the
 * event loop (and with it the task pane) could not turn, measured by a timer chain running beside it.
 */
async function paneFreeze(call: () => unknown): Promise<{ total: number; longest: number }> {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const start = performance.now();
  await call();
  running = false;
  const end = performance.now();
  return { total: end - start, longest: Math.max(longest, end - last) };
}

function summary(label: string, items: number, times: number[], floorRuns: number): Measurement {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    label,
    ms: sorted[sorted.length >> 1],
    min: sorted[0],
    max: sorted[sorted.length - 1],
    runs: times.length,
    warmups: floorRuns,
    items,
  };
}

export async function run(): Promise<void> {
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
  const sheets = built(CODE_JS) ? loadCodeJs() : undefined;
  if (sheets) {
    results.push(
      measure(
        'Sheets Code.js AIBAND, 100,000 distinct unknown roles',
        rows,
        () => sheets.AIBAND(roles, levels, 'mid'),
        options,
      ),
    );
  }
  for (const size of [2_000, 10_000]) {
    const table = rolesTable(size);
    const what = `100,000 distinct titles not in a user table of ${size.toLocaleString('en-US')} roles`;
    results.push(
      measure(`core AI.BAND, ${what}`, rows, () => callByName('BAND', [roles, levels, 'mid', null, table]), options),
    );
    if (sheets)
      results.push(
        measure(
          `Sheets Code.js AIBAND, ${what}`,
          rows,
          () => sheets.AIBAND(roles, levels, 'mid', null, table),
          options,
        ),
      );
  }
  const excel = built(FUNCTIONS_JS) ? loadExcelFunctions().get('BAND') : undefined;
  if (excel) {
    const table = rolesTable(10_000);
    const runs = await [0, 1, 2].reduce(
      async (done) => [...(await done), await paneFreeze(() => excel(roles, levels, [['mid']], null, table))],
      Promise.resolve([] as { total: number; longest: number }[]),
    );
    const what = '100,000 distinct titles not in a user table of 10,000 roles';
    results.push(
      summary(
        `Excel functions.js AI.BAND, ${what}: whole call`,
        rows,
        runs.map((r) => r.total),
        0,
      ),
    );
    results.push(
      summary(
        `Excel functions.js AI.BAND, ${what}: longest time the pane could not run (target under 1 s)`,
        rows,
        runs.map((r) => r.longest),
        0,
      ),
    );
  }
  const long = 'x'.repeat(50_000);
  results.push(
    measure('core AI.BAND, one 50,000-character role', 1, () => callByName('BAND', [long, 'Senior', 'mid'])),
  );
  printTable('Unknown names (target: 100,000 in under 3 s through Code.js)', results);
}
