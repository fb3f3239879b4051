/** "Into the sheet": writes each valid offer as a live AI.OFFERTABLE block, asking before covering anything. */
import { statusLine, withBusy } from '../busy';
import { clear, el } from '../dom';
import { buildInsertBlock } from '../insert-block';
import { OfferReading } from '../offer-input';
import { PanelContext } from './context';

export function mountInsert(ctx: PanelContext): HTMLElement {
  const { store, bridge } = ctx;
  const button = el('button', { type: 'button', id: 'insert', text: 'Insert into sheet' });
  const statusNode = el('p', { className: 'status', id: 'insert-status' });
  const status = statusLine(statusNode);
  const confirm = el('div', { className: 'confirm', id: 'insert-confirm', hidden: true, role: 'alertdialog', 'aria-label': 'Overwrite cells?' });

  const write = async (overwrite: boolean): Promise<string | void> => {
    const valid = store.state.offers.map((offer, i) => ({ offer, reading: store.reading(i) })).filter((x) => x.reading.status === 'valid');
    if (!valid.length) throw new Error('nothing to insert: no offer is complete and valid yet (enter at least a base salary, and fix any field marked in red)');
    const block = buildInsertBlock(valid.map(({ offer, reading }) => ({ label: offer.label, input: (reading as Extract<OfferReading, { status: 'valid' }>).modelInput })), bridge.hostName);
    if ('error' in block) throw new Error(block.error);
    const result = await bridge.writeCells({ formulas: block.formulas, values: block.values, overwrite });
    const notes = block.notes.length ? ` Note: ${block.notes.join('; ')}.` : '';
    if (result.written) return `Inserted ${valid.length} ${valid.length === 1 ? 'offer' : 'offers'}${result.address ? ` at ${result.address}` : ''}.${notes}`;
    if (result.nonEmpty?.length) { ask(result.nonEmpty, result.address); return; }
    throw new Error('the sheet did not take the formulas and did not say why; select a cell with empty space below and to the right, and try again');
  };

  const ask = (nonEmpty: string[], address?: string): void => {
    clear(confirm);
    const shown = nonEmpty.slice(0, 8).join(', ') + (nonEmpty.length > 8 ? ` and ${nonEmpty.length - 8} more` : '');
    const yes = el('button', { type: 'button', id: 'confirm-overwrite', className: 'danger', text: 'Overwrite' });
    const no = el('button', { type: 'button', id: 'cancel-overwrite', className: 'secondary', text: 'Cancel' });
    const one = nonEmpty.length === 1;
    confirm.append(el('p', { text: `${one ? 'A cell' : `${nonEmpty.length} cells`} in ${address ?? 'the target range'} already ${one ? 'holds' : 'hold'} something (${shown}). Write over ${one ? 'it' : 'them'}?` }), el('div', { className: 'row-actions' }, yes, no));
    confirm.hidden = false;
    button.disabled = true;
    const close = () => { confirm.hidden = true; clear(confirm); button.disabled = false; };
    no.addEventListener('click', () => { close(); status.show('Nothing written. Select an empty cell and insert again.', 'info'); button.focus(); });
    yes.addEventListener('click', () => void withBusy(yes, status, 'Writing…', async () => {
      no.disabled = true;
      try { const message = await write(true); close(); button.focus(); return message; } finally { no.disabled = false; }
    }));
    yes.focus();
  };

  button.addEventListener('click', () => void withBusy(button, status, 'Inserting…', () => write(false)));
  return el('section', { className: 'insert', 'aria-label': 'Insert into sheet' },
    el('h2', { text: 'Into the sheet' }),
    el('p', { className: 'hint', text: 'Writes each valid offer as a live AI.OFFERTABLE formula from the selected cell down and right; asks before writing over anything.' }),
    button, confirm, statusNode);
}
