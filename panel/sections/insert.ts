/**
 * "Into the sheet": writes each valid offer as a live AI.OFFERTABLE block through the insert flow
 * (panel/insert-flow.ts), which asks before covering anything and writes exactly the block and the
 * address the user confirmed. Any edit of the panel withdraws an open question (issue 15 item 1).
 */
import { statusLine } from '../busy';
import { el } from '../dom';
import { buildInsertBlock } from '../insert-block';
import { mountInsertFlow } from '../insert-flow';
import { OfferReading } from '../offer-input';
import { PanelContext } from './context';

export function mountInsert(ctx: PanelContext): HTMLElement {
  const { store, bridge } = ctx;
  const button = el('button', { type: 'button', id: 'insert', text: 'Insert into sheet' });
  const statusNode = el('p', { className: 'status', id: 'insert-status' });
  const status = statusLine(statusNode);
  const confirm = el('div', {
    className: 'confirm',
    id: 'insert-confirm',
    hidden: true,
    role: 'alertdialog',
    'aria-label': 'Overwrite cells?',
  });

  const flow = mountInsertFlow({
    bridge,
    button,
    confirmNode: confirm,
    status,
    build: () => {
      const valid = store.state.offers
        .map((offer, i) => ({ offer, reading: store.reading(i) }))
        .filter((x) => x.reading.status === 'valid');
      if (!valid.length)
        throw new Error(
          'nothing to insert: no offer is complete and valid yet (enter at least a base salary, and fix any field marked in red)',
        );
      const block = buildInsertBlock(
        valid.map(({ offer, reading }) => ({
          label: offer.label,
          input: (reading as Extract<OfferReading, { status: 'valid' }>).modelInput,
        })),
        bridge.hostName,
      );
      if ('error' in block) throw new Error(block.error);
      return { block, count: valid.length };
    },
  });
  // Every change of the state passes through the store: an edit withdraws an open overwrite question.
  store.subscribe(() => flow.cancel());

  return el(
    'section',
    { className: 'insert', 'aria-label': 'Insert into sheet' },
    el('h2', { text: 'Into the sheet' }),
    el('p', {
      className: 'hint',
      text: 'Writes each valid offer as a live AI.OFFERTABLE formula from the selected cell down and right, with a chart beside it; asks before writing over anything.',
    }),
    button,
    confirm,
    statusNode,
  );
}
