/**
 * "Insert into sheet" and its question. The host checks the block at the active cell; when cells
 * there hold something it answers with a check (address, block, contents) and the panel asks. The
 * yes sends back that exact block and that check: the host writes at the checked address, and only
 * if nothing has changed, so a click elsewhere in the sheet, an offer added or a cell edited while
 * the question is open can never send the write somewhere the user did not agree to. Editing the
 * panel withdraws the question (`cancel`).
 */
import { HostBridge, WriteRequest, WriteResult } from './bridge';
import { ActionStatus, withBusy } from './busy';
import { clear, el } from './dom';
import type { InsertBlock } from './insert-block';

export interface InsertFlow {
  /** withdraws an open question (the panel was edited), saying so; nothing is written */
  cancel(): void;
  /** true while the question is open */
  asking(): boolean;
}

export interface InsertFlowOptions {
  readonly bridge: HostBridge;
  readonly button: HTMLButtonElement;
  readonly confirmNode: HTMLElement;
  readonly status: ActionStatus;
  /** the block for the offers as they are now, and how many offers it holds; throws a message when there is none */
  readonly build: () => { block: InsertBlock; count: number; what?: string };
}

interface Pending {
  readonly request: WriteRequest;
  readonly count: number;
  readonly notes: string[];
  /** what the block is, when not offers ("the counter-offer to Offer A") */
  readonly what?: string;
}

const listed = (cells: readonly string[]): string =>
  cells.slice(0, 8).join(', ') + (cells.length > 8 ? ` and ${cells.length - 8} more` : '');

function question(result: WriteResult, address: string): string {
  const cells = result.nonEmpty ?? [];
  const held =
    cells.length === 0
      ? `${address} is now empty`
      : `${cells.length === 1 ? 'A cell' : `${cells.length} cells`} in ${address} already ${cells.length === 1 ? 'holds' : 'hold'} something (${listed(cells)})`;
  const why = result.changed ? `Not written: ${result.changed}. ` : '';
  return `${why}${held}. Write ${cells.length ? `over ${cells.length === 1 ? 'it' : 'them'}` : 'there'}?`;
}

function inserted(result: WriteResult, pending: Pending): string {
  const { count, notes } = pending;
  const where = result.address ? ` at ${result.address}` : '';
  const charts = result.charts?.length
    ? ` ${result.charts.length === 1 ? 'A chart' : `${result.charts.length} charts`} beside it: ${result.charts.join('; ')}.`
    : '';
  const noted = notes.length ? ` Note: ${notes.join('; ')}.` : '';
  return `Inserted ${pending.what ?? `${count} ${count === 1 ? 'offer' : 'offers'}`}${where}.${charts}${noted}`;
}

/** The first write asks for nothing to be covered; the block is kept to send again on a yes. */
function pendingOf({ block, count, what }: ReturnType<InsertFlowOptions['build']>): Pending {
  const request: WriteRequest = {
    formulas: block.formulas,
    values: block.values,
    overwrite: false,
    charts: block.charts,
  };
  return { request, count, notes: block.notes, what };
}

function showQuestion(confirmNode: HTMLElement, text: string): { yes: HTMLButtonElement; no: HTMLButtonElement } {
  clear(confirmNode);
  const yes = el('button', { type: 'button', id: 'confirm-overwrite', className: 'danger', text: 'Overwrite' });
  const no = el('button', { type: 'button', id: 'cancel-overwrite', className: 'secondary', text: 'Cancel' });
  confirmNode.append(el('p', { text }), el('div', { className: 'row-actions' }, yes, no));
  confirmNode.hidden = false;
  return { yes, no };
}

export function mountInsertFlow(options: InsertFlowOptions): InsertFlow {
  const { bridge, button, confirmNode, status } = options;
  let open = false;

  const close = (): void => {
    open = false;
    confirmNode.hidden = true;
    clear(confirmNode);
    button.disabled = false;
  };

  const answer = (result: WriteResult, pending: Pending): string | void => {
    if (result.written) return inserted(result, pending);
    if (result.check && (result.nonEmpty?.length || result.changed)) {
      ask(result, pending);
      return;
    }
    throw new Error(
      'the sheet did not take the formulas and did not say why; select a cell with empty space below and to the right, and try again',
    );
  };

  const ask = (result: WriteResult, pending: Pending): void => {
    const check = result.check!;
    const { yes, no } = showQuestion(confirmNode, question(result, check.address));
    open = true;
    button.disabled = true;
    no.addEventListener('click', () => {
      close();
      status.show('Nothing written. Select an empty cell and insert again.', 'info');
    });
    yes.addEventListener(
      'click',
      () =>
        void withBusy(yes, status, 'Writing…', async () => {
          no.disabled = true;
          try {
            // The block the user was asked about, not one rebuilt from the panel as it is now.
            const confirmed = await bridge.writeCells({ ...pending.request, overwrite: true, checked: check });
            // Withdrawn while writing or not, the host wrote exactly what was asked or nothing: say which.
            close();
            return answer(confirmed, pending);
          } finally {
            no.disabled = false;
          }
        }),
    );
    yes.focus();
  };

  button.addEventListener(
    'click',
    () =>
      void withBusy(button, status, 'Inserting…', async () => {
        const pending = pendingOf(options.build());
        return answer(await bridge.writeCells(pending.request), pending);
      }),
  );

  return {
    cancel() {
      if (!open) return;
      close();
      status.show(
        'The offers changed while the question was open, so nothing was written: insert again to check the cells anew.',
        'info',
      );
    },
    asking: () => open,
  };
}
