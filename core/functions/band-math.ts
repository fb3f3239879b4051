/**
 * Band math catalog entries (issue 3): compa-ratio, penetration, spread, ranges, ageing, blending,
 * local bands, and contractor and loaded-cost conversions. The formulas live in core/band/; these
 * entries say how each argument is read and what a bad value should have been.
 */
import { FunctionSpec, ParamSpec } from '../function-spec';
import { OutputCell } from '../cells';
import { fractionRule, toDateSerial, toText } from '../coerce';
import { badNumber, badValue, isSheetError, notAvailable, sheetError, SheetError } from '../errors';
import { serialToIsoDate } from '../coerce';
import { compaRatio, rangeFromMidpoint, rangePenetration, rangeSpread, SPREAD_CONVENTIONS, SpreadConvention } from '../band/range-math';
import { ageFigure, AGEING_METHODS, AgeingMethod } from '../band/ageing';
import { blendedRate } from '../band/blend';
import { seniorityRatio } from '../band/local-band';
import { showParam, Show } from './lookups';
import { billRate, loadedCost, margin, payRate } from '../band/contractor-math';
import { LevelRef } from '../band/embedded-bands';
import { choiceParam, levelParam, NameRef, numberParam, sourceParam } from './params';
import { isUserBandTable, userSeniorityRatio, UserBandTable } from '../band/user-table';
import { BandTable } from '../../data/band-tables';

const amount = (what: string) => ({ min: 0, what });
const positive = (what: string) => ({ min: 0, minExclusive: true, what });

const salaryParam = numberParam('salary', 'the salary (annual base), e.g. 185000', amount('a salary'));

export const COMPA: FunctionSpec = {
  name: 'COMPA',
  summary: 'Compa-ratio: salary over the range midpoint (1 is at the midpoint).',
  params: [salaryParam, numberParam('midpoint', 'the range midpoint, e.g. AI.BAND(role, level, "mid")', positive('a midpoint'))],
  result: 'cell',
  example: '=AI.COMPA(195000, AI.BAND("LLMOps","Senior","mid"))',
  run: (salary: number, midpoint: number) => compaRatio(salary, midpoint),
};

export const PENETRATION: FunctionSpec = {
  name: 'PENETRATION',
  summary: 'Range penetration: where a salary sits in its range, 0 at the minimum and 1 at the maximum.',
  params: [
    salaryParam,
    numberParam('min', 'the range minimum', amount('a range minimum')),
    numberParam('max', 'the range maximum (above the minimum)', amount('a range maximum')),
  ],
  result: 'cell',
  example: '=AI.PENETRATION(210000, 200000, 269000)',
  run(salary: number, min: number, max: number): OutputCell {
    if (max <= min) return badNumber(`max: expected a range maximum above the minimum (${min}), received ${max}; check that min and max are not swapped`);
    return rangePenetration(salary, min, max);
  },
};

export const SPREAD: FunctionSpec = {
  name: 'SPREAD',
  summary: 'Range spread over the minimum: (max - min) / min.',
  params: [numberParam('min', 'the range minimum', positive('a range minimum')), numberParam('max', 'the range maximum', amount('a range maximum'))],
  result: 'cell',
  example: '=AI.SPREAD(200000, 269000)',
  run(min: number, max: number): OutputCell {
    if (max < min) return badNumber(`max: expected a range maximum of at least the minimum (${min}), received ${max}; check that min and max are not swapped`);
    return rangeSpread(min, max);
  },
};

const conventionParam = choiceParam(
  'convention',
  'how the spread is measured: "over-min" (default: (max - min) / min, midpoint halfway) or "around-mid" (min and max at mid x (1 -/+ spread / 2))',
  SPREAD_CONVENTIONS,
  { min: 'over-min', minimum: 'over-min', 'over minimum': 'over-min', mid: 'around-mid', midpoint: 'around-mid', 'around midpoint': 'around-mid' },
);

export const RANGE: FunctionSpec = {
  name: 'RANGE',
  summary: 'A salary range min, mid, max from a midpoint and a spread (over the minimum by default; "around-mid" on request).',
  params: [
    numberParam('midpoint', 'the range midpoint', positive('a midpoint')),
    numberParam('spread', 'the range spread as a fraction, e.g. 0.5 for 50%', fractionRule('a spread', 3)),
    conventionParam,
  ],
  result: 'row',
  columns: ['min', 'mid', 'max'],
  example: '=AI.RANGE(180000, 0.5)',
  run(midpoint: number, spread: number, convention: SpreadConvention | undefined): OutputCell[] | OutputCell {
    if (convention === 'around-mid' && spread > 2) {
      return badNumber(`spread: expected at most 2 with convention "around-mid" (a larger spread puts the minimum below 0), received ${spread}; did you mean a fraction such as 0.5 for 50%?`);
    }
    const range = rangeFromMidpoint(midpoint, spread, convention ?? 'over-min');
    return [range.min, range.mid, range.max];
  },
};

const dateParam = (name: string, description: string): ParamSpec => ({ name, description, cellType: 'any', parse: (cell) => toDateSerial(cell, name) });

export const AGE: FunctionSpec = {
  name: 'AGE',
  summary: 'A survey figure aged (trended) from its effective date to another date at an annual rate: compound by default, "simple" on request; time is actual days / 365.25.',
  params: [
    numberParam('amount', 'the survey figure to age, e.g. 180000', amount('an amount')),
    dateParam('fromDate', "the survey's effective date (a date, a serial number, or text like 2026-01-01)"),
    dateParam('toDate', 'the date to age it to (on or after fromDate)'),
    numberParam('annualRate', 'the annual rate as a fraction, e.g. 0.04 for 4%', { ...fractionRule('an annual rate', 1, -1), minExclusive: true }),
    choiceParam('method', '"compound" (default) or "simple"', AGEING_METHODS, { compounded: 'compound', linear: 'simple' }),
  ],
  result: 'cell',
  example: '=AI.AGE(180000, DATE(2026,1,1), DATE(2026,7,1), 0.04)',
  run(value: number, from: number, to: number, rate: number, method: AgeingMethod | undefined): OutputCell {
    if (to < from) return badNumber(`toDate: expected a date on or after fromDate (${serialToIsoDate(from)}), received ${serialToIsoDate(to)}; ageing runs forward from the survey date (swap the dates?)`);
    return ageFigure(value, from, to, rate, method ?? 'compound');
  },
};

const listOfNumbers = (name: string, description: string, rule: Parameters<typeof numberParam>[2], optional = false): ParamSpec => ({
  ...numberParam(name, description, rule, optional),
  kind: 'list',
});

export const BLEND: FunctionSpec = {
  name: 'BLEND',
  summary: 'Blended market rate: the mean of several figures, weighted when weights are given (weights are normalised).',
  params: [
    listOfNumbers('values', 'the figures to blend (a row or column)', amount('a figure')),
    listOfNumbers('weights', 'a weight for each figure (e.g. sample sizes or 0.6, 0.4); equal weights if omitted', { min: 0, what: 'a weight' }, true),
  ],
  result: 'cell',
  example: '=AI.BLEND(B2:D2, B1:D1)',
  run(values: number[], weights: number[] | undefined): OutputCell {
    if (values.length === 0) return badValue('values: expected at least one figure to blend, received none');
    if (weights && weights.length > 0) {
      if (weights.length !== values.length) return badValue(`weights: expected one weight for each of the ${values.length} values, received ${weights.length}`);
      if (weights.every((w) => w === 0)) return badNumber('weights: expected at least one weight above 0, received only zeros');
      return blendedRate(values, weights);
    }
    return blendedRate(values);
  },
};

/** levelParam under another name, so its messages name the argument the user typed. */
const anchorLevelParam: ParamSpec = {
  ...levelParam,
  name: 'anchorLevel',
  description: 'the level of the anchor figure, e.g. "Mid" (or years of experience)',
  parse: (cell) => {
    const level = levelParam.parse(cell);
    return isSheetError(level) ? sheetError(level.kind, level.message.replace(/^level\b/, 'anchorLevel')) : level;
  },
};

/**
 * A level kept as typed beside its match in our vocabulary, so a user's own band table (issue 7)
 * can match its own level names ("L5", "Grade 7"); the embedded curve uses `builtIn`.
 */
const levelAsTyped = (base: ParamSpec): ParamSpec => ({
  ...base,
  parse: (cell): NameRef<LevelRef> | SheetError => {
    const text = toText(cell, base.name);
    return isSheetError(text) ? text : { text, builtIn: base.parse(cell) as LevelRef | SheetError };
  },
});

export const LOCALBAND: FunctionSpec = {
  name: 'LOCALBAND',
  summary: 'A local figure for a level, projected from a local anchor figure along the US seniority curve (AI Engineer band midpoints), or along your own band table\'s curve, for markets with no verified data; show "grade" for its grade, AI.SOURCE(anchorLevel, level, "local") for how.',
  params: [
    numberParam('anchor', 'a local figure you trust, e.g. a recent local Mid offer', positive('an anchor figure')),
    levelAsTyped(anchorLevelParam),
    levelAsTyped(levelParam),
    { ...sourceParam, description: 'the curve to project along: omit for the US AI Engineer band midpoints, "nexus" for that table, or your own band table (a range with a header row: role, level, mid or min and max, ...)' },
    { name: 'role', optional: true, cellType: 'string', description: 'with your own band table: the role whose curve to use (omit when the table has one role)', parse: (cell) => toText(cell, 'role') },
    showParam,
  ],
  result: 'cell',
  example: '=AI.LOCALBAND(2400000, "Mid", "Senior")',
  run(anchor: number, anchorLevel: NameRef<LevelRef>, level: NameRef<LevelRef>, source: BandTable | UserBandTable | undefined, role: string | undefined, show: Show | undefined): OutputCell {
    if (isUserBandTable(source)) {
      const ratio = userSeniorityRatio(source, anchorLevel.text, level.text, role);
      // a ratio of your own figures: arithmetic over one source
      return isSheetError(ratio) ? ratio : show === 'grade' ? 'derived' : anchor * ratio.factor;
    }
    if (role !== undefined) return badValue('role: expected no role with the embedded curve (it is the AI Engineer band midpoints, the same shape for every role); give a role only with your own band table as source');
    if (isSheetError(anchorLevel.builtIn)) return anchorLevel.builtIn;
    if (isSheetError(level.builtIn)) return level.builtIn;
    const ratio = seniorityRatio(anchorLevel.builtIn, level.builtIn, source);
    return isSheetError(ratio) ? ratio : show === 'grade' ? ratio.grade : anchor * ratio.factor;
  },
};

/** The markup on the pay rate, as agencies quote it; AI.BILLRATE and AI.PAYRATE read it the same way. */
// A markup of 300% is far above staffing practice; 50 meaning 50% is refused (issue 15).
const markupParam = numberParam('markup', 'the markup on the pay rate as a fraction, e.g. 0.5 for 50%', fractionRule('a markup', 3));

export const BILLRATE: FunctionSpec = {
  name: 'BILLRATE',
  summary: 'Contractor bill rate from the pay rate and the markup on it: pay x (1 + markup).',
  params: [numberParam('payRate', "the contractor's pay rate, e.g. 60.30 an hour", amount('a pay rate')), markupParam],
  result: 'cell',
  example: '=AI.BILLRATE(60.3, 0.5)',
  run: (pay: number, markup: number) => billRate(pay, markup),
};

export const PAYRATE: FunctionSpec = {
  name: 'PAYRATE',
  summary: 'Contractor pay rate from the bill rate and the markup on the pay rate: bill / (1 + markup).',
  params: [numberParam('billRate', 'the bill rate, e.g. 90.45 an hour', amount('a bill rate')), markupParam],
  result: 'cell',
  example: '=AI.PAYRATE(90.45, 0.5)',
  run: (bill: number, markup: number) => payRate(bill, markup),
};

export const MARGIN: FunctionSpec = {
  name: 'MARGIN',
  summary: 'Agency margin on the bill rate, (bill - pay) / bill (a 50% markup on pay is a 33.3% margin).',
  params: [numberParam('billRate', 'the bill rate', positive('a bill rate')), numberParam('payRate', "the contractor's pay rate", amount('a pay rate'))],
  result: 'cell',
  example: '=AI.MARGIN(90.45, 60.3)',
  run: (bill: number, pay: number) => margin(bill, pay),
};

export const LOADED: FunctionSpec = {
  name: 'LOADED',
  summary: 'Fully loaded employee cost, salary x burden multiplier (e.g. 1.3 for 30% on top), to compare a salaried hire with a contractor. No default burden: no source in the data states one.',
  params: [
    salaryParam,
    numberParam('burden', 'the burden multiplier from your own finance data, e.g. 1.3 for benefits, taxes and overhead of 30% on top of salary', { min: 1, what: 'a burden multiplier (1.3 means 30% on top of salary)' }, true),
  ],
  result: 'cell',
  example: '=AI.LOADED(180000, 1.3)',
  run(salary: number, burden: number | undefined): OutputCell {
    if (burden === undefined) {
      return notAvailable('burden: no source in the data states a burden multiplier, so there is no default; give your own, e.g. AI.LOADED(salary, 1.3) for benefits, taxes and overhead of 30% on top of salary');
    }
    return loadedCost(salary, burden);
  },
};

export const BAND_MATH_FUNCTIONS: readonly FunctionSpec[] = [COMPA, PENETRATION, SPREAD, RANGE, AGE, BLEND, LOCALBAND, BILLRATE, PAYRATE, MARGIN, LOADED];
