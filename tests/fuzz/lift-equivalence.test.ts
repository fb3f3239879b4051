/**
 * core/lift.ts remembers each distinct combination of inputs within one call (a tracker repeats a
 * few roles and levels thousands of times). Property: a column call gives, row for row, exactly
 * what single-cell calls give, whatever repeats, blanks, errors and dates the column holds.
 */
import fc from 'fast-check';
import { BLANK, callFunction, CATALOG, isSheetError, OutputCell } from '../../core';

const cell = fc.oneof(
  fc.constantFrom('AI Engineer', 'LLMOps', 'mlops', 'Senior', 'Mid', 'entry', 'mid', 'min', 'max', 'nexus', 'US', 'public', 'private', '4y-cliff', 'all', '', 'nope', '#N/A'),
  fc.constantFrom(0, 1, 3, 5, 0.15, 2080, 120000, -1),
  fc.boolean(),
  fc.constant(null),
  fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
);

/** The row a single-cell call produces, laid out as lift lays out one row of a column call. */
function asRow(out: unknown, width: number): OutputCell[] {
  const first = Array.isArray(out) ? (out as OutputCell[][])[0] : [out as OutputCell];
  if (!Array.isArray(out) && isSheetError(out)) return new Array(width).fill(out);
  return Array.from({ length: width }, (_, k) => (k < first.length ? first[k] : BLANK));
}

const liftable = CATALOG.filter((spec) => spec.params.length > 0 && (spec.result === 'cell' || spec.result === 'row'));

describe('a column call equals its rows called one by one', () => {
  test.each(liftable.map((spec) => [spec.name, spec]))('%s', (_name, spec) => {
    const lifted = spec.params.filter((p) => (p.kind ?? 'lifted') === 'lifted').length;
    const count = Math.min(lifted, 3);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: count, maxLength: count }), (rows, pools) => {
        // Columns drawn from small pools, so combinations repeat as they do in trackers.
        const columns = pools.map((pool, i) => Array.from({ length: rows }, (_, r) => [pool[(r * (i + 2)) % pool.length]]));
        const args: unknown[] = [];
        let next = 0;
        for (const param of spec.params) args.push((param.kind ?? 'lifted') === 'lifted' && next < columns.length ? columns[next++] : undefined);
        const whole = callFunction(spec, args);
        if (!Array.isArray(whole)) return; // a whole-call error (e.g. a row result from a 2-D range) has nothing to compare
        const width = whole[0].length;
        for (let r = 0; r < rows; r++) {
          const single = args.map((a) => (Array.isArray(a) ? (a as unknown[][])[r][0] : a));
          const blank = single.every((v) => v === null || v === undefined || (typeof v === 'string' && v.trim() === ''));
          const expected = blank ? new Array(width).fill(BLANK) : asRow(callFunction(spec, single), width);
          expect(whole[r]).toEqual(expected);
        }
      }),
      { numRuns: 60, seed: 6 },
    );
  });
});
