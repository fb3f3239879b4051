/**
 * The bundle's entry. It exposes `mountOfferPanel` (and the standalone bridge) on the global
 * `AIPanel` for host pages, and on the standalone page (an element `#app[data-mount=standalone]`)
 * mounts the panel with the localStorage bridge. A page that sets `window.AIPanelManualMount = true`
 * before the script runs (a test with its own bridge) mounts it itself.
 */
import { mountOfferPanel } from './panel';
import { createStandaloneBridge, StandaloneBridge, DEMO_TRACKER_ROW } from './standalone-bridge';
import { spellFormula } from './bridge';

export { mountOfferPanel, createStandaloneBridge, StandaloneBridge, DEMO_TRACKER_ROW, spellFormula };
export type { HostBridge, HostName, WriteRequest, WriteResult } from './bridge';
export type { PanelState } from './state';

declare global {
  interface Window {
    AIPanelManualMount?: boolean;
  }
}

function autoMount(): void {
  if (window.AIPanelManualMount) return;
  const app = document.getElementById('app');
  if (!app || app.dataset.mount !== 'standalone') return;
  const preview = document.getElementById('preview') ?? undefined;
  void mountOfferPanel(app, createStandaloneBridge({ preview }));
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', autoMount);
  else autoMount();
}
