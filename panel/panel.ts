/**
 * The offer panel: the comparison of up to three offers first, then each offer (folded to one line
 * once valid) taken apart year by year; a benchmark of a base against a chosen band source, and a
 * blend of several sources; fill from a tracker row; insert live formulas; import the user's own
 * band table. One UI for the Excel task pane, the Sheets sidebar and a plain browser: everything
 * host-specific goes through the `HostBridge` (DESIGN.md §1).
 *
 * This file only wires the parts: the state lives in `PanelStore`, each section in `sections/`
 * redraws what a change touches, and the pane has one live region (`announce.ts`).
 */
import { HostBridge, rejectionMessage } from './bridge';
import { Announcer, announcer } from './announce';
import { ActionStatus, statusLine } from './busy';
import { clear, el } from './dom';
import { BandTableImport, mountBandTableImport } from './band-table-import';
import { initialState, PanelState, restoreState } from './state';
import { PanelStore } from './store';
import { PanelContext } from './sections/context';
import { mountOffers } from './sections/offers';
import { mountComparison } from './sections/comparison';
import { mountBenchmark } from './sections/benchmark';
import { mountBlend } from './sections/blend';
import { mountInsert } from './sections/insert';
import { formatMoney } from './format';
import { savedBytes, STATE_LIMIT_BYTES } from './host-limits';

export { SAVE_DELAY_MS } from './store';

export interface OfferPanel {
  /** the state as it is now (a copy) */
  state(): PanelState;
  /** saves now instead of waiting for the debounce */
  flush(): Promise<void>;
  destroy(): void;
}

/** Says a failed save on the panel's status line, and clears it once a save succeeds. */
function saveResultShower(node: HTMLElement, status: ActionStatus): (error?: string) => void {
  return (error) => {
    if (error) {
      status.show(`Not saved: ${error}`, 'error');
      node.dataset.kind = 'save-error';
    } else if (node.dataset.kind === 'save-error') {
      status.clear();
      delete node.dataset.kind;
    }
  };
}

async function loadState(bridge: HostBridge, status: ActionStatus): Promise<PanelState> {
  status.show('Loading saved inputs…', 'info');
  try {
    const state = restoreState(await bridge.loadState());
    status.clear();
    return state;
  } catch (reason) {
    status.show(`Could not load saved inputs: ${rejectionMessage(reason)}. Starting blank.`, 'error');
    return initialState();
  }
}

function mountBandTables(node: HTMLElement, store: PanelStore, bridge: HostBridge): BandTableImport {
  return mountBandTableImport(node, bridge, {
    initialText: store.state.bandTableCsv,
    initialName: store.state.bandTableName,
    onTextChange: (text) => {
      // A table too large to keep with the panel's inputs is used, not saved: saving it on every
      // change would fail in Sheets and cost a multi-megabyte save in Excel; the user is told so.
      const rest = savedBytes({ ...store.state, bandTableCsv: '' });
      const kept = rest + savedBytes(text) <= STATE_LIMIT_BYTES;
      store.commit({ topic: 'bandTable' }, (s) => {
        s.bandTableCsv = kept ? text : '';
      });
      if (kept) return undefined;
      return `This table (${Math.ceil(savedBytes(text) / 1000).toLocaleString('en-US')} KB) is too large to save with the panel's inputs (${STATE_LIMIT_BYTES / 1000} KB in all), so it is used now but not kept: reopening the panel shows this box empty. Keep the file, or insert the table into the sheet.`;
    },
    onNameChange: (name) =>
      store.commit({ topic: 'blend' }, (s) => {
        s.bandTableName = name;
      }),
  });
}

// After typing pauses, one sentence on the offer just edited, and who leads.
function announceEdits(store: PanelStore, say: Announcer, lead: () => string): void {
  store.subscribe((change) => {
    if (change.topic !== 'offer' && change.topic !== 'offers') return;
    say.later(() => {
      const index = change.topic === 'offer' ? change.index : 0;
      const offer = store.state.offers[index];
      const reading = store.reading(index);
      if (!offer) return '';
      const own =
        reading.status === 'valid'
          ? `${offer.label}: ${formatMoney(reading.decomposition.riskAdjustedAverageAnnual)} a year, risk-adjusted.`
          : reading.status === 'invalid'
            ? `${offer.label}: ${Object.values(reading.errors)[0]}`
            : `${offer.label}: not filled in yet.`;
      return `${own} ${lead()}`.trim();
    });
  });
}

export async function mountOfferPanel(root: HTMLElement, bridge: HostBridge): Promise<OfferPanel> {
  clear(root);
  root.classList.add('ai-panel');
  root.dataset.host = bridge.hostName;

  const globalStatusNode = el('p', { className: 'status', id: 'panel-status' });
  const globalStatus = statusLine(globalStatusNode);
  const say = announcer();
  root.append(
    el('header', { className: 'panel-header' }, el('h1', { text: 'Offers, taken apart' }), globalStatusNode, say.node),
  );

  const state = await loadState(bridge, globalStatus);
  const store = new PanelStore(state, bridge, saveResultShower(globalStatusNode, globalStatus));
  let bandTable: BandTableImport | undefined;
  const ctx: PanelContext = { store, bridge, announcer: say, bandTable: () => bandTable };

  const bandTablesNode = el('section', { id: 'band-tables', className: 'band-tables' });
  bandTable = mountBandTables(bandTablesNode, store, bridge);

  const comparison = mountComparison(ctx);
  const offers = mountOffers(ctx);
  const benchmark = mountBenchmark(ctx);
  const blend = mountBlend(ctx);
  benchmark.root.append(blend.root);
  blend.fill();
  root.append(
    comparison.root,
    offers.root,
    benchmark.root,
    mountInsert(ctx),
    bandTablesNode,
    el('footer', {
      className: 'panel-footer',
      text: "Figures are risk-adjusted by the add-in's offer model: base flat, bonus at target × mean payout, equity discounted by company type unless you set a discount. Nothing leaves this document.",
    }),
  );

  for (const section of [offers, comparison, benchmark, blend]) store.subscribe((change) => section.update(change));
  announceEdits(store, say, () => comparison.lead());

  const onPageHide = (): void => {
    void store.flush();
  };
  window.addEventListener('pagehide', onPageHide);
  root.dataset.ready = 'true';

  return {
    state: () => JSON.parse(JSON.stringify(store.state)) as PanelState,
    flush: () => store.flush(),
    destroy() {
      store.destroy();
      say.destroy();
      window.removeEventListener('pagehide', onPageHide);
      bandTable?.destroy();
      clear(root);
    },
  };
}
