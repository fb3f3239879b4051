/**
 * Issue 6: 100,000-row array calls, the core alone and through both hosts' built entry points,
 * beside a plain Map lookup per row (the same-run floor); plus bundle sizes and cold load times.
 */
import { callByName } from '../core/registry';
import { mapLookupBaseline, measure, printTable } from './harness';
import { SAMPLE_LEVELS, SAMPLE_ROLES } from '../examples/sample-offers';

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
  printTable(`${rows.toLocaleString('en-US')}-row array calls (target: within 10x of the Map floor)`, [floor, mid, row]);
}
