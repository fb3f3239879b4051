/** AI.HEALTH and AI.COMPRESSION (core/health/): tables worked by hand, how rows are counted, groups, defaults. */
import { call, err } from '../call-helpers';
import { HEALTH, COMPRESSION } from '../../../core/functions/range-health';
import { addMonths } from '../../../core/health/compression-table';
import { isSheetError, OutputCell } from '../../../core';

const col = (...cells: unknown[]) => cells.map((cell) => [cell]);
const NA = { isSheetError: true, kind: 'NA', message: 'upstream' };

/** A table row as header -> value, so a test names the column it checks. */
function rowsOf(table: unknown): Record<string, OutputCell>[] {
  if (!Array.isArray(table)) throw new Error(`expected a table, got ${JSON.stringify(table)}`);
  const [header, ...rows] = table as OutputCell[][];
  return rows.map((row) => Object.fromEntries(header.map((name, k) => [String(name), row[k]])));
}

describe('AI.HEALTH', () => {
  // Band 100-200, mid 150 for everyone; groups a, b, in that order of first appearance.
  const pay = col(90, 100, 150, 175, 210, 120, '', 'lots', NA, '', 160);
  const group = col('a', 'b', 'A', 'a', 'b', 'a', 'b', 'a', 'b', '', 'c');
  const table = () => rowsOf(call('HEALTH', pay, 100, 150, 200, group));

  test('a row per group in first-seen order (text matched as COUNTIFS does), then the total', () => {
    expect(table().map((row) => row.group)).toEqual(['a', 'b', 'c', 'Total']);
  });
  test('headcount = rows counted + blank rows + error rows; an empty row is nobody', () => {
    const [a, b, c, total] = table();
    expect([a.headcount, a['rows counted'], a['blank rows'], a['error rows']]).toEqual([5, 4, 0, 1]);
    expect([b.headcount, b['rows counted'], b['blank rows'], b['error rows']]).toEqual([4, 2, 1, 1]);
    expect([c.headcount, c['rows counted']]).toEqual([1, 1]);
    expect([total.headcount, total['rows counted'], total['blank rows'], total['error rows']]).toEqual([10, 7, 1, 2]);
  });
  test('below and above the range, shares of rows counted, the quartiles, cost to min and pay above max', () => {
    const [a, b, , total] = table();
    // a: 90 (below min), 150 (Q3), 175 (Q4), 120 (Q1); b: 100 (Q1), 210 (above max)
    expect([a['below min'], a['below min share'], a['above max'], a.Q1, a.Q2, a.Q3, a.Q4]).toEqual([
      1, 0.25, 0, 1, 0, 1, 1,
    ]);
    expect([b['above max'], b['above max share'], b.Q1]).toEqual([1, 0.5, 1]);
    expect([a['cost to min'], a['pay above max'], total['cost to min'], total['pay above max']]).toEqual([
      10, 0, 10, 10,
    ]);
    expect([a['compa below 0.8'], a['compa above 1.2'], b['compa above 1.2']]).toEqual([1, 0, 1]);
  });
  test('compa mean and PERCENTILE.INC percentiles, worked by hand', () => {
    const [a] = table();
    // a's compa-ratios sorted: 0.6, 0.8, 1, 1.1666...; p25 at rank 0.75: 0.6 + 0.75 x 0.2
    expect(a['compa mean']).toBeCloseTo((90 + 150 + 175 + 120) / 150 / 4, 12);
    expect(a['compa p25']).toBeCloseTo(0.75, 12);
    expect(a['compa p50']).toBeCloseTo(0.9, 12);
    expect(a['compa p10']).toBeCloseTo(0.66, 12);
  });
  test('a group with no row counted shows #N/A with why in its measures, never a 0 or a blank', () => {
    const [only] = rowsOf(call('HEALTH', col('', 'x'), 100, 150, 200, col('z', 'z')));
    expect([only.headcount, only['blank rows'], only['error rows']]).toEqual([2, 1, 1]);
    expect(err(only['compa p50']).message).toMatch(/no rows counted in group z/);
    expect(err(only['below min share']).kind).toBe('NA');
  });
  test('groupBy given as a blank cell (Excel passes a 1x1 range) is no groupBy', () => {
    expect(call('HEALTH', pay, 100, 150, 200, [[null]])).toEqual(call('HEALTH', pay, 100, 150, 200));
  });
  test('without groupBy: the header and the total row; thresholds as given name their columns', () => {
    const out = call('HEALTH', pay, 100, 150, 200, null, 0.9, 1.1) as OutputCell[][];
    expect(out).toHaveLength(2);
    expect(out[0]).toContain('compa below 0.9');
    expect(rowsOf(out)[0]['compa below 0.9']).toBe(3); // 90, 100 and 120 over 150
  });
  test('a population of one row (single cells) is one person, not an empty tail', () => {
    const [total] = rowsOf(call('HEALTH', 150, 100, 150, 200));
    expect([total.headcount, total['rows counted'], total['compa p50'], total.Q3]).toEqual([1, 1, 1, 1]);
  });
  test('a band that is not min <= mid <= max is an error row; a row of band columns reads each row its own band', () => {
    const [total] = rowsOf(call('HEALTH', col(150, 150), col(100, 200), col(150, 150), col(200, 100)));
    expect([total['rows counted'], total['error rows']]).toEqual([1, 1]);
  });
  test('what is wrong with the call as a whole is one error that says what would be right', () => {
    expect(err(call('HEALTH', col(1, 2, 3), col(1, 2), 150, 200)).message).toBe(
      'min: expected 3 rows like pay (or a single cell for every row), received 2',
    );
    expect(
      err(
        call(
          'HEALTH',
          [
            [1, 2],
            [3, 4],
          ],
          100,
          150,
          200,
        ),
      ).message,
    ).toMatch(/pay: expected a single column/);
    expect(err(call('HEALTH', col(1, 2), 100, 150, 200, col('a'))).message).toMatch(/groupBy: expected 2 rows/);
    expect(err(call('HEALTH', col(1, 2), 100, 150, 200, null, 1.2, 0.8)).message).toMatch(
      /highCompa: expected a compa-ratio above lowCompa/,
    );
  });
  test('defaults 0.8 and 1.2 come from one place, said to be our choice in help and AI.SOURCE', () => {
    expect([HEALTH.params[5].defaultShown, HEALTH.params[6].defaultShown]).toEqual(['0.8', '1.2']);
    expect(HEALTH.params[5].defaultNote).toMatch(/our choice/);
    expect(call('SOURCE', 'health', null, 'default')).toMatch(/^our choice: .* below 0\.8 and above 1\.2/);
    expect(call('SOURCE', 'compression', null, 'default')).toMatch(/^our choice: .*12 months/);
  });
});

describe('AI.COMPRESSION', () => {
  const d = (iso: string) => iso;
  test('median pay of hires inside the window over the others, per group, asOf the latest hire by default', () => {
    const out = rowsOf(
      call(
        'COMPRESSION',
        col(200, 100, 120, 300, 310, 90, ''),
        col(
          d('2026-06-30'),
          d('2025-07-01'),
          d('2025-06-30'),
          d('2024-01-01'),
          d('2026-01-01'),
          'soon',
          d('2026-01-01'),
        ),
        col('L1', 'L1', 'L1', 'L2', 'L2', 'L1', 'L2'),
      ),
    );
    const [l1, l2, total] = out;
    // window: after 2025-06-30 (EDATE(2026-06-30, -12)); 2025-07-01 is inside, 2025-06-30 is not
    expect([l1.group, l1['new hires'], l1.others, l1['error rows']]).toEqual(['L1', 2, 1, 1]);
    expect([l1['new hire median pay'], l1['others median pay'], l1['new hire / others']]).toEqual([150, 120, 1.25]);
    expect([l2['new hires'], l2.others, l2['blank rows'], l2['new hire / others']]).toEqual([1, 1, 1, 310 / 300]);
    expect([total.headcount, total['new hires'], total.others]).toEqual([7, 3, 2]);
  });
  test('a group with no new hire (or no incumbent) has #N/A for its ratio, saying which is missing', () => {
    const [g] = rowsOf(
      call('COMPRESSION', col(100, 120), col('2020-01-01', '2021-01-01'), col('x', 'x'), '2026-06-30'),
    );
    expect(err(g['new hire / others']).message).toMatch(/no new hires inside the window in group x/);
  });
  test('EDATE: the same day months away, the month end where that day is missing', () => {
    const serial = (iso: string) => (Date.parse(iso) - Date.UTC(1899, 11, 30)) / 86_400_000;
    expect(addMonths(serial('2026-03-31'), -1)).toBe(serial('2026-02-28'));
    expect(addMonths(serial('2024-02-29'), -12)).toBe(serial('2023-02-28'));
    expect(addMonths(serial('2026-06-30'), -12)).toBe(serial('2025-06-30'));
  });
  test('windowMonths is a whole number of months, 12 by default', () => {
    expect(COMPRESSION.params[4].defaultShown).toBe('12');
    expect(isSheetError(call('COMPRESSION', col(1), col('2026-01-01'), col('a'), null, 1.5))).toBe(true);
  });
});
