/**
 * AI.OFFER and AI.OFFERTABLE over a 10,000-row tracker with a per-row payout history: the core and
 * both built hosts, on the same data, beside hand-written validated loops (bench/offer-floor.ts)
 * that return the same numbers in the same shapes; the count of rows or cells that are not
 * bit-identical is printed. AI.OFFERTABLE returns a table, so it is called once per offer
 * (10,000 calls), as a tracker with one table per offer would.
 */
import { callByName } from '../core';
import { measure, Measurement, printTable } from './harness';
import { built, CODE_JS, FUNCTIONS_JS, loadCodeJs, loadExcelFunctions } from './hosts';
import { differences, offerFloor, offerTableFloor, tableDifferences } from './offer-floor';
import { offerColumns } from './trackers';

const REFRESH = 50000;
/** One offer's cells: the floor's parameters before the refresh. */
type OfferCells = Parameters<typeof offerTableFloor> extends [...infer Cells, number] ? Cells : never;

export function run(): void {
  const rows = 10_000;
  const args = offerColumns(rows);
  const floorResult = offerFloor(args);
  const coreResult = callByName('OFFER', [...args]) as unknown[][];
  console.log(`\nAI.OFFER vs the floor loop: ${differences(coreResult, floorResult)} of ${rows} rows differ`);
  const results: Measurement[] = [
    measure('floor: validated loop', rows, () => offerFloor(args)),
    measure('core AI.OFFER', rows, () => callByName('OFFER', [...args])),
  ];
  const sheets = built(CODE_JS) ? loadCodeJs() : undefined;
  const excel = built(FUNCTIONS_JS) ? loadExcelFunctions() : undefined;
  if (sheets) results.push(measure('Sheets Code.js AIOFFER', rows, () => sheets.AIOFFER(...args)));
  if (excel) results.push(measure('Excel functions.js AI.OFFER', rows, () => excel.get('OFFER')!(...args, null, null)));
  printTable(`${rows.toLocaleString('en-US')}-row AI.OFFER (per-row payout history)`, results);

  // One offer's cells, as a tracker row hands them to a per-row AI.OFFERTABLE.
  const cells = (i: number): OfferCells => [
    args[0][i][0],
    args[1][i][0],
    args[2][i],
    args[3][i][0],
    args[4][i][0],
    args[5][i][0],
    args[6][i][0],
  ];
  const tableFloor = (i: number) => offerTableFloor(...cells(i), REFRESH);
  const each = (f: (i: number) => unknown) => () => {
    let last: unknown;
    for (let i = 0; i < rows; i++) last = f(i);
    return last;
  };
  let differing = 0;
  for (let i = 0; i < rows; i++)
    differing += tableDifferences(callByName('OFFERTABLE', [...cells(i), 4, REFRESH]), tableFloor(i));
  console.log(`\nAI.OFFERTABLE vs the floor loop: ${differing} cells differ over ${rows} tables`);
  const tables: Measurement[] = [
    measure(
      'floor: validated loop, one table per offer',
      rows,
      each((i) => tableFloor(i)),
    ),
    measure(
      'core AI.OFFERTABLE',
      rows,
      each((i) => callByName('OFFERTABLE', [...cells(i), 4, REFRESH])),
    ),
  ];
  if (sheets)
    tables.push(
      measure(
        'Sheets Code.js AIOFFERTABLE',
        rows,
        each((i) => sheets.AIOFFERTABLE(...cells(i), 4, REFRESH)),
      ),
    );
  if (excel)
    tables.push(
      measure(
        'Excel functions.js AI.OFFERTABLE',
        rows,
        each((i) => excel.get('OFFERTABLE')!(...cells(i), 4, REFRESH, null)),
      ),
    );
  printTable(
    `${rows.toLocaleString('en-US')} AI.OFFERTABLE calls, one per offer (4 years, annual refresh, per-row payout history)`,
    tables,
  );
}
