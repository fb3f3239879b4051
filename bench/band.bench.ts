/**
 * AI.BAND over a tracker column, 10,000 and 100,000 rows: the core, Sheets' Code.js and Excel's
 * functions.js (built bundles, loaded in this realm), each beside the same-shape floor (bench/harness.ts
 * bandFloor: read the cells, normalise, Map lookup, build the 2-D result, all inside the timed region).
 */
import { callByName } from '../core';
import { SAMPLE_LEVELS, SAMPLE_ROLES } from '../examples/sample-offers';
import { bandFloor, bandFloorTable, measure, Measurement, printTable } from './harness';
import { built, CODE_JS, FUNCTIONS_JS, loadCodeJs, loadExcelFunctions } from './hosts';
import { bandColumns } from './trackers';

export function run(): void {
  const pairs = SAMPLE_ROLES.flatMap((role) => SAMPLE_LEVELS.map((level) => [role, level] as [string, string]));
  const table = bandFloorTable(pairs, (role, level) => (callByName('BAND', [role, level]) as number[][])[0]);
  const sheets = built(CODE_JS) ? loadCodeJs() : undefined;
  const excel = built(FUNCTIONS_JS) ? loadExcelFunctions().get('BAND') : undefined;
  if (!sheets || !excel) console.log('(run `npm run build` first for the host rows)');
  for (const rows of [10_000, 100_000]) {
    const { roles, levels } = bandColumns(rows);
    for (const [stat, width] of [
      ['mid', 1],
      [null, 3],
    ] as const) {
      const what = stat ? '"mid"' : 'row min/mid/max';
      const floor = bandFloor(table, width);
      const results: Measurement[] = [measure(`floor, ${what}`, rows, () => floor(roles, levels))];
      results.push(measure(`core AI.BAND ${what}`, rows, () => callByName('BAND', [roles, levels, stat])));
      if (sheets)
        results.push(
          measure(`Sheets Code.js AIBAND ${what}`, rows, () => sheets.AIBAND(roles, levels, ...(stat ? [stat] : []))),
        );
      if (excel)
        results.push(
          measure(`Excel functions.js AI.BAND ${what}`, rows, () =>
            excel(roles, levels, stat ? [[stat]] : null, null, null),
          ),
        );
      printTable(`${rows.toLocaleString('en-US')}-row AI.BAND ${what}`, results);
    }
  }
}
