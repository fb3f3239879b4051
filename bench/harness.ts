/**
 * The benchmark harness. Every figure is printed as min / median / max over repeated runs, beside
 * a floor measured in the same run that produces the same output shape from the same inputs inside
 * the timed region. Benchmarks print; they never assert (DEVELOPERS.md: speed is measured, not tested).
 *
 * Warm-up until stable: batches of 5 runs until the median of one batch is within 5% of the
 * batch before it (V8 has then tiered the code up; the first batches of a cold function are often
 * 2x slower), at least 3 batches, at most 2 s or 40 batches; the number of warm-up runs is printed.
 */
export interface Measurement {
  readonly label: string;
  /** median milliseconds per run (kept as `ms` for ratios) */
  readonly ms: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
  readonly warmups: number;
  /** work items per run (rows, calls), for per-item figures */
  readonly items: number;
  /** bytes of heap retained by one run's result, per item, where measured */
  readonly bytesPerItem?: number;
  readonly note?: string;
}

export interface MeasureOptions {
  runs?: number;
  note?: string;
  /** upper bound on warm-up time, ms (large inputs) */
  warmupBudgetMs?: number;
  /** measure the heap a result keeps (needs node --expose-gc) */
  memory?: boolean;
}

let sink: unknown;

function timeOnce(run: () => unknown): number {
  const start = process.hrtime.bigint();
  sink = run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function warmUp(run: () => unknown, budgetMs: number): number {
  const started = Date.now();
  let previous = Infinity;
  let count = 0;
  for (let batch = 0; batch < 40; batch++) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push(timeOnce(run));
    count += 5;
    const current = median(times);
    if (batch >= 2 && Math.abs(current - previous) <= 0.05 * previous) break;
    previous = current;
    if (Date.now() - started > budgetMs) break;
  }
  return count;
}

function retainedBytes(run: () => unknown): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  sink = undefined;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = run();
  gc();
  const after = process.memoryUsage().heapUsed;
  sink = kept;
  return Math.max(0, after - before);
}

export function measure(label: string, items: number, run: () => unknown, options: MeasureOptions = {}): Measurement {
  const warmups = warmUp(run, options.warmupBudgetMs ?? 2000);
  const runs = options.runs ?? 15;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(timeOnce(run));
  times.sort((a, b) => a - b);
  const bytes = options.memory ? retainedBytes(run) : undefined;
  if (sink === Symbol.for('never')) console.log('');
  return {
    label,
    ms: median(times),
    min: times[0],
    max: times[times.length - 1],
    runs,
    warmups,
    items,
    bytesPerItem: bytes === undefined ? undefined : bytes / items,
    note: options.note,
  };
}

const fmt = (n: number, digits = 2): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Prints measurements as a table, each with its median's ratio to the floor (the first row unless named). */
export function printTable(title: string, rows: readonly Measurement[], floor: Measurement = rows[0]): void {
  console.log(`\n## ${title}`);
  console.log(
    `| measurement | items | min ms | median ms | max ms | µs/item | x floor (${floor.label}) | runs (+warm-up) | note |`,
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---|---|');
  for (const row of rows) {
    const perItem = (row.ms * 1000) / row.items;
    const memory = row.bytesPerItem === undefined ? '' : `; ${fmt(row.bytesPerItem, 0)} B/item kept`;
    console.log(
      `| ${row.label} | ${row.items.toLocaleString('en-US')} | ${fmt(row.min, 3)} | ${fmt(row.ms, 3)} | ${fmt(row.max, 3)} | ${fmt(perItem, 3)} | ${fmt(row.ms / floor.ms)} | ${row.runs} (+${row.warmups}) | ${row.note ?? ''}${memory} |`,
    );
  }
}

/**
 * The floor for an array band lookup: inside the timed region, read each row's role and level
 * cells, normalise each distinct text once (lower case, no spaces or hyphens: what the core's
 * matching needs at least; a tracker repeats a handful of names, and the core caches the same way),
 * look the pair up in a Map and build the same 2-D result the core returns (one row per input row).
 */
export function bandFloor(
  table: ReadonlyMap<string, readonly number[]>,
  width: 1 | 3,
): (roles: unknown[][], levels: unknown[][]) => unknown[][] {
  return (roles, levels) => {
    const seen = new Map<unknown, string>();
    const norm = (cell: unknown): string => {
      let key = seen.get(cell);
      if (key === undefined)
        seen.set(
          cell,
          (key = String(cell)
            .toLowerCase()
            .replace(/[\s-]+/g, '')),
        );
      return key;
    };
    // One result row per distinct pair, shared by the rows that repeat it (as the core's are),
    // found through a Map per role so no key is built per row.
    const rows = new Map<unknown, Map<unknown, unknown[]>>();
    const out: unknown[][] = new Array(roles.length);
    for (let i = 0; i < roles.length; i++) {
      const role = roles[i][0];
      const level = levels[i][0];
      let byLevel = rows.get(role);
      if (byLevel === undefined) rows.set(role, (byLevel = new Map()));
      let row = byLevel.get(level);
      if (row === undefined) {
        const band = table.get(`${norm(role)}|${norm(level)}`);
        byLevel.set(level, (row = band === undefined ? [''] : width === 1 ? [band[1]] : [band[0], band[1], band[2]]));
      }
      out[i] = row;
    }
    return out;
  };
}

/** Keys for bandFloor from the names a bench uses, valued by the core itself (so the floor does the same lookup). */
export function bandFloorTable(
  pairs: Iterable<[string, string]>,
  value: (role: string, level: string) => readonly number[],
): Map<string, readonly number[]> {
  const norm = (cell: string) => cell.toLowerCase().replace(/[\s-]+/g, '');
  const table = new Map<string, readonly number[]>();
  for (const [role, level] of pairs) table.set(`${norm(role)}|${norm(level)}`, value(role, level));
  return table;
}
