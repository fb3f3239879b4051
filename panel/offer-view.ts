/**
 * One offer's figures: the headline values and the year table. Every number is read from the
 * core's decomposition; this file only lays it out and rounds for display. The table has a row
 * per year, so every year of a 30-year horizon stays visible at 300 px (Year 4 of a 5/15/40/40
 * grant is the one that pays most).
 */
import type { OfferDecomposition } from '../core/index';
import { callByName } from '../core';
import { el } from './dom';
import { formatMoney, formatMoneyFit, formatMoneyShort, formatPercent } from './format';

export const PARTS = [
  { key: 'guaranteed', label: 'Guaranteed', hint: 'base and sign-on' },
  { key: 'conditional', label: 'Conditional', hint: 'expected bonus' },
  { key: 'atRisk', label: 'At risk', hint: 'risk-adjusted equity' },
] as const;

export function headline(d: OfferDecomposition, index: number): HTMLElement {
  const figure = (name: string, label: string, value: number, hint: string) =>
    el(
      'div',
      { className: `headline-figure headline-${name}`, title: hint },
      el('span', { className: 'headline-label', text: label }),
      el('span', {
        className: 'headline-value',
        id: `o${index}-${name}`,
        'data-value': value,
        title: formatMoney(value),
        text: formatMoneyFit(value),
      }),
    );
  return el(
    'div',
    { className: 'headline' },
    figure(
      'average',
      'Risk-adjusted a year',
      d.riskAdjustedAverageAnnual,
      `average over ${d.horizonYears} ${d.horizonYears === 1 ? 'year' : 'years'}`,
    ),
    figure('first-year', 'First year', d.firstYearTotal, 'risk-adjusted'),
    figure(
      'annualised',
      'Annualised',
      d.annualisedTotal,
      'the comparison-site reading: at target, undiscounted, no refresh',
    ),
  );
}

type Year = OfferDecomposition['years'][number];
type ColSpec = {
  key: string;
  label: string;
  value: (y: Year) => number;
  className?: string;
  title?: (y: Year) => string;
};

export function yearColumns(d: OfferDecomposition): ColSpec[] {
  const signOn = d.years.some((y) => y.signOn !== 0);
  // Refresh grants are in the equity column (five columns fit 300 px; the cell's title splits them).
  const refresh = (y: Year) => y.refreshTranches.reduce((a, b) => a + b, 0);
  return [
    { key: 'base', label: 'Base', value: (y) => y.base },
    { key: 'bonus', label: 'Bonus', value: (y) => y.expectedBonus },
    {
      key: 'equity',
      label: 'Equity',
      value: (y) => y.equityInitial + refresh(y),
      title: (y) => `initial grant ${formatMoney(y.equityInitial)}, refresh grants ${formatMoney(refresh(y))}`,
    },
    ...(signOn ? [{ key: 'sign-on', label: 'Sign-on', value: (y: Year) => y.signOn }] : []),
    { key: 'total', label: 'Total', value: (y) => y.total, className: 'col-total' },
  ];
}

const PART_COLUMNS: ColSpec[] = PARTS.map((p) => ({
  key: p.key === 'atRisk' ? 'at-risk' : p.key,
  label: p.label,
  value: (y: Year) => y[p.key],
  title: (y: Year) => `${p.hint}: ${formatMoney(y[p.key])}`,
}));

function table(d: OfferDecomposition, id: string, caption: string, cols: ColSpec[]): HTMLElement {
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col', title: 'Year', text: 'Yr' }),
    ...cols.map((c) => el('th', { scope: 'col', className: c.className, text: c.label })),
  );
  const body = d.years.map((y) =>
    el(
      'tr',
      { 'data-year': y.year },
      el('th', { scope: 'row', text: `Y${y.year}` }),
      ...cols.map((c) => {
        const value = c.value(y);
        return el('td', {
          'data-col': c.key,
          'data-value': value,
          className: c.className,
          title: c.title ? c.title(y) : formatMoney(value),
          text: formatMoneyShort(value),
        });
      }),
    ),
  );
  return el(
    'table',
    { className: 'year-table', id },
    el('caption', { text: caption }),
    el('thead', {}, head),
    el('tbody', {}, ...body),
  );
}

export function yearTable(d: OfferDecomposition, index: number, underwater: boolean): HTMLElement {
  const equity = underwater
    ? `Equity: the options are underwater (strike at or above the price), so they are worth $0 today, not a missing figure.`
    : `Equity: ${formatMoney(d.equityGrantValue)} grant on ${d.schedule.name}, less a ${formatPercent(d.equityDiscount)} discount.`;
  const notes = el('p', {
    className: 'table-note',
    id: `o${index}-table-note`,
    text: `Bonus: target × mean payout ratio ${formatPercent(d.bonusPayoutFactor)}. ${equity} Base is flat (no raise is assumed); equity vesting after year ${d.horizonYears} is not counted.`,
  });
  // With no payout history the target counts in full, against the source's advice: say so in the core's words.
  if (d.offer.bonusTarget > 0 && !d.offer.bonusPayout?.length) {
    const why = callByName('SOURCE', ['bonus payout', null, 'default']);
    if (typeof why === 'string')
      notes.append(el('span', { className: 'default-note', id: `o${index}-payout-default`, text: ` Payout: ${why}` }));
  }
  return el(
    'div',
    { className: 'year-table-wrap' },
    table(d, `o${index}-table`, 'Year by year, risk-adjusted (hover a figure for dollars)', yearColumns(d)),
    table(d, `o${index}-parts`, 'Each year in three parts', PART_COLUMNS),
    notes,
  );
}
