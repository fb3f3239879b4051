/**
 * The task pane: the shared offer panel (panel/, loaded as the `AIPanel` bundle) mounted on the
 * Office bridge inside Excel, or on the panel's standalone bridge anywhere else, so `npm start`
 * shows a working panel in any browser (DESIGN.md §1: one UI, a host bridge per host).
 *
 * Office.js comes from Microsoft's CDN (Office requires that). Outside Office it may load and report
 * no host, or fail to load (offline): both mean standalone mode.
 */
import type { HostBridge } from '../../panel/bridge';
import { createOfficeBridge } from './office-bridge';

interface PanelBundle {
  mountOfferPanel(root: HTMLElement, bridge: HostBridge): unknown;
  createStandaloneBridge(options?: { preview?: HTMLElement }): HostBridge;
}

declare global {
  interface Window {
    AIPanel?: PanelBundle;
  }
}

/** How long to wait for Office.onReady before deciding this page is not inside Office. */
const OFFICE_READY_TIMEOUT_MS = 5000;

export type PaneHost = 'excel' | 'standalone';

export function detectHost(): Promise<PaneHost> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve('standalone');
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('standalone'), OFFICE_READY_TIMEOUT_MS);
    Office.onReady((info) => {
      clearTimeout(timer);
      resolve(info && info.host === Office.HostType.Excel ? 'excel' : 'standalone');
    });
  });
}

function showProblem(root: HTMLElement, text: string): void {
  const message = document.createElement('p');
  message.className = 'pane-problem';
  message.textContent = text; // text only: nothing here is parsed as HTML
  root.replaceChildren(message);
}

async function start(): Promise<void> {
  const root = document.getElementById('offer-panel');
  if (!root) return;
  const panel = window.AIPanel;
  if (!panel) {
    showProblem(root, 'The offer panel did not load (panel.js is missing from this build). Run `npm run build` and reload.');
    return;
  }
  const host = await detectHost();
  document.body.dataset.host = host;
  if (host === 'excel') {
    await panel.mountOfferPanel(root, createOfficeBridge());
    return;
  }
  // Standalone: the panel's own bridge (localStorage state, a demo tracker row, a preview sheet).
  const note = document.createElement('p');
  note.className = 'pane-standalone-note';
  note.textContent = 'Standalone mode: Office.js is not available here, so the panel uses a demo tracker row and writes into the preview below. Sideload manifest.xml in Excel to use it on a workbook.';
  const preview = document.createElement('div');
  preview.id = 'preview';
  const mount = document.createElement('div');
  root.replaceChildren(note, mount, preview);
  await panel.mountOfferPanel(mount, panel.createStandaloneBridge({ preview }));
}

if (typeof document !== 'undefined') {
  const run = (): void => {
    start().catch((error: unknown) => {
      const root = document.getElementById('offer-panel');
      if (root) showProblem(root, `The offer panel could not start: ${error instanceof Error ? error.message : String(error)}`);
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
}
