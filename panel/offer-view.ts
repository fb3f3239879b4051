/**
 * One offer's figures: the headline values, a stacked bar a year (guaranteed, conditional, at
 * risk) and the year table. Every number is read from the core's decomposition; this file only
 * lays it out and rounds for display.
 */
import type { OfferDecomposition } from '../core/offer/model';
import { el, svg } from './dom';
import { formatAmount, formatMoney, formatMoneyShort, formatPercent } from './format';

export const PARTS = [
  { key: 'guaranteed', label: 'Guaranteed', hint: 'base and sign-on' },
  { key: 'conditional', label: 'Conditional', hint: 'expected bonus' },
  { key: 'atRisk', label: 'At risk', hint: 'risk-adjusted equity' },
] as const;

export function headline(d: OfferDecomposition, index: number): HTMLElement {
  const figure = (name: string, label: string, value: number, hint: string) =>
    el('div', { className: `headline-figure headline-${name}` },
      el('span', { className: 'headline-label', text: label }),
      el('span', { className: 'headline-value', id: `o${index}-${name}`, 'data-value': value, text: formatMoney(value) }),
      el('span', { className: 'headline-hint', text: hint }));
  return el('div', { className: 'headline' },
    figure('average', 'Risk-adjusted average a year', d.riskAdjustedAverageAnnual, `over ${d.horizonYears} ${d.horizonYears === 1 ? 'year' : 'years'}`),
    figure('first-year', 'First year', d.firstYearTotal, 'risk-adjusted'),
    figure('annualised', 'Annualised', d.annualisedTotal, 'comparison-site reading: at target, undiscounted, no refresh'));
}

/** Stacked bars; `scaleMax` is shared by every offer so bars compare across offers. */
export function yearChart(d: OfferDecomposition, index: number, scaleMax: number): SVGSVGElement {
  const years = d.years;
  const width = 300;
  const height = 130;
  const top = 14;
  const bottom = 16;
  const plot = height - top - bottom;
  const slot = width / Math.max(years.length, 1);
  const barWidth = Math.min(44, slot * 0.7);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'year-chart', role: 'img', 'aria-label': `Offer ${index + 1}: each year split into guaranteed, conditional and at-risk parts` });
  const scale = scaleMax > 0 ? plot / scaleMax : 0;
  years.forEach((year, i) => {
    const x = i * slot + (slot - barWidth) / 2;
    let y = top + plot;
    for (const part of PARTS) {
      const value = year[part.key];
      const h = value * scale;
      if (h > 0) {
        y -= h;
        chart.append(svg('rect', { x, y, width: barWidth, height: h, class: `bar bar-${part.key}` },
          svg('title', { text: `Year ${year.year}, ${part.label.toLowerCase()} (${part.hint}): ${formatMoney(value)}` })));
      }
    }
    chart.append(svg('text', { x: x + barWidth / 2, y: y - 3, class: 'bar-total', 'text-anchor': 'middle', text: formatMoneyShort(year.total) }));
    chart.append(svg('text', { x: x + barWidth / 2, y: height - 4, class: 'bar-year', 'text-anchor': 'middle', text: `Y${year.year}` }));
  });
  return chart;
}

export function legend(): HTMLElement {
  return el('ul', { className: 'legend' }, ...PARTS.map((part) => el('li', {}, el('span', { className: `swatch swatch-${part.key}` }), `${part.label} (${part.hint})`)));
}

type RowSpec = { key: string; label: string; value: (y: OfferDecomposition['years'][number]) => number; className?: string };

export function yearTable(d: OfferDecomposition, index: number): HTMLElement {
  const tranches = d.years[0]?.refreshTranches.length ?? 0;
  const rows: RowSpec[] = [
    { key: 'base', label: 'Base', value: (y) => y.base },
    { key: 'bonus', label: `Expected bonus`, value: (y) => y.expectedBonus },
    { key: 'equity-initial', label: 'Equity, initial grant', value: (y) => y.equityInitial },
    ...Array.from({ length: tranches }, (_, k): RowSpec => ({ key: `refresh-${k + 1}`, label: `Refresh ${k + 1} (granted end of Y${k + 1})`, value: (y) => y.refreshTranches[k] })),
    { key: 'sign-on', label: 'Sign-on', value: (y) => y.signOn },
    { key: 'total', label: 'Total', value: (y) => y.total, className: 'row-total' },
    { key: 'guaranteed', label: 'Guaranteed', value: (y) => y.guaranteed, className: 'row-part' },
    { key: 'conditional', label: 'Conditional', value: (y) => y.conditional, className: 'row-part' },
    { key: 'at-risk', label: 'At risk', value: (y) => y.atRisk, className: 'row-part' },
  ];
  const head = el('tr', {}, el('th', { scope: 'col', className: 'unit', text: 'USD' }), ...d.years.map((y) => el('th', { scope: 'col', text: `Y${y.year}` })));
  const body = rows.map((row) => el('tr', { className: row.className, 'data-row': row.key },
    el('th', { scope: 'row', text: row.label }),
    ...d.years.map((y) => {
      const value = row.value(y);
      return el('td', { 'data-year': y.year, 'data-value': value, text: formatAmount(value) });
    })));
  const notes = el('p', { className: 'table-note', text:
    `Bonus: target × mean payout ratio ${formatPercent(d.bonusPayoutFactor)}. Equity: ${formatMoney(d.equityGrantValue)} grant on ${d.schedule.name}, ` +
    `less a ${formatPercent(d.equityDiscount)} discount. Base is flat (no raise is assumed); equity vesting after year ${d.horizonYears} is not counted.` });
  return el('div', { className: 'year-table-wrap' }, el('table', { className: 'year-table', id: `o${index}-table` }, el('thead', {}, head), el('tbody', {}, ...body)), notes);
}
