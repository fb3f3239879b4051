/**
 * Hostile classes 4 and 5 (issue 15 items 3, 6 and 9), in the core and both built hosts:
 * - dates before 1900 and time-only cells are refused with a message in every date parameter
 *   (AI.AGE "0026-01-01" was read as 1926);
 * - a list argument never changes meaning when its row count happens to match the other ranges':
 *   AI.EXITVALUE's three-scenario table gives the same value per grant for 1 to 5 grants, as a
 *   column or a row; AI.OFFER's payout history as a row is one list for every offer row.
 */
import { CATALOG } from '../../core';
import { Arg, Cell, isError, Paths, PATHS, single, wholeError } from './paths';

const paths = new Paths();

/** The date parameters: the `any` cells read by the date reader (AI.AGE's fromDate and toDate). */
const DATE_PARAMS = CATALOG.flatMap((spec) =>
  spec.params
    .map((p, i) => [spec, i, p.name] as const)
    .filter(([, i, name]) => /date$/i.test(name) && spec.params[i].cellType === 'any'),
);

const TOO_EARLY: readonly Cell[] = [
  '0026-01-01',
  '1899-12-31',
  '0001-01-01',
  '26-01-01 BC',
  { date: '0026-01-01' },
  { date: '1850-06-30' },
];
/** Time-only cells: Excel hands a time as a fraction of a day; Sheets as a Date on 1899-12-30; text as typed. */
const TIME_ONLY: readonly Cell[] = [0.5, 0.999, '12:30', '0:00:00', '23:59', '9:15 PM'];

test('the date parameters are found', () => {
  expect(DATE_PARAMS.map(([s, , n]) => `${s.name}.${n}`)).toEqual(
    expect.arrayContaining(['AGE.fromDate', 'AGE.toDate']),
  );
});

describe.each(PATHS)('dates before 1900 and time-only cells, via %s', (path) => {
  const base: Arg[] = [180000, { date: '2026-01-01' }, { date: '2026-07-01' }, 0.04];

  test('a good date gives a finite value (the control)', () => {
    const out = single(paths.call(path, 'AGE', base));
    expect(out && !isError(out) && typeof out.v === 'number').toBe(true);
  });

  test.each(DATE_PARAMS.map(([s, i, n]) => [`${s.name}.${n}`, s, i]))(
    '%s refuses each with a message',
    (_n, spec, i) => {
      const cells: Cell[] = [...TOO_EARLY, ...TIME_ONLY];
      if (path === 'sheets') cells.push({ date: '1899-12-30' });
      for (const cell of cells) {
        const args: Arg[] = spec.name === 'AGE' ? [...base] : spec.params.map(() => undefined);
        args[i] = cell;
        const message = wholeError(paths.call(path, spec.name, args));
        expect({ cell, message: message && message.length > 0 }).toEqual({ cell, message: true });
      }
    },
  );

  test('AI.AGE with "0026-01-01" is refused, not aged from 1926 (9.09M)', () => {
    const message = wholeError(paths.call(path, 'AGE', [180000, '0026-01-01', '2026-01-01', 0.04]));
    expect(message).toMatch(/1900/);
  });

  test('a pre-1900 date in one row of a column stays in its row', () => {
    const r = paths.call(path, 'AGE', [
      180000,
      [[{ date: '2026-01-01' }], ['0026-01-01'], [{ date: '2026-01-01' }]],
      { date: '2026-07-01' },
      0.04,
    ]);
    expect(r.grid?.length).toBe(3);
    expect(isError(r.grid![1][0])).toBe(true);
    expect(r.grid![0]).toEqual(r.grid![2]);
    expect(isError(r.grid![0][0])).toBe(false);
  });
});

describe.each(PATHS)('a list argument means the same for every row count, via %s', (path) => {
  const SCENARIOS = { prices: [0, 10, 40], probabilities: [0.5, 0.3, 0.2] };
  const asColumn = (xs: number[]): Cell[][] => xs.map((x) => [x]);

  test.each([1, 2, 3, 4, 5])('AI.EXITVALUE: %i grants, a three-scenario table as a column or a row', (grants) => {
    const one = single(
      paths.call(path, 'EXITVALUE', [10000, 2, asColumn(SCENARIOS.prices), asColumn(SCENARIOS.probabilities), 5, 0.1]),
    );
    expect(one && !isError(one)).toBe(true);
    const shares = asColumn(Array.from({ length: grants }, () => 10000));
    const expected = Array.from({ length: grants }, () => [one]);
    for (const [prices, probabilities] of [
      [asColumn(SCENARIOS.prices), asColumn(SCENARIOS.probabilities)],
      [[SCENARIOS.prices], [SCENARIOS.probabilities]],
    ]) {
      const r = paths.call(path, 'EXITVALUE', [shares, 2, prices, probabilities, 5, 0.1]);
      expect(r.problem).toBeUndefined();
      expect(r.grid).toEqual(expected);
    }
    // Different shares per grant: each row is its own grant, scaled, whatever the count.
    const scaled = paths.call(path, 'EXITVALUE', [
      asColumn(Array.from({ length: grants }, (_, g) => 10000 * (g + 1))),
      2,
      asColumn(SCENARIOS.prices),
      asColumn(SCENARIOS.probabilities),
      5,
      0.1,
    ]);
    expect(scaled.grid?.map((row, g) => (row[0] as { v: number }).v / (g + 1))).toEqual(
      expected.map(() => expect.closeTo((one as { v: number }).v, 6)),
    );
  });

  test.each([1, 2, 3, 4, 5])('AI.OFFER: %i offers with a payout history given as one row', (offers) => {
    const one = single(
      paths.call(path, 'OFFER', [200000, 0.15, [[0.8, 1]], 400000, 'startup', '4y-1y-cliff-monthly', 20000]),
    );
    expect(one && !isError(one)).toBe(true);
    const r = paths.call(path, 'OFFER', [
      asColumn(Array.from({ length: offers }, () => 200000)),
      0.15,
      [[0.8, 1]],
      400000,
      'startup',
      '4y-1y-cliff-monthly',
      20000,
    ]);
    expect(r.grid).toEqual(Array.from({ length: offers }, () => [one]));
  });

  test.each([2, 3, 4])('AI.BLEND: %i figures in a column beside %i weights in a column is one blend', (n) => {
    const values = Array.from({ length: n }, (_, k) => 100000 + 10000 * k);
    const asRow = single(paths.call(path, 'BLEND', [[values], [values.map(() => 1)]]));
    const asCol = single(paths.call(path, 'BLEND', [asColumn(values), asColumn(values.map(() => 1))]));
    expect(asRow && !isError(asRow)).toBe(true);
    expect(asCol).toEqual(asRow);
  });
});
