/**
 * Range health catalog entries (issue 23): where each row sits in its range (AI.POSITION) and the
 * pay that reaches a target (AI.PAYFOR), lifted like every per-row function; and the population
 * against its ranges (AI.HEALTH) and new hires against incumbents (AI.COMPRESSION), which read
 * their columns whole so blank and error rows are counted, not skipped. The math is core/health/.
 */
import { InputCell } from '../cells';
import { toDateSerial } from '../coerce';
import { defineFunction, FunctionSpec, param, ParamSpec, withDefault } from '../function-spec';
import { badValue, isSheetError, notAvailable } from '../errors';
import { POPULATION_DEFAULT_VALUES } from '../../data/population-defaults';
import { aboveZero, atLeastZero, choiceParam, numberParam } from './params';
import { bandProblem, payFor, POSITION_MEASURES, positionRow, TARGET_MEASURES } from '../health/position';
import { FigureColumn, readPopulation } from '../health/population';
import { healthTable } from '../health/health-table';
import { compressionTable, latestHire } from '../health/compression-table';

const payParam = numberParam('pay', 'the annual base pay, e.g. 185000', atLeastZero('a pay figure'));
const minParam = numberParam(
  'min',
  'the range minimum, e.g. AI.BAND(role, level, "min")',
  atLeastZero('a range minimum'),
);
const midParam = numberParam('mid', 'the range midpoint', aboveZero('a midpoint'));
const maxParam = numberParam('max', 'the range maximum (above the minimum)', atLeastZero('a range maximum'));

const ZONE_HELP =
  '"zone" (below min, Q1, Q2, Q3, Q4 or above max: range quartiles by penetration, each holding its lower edge, Q4 holding the maximum)';

export const POSITION = defineFunction({
  name: 'POSITION',
  summary:
    'Where pay sits in its range: compa-ratio, penetration, zone, the raise to reach the minimum and the amount above the maximum; omit measure for the row of all five.',
  params: [
    payParam,
    minParam,
    midParam,
    maxParam,
    choiceParam(
      'measure',
      `which: "compa" (pay / mid), "penetration" ((pay - min) / (max - min)), ${ZONE_HELP}, "tomin" (raise to reach the minimum, 0 at or above it) or "overmax" (amount above the maximum, 0 at or below it); omit for the row of all five`,
      POSITION_MEASURES,
      {
        'compa-ratio': 'compa',
        'compa ratio': 'compa',
        quartile: 'zone',
        'to min': 'tomin',
        'raise to min': 'tomin',
        'over max': 'overmax',
        'above max': 'overmax',
      },
    ),
  ],
  result: 'row',
  columns: [...POSITION_MEASURES],
  example: [180000, 160000, 200000, 240000],
  run(pay, min, mid, max, measure) {
    const problem = bandProblem(min, mid, max);
    if (problem) return problem;
    const row = positionRow(pay, min, mid, max);
    return measure ? row[POSITION_MEASURES.indexOf(measure)] : row;
  },
});

export const PAYFOR = defineFunction({
  name: 'PAYFOR',
  summary:
    'The pay that reaches a target compa-ratio (target x mid) or range penetration (min + target x (max - min)): the inverse of AI.POSITION.',
  params: [
    numberParam('target', 'the compa-ratio (e.g. 0.9) or penetration (e.g. 0.5) to reach', atLeastZero('a target')),
    minParam,
    midParam,
    maxParam,
    withDefault(
      choiceParam('measure', 'what target is: "compa" or "penetration"', TARGET_MEASURES, {
        'compa-ratio': 'compa',
        'compa ratio': 'compa',
      }),
      'compa',
    ),
  ],
  result: 'cell',
  example: [0.9, 160000, 200000, 240000],
  run(target, min, mid, max, measure) {
    return bandProblem(min, mid, max) ?? payFor(target, measure, min, mid, max);
  },
});

/** A column read whole, cells as given (ParamKind `range`); a row is read as a column. */
function columnParam(name: string, description: string, optional = false): ParamSpec<InputCell[], InputCell[]> {
  return {
    name,
    description,
    optional,
    kind: 'range',
    cellType: 'any',
    parse: (cell) => [cell],
    parseTable(grid) {
      if (grid[0].length === 1) return grid.map((row) => row[0]);
      if (grid.length === 1) return grid[0];
      return badValue(
        `${name}: expected a single column (or row), received a ${grid.length}×${grid[0].length} range; give each figure its own column`,
      );
    },
  };
}

/** Figure columns as tall as `rows`, or a single cell for every row; else what is wrong. */
function figureColumns(
  rows: number,
  columns: readonly (readonly [ParamSpec<number>, readonly InputCell[]])[],
  lead: string,
): FigureColumn[] | ReturnType<typeof badValue> {
  const read: FigureColumn[] = [];
  for (const [spec, cells] of columns) {
    if (cells.length !== rows && cells.length !== 1)
      return badValue(
        `${spec.name}: expected ${rows} rows like ${lead} (or a single cell for every row), received ${cells.length}`,
      );
    read.push({ cells, parse: spec.parse });
  }
  return read;
}

function groupColumn(rows: number, cells: readonly InputCell[] | undefined, name: string, lead: string) {
  return cells && cells.length !== rows
    ? badValue(`${name}: expected ${rows} rows like ${lead}, received ${cells.length}`)
    : cells;
}

const ROW_KINDS =
  "rows with a blank pay, min, mid or max count as blank rows, an error, unreadable figure or out-of-order band as error rows, never in the measures; rows blank in every input (a range's unused tail) are left out";

const { lowCompa, highCompa, windowMonths } = POPULATION_DEFAULT_VALUES;
const defaultNote = (topic: string) => `our choice, see AI.SOURCE("${topic}", , "default")`;

export const HEALTH = defineFunction({
  name: 'HEALTH',
  summary:
    'Range health of a population, a row per group (first seen first) and a total: headcount, blank and error rows, below min and above max, compa-ratio mean and percentiles, compa flags, penetration quartiles, cost to min, pay above max.',
  params: [
    columnParam('pay', `the pay column, e.g. annual base; ${ROW_KINDS}`),
    columnParam(
      'min',
      'the range minimum column, or one cell for every row; pay below it is "below min" ("green circle")',
    ),
    columnParam('mid', 'the range midpoint column, or one cell for every row'),
    columnParam(
      'max',
      'the range maximum column, or one cell for every row; pay above it is "above max" (commonly "red circle", a term US law uses more narrowly, so the column says above max)',
    ),
    columnParam('groupBy', 'the column to group by, e.g. level; omit for the total row only', true),
    withDefault(numberParam('lowCompa', 'count compa-ratios below this', aboveZero('a compa-ratio'), true), lowCompa, {
      note: defaultNote('health'),
    }),
    withDefault(
      numberParam('highCompa', 'count compa-ratios above this', aboveZero('a compa-ratio'), true),
      highCompa,
      {
        note: defaultNote('health'),
      },
    ),
  ],
  result: 'table',
  example: [
    { ref: 'C2:C5', sample: [[150000], [185000], [210000], [262000]] },
    { ref: 'D2:D5', sample: [[160000], [160000], [160000], [200000]] },
    { ref: 'E2:E5', sample: [[200000], [200000], [200000], [250000]] },
    { ref: 'F2:F5', sample: [[240000], [240000], [240000], [300000]] },
    { ref: 'B2:B5', sample: [['Mid'], ['Mid'], ['Mid'], ['Senior']] },
  ],
  run(pay, min, mid, max, groupBy, low, high) {
    if (low >= high) return badValue(`highCompa: expected a compa-ratio above lowCompa (${low}), received ${high}`);
    const rows = pay.length;
    const columns = figureColumns(
      rows,
      [
        [payParam, pay],
        [minParam, min],
        [midParam, mid],
        [maxParam, max],
      ],
      'pay',
    );
    if (isSheetError(columns)) return columns;
    const groups = groupColumn(rows, groupBy, 'groupBy', 'pay');
    if (isSheetError(groups)) return groups;
    return healthTable(readPopulation(rows, columns, groups), groups !== undefined, low, high);
  },
});

const hireDateParam = param({
  name: 'hireDate',
  description: 'the hire date',
  cellType: 'any',
  parse: (cell) => toDateSerial(cell, 'hireDate'),
});

export const COMPRESSION = defineFunction({
  name: 'COMPRESSION',
  summary:
    "Pay compression per group (first seen first) and in total: new hires' median pay (hired in the windowMonths before asOf, or later) over the others' median, with each count; 1 or more means new hires are paid at or above incumbents.",
  params: [
    columnParam('pay', 'the pay column, e.g. annual base; blank and error rows are counted, not used'),
    columnParam('hireDate', 'the hire date column (dates, serial numbers or text like 2026-01-31)'),
    columnParam('group', 'the column to compare within, e.g. level'),
    param({
      name: 'asOf',
      optional: true,
      cellType: 'any',
      description: `the date the window ends (default: the latest hire date in hireDate, ${defaultNote('compression')}; TODAY() for today)`,
      parse: (cell) => toDateSerial(cell, 'asOf'),
    }),
    withDefault(
      numberParam(
        'windowMonths',
        'how many months before asOf a new hire was hired in',
        { min: 1, max: 600, integer: true, what: 'a number of months' },
        true,
      ),
      windowMonths,
      { note: defaultNote('compression') },
    ),
  ],
  result: 'table',
  example: [
    { ref: 'C2:C5', sample: [[190000], [182000], [176000], [200000]] },
    { ref: 'G2:G5', sample: [['2026-05-01'], ['2023-03-15'], ['2021-09-01'], ['2025-11-20']] },
    { ref: 'B2:B5', sample: [['Mid'], ['Mid'], ['Mid'], ['Mid']] },
    { date: [2026, 6, 30] },
  ],
  run(pay, hireDate, group, asOf, months) {
    const rows = pay.length;
    const columns = figureColumns(
      rows,
      [
        [payParam, pay],
        [hireDateParam, hireDate],
      ],
      'pay',
    );
    if (isSheetError(columns)) return columns;
    const groups = groupColumn(rows, group, 'group', 'pay');
    if (isSheetError(groups)) return groups;
    const population = readPopulation(rows, columns, groups);
    const end = asOf ?? latestHire(population);
    if (end === undefined)
      return notAvailable(
        'asOf: no row has both a readable pay and hire date to take the latest hire date from; fill in pay and hireDate, or pass asOf',
      );
    return compressionTable(population, end, months);
  },
});

export const RANGE_HEALTH_FUNCTIONS: readonly FunctionSpec[] = [POSITION, PAYFOR, HEALTH, COMPRESSION];
