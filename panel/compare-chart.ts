/**
 * One chart of every offer, year by year: a group per year, a stacked bar per offer (guaranteed,
 * conditional, at risk), on one scale. Inline SVG drawn from the core's decompositions; no library.
 */
import type { OfferDecomposition } from '../core/index';
import { MAX_HORIZON_YEARS } from '../core/index';
import { MatchOffer, overHorizon } from './counter-offer';
import type { PanelStore } from './store';
import { el, svg } from './dom';
import { formatMoney, formatMoneyShort } from './format';
import { PARTS } from './offer-view';

export interface ChartOffer {
  readonly label: string;
  readonly index: number;
  readonly d: OfferDecomposition;
}

/** The horizons a user can pick for a comparison ('' is the longest of the offers' own). */
export const COMPARE_YEARS: readonly number[] = Array.from({ length: MAX_HORIZON_YEARS }, (_, i) => i + 1);

/** The user's pick ('' or a whole number of years the pick list offers), or undefined for the longest. */
export function pickedHorizon(chosen: string): number | undefined {
  const years = Number(chosen);
  return chosen.trim() !== '' && COMPARE_YEARS.includes(years) ? years : undefined;
}

/**
 * The one horizon offers are compared over (issue 24 item 4): the one the user picked, else the
 * longest of their own, so no offer is cut short; each offer is valued over it (one with no refresh
 * simply has no equity once its grant has vested), and the panel says where an offer's own differs.
 */
export function comparisonHorizon(offers: readonly { readonly d: OfferDecomposition }[], chosen = ''): number {
  return pickedHorizon(chosen) ?? Math.max(1, ...offers.map((o) => o.d.horizonYears));
}

/** The valid offers, each valued over the comparison's one horizon, with the horizons they had. */
export function comparedOffers(store: PanelStore): {
  offers: (MatchOffer & { readonly index: number })[];
  own: Map<number, number>;
  years: number;
} {
  const read = store.state.offers.flatMap((o, index) => {
    const r = store.reading(index);
    return r.status === 'valid' ? [{ label: o.label, index, input: r.modelInput, d: r.decomposition }] : [];
  });
  const years = comparisonHorizon(read, store.state.compareYears);
  return {
    offers: read.map((o) => ({ ...overHorizon(o, years), index: o.index })),
    own: new Map(read.map((o) => [o.index, o.d.horizonYears])),
    years,
  };
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
