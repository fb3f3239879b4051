/**
 * Contractor billing catalog entries: bill rate, pay rate and agency margin from a markup, and the
 * loaded cost of a salaried hire to compare with a contractor. The formulas are in
 * core/band/contractor-math.ts.
 */
import { defineFunction, FunctionSpec } from '../function-spec';
import { notAvailable } from '../errors';
import { billRate, loadedCost, margin, payRate } from '../band/contractor-math';
import { aboveZero, atLeastZero, numberParam, salaryParam } from './params';
import { fractionRule } from '../coerce';

/** The markup on the pay rate, as agencies quote it; AI.BILLRATE and AI.PAYRATE read it the same way. */
// A markup of 300% is far above staffing practice; 50 meaning 50% is refused (issue 15).
const markupParam = numberParam(
  'markup',
  'the markup on the pay rate as a fraction, e.g. 0.5 for 50%',
  fractionRule('a markup', 3),
);

export const BILLRATE = defineFunction({
  name: 'BILLRATE',
  summary: 'Contractor bill rate from the pay rate and the markup on it: pay x (1 + markup).',
  params: [
    numberParam('payRate', "the contractor's pay rate, e.g. 60.30 an hour", atLeastZero('a pay rate')),
    markupParam,
  ],
  result: 'cell',
  example: [60.3, 0.5],
  run: (pay, markup) => billRate(pay, markup),
});

export const PAYRATE = defineFunction({
  name: 'PAYRATE',
  summary: 'Contractor pay rate from the bill rate and the markup on the pay rate: bill / (1 + markup).',
  params: [numberParam('billRate', 'the bill rate, e.g. 90.45 an hour', atLeastZero('a bill rate')), markupParam],
  result: 'cell',
  example: [90.45, 0.5],
  run: (bill, markup) => payRate(bill, markup),
});

export const MARGIN = defineFunction({
  name: 'MARGIN',
  summary: 'Agency margin on the bill rate, (bill - pay) / bill (a 50% markup on pay is a 33.3% margin).',
  params: [
    numberParam('billRate', 'the bill rate', aboveZero('a bill rate')),
    numberParam('payRate', "the contractor's pay rate", atLeastZero('a pay rate')),
  ],
  result: 'cell',
  example: [90.45, 60.3],
  run: (bill, pay) => margin(bill, pay),
});

export const LOADED = defineFunction({
  name: 'LOADED',
  summary:
    'Fully loaded employee cost, salary x burden multiplier (e.g. 1.3 for 30% on top), to compare a salaried hire with a contractor. No default burden: no source in the data states one.',
  params: [
    salaryParam,
    numberParam(
      'burden',
      'the burden multiplier from your own finance data, e.g. 1.3 for benefits, taxes and overhead of 30% on top of salary',
      { min: 1, max: 3, what: 'a burden multiplier (1.3 means 30% on top of salary)' },
      true,
    ),
  ],
  result: 'cell',
  example: [180000, 1.3],
  run(salary, burden) {
    if (burden === undefined) {
      return notAvailable(
        'burden: no source in the data states a burden multiplier, so there is no default; give your own, e.g. AI.LOADED(salary, 1.3) for benefits, taxes and overhead of 30% on top of salary',
      );
    }
    return loadedCost(salary, burden);
  },
});

export const CONTRACTOR_BILLING_FUNCTIONS: readonly FunctionSpec[] = [BILLRATE, PAYRATE, MARGIN, LOADED];
