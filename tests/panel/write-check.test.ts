/**
 * The shared rules of an exact write (panel/write-check.ts) and of where a chart goes
 * (panel/chart-place.ts), as every host applies them.
 */
import {
  blockFingerprint,
  blockProblem,
  CELL_LIMITS,
  cellsFingerprint,
  confirmationProblem,
  readWriteCheck,
  sameAddress,
} from '../../core/index';
import { chartCandidates, chooseArea, readChartRequests } from '../../core/index';

describe('write checks', () => {
  test('the cells fingerprint changes with any content or position, not with blanks or values behind a formula', () => {
    const empty = cellsFingerprint(
      [
        ['', ''],
        ['', ''],
      ],
      [
        ['', ''],
        ['', ''],
      ],
    );
    expect(
      cellsFingerprint(
        [
          [null, ''],
          ['', undefined],
        ],
        [
          ['', ''],
          ['', ''],
        ],
      ),
    ).toBe(empty);
    const one = cellsFingerprint(
      [
        ['', ''],
        ['', ''],
      ],
      [
        ['x', ''],
        ['', ''],
      ],
    );
    expect(one).not.toBe(empty);
    expect(
      cellsFingerprint(
        [
          ['', ''],
          ['', ''],
        ],
        [
          ['', 'x'],
          ['', ''],
        ],
      ),
    ).not.toBe(one);
    expect(
      cellsFingerprint(
        [
          ['', ''],
          ['', ''],
        ],
        [
          [1, ''],
          ['', ''],
        ],
      ),
    ).not.toBe(
      cellsFingerprint(
        [
          ['', ''],
          ['', ''],
        ],
        [
          ['1', ''],
          ['', ''],
        ],
      ),
    );
    // a recalculating formula keeps its fingerprint: the formula is what counts
    expect(cellsFingerprint([['=NOW()']], [[46000.1]])).toBe(cellsFingerprint([['=NOW()']], [[46000.2]]));
    // the same cells in a larger block are a different target
    expect(cellsFingerprint([['', '', '']], [['', '', '']])).not.toBe(cellsFingerprint([['', '']], [['', '']]));
  });

  test('the block fingerprint changes with the shape or any cell', () => {
    const a = blockFingerprint([
      ['x', ''],
      ['=AI.OFFER(1)', ''],
    ]);
    expect(
      blockFingerprint([
        ['x', ''],
        ['=AI.OFFER(1)', ''],
      ]),
    ).toBe(a);
    expect(
      blockFingerprint([
        ['x', ''],
        ['=AI.OFFER(2)', ''],
      ]),
    ).not.toBe(a);
    expect(
      blockFingerprint([
        ['x', '', ''],
        ['=AI.OFFER(1)', '', ''],
      ]),
    ).not.toBe(a);
  });

  test('a confirmation holds only for the same address, block and cells, and says which differs', () => {
    const checked = { address: "'Q3 offers'!B2:F12", block: 'b', cells: 'c' };
    expect(confirmationProblem(checked, { address: "'q3 offers'!$B$2:$F$12", block: 'b', cells: 'c' })).toBeUndefined();
    expect(sameAddress('Sheet1!A1:B2', "'Sheet1'!$A$1:$B$2")).toBe(true);
    expect(confirmationProblem(checked, { ...checked, address: "'Q3 offers'!B2:F24" })).toMatch(/no longer fits/);
    expect(confirmationProblem(checked, { ...checked, block: 'other' })).toBe(
      'what the panel would write has changed since you were asked',
    );
    expect(confirmationProblem(checked, { ...checked, cells: 'other' })).toBe(
      "the cells in 'Q3 offers'!B2:F12 have changed since you were asked",
    );
    expect(readWriteCheck({ address: 'A1', block: 'b' })).toBeUndefined();
    expect(readWriteCheck('Sheet1!A1')).toBeUndefined();
  });

  test("a cell over the host's limit is found before anything is written", () => {
    expect(blockProblem([['=' + 'x'.repeat(8192)]], CELL_LIMITS.excel)).toMatch(
      /8,193 characters, more than the 8,192/,
    );
    expect(blockProblem([['ok', 'x'.repeat(32767)]], CELL_LIMITS.excel)).toBeUndefined();
    expect(blockProblem([['ok'], ['x'.repeat(50001)]], CELL_LIMITS.sheets)).toMatch(/^row 2, column 1 of the block/);
  });
});

describe('chart placement', () => {
  const chart = { title: 'A', source: { row: 1, column: 0, rows: 5, columns: 5 }, beside: { row: 0, rows: 11 } };

  test('to the right of the block with a column between, then further right, level with the offer, 12 rows at least', () => {
    const areas = chartCandidates(5, chart);
    expect(areas.map((a) => a.column)).toEqual([6, 12, 18, 24]);
    expect(areas[0]).toEqual({ row: 0, column: 6, rows: 12, columns: 6 });
    expect(chooseArea(areas, (_, k) => k < 2)).toEqual({ area: areas[2], overCells: false });
    expect(chooseArea(areas, () => true)).toEqual({ area: areas[0], overCells: true });
  });

  test('a request from a client is kept only when its cells lie inside the block', () => {
    expect(readChartRequests([chart], 11, 5)).toEqual([chart]);
    expect(readChartRequests([chart], 5, 5)).toEqual([]);
    expect(readChartRequests([{ ...chart, source: { ...chart.source, row: -1 } }], 11, 5)).toEqual([]);
    expect(readChartRequests([{ ...chart, extra: 'x', source: { ...chart.source, evil: 1 } }], 11, 5)).toEqual([chart]);
    expect(readChartRequests('charts', 11, 5)).toEqual([]);
  });
});
