/**
 * The offers: up to three cards and the add button. A field edit redraws its own card only; adding,
 * removing or filling rebuilds the cards (rare, and the inputs must be renumbered).
 */
import { el, clear } from '../dom';
import { blankOffer, MAX_OFFERS, OfferInputs } from '../state';
import { Change } from '../store';
import { PanelContext } from './context';
import { buildOfferCard, OfferCard, SCHEDULE_EXAMPLES } from './offer-card';

export interface OffersSection {
  readonly root: HTMLElement;
  update(change: Change): void;
}

export function mountOffers(ctx: PanelContext): OffersSection {
  const { store } = ctx;
  const list = el('div', { className: 'offers', id: 'offers' });
  const addButton = el('button', { type: 'button', className: 'secondary', id: 'add-offer', text: '+ Add offer' });
  const datalist = el(
    'datalist',
    { id: 'ai-panel-schedules' },
    ...SCHEDULE_EXAMPLES.map(([value, label]) => el('option', { value, label })),
  );
  const root = el(
    'section',
    { className: 'offers-section', 'aria-label': 'Offers' },
    el('h2', { text: 'Offers' }),
    datalist,
    list,
    el('div', { className: 'row-actions' }, addButton),
  );
  let cards: OfferCard[] = [];
  // With two or three offers, valid ones start folded on a reopened panel, so the comparison and the
  // summaries fit a pane; a lone offer stays open. A card the user opened stays open across rebuilds.
  let opened = new Set<number>(store.state.offers.length < 2 ? [0] : []);

  const actions = {
    remove(index: number) {
      opened = new Set([...opened].filter((i) => i !== index).map((i) => (i > index ? i - 1 : i)));
      store.commit({ topic: 'offers' }, (s) => {
        s.offers.splice(index, 1);
        s.offers.forEach((o, i) => {
          if (/^Offer [A-C]$/.test(o.label)) o.label = blankOffer(i).label;
        });
        if (s.benchmark.offerIndex >= s.offers.length) s.benchmark.offerIndex = 0;
        // The chosen rival follows its offer, or goes back to the leader when it is removed.
        if (s.rival !== null) s.rival = s.rival === index ? null : s.rival > index ? s.rival - 1 : s.rival;
      });
      (cards[Math.min(index, cards.length - 1)]?.root.querySelector('input') as HTMLElement | null)?.focus();
    },
    refill(index: number, fields: Partial<OfferInputs>) {
      store.commit({ topic: 'offer', index, field: '*' }, (s) => {
        Object.assign(s.offers[index], fields);
      });
    },
  };

  const rebuild = (): void => {
    clear(list);
    cards = store.state.offers.map((_, i) => buildOfferCard(ctx, i, actions));
    list.dataset.count = String(cards.length);
    list.append(...cards.map((c) => c.root));
    for (const card of cards) {
      card.update();
      card.setOpen(opened.has(card.index));
    }
    addButton.hidden = store.state.offers.length >= MAX_OFFERS;
  };

  addButton.addEventListener('click', () => {
    if (store.state.offers.length >= MAX_OFFERS) return;
    // Adding an offer folds the others that are complete, so the new form and the comparison stay in view.
    opened = new Set([store.state.offers.length]);
    store.commit({ topic: 'offers' }, (s) => {
      s.offers.push(blankOffer(s.offers.length));
    });
    cards[cards.length - 1]?.focusFirst();
  });

  rebuild();
  return {
    root,
    update(change) {
      if (change.topic === 'offers') rebuild();
      else if (change.topic === 'offer') {
        opened.add(change.index);
        cards[change.index]?.update();
      }
    },
  };
}
