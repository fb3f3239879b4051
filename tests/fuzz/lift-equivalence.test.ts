/**
 * core/lift.ts remembers each distinct combination of inputs within one call (a tracker repeats a
 * few roles and levels thousands of times). Property: a column call gives, row for row, exactly
 * what single-cell calls give, whatever repeats, blanks, errors and dates the column holds.
 */
import fc from 'fast-check';
import {
  BLANK,
  callFunction,
  CATALOG,
  FunctionSpec,
  InputCell,
  isBlankInput,
  isBlankRow,
  isSheetError,
  OutputCell,
} from '../../core';

const cell = fc.oneof(
  fc.constantFrom(
    'AI Engineer',
    'LLMOps',
    'mlops',
    'Senior',
    'Mid',
    'entry',
    'mid',
    'min',
    'max',
    'nexus',
    'US',
    'public',
    'private',
    '4y-cliff',
    'all',
    '',
    'nope',
    '#N/A',
  ),
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

/**
 * The arguments of one column call: lifted parameters get columns; a function with no lifted
 * parameter (AI.BLEND) gets a two-column block for each list, which is one list per row. Every
 * other argument is omitted.
 */
function columnArgs(
  spec: FunctionSpec,
  rows: number,
  pools: InputCell[][],
): { args: unknown[]; rowOf(r: number): unknown[] } {
  const liftedParams = spec.params.filter((p) => (p.kind ?? 'lifted') === 'lifted').length;
  const args: unknown[] = [];
  let next = 0;
  for (const param of spec.params) {
    const kind = param.kind ?? 'lifted';
    const wanted = liftedParams > 0 ? kind === 'lifted' : kind === 'list';
    if (!wanted || next >= pools.length) {
      args.push(undefined);
      continue;
    }
    const pool = pools[next];
    const stride = next + 2;
    const width = kind === 'list' ? 2 : 1;
    args.push(
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: width }, (_, k) => pool[(r * stride + k) % pool.length]),
      ),
    );
    next++;
  }
  // Row r called alone: a column gives its cell, a block its row (a 1 x 2 list).
  const rowOf = (r: number) =>
    args.map((a, p) =>
      Array.isArray(a)
        ? (spec.params[p].kind ?? 'lifted') === 'list'
          ? [(a as unknown[][])[r]]
          : (a as unknown[][])[r][0]
        : a,
    );
  return { args, rowOf };
}

describe('a column call equals its rows called one by one', () => {
  test.each(liftable.map((spec) => [spec.name, spec]))('%s', (_name, spec) => {
    const ranged =
      spec.params.filter((p) => (p.kind ?? 'lifted') === 'lifted').length ||
      spec.params.filter((p) => p.kind === 'list').length;
    const count = Math.min(ranged, 3);
    let comparedRows = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: count, maxLength: count }),
        (rows, pools) => {
          // Columns drawn from small pools, so combinations repeat as they do in trackers.
          const { args, rowOf } = columnArgs(spec, rows, pools as InputCell[][]);
          const whole = callFunction(spec, args);
          if (!Array.isArray(whole)) return; // a whole-call error (e.g. a row result from a 2-D range) has nothing to compare
          const width = whole[0].length;
          for (let r = 0; r < rows; r++) {
            const single = rowOf(r);
            const blank = single.every((v, p) =>
              Array.isArray(v)
                ? (v[0] as InputCell[]).every(isBlankInput)
                : isBlankRow([spec.params[p]], [v as InputCell]),
            );
            const expected = blank ? new Array(width).fill(BLANK) : asRow(callFunction(spec, single), width);
            expect(whole[r]).toEqual(expected);
            comparedRows++;
          }
        },
      ),
      { numRuns: 60, seed: 6 },
    );
    // A property whose every run returns early proves nothing (AI.BLEND once did just that).
    expect(comparedRows).toBeGreaterThan(60);
  });
});
