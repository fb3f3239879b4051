/**
 * Scale: AI.BAND "mid" and AI.OFFER at 1k, 10k, 100k and 1M rows through the core and Sheets'
 * Code.js, time and retained memory per row (run with `npm run bench`, which passes --expose-gc).
 * Apps Script gives a custom function 30 s; the largest range that fits is estimated from the
 * per-row time here, assuming Apps Script's V8 runs the bundle no faster than this machine's Node and
 * that reading the range into the script is not counted (Sheets does that before the call).
 */
import { callByName } from '../core';
import { measure, Measurement, printTable } from './harness';
import { built, CODE_JS, loadCodeJs } from './hosts';
import { bandColumns, offerColumns } from './trackers';

const SIZES = [1_000, 10_000, 100_000, 1_000_000];

export function run(): void {
  const sheets = built(CODE_JS) ? loadCodeJs() : undefined;
  const results: Measurement[] = [];
  const perRow = new Map<string, number>();
  for (const rows of SIZES) {
    const big = rows >= 1_000_000;
    const options = { runs: big ? 3 : 7, warmupBudgetMs: big ? 1 : 1000, memory: true };
    const { roles, levels } = bandColumns(rows);
    const offers = offerColumns(rows);
    results.push(
      measure(
        `core AI.BAND "mid", ${rows.toLocaleString('en-US')} rows`,
        rows,
        () => callByName('BAND', [roles, levels, 'mid']),
        options,
      ),
    );
    results.push(
      measure(
        `core AI.OFFER, ${rows.toLocaleString('en-US')} rows`,
        rows,
        () => callByName('OFFER', [...offers]),
        options,
      ),
    );
    if (sheets) {
      const band = measure(
        `Sheets AIBAND "mid", ${rows.toLocaleString('en-US')} rows`,
        rows,
        () => sheets.AIBAND(roles, levels, 'mid'),
        options,
      );
      const offer = measure(
        `Sheets AIOFFER, ${rows.toLocaleString('en-US')} rows`,
        rows,
        () => sheets.AIOFFER(...offers),
        options,
      );
      results.push(band, offer);
      perRow.set('AIBAND', Math.max(perRow.get('AIBAND') ?? 0, band.ms / rows));
      perRow.set('AIOFFER', Math.max(perRow.get('AIOFFER') ?? 0, offer.ms / rows));
    }
  }
  printTable('Scale: 1k to 1M rows (x floor here is against the first row)', results);
  for (const [name, msPerRow] of perRow) {
    console.log(
      `${name}: slowest per-row time ${(msPerRow * 1000).toFixed(3)} µs; 30 s fits about ${Math.floor(30_000 / msPerRow).toLocaleString('en-US')} rows on this machine`,
    );
  }
}
