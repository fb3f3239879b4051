/**
 * Range health at tracker scale (issue 23): AI.HEALTH over 100,000 rows in 50 groups, and
 * AI.POSITION over 100,000 rows, through the core, Sheets' Code.js and Excel's functions.js, each
 * beside a hand-written floor that builds the same result from the same cells inside the timed
 * region: for AI.HEALTH one pass that reads each row (numbers, blanks, unreadable text), finds its
 * group in a Map, tallies, then sorts each group's compa-ratios for the percentiles; for
 * AI.POSITION one pass writing each row's five cells.
 */
import { callByName } from '../core';
import { healthHeader } from '../core/health/health-table';
import { measure, Measurement, printTable } from './harness';
import { built, CODE_JS, FUNCTIONS_JS, loadCodeJs, loadExcelFunctions } from './hosts';

const ROWS = 100_000;
const GROUPS = 50;
const PERCENTILES = [0.1, 0.25, 0.5, 0.75, 0.9];
const ZONES = ['below min', 'Q1', 'Q2', 'Q3', 'Q4', 'above max'];

type Cell = number | string;
type Column = Cell[][];

/** A tracker: 50 levels interleaved, bands by level, pays on a spread around mid, a blank and an unreadable pay now and then. */
function trackerColumns(rows: number): { pay: Column; min: Column; mid: Column; max: Column; group: Column } {
  const pay: Column = new Array(rows);
  const min: Column = new Array(rows);
  const mid: Column = new Array(rows);
  const max: Column = new Array(rows);
  const group: Column = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const g = (i * 7) % GROUPS;
    const low = 80000 + g * 4000;
    min[i] = [low];
    mid[i] = [low * 1.25];
    max[i] = [low * 1.5];
    group[i] = [`L${g}`];
    pay[i] = [i % 997 === 0 ? '' : i % 1009 === 0 ? 'n/a' : low * (0.85 + ((i * 37) % 71) / 100)];
  }
  return { pay, min, mid, max, group };
}

interface FloorTally {
  counts: number[];
  compas: number[];
  sum: number;
  toMin: number;
  overMax: number;
}

/** The floor for AI.HEALTH: the same table (header, a row per group first seen first, total), one pass plus sorts. */
function healthFloor(pay: Column, min: Column, mid: Column, max: Column, group: Column): unknown[][] {
  const index = new Map<unknown, number>();
  const labels: unknown[] = [];
  const tallies: FloorTally[] = [];
  const fresh = (): FloorTally => ({ counts: new Array(14).fill(0), compas: [], sum: 0, toMin: 0, overMax: 0 });
  for (let i = 0; i < pay.length; i++) {
    const g = group[i][0];
    let at = index.get(g);
    if (at === undefined) {
      index.set(g, (at = labels.length));
      labels.push(g);
      tallies.push(fresh());
    }
    const t = tallies[at];
    const p = pay[i][0];
    const a = min[i][0];
    const m = mid[i][0];
    const b = max[i][0];
    t.counts[0]++;
    if (p === '' || a === '' || m === '' || b === '') {
      t.counts[2]++;
      continue;
    }
    if (typeof p !== 'number' || typeof a !== 'number' || typeof m !== 'number' || typeof b !== 'number' || !(b > a)) {
      t.counts[3]++;
      continue;
    }
    const compa = p / m;
    t.counts[1]++;
    t.sum += compa;
    t.compas.push(compa);
    if (compa < 0.8) t.counts[4]++;
    if (compa > 1.2) t.counts[5]++;
    const pen = (p - a) / (b - a);
    t.counts[6 + (p < a ? 0 : p > b ? 5 : pen < 0.25 ? 1 : pen < 0.5 ? 2 : pen < 0.75 ? 3 : 4)]++;
    if (p < a) t.toMin += a - p;
    if (p > b) t.overMax += p - b;
  }
  const line = (label: unknown, t: FloorTally): unknown[] => {
    const sorted = Float64Array.from(t.compas).sort();
    const n = t.counts[1];
    const pct = PERCENTILES.map((k) => {
      const rank = k * (n - 1);
      const lo = Math.floor(rank);
      return lo + 1 < n ? sorted[lo] + (rank - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
    });
    const c = t.counts;
    return [
      label,
      c[0],
      c[1],
      c[2],
      c[3],
      c[6],
      c[6] / n,
      c[11],
      c[11] / n,
      t.sum / n,
      ...pct,
      c[4],
      c[5],
      c[7],
      c[8],
      c[9],
      c[10],
      t.toMin,
      t.overMax,
    ];
  };
  const total = fresh();
  // The header is constant text, no part of the work timed: the floor takes AI.HEALTH's own.
  const table: unknown[][] = [healthHeader(0.8, 1.2)];
  tallies.forEach((t, g) => {
    table.push(line(labels[g], t));
    for (let k = 0; k < 14; k++) total.counts[k] += t.counts[k];
    for (const compa of t.compas) total.compas.push(compa);
    total.sum += t.sum;
    total.toMin += t.toMin;
    total.overMax += t.overMax;
  });
  table.push(line('Total', total));
  return table;
}

/** The floor for AI.POSITION: each row's compa, penetration, zone, tomin, overmax (blank for a blank pay). */
function positionFloor(pay: Column, min: Column, mid: Column, max: Column): unknown[][] {
  const out: unknown[][] = new Array(pay.length);
  for (let i = 0; i < pay.length; i++) {
    const p = pay[i][0];
    const a = min[i][0] as number;
    const b = max[i][0] as number;
    if (p === '') {
      out[i] = ['', '', '', '', ''];
      continue;
    }
    if (typeof p !== 'number') {
      const error = 'pay: expected a pay figure';
      out[i] = [error, error, error, error, error];
      continue;
    }
    const pen = (p - a) / (b - a);
    const zone = ZONES[p < a ? 0 : p > b ? 5 : pen < 0.25 ? 1 : pen < 0.5 ? 2 : pen < 0.75 ? 3 : 4];
    out[i] = [p / (mid[i][0] as number), pen, zone, p < a ? a - p : 0, p > b ? p - b : 0];
  }
  return out;
}

export function run(): void {
  const { pay, min, mid, max, group } = trackerColumns(ROWS);
  const sheets = built(CODE_JS) ? loadCodeJs() : undefined;
  const excel = built(FUNCTIONS_JS) ? loadExcelFunctions() : undefined;
  if (!sheets || !excel) console.log('(run `npm run build` first for the host rows)');
  const health: Measurement[] = [
    measure('floor, one pass + sorts', ROWS, () => healthFloor(pay, min, mid, max, group)),
    measure('core AI.HEALTH', ROWS, () => callByName('HEALTH', [pay, min, mid, max, group])),
  ];
  if (sheets) health.push(measure('Sheets Code.js AIHEALTH', ROWS, () => sheets.AIHEALTH(pay, min, mid, max, group)));
  if (excel)
    health.push(
      measure('Excel functions.js AI.HEALTH', ROWS, () => excel.get('HEALTH')!(pay, min, mid, max, group, null, null)),
    );
  printTable(`${ROWS.toLocaleString('en-US')}-row AI.HEALTH, ${GROUPS} groups`, health);
  const position: Measurement[] = [
    measure('floor, one pass', ROWS, () => positionFloor(pay, min, mid, max)),
    measure('core AI.POSITION', ROWS, () => callByName('POSITION', [pay, min, mid, max])),
    // For scale: the lift's own per-row cost, on an existing per-row function over the same columns.
    measure('core AI.PENETRATION (reference: one value a row)', ROWS, () => callByName('PENETRATION', [pay, min, max])),
  ];
  if (sheets) position.push(measure('Sheets Code.js AIPOSITION', ROWS, () => sheets.AIPOSITION(pay, min, mid, max)));
  if (excel)
    position.push(
      measure('Excel functions.js AI.POSITION', ROWS, () => excel.get('POSITION')!(pay, min, mid, max, null)),
    );
  printTable(`${ROWS.toLocaleString('en-US')}-row AI.POSITION, row of five`, position);
}
