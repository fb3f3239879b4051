/**
 * Every button that calls the host shows that it is working and says why it failed (the habit of
 * the Apps Script sidebar samples: a success and a failure handler, the button disabled meanwhile).
 */
import { rejectionMessage } from './bridge';

export interface ActionStatus {
  show(message: string, kind: 'info' | 'error'): void;
  clear(): void;
}

export function statusLine(node: HTMLElement): ActionStatus {
  return {
    show(message, kind) {
      node.textContent = message;
      node.className = `status status-${kind}`;
      node.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    },
    clear() {
      node.textContent = '';
      node.className = 'status';
    },
  };
}

/** Runs `action` with `button` busy; a rejection is shown on `status`, never thrown further. */
export async function withBusy(
  button: HTMLButtonElement,
  status: ActionStatus,
  busyText: string,
  action: () => Promise<string | void>,
): Promise<void> {
  if (button.disabled) return;
  const idleText = button.textContent ?? '';
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  button.classList.add('busy');
  button.textContent = busyText;
  status.clear();
  try {
    const done = await action();
    if (done) status.show(done, 'info');
  } catch (reason) {
    status.show(rejectionMessage(reason), 'error');
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
    button.classList.remove('busy');
    button.textContent = idleText;
  }
}
