/**
 * The offers: up to three cards and the add button. A field edit redraws its own card only; adding,
 * removing or filling rebuilds the cards (rare, and the inputs must be renumbered).
 *
 * × removes an offer at once (no question: asking for every removal teaches people to click
 * through), and the status line below the cards offers "Undo", which puts the offer back exactly:
 * its fields, its place, the names the others took, the benchmark's and the counter-offer's
 * choice. Edits to the other offers meanwhile are kept; adding or removing another offer ends the
 * undo (the places it would restore no longer mean the same).
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

/** What a removal changed, to put back. */
interface Removal {
  readonly index: number;
  readonly offer: OfferInputs;
  /** the offers renamed when it left ("Offer C" became "Offer B"), by their place after it */
  readonly renamed: readonly { readonly at: number; readonly from: string; readonly to: string }[];
  readonly benchmark: { readonly before: number; readonly after: number };
  readonly rival: { readonly before: number | null; readonly after: number | null };
}

export function mountOffers(ctx: PanelContext): OffersSection {
  const { store } = ctx;
  const undoText = el('span', { id: 'offers-undo-text' });
  const undoButton = el('button', { type: 'button', className: 'secondary', id: 'offers-undo', text: 'Undo' });
  const undoLine = el(
    'p',
    { className: 'status status-info', id: 'offers-undo-line', role: 'status' },
    undoText,
    ' ',
    undoButton,
  );
  undoLine.hidden = true;
  let removal: Removal | undefined;
  const endUndo = (): void => {
    removal = undefined;
    undoLine.hidden = true;
  };
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
    undoLine,
    el('div', { className: 'row-actions' }, addButton),
  );
  let cards: OfferCard[] = [];
  // With two or three offers, valid ones start folded on a reopened panel, so the comparison and the
  // summaries fit a pane; a lone offer stays open. A card the user opened stays open across rebuilds.
  let opened = new Set<number>(store.state.offers.length < 2 ? [0] : []);

  const actions = {
    remove(index: number) {
      opened = new Set([...opened].filter((i) => i !== index).map((i) => (i > index ? i - 1 : i)));
      const before = store.state;
      const renamed: { at: number; from: string; to: string }[] = [];
      const offer = { ...before.offers[index] };
      const kept = { benchmark: before.benchmark.offerIndex, rival: before.rival };
      store.commit({ topic: 'offers' }, (s) => {
        s.offers.splice(index, 1);
        s.offers.forEach((o, i) => {
          if (/^Offer [A-C]$/.test(o.label) && o.label !== blankOffer(i).label) {
            renamed.push({ at: i, from: o.label, to: blankOffer(i).label });
            o.label = blankOffer(i).label;
          }
        });
        if (s.benchmark.offerIndex >= s.offers.length) s.benchmark.offerIndex = 0;
        // The chosen rival follows its offer, or goes back to the leader when it is removed.
        if (s.rival !== null) s.rival = s.rival === index ? null : s.rival > index ? s.rival - 1 : s.rival;
      });
      removal = {
        index,
        offer,
        renamed,
        benchmark: { before: kept.benchmark, after: store.state.benchmark.offerIndex },
        rival: { before: kept.rival, after: store.state.rival },
      };
      undoText.textContent = `Removed ${offer.label.trim() || blankOffer(index).label}.`;
      undoButton.setAttribute('aria-label', `Undo: put back ${offer.label.trim() || blankOffer(index).label}`);
      undoLine.hidden = false;
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

  undoButton.addEventListener('click', () => {
    const undo = removal;
    if (!undo || store.state.offers.length >= MAX_OFFERS) return endUndo();
    opened = new Set([...opened].map((i) => (i >= undo.index ? i + 1 : i)));
    opened.add(undo.index);
    removal = undefined; // the commit below must not end it twice
    store.commit({ topic: 'offers' }, (s) => {
      // Names are put back only where the rename still stands (a name typed since stays).
      for (const { at, from, to } of undo.renamed) if (s.offers[at]?.label === to) s.offers[at].label = from;
      s.offers.splice(undo.index, 0, { ...undo.offer });
      if (s.benchmark.offerIndex === undo.benchmark.after) s.benchmark.offerIndex = undo.benchmark.before;
      if (s.rival === undo.rival.after) s.rival = undo.rival.before;
    });
    endUndo();
    cards[undo.index]?.focusFirst();
  });

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
      if (change.topic === 'offers') {
        // Another removal, an add or the offers replaced: the undo no longer knows where things go.
        if (removal) endUndo();
        rebuild();
      } else if (change.topic === 'offer') {
        opened.add(change.index);
        cards[change.index]?.update();
      }
    },
  };
}
