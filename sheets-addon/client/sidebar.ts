/**
 * The sidebar's own script, inlined into Sidebar.html after the panel bundle (which defines the
 * global `AIPanel`): mounts the shared offer panel on the Sheets bridge.
 */
import type { HostBridge } from '../../panel/bridge';
import { createSheetsBridge } from './bridge';

declare const AIPanel: { mountOfferPanel(root: HTMLElement, bridge: HostBridge): unknown };

const root = document.getElementById('offer-panel');
if (root) AIPanel.mountOfferPanel(root, createSheetsBridge());
