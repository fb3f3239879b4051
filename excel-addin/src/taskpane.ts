/**
 * The task pane: the shared offer panel (panel/, loaded as the `AIPanel` bundle) mounted on the
 * Office bridge inside Excel, or on the panel's standalone bridge anywhere else, so `npm start`
 * shows a working panel in any browser (DESIGN.md §1: one UI, a host bridge per host).
 *
 * Office.js comes from Microsoft's CDN (Office requires that). Outside Office it may load and report
 * no host, or fail to load (offline): both mean standalone mode. Inside Office the page waits for
 * Office.onReady without a time limit.
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

export type PaneHost = 'excel' | 'standalone' | 'other-office-host';

/**
 * Where this page runs. Office.js absent (it failed to load: offline, or a plain browser that
 * cannot reach the CDN) means standalone. Otherwise Office.onReady decides, however long it takes:
 * Office reports host null outside Office, so a plain browser that did load office.js still
 * resolves to standalone. There is deliberately no timeout: with the long-lived shared runtime this
 * page stays loaded for the whole session, so a slow Excel start must not leave the demo bridge
 * running inside Excel until restart.
 */
export function detectHost(): Promise<PaneHost> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve('standalone');
  return new Promise((resolve) => {
    Office.onReady((info) => {
      if (!info || !info.host) resolve('standalone');
      else resolve(info.host === Office.HostType.Excel ? 'excel' : 'other-office-host');
    });
  });
}

function showProblem(root: HTMLElement, text: string, className = 'pane-problem'): void {
  const message = document.createElement('p');
  message.className = className;
  message.textContent = text; // text only: nothing here is parsed as HTML
  root.replaceChildren(message);
}

async function start(): Promise<void> {
  const root = document.getElementById('offer-panel');
  if (!root) return;
  const panel = window.AIPanel;
  if (!panel) {
    showProblem(
      root,
      'The offer panel did not load (panel.js is missing from this build). Run `npm run build` and reload.',
    );
    return;
  }
  if (typeof Office !== 'undefined')
    showProblem(root, 'Waiting for Excel to finish starting the add-in…', 'pane-waiting');
  const host = await detectHost();
  document.body.dataset.host = host;
  if (host === 'other-office-host') {
    showProblem(root, "This add-in works in Excel: open the offer panel from Excel's Home tab.");
    return;
  }
  if (host === 'excel') {
    await panel.mountOfferPanel(root, createOfficeBridge());
    return;
  }
  // Standalone: the panel's own bridge (localStorage state, a demo tracker row, a preview sheet).
  const note = document.createElement('p');
  note.className = 'pane-standalone-note';
  note.textContent =
    'Standalone mode: Office.js is not available here, so the panel uses a demo tracker row and writes into the preview below. Sideload manifest.xml in Excel to use it on a workbook.';
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
      if (root)
        showProblem(root, `The offer panel could not start: ${error instanceof Error ? error.message : String(error)}`);
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
}
