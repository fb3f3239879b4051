/**
 * Band math catalog entries (issue 3): compa-ratio, penetration, spread, ranges, ageing, blending
 * and local bands (contractor billing is in contractor-billing.ts). The formulas live in
 * core/band/; these entries say how each argument is read and what a bad value should have been.
 */
import { defineFunction, FunctionSpec, param, ParamSpec, withDefault } from '../function-spec';
import { fractionRule, toDateSerial, toText } from '../coerce';
import { badNumber, badValue, isSheetError, sheetError, SheetError } from '../errors';
import { serialToIsoDate } from '../coerce';
import { compaRatio, rangeFromMidpoint, rangePenetration, rangeSpread, SPREAD_CONVENTIONS } from '../band/range-math';
import { ageFigure, AGEING_METHODS } from '../band/ageing';
import { blendedRate } from '../band/blend';
import { seniorityRatio } from '../band/local-band';
import { showParam } from './rates';
import { LevelRef } from '../band/embedded-bands';
import {
  aboveZero,
  atLeastZero,
  choiceParam,
  levelParam,
  listOf,
  NameRef,
  numberParam,
  reparse,
  salaryParam,
  sourceParam,
} from './params';
import { isUserBandTable, userSeniorityRatio } from '../band/user-table';

export const COMPA = defineFunction({
  name: 'COMPA',
  summary: 'Compa-ratio: salary over the range midpoint (1 is at the midpoint).',
  params: [
    salaryParam,
    numberParam('midpoint', 'the range midpoint, e.g. AI.BAND(role, level, "mid")', aboveZero('a midpoint')),
  ],
  result: 'cell',
  example: [195000, { call: 'BAND', args: ['LLMOps', 'Senior', 'mid'] }],
  run: (salary, midpoint) => compaRatio(salary, midpoint),
});

export const PENETRATION = defineFunction({
  name: 'PENETRATION',
  summary: 'Range penetration: where a salary sits in its range, 0 at the minimum and 1 at the maximum.',
  params: [
    salaryParam,
    numberParam('min', 'the range minimum', atLeastZero('a range minimum')),
    numberParam('max', 'the range maximum (above the minimum)', atLeastZero('a range maximum')),
  ],
  result: 'cell',
  example: [210000, 200000, 269000],
  run(salary, min, max) {
    if (max <= min)
      return badNumber(
        `max: expected a range maximum above the minimum (${min}), received ${max}; check that min and max are not swapped`,
      );
    return rangePenetration(salary, min, max);
  },
});

export const SPREAD = defineFunction({
  name: 'SPREAD',
  summary: 'Range spread over the minimum: (max - min) / min.',
  params: [
    numberParam('min', 'the range minimum', aboveZero('a range minimum')),
    numberParam('max', 'the range maximum', atLeastZero('a range maximum')),
  ],
  result: 'cell',
  example: [200000, 269000],
  run(min, max) {
    if (max < min)
      return badNumber(
        `max: expected a range maximum of at least the minimum (${min}), received ${max}; check that min and max are not swapped`,
      );
    return rangeSpread(min, max);
  },
});

const conventionParam = withDefault(
  choiceParam(
    'convention',
    'how the spread is measured: "over-min" ((max - min) / min, midpoint halfway) or "around-mid" (min and max at mid x (1 -/+ spread / 2))',
    SPREAD_CONVENTIONS,
    {
      min: 'over-min',
      minimum: 'over-min',
      'over minimum': 'over-min',
      mid: 'around-mid',
      midpoint: 'around-mid',
      'around midpoint': 'around-mid',
    },
  ),
  'over-min',
);

export const RANGE = defineFunction({
  name: 'RANGE',
  summary:
    'A salary range min, mid, max from a midpoint and a spread (over the minimum by default; "around-mid" on request).',
  params: [
    numberParam('midpoint', 'the range midpoint', aboveZero('a midpoint')),
    numberParam('spread', 'the range spread as a fraction, e.g. 0.5 for 50%', fractionRule('a spread', 3)),
    conventionParam,
  ],
  result: 'row',
  columns: ['min', 'mid', 'max'],
  example: [180000, 0.5],
  run(midpoint, spread, convention) {
    if (convention === 'around-mid' && spread > 2) {
      return badNumber(
        `spread: expected at most 2 with convention "around-mid" (a larger spread puts the minimum below 0), received ${spread}; did you mean a fraction such as 0.5 for 50%?`,
      );
    }
    const range = rangeFromMidpoint(midpoint, spread, convention);
    return [range.min, range.mid, range.max];
  },
});

/**
 * Our choice, stated in the help: published salary-increase budgets and pay trends run a few
 * percent a year, so a rate beyond 50% a year either way is a typo (1 for 1%, 0.5 meant as 0.5%
 * passes, the nearest a bound can come without refusing a real trend in a hot market).
 */
const AGEING_RATE_BOUND = 0.5;

const dateParam = (name: string, description: string): ParamSpec<number> =>
  param({ name, description, cellType: 'any', parse: (cell) => toDateSerial(cell, name) });

export const AGE = defineFunction({
  name: 'AGE',
  summary:
    'A survey figure aged (trended) from its effective date to another date at an annual rate: compound by default, "simple" on request; time is actual days / 365.25.',
  params: [
    numberParam('amount', 'the survey figure to age, e.g. 180000', atLeastZero('an amount')),
    dateParam('fromDate', "the survey's effective date (a date, a serial number, or text like 2026-01-01)"),
    dateParam('toDate', 'the date to age it to (on or after fromDate)'),
    numberParam(
      'annualRate',
      `the annual rate as a fraction, e.g. 0.04 for 4%; from -${AGEING_RATE_BOUND} to ${AGEING_RATE_BOUND} (our bound, not a source's: pay trends run a few percent a year, so 1 typed for 1% is refused, not aged at 100% a year)`,
      fractionRule('an annual rate', AGEING_RATE_BOUND, -AGEING_RATE_BOUND),
    ),
    withDefault(
      choiceParam('method', '"compound" or "simple"', AGEING_METHODS, { compounded: 'compound', linear: 'simple' }),
      'compound',
    ),
  ],
  result: 'cell',
  example: [180000, { date: [2026, 1, 1] }, { date: [2026, 7, 1] }, 0.04],
  run(value, from, to, rate, method) {
    if (to < from)
      return badNumber(
        `toDate: expected a date on or after fromDate (${serialToIsoDate(from)}), received ${serialToIsoDate(to)}; ageing runs forward from the survey date (swap the dates?)`,
      );
    return ageFigure(value, from, to, rate, method);
  },
});

export const BLEND = defineFunction({
  name: 'BLEND',
  summary:
    'Blended market rate: the mean of several figures, weighted when weights are given (weights are normalised).',
  params: [
    listOf(numberParam('values', 'the figures to blend (a row or column)', atLeastZero('a figure'))),
    listOf(
      numberParam(
        'weights',
        'a weight for each figure (e.g. sample sizes or 0.6, 0.4); equal weights if omitted',
        { min: 0, what: 'a weight' },
        true,
      ),
    ),
  ],
  result: 'cell',
  example: [
    { ref: 'B2:D2', sample: [[180000, 195000, 210000]] },
    { ref: 'B1:D1', sample: [[1, 2, 1]] },
  ],
  run(values, weights) {
    if (values.length === 0) return badValue('values: expected at least one figure to blend, received none');
    if (weights.length > 0) {
      if (weights.length !== values.length)
        return badValue(
          `weights: expected one weight for each of the ${values.length} values, received ${weights.length}`,
        );
      if (weights.every((w) => w === 0))
        return badNumber('weights: expected at least one weight above 0, received only zeros');
      return blendedRate(values, weights);
    }
    return blendedRate(values);
  },
});

/** levelParam under another name, so its messages name the argument the user typed. */
const anchorLevelParam: ParamSpec<LevelRef> = reparse(
  levelParam,
  (cell) => {
    const level = levelParam.parse(cell);
    return isSheetError(level) ? sheetError(level.kind, level.message.replace(/^level\b/, 'anchorLevel')) : level;
  },
  { name: 'anchorLevel', description: 'the level of the anchor figure, e.g. "Mid" (or years of experience)' },
);

/**
 * A level kept as typed beside its match in our vocabulary, so a user's own band table (issue 7)
 * can match its own level names ("L5", "Grade 7"); the embedded curve uses `builtIn`.
 */
const levelAsTyped = (base: ParamSpec<LevelRef>): ParamSpec<NameRef<LevelRef>> =>
  reparse(base, (cell): NameRef<LevelRef> | SheetError => {
    const text = toText(cell, base.name);
    return isSheetError(text) ? text : { text, builtIn: base.parse(cell) };
  });

export const LOCALBAND = defineFunction({
  name: 'LOCALBAND',
  summary:
    'A local figure for a level, projected from a local anchor along the US seniority curve (AI Engineer band mids) or your own band table\'s, for markets with no verified data: an estimate; AI.SOURCE(anchorLevel, level, "local") says how.',
  params: [
    numberParam('anchor', 'a local figure you trust, e.g. a recent local Mid offer', aboveZero('an anchor figure')),
    levelAsTyped(anchorLevelParam),
    levelAsTyped(levelParam),
    {
      ...sourceParam,
      description:
        'the curve to project along: omit for the US AI Engineer band midpoints, "nexus" for that table, or your own band table (a range with a header row: role, level, mid or min and max, ...)',
    },
    param({
      name: 'role',
      optional: true,
      cellType: 'string',
      zeroIsBlank: 'always',
      description: 'with your own band table: the role whose curve to use (omit when the table has one role)',
      parse: (cell) => toText(cell, 'role'),
    }),
    showParam,
  ],
  result: 'cell',
  example: [2400000, 'Mid', 'Senior'],
  run(anchor, anchorLevel, level, source, role, show) {
    if (isUserBandTable(source)) {
      const ratio = userSeniorityRatio(source, anchorLevel.text, level.text, role);
      // a ratio of your own figures, carried to the local market: the `local-curve` assumption
      return isSheetError(ratio) ? ratio : show === 'grade' ? 'estimate' : anchor * ratio.factor;
    }
    if (role !== undefined)
      return badValue(
        'role: expected no role with the embedded curve (it is the AI Engineer band midpoints, the same shape for every role); give a role only with your own band table as source',
      );
    if (isSheetError(anchorLevel.builtIn)) return anchorLevel.builtIn;
    if (isSheetError(level.builtIn)) return level.builtIn;
    const ratio = seniorityRatio(anchorLevel.builtIn, level.builtIn, source);
    return isSheetError(ratio) ? ratio : show === 'grade' ? ratio.grade : anchor * ratio.factor;
  },
});

export const BAND_MATH_FUNCTIONS: readonly FunctionSpec[] = [COMPA, PENETRATION, SPREAD, RANGE, AGE, BLEND, LOCALBAND];
