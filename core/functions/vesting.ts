/** Over the years of a grant: AI.VEST (a vesting schedule) and AI.DILUTE (funding rounds). */
import { defineFunction, FunctionSpec, ParamSpec } from '../function-spec';
import { normalizeName, toNumber } from '../coerce';
import { dilute } from '../offer/options';
import { vestGrant } from '../offer/vesting';
import { fieldParam, fieldParams } from './offer-params';

const yearParam: ParamSpec<number | 'all'> = {
  name: 'year',
  cellType: 'any',
  description: 'the vesting year (1 is the first year), or "all" for the row of years',
  parse: (cell) => {
    if (typeof cell === 'string' && normalizeName(cell) === 'all') return 'all';
    const year = toNumber(cell, 'Vesting year', { min: 1, max: 30, integer: true, what: 'a vesting year (or "all")' });
    return year;
  },
};

export const VEST = defineFunction({
  name: 'VEST',
  summary:
    'The amount of a grant vesting in a year (default schedule 4 years, 1-year cliff, then monthly: our choice, no source states one); year "all" gives the row of years, which adds up to the grant.',
  params: [fieldParam('grant'), yearParam, fieldParam('schedule', true)],
  result: 'row',
  example: [400000, 'all', '5/15/40/40'],
  run(grant, year, schedule) {
    const rows = vestGrant(grant, schedule);
    if (year === 'all') return rows;
    return year <= rows.length ? rows[year - 1] : 0;
  },
});

export const DILUTE = defineFunction({
  name: 'DILUTE',
  summary:
    'Value after dilution: value x (1 - perRound)^rounds, each round issuing new shares worth perRound of the company.',
  params: fieldParams(['value', 'perRound', 'rounds']),
  result: 'cell',
  example: [100000, 0.2, 2],
  run: (value, perRound, rounds) => dilute(value, perRound, rounds),
});

export const VESTING_FUNCTIONS: readonly FunctionSpec[] = [VEST, DILUTE];
