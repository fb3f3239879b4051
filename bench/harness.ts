/**
 * A small benchmark harness: time a function over repeated runs (after a warm-up), report the
 * median, and print a table with each figure's ratio to a baseline measured in the same run.
 * Benchmarks print figures; they never assert (DEVELOPERS.md: speed is measured, not tested).
 */
export interface Measurement {
  readonly label: string;
  /** median milliseconds per run */
  readonly ms: number;
  /** work items per run (rows, calls), for a per-second figure */
  readonly items: number;
  readonly note?: string;
}

export function measure(label: string, items: number, run: () => unknown, options: { runs?: number; warmup?: number; note?: string } = {}): Measurement {
  const runs = options.runs ?? 15;
  const warmup = options.warmup ?? 3;
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    sink = run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  if (sink === Symbol.for('never')) console.log('');
  times.sort((a, b) => a - b);
  return { label, ms: times[Math.floor(times.length / 2)], items, note: options.note };
}

const fmt = (n: number, digits = 2): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Prints measurements as a table, each with its ratio to `baseline` (the first row unless named). */
export function printTable(title: string, rows: readonly Measurement[], baseline: Measurement = rows[0]): void {
  console.log(`\n## ${title}`);
  console.log(`| measurement | items | median ms | items/s | x baseline (${baseline.label}) | note |`);
  console.log('|---|---:|---:|---:|---:|---|');
  for (const row of rows) {
    const perSecond = row.items / (row.ms / 1000);
    console.log(`| ${row.label} | ${row.items.toLocaleString('en-US')} | ${fmt(row.ms, 3)} | ${fmt(perSecond, 0)} | ${fmt(row.ms / baseline.ms)} | ${row.note ?? ''} |`);
  }
}

/** The same-run floor every array benchmark is compared with: a plain Map lookup per row. */
export function mapLookupBaseline(keys: readonly string[]): () => number[] {
  const table = new Map<string, number>();
  for (const key of new Set(keys)) table.set(key, key.length * 1000);
  return () => keys.map((key) => table.get(key) ?? 0);
}
