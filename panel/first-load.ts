/**
 * The panel's first read of its saved inputs. Until it succeeds the panel saves nothing: a pane
 * that could not read what the document keeps must not overwrite it (Apps Script answers "server
 * error" now and then). So a failed read is said, tried again by itself a few times, and offers two
 * choices: try again now, or start new. Starting new still never erases what is kept: the pane's
 * changes are merged onto it field by field (core/state-merge.ts), and the pane then shows it.
 */
import type { KeptState } from '../core/index';
import { HostBridge, rejectionMessage } from './bridge';
import { ActionStatus } from './busy';
import { el } from './dom';

/** Waits before each automatic retry; after the last, the pane waits for the user. */
export const LOAD_RETRY_MS: readonly number[] = [1000, 3000, 8000];

/** What the pane starts from: what was loaded, or nothing loaded because the user chose to start new. */
export type FirstLoad = { readonly kept: KeptState; readonly startedNew: boolean };

/**
 * Nothing known of what is kept: a version no host keeps, so every save is merged onto what is
 * kept (never over it) and answered with the merged inputs, which the pane then shows.
 */
const NOTHING_LOADED: KeptState = { state: null, version: -1 };

export function firstLoad(bridge: HostBridge, host: HTMLElement, status: ActionStatus): Promise<FirstLoad> {
  return new Promise((resolve) => {
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let box: HTMLElement | undefined;
    let done = false;
    const finish = (result: FirstLoad): void => {
      done = true;
      if (timer) clearTimeout(timer);
      box?.remove();
      delete host.dataset.load;
      resolve(result);
    };
    const attempt = async (): Promise<void> => {
      timer = undefined;
      status.show('Loading saved inputs…', 'info');
      try {
        const kept = await bridge.loadState();
        if (done) return;
        status.clear();
        finish({ kept, startedNew: false });
      } catch (reason) {
        if (done) return;
        const wait = LOAD_RETRY_MS[tries++];
        const next = wait === undefined ? '' : ` Trying again in ${Math.round(wait / 1000)} s.`;
        status.show(
          `Could not load the saved inputs: ${rejectionMessage(reason)}. Nothing is saved until they load, so what this document keeps stays as it is.${next}`,
          'error',
        );
        if (wait !== undefined) timer = setTimeout(() => void attempt(), wait);
        showChoices();
      }
    };
    const showChoices = (): void => {
      host.dataset.load = 'failed';
      if (box) return;
      const retry = el('button', { type: 'button', id: 'load-retry', text: 'Try again now' });
      const fresh = el('button', { type: 'button', id: 'load-start-new', text: 'Start new' });
      box = el(
        'div',
        { className: 'load-failed', id: 'load-failed' },
        el('p', {
          text: 'Start new opens a blank panel. What you type there is added to the inputs this document keeps, field by field: nothing kept is erased, and a field set in both is named when it is saved.',
        }),
        el('div', { className: 'row-actions' }, retry, fresh),
      );
      retry.addEventListener('click', () => {
        if (timer) clearTimeout(timer);
        void attempt();
      });
      fresh.addEventListener('click', () => {
        status.show(
          'Started new without the saved inputs: your changes are merged with them when saved, and the panel then shows them.',
          'info',
        );
        finish({ kept: NOTHING_LOADED, startedNew: true });
      });
      host.append(box);
    };
    void attempt();
  });
}
