/**
 * The recruiter's question first: which offer is better, and by how much. One chart of every
 * valid offer year by year, and a table with an offer a row (three narrow columns, so it fits a
 * 300 px pane without scrolling). The slot `#comparison-match` holds the counter-offer
 * ("to match: base $X, or sign-on $Y", AI.MATCHBASE / AI.MATCHSIGNON): sections/match.ts.
 */
import { el } from '../dom';
import { morph } from '../morph';
import { formatMoney, formatMoneyFit } from '../format';
import { chartKey, compareChart, ChartOffer, comparedOffers, COMPARE_YEARS, pickedHorizon } from '../compare-chart';
import { Change, PanelStore } from '../store';
import { PanelContext } from './context';
import { mountMatch } from './match';

export interface ComparisonSection {
  readonly root: HTMLElement;
  update(change: Change): void;
  lead(): string;
}

const COLUMNS: [string, string, (c: ChartOffer) => number][] = [
  ['average', 'A year', (c) => c.d.riskAdjustedAverageAnnual],
  ['first-year', 'Year 1', (c) => c.d.firstYearTotal],
  ['guaranteed', 'Sure, Y1', (c) => c.d.years[0].guaranteed],
];

function leadOf(offers: ChartOffer[]): string {
  if (offers.length < 2) return '';
  const sorted = [...offers].sort((a, b) => b.d.riskAdjustedAverageAnnual - a.d.riskAdjustedAverageAnnual);
  const [best, next] = sorted;
  const gap = best.d.riskAdjustedAverageAnnual - next.d.riskAdjustedAverageAnnual;
  return `${best.label} leads ${next.label} by ${formatMoney(gap)} a year over ${best.d.horizonYears} years, risk-adjusted.`;
}

/** Where an offer's own horizon differs from the comparison's, say so. */
function horizonNote(offers: ChartOffer[], own: Map<number, number>, years: number, picked: boolean): string {
  const other = offers.filter((o) => (own.get(o.index) ?? years) !== years);
  if (!other.length) return '';
  const set = other.map((o) => `${o.label} was set to ${own.get(o.index)}`).join(', ');
  return `Compared over ${years} years, ${picked ? 'the horizon you picked' : 'the longest horizon'}; ${set}, and ${other.length === 1 ? 'is' : 'are'} valued over ${years} here.`;
}

/** An offer a row, with a dash where an offer does not read yet. */
function compareTable(store: PanelStore, offers: ChartOffer[]): HTMLElement {
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col', text: 'Offer' }),
    ...COLUMNS.map(([key, label]) => el('th', { scope: 'col', 'data-col': key, text: label })),
  );
  const rows = store.state.offers.map((o, i) => {
    const c = offers.find((x) => x.index === i);
    return el(
      'tr',
      { 'data-offer': i },
      el('th', { scope: 'row', text: o.label }),
      ...COLUMNS.map(([key, , pick]) => {
        const value = c ? pick(c) : undefined;
        return el('td', {
          'data-col': key,
          'data-value': value,
          title: value === undefined ? undefined : formatMoney(value),
          text: value === undefined ? '–' : formatMoneyFit(value),
        });
      }),
    );
  });
  return el('table', { className: 'compare-table' }, el('thead', {}, head), el('tbody', {}, ...rows));
}

function buildComparison(store: PanelStore, body: HTMLElement): void {
  const { offers, own, years } = comparedOffers(store);
  if (!offers.length) {
    body.append(
      el('p', { className: 'hint', text: 'Enter an offer below; with two or three, they are compared here.' }),
    );
    return;
  }
  body.append(compareChart(offers), chartKey(offers));
  if (store.state.offers.length < 2) return;
  const note = horizonNote(offers, own, years, pickedHorizon(store.state.compareYears) !== undefined);
  body.append(
    compareTable(store, offers),
    el('p', {
      className: 'hint compare-lead',
      id: 'compare-lead',
      text: leadOf(offers) || 'Complete a second offer to see which is ahead.',
    }),
    el('p', {
      className: 'hint',
      id: 'compare-horizon',
      text: `"A year": risk-adjusted average over ${years} years; "Sure, Y1": base and sign-on in year 1.${note ? ` ${note}` : ''}`,
    }),
  );
}

export function mountComparison(ctx: PanelContext): ComparisonSection {
  const { store } = ctx;
  const body = el('div', { className: 'comparison-body' });
  const match = el('div', {
    className: 'comparison-match',
    id: 'comparison-match',
    hidden: true,
    'data-slot': 'counter-offer',
  });
  // One horizon for every offer: the longest of their own unless the user picks one (issue 24 item 4).
  const yearsSelect = el(
    'select',
    { id: 'compare-years' },
    el('option', { value: '', text: 'Longest of the offers' }),
    ...COMPARE_YEARS.map((y) => el('option', { value: y, text: `${y} year${y === 1 ? '' : 's'}` })),
  );
  yearsSelect.value = pickedHorizon(store.state.compareYears) === undefined ? '' : store.state.compareYears.trim();
  const root = el(
    'section',
    { className: 'comparison', id: 'comparison', 'aria-label': 'Offers compared' },
    el('h2', { text: 'Offers compared' }),
    el('div', { className: 'field' }, el('label', { for: 'compare-years', text: 'Compare over' }), yearsSelect),
    body,
    match,
  );

  const render = (): void => {
    const next = el('div');
    buildComparison(store, next);
    morph(body, next);
  };

  render();
  const counter = mountMatch(ctx, match);
  yearsSelect.addEventListener('change', () => {
    store.commit({ topic: 'compare' }, (s) => {
      s.compareYears = yearsSelect.value;
    });
    render();
    counter.update();
  });
  return {
    root,
    lead: () => leadOf(comparedOffers(store).offers),
    update(change) {
      if (change.topic === 'replaced') {
        const picked = pickedHorizon(store.state.compareYears);
        yearsSelect.value = picked === undefined ? '' : String(picked);
      }
      if (change.topic === 'offer' || change.topic === 'offers' || change.topic === 'replaced') {
        render();
        counter.update();
      }
    },
  };
}
