/**
 * The sample pay-range model: one row per role and level an analyst prices, a proposed salary
 * typed in, and one array formula per computed column. AI.BAND with no stat spills the band row
 * (min, mid, max) across three columns. The proposed salaries are SYNTHETIC (the band midpoint
 * rounded down to $5,000), there to show compa-ratio and penetration; every other figure is the
 * add-in's own, with AI.SOURCE saying where it comes from.
 */
import { callByName } from '../core/registry';
import { Cell, columnLetter } from './offer-tracker';
import { SAMPLE_LEVELS, SAMPLE_ROLES } from './sample-offers';

export const PAY_RANGE_HEADERS = [
  'Role',
  'Level',
  'Proposed salary',
  'Band min',
  'Band mid',
  'Band max',
  'Spread',
  'Compa-ratio',
  'Penetration',
  'Contractor rate ($/h)',
  'Contractor rate, annualised',
  'Where the midpoint comes from',
] as const;

const at = (header: (typeof PAY_RANGE_HEADERS)[number], rows: number): string => {
  const letter = columnLetter(PAY_RANGE_HEADERS.indexOf(header));
  return `${letter}2:${letter}${rows + 1}`;
};

/** The formula in row 2 of each computed column (AI.BAND fills Band min to Band max). */
export function payRangeFormulas(rows: number): Partial<Record<(typeof PAY_RANGE_HEADERS)[number], string>> {
  const r = (h: (typeof PAY_RANGE_HEADERS)[number]) => at(h, rows);
  return {
    'Band min': `=AI.BAND(${r('Role')},${r('Level')})`,
    Spread: `=AI.SPREAD(${r('Band min')},${r('Band max')})`,
    'Compa-ratio': `=AI.COMPA(${r('Proposed salary')},${r('Band mid')})`,
    Penetration: `=AI.PENETRATION(${r('Proposed salary')},${r('Band min')},${r('Band max')})`,
    'Contractor rate ($/h)': `=AI.RATE(${r('Role')},${r('Level')})`,
    'Contractor rate, annualised': `=AI.ANNUAL(${r('Contractor rate ($/h)')})`,
    'Where the midpoint comes from': `=AI.SOURCE(${r('Role')},${r('Level')},"mid")`,
  };
}

/** The roles a model prices: those with band data, plus one without (its row shows #N/A and why). */
export const PAY_RANGE_ROLES: readonly string[] = [...SAMPLE_ROLES, 'Data Scientist'];

export function payRangeSheet(): Cell[][] {
  const rows: Cell[][] = [[...PAY_RANGE_HEADERS]];
  for (const role of PAY_RANGE_ROLES) {
    for (const level of SAMPLE_LEVELS) {
      const mid = callByName('BAND', [role, level, 'mid']);
      // A proposal just under the midpoint; blank where there is no band to propose against.
      const proposed = typeof mid === 'number' ? Math.floor(mid / 5000) * 5000 : null;
      rows.push([role, level, proposed, ...new Array(PAY_RANGE_HEADERS.length - 3).fill(null)]);
    }
  }
  const formulas = payRangeFormulas(rows.length - 1);
  for (const [header, formula] of Object.entries(formulas))
    rows[1][PAY_RANGE_HEADERS.indexOf(header as (typeof PAY_RANGE_HEADERS)[number])] = formula!;
  return rows;
}
