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
import { HostBridge } from './bridge';
import { Announcer, announcer } from './announce';
import { ActionStatus, statusLine } from './busy';
import { clear, el } from './dom';
import { BandTableImport, mountBandTableImport } from './band-table-import';
import { firstLoad } from './first-load';
import { saveNewsText } from './save-news';
import { PanelState, restoreState } from './state';
import { PanelStore, SaveNews } from './store';
import { PanelContext } from './sections/context';
import { mountOffers } from './sections/offers';
import { mountComparison } from './sections/comparison';
import { mountBenchmark } from './sections/benchmark';
import { mountBlend } from './sections/blend';
import { mountInsert } from './sections/insert';
import { formatMoney } from './format';
import { savedBytes, STATE_LIMIT_BYTES } from './host-limits';

export { SAVE_DELAY_MS } from './store';

/** How often a visible pane asks whether another pane (a second sidebar, a co-author) saved. */
export const REFRESH_MS = 30_000;

export interface OfferPanel {
  /** the state as it is now (a copy) */
  state(): PanelState;
  /** saves now instead of waiting for the debounce */
  flush(): Promise<void>;
  destroy(): void;
}

/**
 * Says what a save or refresh brought on the panel's status line: a failed save (until a save
 * succeeds), a field two panes both changed, another pane's changes. Every one reaches the user.
 */
function saveNewsShower(node: HTMLElement, status: ActionStatus): (news: SaveNews) => void {
  return (news) => {
    const said = saveNewsText(news);
    if (said) {
      status.show(said.text, said.error ? 'error' : 'info');
      node.dataset.kind = said.error ? 'save-error' : 'save-news';
    } else if (node.dataset.kind === 'save-error') {
      status.clear();
      delete node.dataset.kind;
    }
  };
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

/**
 * Asks the host whether another pane saved: when this pane comes back into view, every
 * REFRESH_MS while it is in view, and when the host says so (Excel on the web's settingsChanged).
 */
function watchOtherPanes(store: PanelStore, bridge: HostBridge): () => void {
  const refresh = (): void => {
    if (document.visibilityState === 'visible') void store.refresh();
  };
  const timer = setInterval(refresh, REFRESH_MS);
  window.addEventListener('focus', refresh);
  document.addEventListener('visibilitychange', refresh);
  const stopHost = bridge.watchState?.(refresh);
  return () => {
    clearInterval(timer);
    window.removeEventListener('focus', refresh);
    document.removeEventListener('visibilitychange', refresh);
    stopHost?.();
  };
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

  const { kept } = await firstLoad(bridge, root, globalStatus);
  const store = new PanelStore(restoreState(kept.state), kept, bridge, saveNewsShower(globalStatusNode, globalStatus));
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
  // Another pane's changes came in: every section shows the state again, the band table too if it changed.
  store.subscribe((change) => {
    if (change.topic !== 'replaced') return;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    for (const section of [offers, comparison, benchmark]) section.update({ topic: 'offers' });
    blend.fill();
    if (change.fields.some(([top]) => top === 'bandTableCsv' || top === 'bandTableName')) {
      bandTable?.destroy();
      bandTable = mountBandTables(bandTablesNode, store, bridge);
    }
    if (focused) document.getElementById(focused)?.focus();
  });
  announceEdits(store, say, () => comparison.lead());
  const stopWatching = watchOtherPanes(store, bridge);

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
      stopWatching();
      say.destroy();
      window.removeEventListener('pagehide', onPageHide);
      bandTable?.destroy();
      clear(root);
    },
  };
}
