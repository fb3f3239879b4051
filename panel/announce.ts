/**
 * The pane's one live region: a polite status line that speaks once typing pauses, so a screen
 * reader hears the result of an edit, not every keystroke's redraw.
 */
import { el } from './dom';

export const ANNOUNCE_DELAY_MS = 700;

export interface Announcer {
  readonly node: HTMLElement;
  /** what to say once the user stops typing; a later call replaces an earlier one not yet said */
  later(message: () => string): void;
  destroy(): void;
}

export function announcer(): Announcer {
  const node = el('p', {
    className: 'announce',
    id: 'panel-announce',
    role: 'status',
    'aria-live': 'polite',
    'aria-atomic': 'true',
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    node,
    later(message) {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        node.textContent = message();
      }, ANNOUNCE_DELAY_MS);
    },
    destroy() {
      if (timer) clearTimeout(timer);
    },
  };
}
