/**
 * One chart of every offer, year by year: a group per year, a stacked bar per offer (guaranteed,
 * conditional, at risk), on one scale. Inline SVG drawn from the core's decompositions; no library.
 */
import type { OfferDecomposition } from '../core/index';
import { el, svg } from './dom';
import { formatMoney, formatMoneyShort } from './format';
import { PARTS } from './offer-view';

export interface ChartOffer {
  readonly label: string;
  readonly index: number;
  readonly d: OfferDecomposition;
}

/**
 * The one horizon offers are compared over (issue 24 item 4): the longest of their own, so no offer
 * is cut short; one with a shorter horizon is valued over it too (with no refresh it simply has no
 * equity once its grant has vested), and the panel says so.
 */
export function comparisonHorizon(offers: readonly { readonly d: OfferDecomposition }[]): number {
  return Math.max(1, ...offers.map((o) => o.d.horizonYears));
}

const WIDTH = 300;
const HEIGHT = 150;
const TOP = 16;
const BOTTOM = 32;

export function compareChart(offers: readonly ChartOffer[]): SVGSVGElement {
  const years = Math.max(...offers.map((o) => o.d.years.length));
  const max = Math.max(0, ...offers.flatMap((o) => o.d.years.map((y) => y.total)));
  const plot = HEIGHT - TOP - BOTTOM;
  const scale = max > 0 ? plot / max : 0;
  const slot = WIDTH / Math.max(years, 1);
  const bar = Math.min(22, (slot * 0.8) / offers.length);
  const names = offers.map((o) => o.label).join(', ');
  const chart = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: 'compare-chart',
    id: 'compare-chart',
    role: 'img',
    'aria-label': `${names} over ${years} years: each year split into guaranteed, conditional and at-risk parts; highest year ${formatMoney(max)}`,
  });
  chart.append(svg('text', { x: 0, y: 12, class: 'axis-max', text: `top ${formatMoneyShort(max)}` }));
  for (let i = 0; i < years; i++) {
    const groupX = i * slot + (slot - bar * offers.length) / 2;
    offers.forEach((o, k) => {
      const year = o.d.years[i];
      if (!year) return;
      const x = groupX + k * bar;
      let y = TOP + plot;
      for (const part of PARTS) {
        const h = year[part.key] * scale;
        if (h > 0) {
          y -= h;
          chart.append(
            svg(
              'rect',
              {
                x: x + 0.5,
                y,
                width: bar - 1,
                height: h,
                class: `bar bar-${part.key}`,
                'data-offer': o.index,
                'data-year': year.year,
              },
              svg('title', {
                text: `${o.label}, year ${year.year}, ${part.label.toLowerCase()} (${part.hint}): ${formatMoney(year[part.key])}`,
              }),
            ),
          );
        }
      }
      chart.append(
        svg('text', {
          x: x + bar / 2,
          y: TOP + plot + 13,
          class: 'bar-offer',
          'text-anchor': 'middle',
          text: String.fromCharCode(65 + k),
        }),
      );
    });
    if (years <= 10 || i % 5 === 0)
      chart.append(
        svg('text', {
          x: i * slot + slot / 2,
          y: HEIGHT - 4,
          class: 'bar-year',
          'text-anchor': 'middle',
          text: `Y${i + 1}`,
        }),
      );
  }
  return chart;
}

export function chartKey(offers: readonly ChartOffer[]): HTMLElement {
  return el(
    'ul',
    { className: 'legend' },
    ...offers.map((o, k) =>
      el(
        'li',
        { className: 'legend-offer' },
        el('span', { className: 'key-letter', text: String.fromCharCode(65 + k) }),
        ` ${o.label}`,
      ),
    ),
    ...PARTS.map((part) =>
      el('li', {}, el('span', { className: `swatch swatch-${part.key}` }), `${part.label} (${part.hint})`),
    ),
  );
}
