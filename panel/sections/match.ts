/**
 * The counter-offer, in the comparison's slot (`#comparison-match`): pick the rival, and each other
 * valid offer says what it takes to match it over the comparison's one horizon, on one measure
 * (core/offer/counter-offer.ts, the code of AI.MATCHBASE and AI.MATCHSIGNON): a base or a one-time
 * sign-on that each bring its average a year level with the rival's, then what a sign-on matching
 * year 1 alone leaves behind; an offer already ahead says so. Insert writes those live formulas
 * through the insert flow's exact-write path (asks before covering anything; an edit withdraws the
 * question). The rival defaults to the leading offer, the one the others would have to match.
 */
import { statusLine } from '../busy';
import { clear, el } from '../dom';
import { counterOfferBlock, MatchOffer, matchSentence } from '../counter-offer';
import { comparedOffers } from '../compare-chart';
import { InsertFlow, mountInsertFlow } from '../insert-flow';
import { HostBridge } from '../bridge';
import { PanelStore } from '../store';
import { PanelContext } from './context';

interface Line {
  readonly index: number;
  readonly text: HTMLElement;
  readonly flow: InsertFlow;
  readonly root: HTMLElement;
}

type ValidOffer = MatchOffer & { index: number };

/** The valid offers, each valued over the comparison's one horizon. */
const validOffers = (store: PanelStore): ValidOffer[] => comparedOffers(store).offers;

/** One other offer's line: its sentence and an Insert that writes the counter-offer against the rival. */
function matchLine(
  bridge: HostBridge,
  index: number,
  valid: () => ValidOffer[],
  rivalNow: () => number | undefined,
): Line {
  const text = el('p', { className: 'match-text', id: `match-text-${index}` });
  const button = el('button', {
    type: 'button',
    className: 'secondary',
    id: `match-insert-${index}`,
    text: 'Insert',
  });
  const confirmNode = el('div', {
    className: 'confirm',
    id: `match-confirm-${index}`,
    hidden: true,
    role: 'alertdialog',
    'aria-label': 'Overwrite cells?',
  });
  const statusNode = el('p', { className: 'status', id: `match-status-${index}` });
  const flow = mountInsertFlow({
    bridge,
    button,
    confirmNode,
    status: statusLine(statusNode),
    build: () => {
      const offers = valid();
      const r = offers.find((o) => o.index === rivalNow());
      const own = offers.find((o) => o.index === index);
      if (!r || !own) throw new Error('both offers must be complete and valid to write the counter-offer');
      return {
        block: counterOfferBlock(r, own, bridge.hostName),
        count: 1,
        what: `what ${own.label} needs to match ${r.label}`,
      };
    },
  });
  const root = el('div', { className: 'match-line', 'data-offer': index }, text, button, confirmNode, statusNode);
  return { index, text, flow, root };
}

/** The rival the user chose (saved with the state), else the leader. */
function rivalOf(offers: ValidOffer[], saved: number | null): number {
  return offers.some((o) => o.index === saved)
    ? (saved as number)
    : [...offers].sort((a, b) => b.d.riskAdjustedAverageAnnual - a.d.riskAdjustedAverageAnnual)[0].index;
}

function sayMatches(lines: Line[], chosen: ValidOffer, others: ValidOffer[]): void {
  for (const l of lines) {
    const own = others.find((o) => o.index === l.index)!;
    l.text.textContent = matchSentence(chosen, own);
    l.root
      .querySelector('button')!
      .setAttribute('aria-label', `Insert the formulas for what ${own.label} needs to match ${chosen.label}`);
  }
}

export function mountMatch(ctx: PanelContext, slot: HTMLElement): { update(): void } {
  const { store, bridge } = ctx;
  const rivalSelect = el('select', { id: 'match-rival' });
  const list = el('div', { className: 'match-lines', id: 'match-lines' });
  slot.append(
    el('h3', { text: 'What it takes to match' }),
    el('div', { className: 'field' }, el('label', { for: 'match-rival', text: 'Rival offer' }), rivalSelect),
    list,
  );
  let lines: Line[] = [];
  let shape = '';
  const valid = (): ValidOffer[] => validOffers(store);
  const rivalNow = (): number | undefined => (rivalSelect.value === '' ? undefined : Number(rivalSelect.value));

  const update = (): void => {
    for (const l of lines) l.flow.cancel(); // an edit withdraws an open overwrite question
    const offers = valid();
    slot.hidden = offers.length < 2;
    if (offers.length < 2) return;
    const rival = rivalOf(offers, store.state.rival);
    const chosen = offers.find((o) => o.index === rival)!;
    const others = offers.filter((o) => o.index !== rival);
    const next = `${rival}|${offers.map((o) => `${o.index}:${o.label}`).join(',')}`;
    if (next !== shape) {
      // Rebuilt only when the rival or the set of offers changes; figures are updated in place.
      shape = next;
      clear(rivalSelect);
      for (const o of offers) rivalSelect.append(el('option', { value: o.index, text: o.label }));
      rivalSelect.value = String(rival);
      clear(list);
      lines = others.map((o) => matchLine(bridge, o.index, valid, rivalNow));
      list.append(...lines.map((l) => l.root));
    }
    sayMatches(lines, chosen, others);
  };

  rivalSelect.addEventListener('change', () => {
    store.commit({ topic: 'rival' }, (s) => {
      s.rival = Number(rivalSelect.value);
    });
    update();
  });
  update();
  return { update };
}
