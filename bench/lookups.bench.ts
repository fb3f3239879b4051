/** Issue 2: scalar lookups per second and a 10,000-row AI.BAND array call, beside a Map baseline. */
import { callByName } from '../core';
import { mapLookupBaseline, measure, printTable } from './harness';

const ROLES = ['LLMOps', 'Machine Learning', 'AI API Integration', 'AI Engineer', 'MLOps', 'ml engineer'];
const LEVELS = ['Entry', 'Mid', 'Senior', 'junior', 'senior'];

export function tracker(rows: number): { roles: string[][]; levels: string[][] } {
  const roles: string[][] = [];
  const levels: string[][] = [];
  for (let i = 0; i < rows; i++) {
    roles.push([ROLES[i % ROLES.length]]);
    levels.push([LEVELS[(i * 7) % LEVELS.length]]);
  }
  return { roles, levels };
}

export function run(): void {
  const rows = 10_000;
  const { roles, levels } = tracker(rows);
  const keys = roles.map((r, i) => `${r[0]}|${levels[i][0]}`);
  const baseline = measure('Map lookup (floor)', rows, mapLookupBaseline(keys));
  let i = 0;
  const scalar = measure('AI.BAND scalar calls', rows, () => {
    for (let k = 0; k < rows; k++, i++) callByName('BAND', [roles[i % rows][0], levels[i % rows][0], 'mid']);
  });
  const arrayMid = measure('AI.BAND 10,000-row array, stat mid', rows, () => callByName('BAND', [roles, levels, 'mid']));
  const arrayRow = measure('AI.BAND 10,000-row array, row min/mid/max', rows, () => callByName('BAND', [roles, levels]));
  const source = measure('AI.SOURCE 10,000-row array', rows, () => callByName('SOURCE', [roles, levels, 'mid']));
  printTable('Lookups (issue 2)', [baseline, scalar, arrayMid, arrayRow, source]);
}
