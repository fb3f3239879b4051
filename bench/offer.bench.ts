/**
 * AI.OFFER and AI.OFFERTABLE over a 10,000-row tracker with a per-row payout history: the core and
 * both built hosts, on the same data, beside a hand-written validated loop (bench/offer-floor.ts)
 * that returns the same numbers; the count of rows that are not bit-identical is printed.
 */
import { callByName } from '../core';
import { measure, Measurement, printTable } from './harness';
import { built, CODE_JS, FUNCTIONS_JS, loadCodeJs, loadExcelFunctions } from './hosts';
import { differences, offerFloor } from './offer-floor';
import { offerColumns } from './trackers';

export function run(): void {
  const rows = 10_000;
  const args = offerColumns(rows);
  const floorResult = offerFloor(args);
  const coreResult = callByName('OFFER', [...args]) as unknown[][];
  console.log(`\nAI.OFFER vs the floor loop: ${differences(coreResult, floorResult)} of ${rows} rows differ`);
  const results: Measurement[] = [measure('floor: validated loop', rows, () => offerFloor(args)), measure('core AI.OFFER', rows, () => callByName('OFFER', [...args]))];
  if (built(CODE_JS)) {
    const sheets = loadCodeJs();
    results.push(measure('Sheets Code.js AIOFFER', rows, () => sheets.AIOFFER(...args)));
  }
  if (built(FUNCTIONS_JS)) {
    const excel = loadExcelFunctions().get('OFFER')!;
    results.push(measure('Excel functions.js AI.OFFER', rows, () => excel(...args, null, null)));
  }
  results.push(measure('core AI.OFFERTABLE, 1,000 scalar calls (4 years, refresh)', 1000, () => {
    for (let i = 0; i < 1000; i++) callByName('OFFERTABLE', [args[0][i][0], args[1][i][0], args[2][i], args[3][i][0], args[4][i][0], args[5][i][0], args[6][i][0], 4, 50000]);
  }));
  printTable(`${rows.toLocaleString('en-US')}-row AI.OFFER (per-row payout history)`, results);
}
