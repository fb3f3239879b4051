/**
 * "Fill from selected row" on an offer card: reading the row proposes a mapping, shown for the user
 * to check; nothing changes until Apply.
 */
import { ActionStatus, withBusy } from '../busy';
import { clear, el } from '../dom';
import { OfferInputs } from '../state';
import { describeFill, fillFromRow, RowFill } from '../tracker-row';
import { FIELD_LABELS } from '../reading';
import { PanelContext } from './context';

/** A fraction typed or filled as 0.15 reads back as "15%" so the field shows what a person means. */
const asPercentText = (value: string | undefined): string | undefined => {
  if (value === undefined || !/^\s*0?\.\d+\s*$/.test(value)) return value;
  return `${Number((Number(value) * 100).toFixed(4))}%`;
};

export interface FillFromRow {
  readonly button: HTMLButtonElement;
  readonly preview: HTMLElement;
}

/** The fill button and its preview, wired: `refill` takes the fields the user applied. */
export function buildFillFromRow(
  ctx: PanelContext,
  id: (field: string) => string,
  status: ActionStatus,
  refill: (fields: Partial<OfferInputs>) => void,
): FillFromRow {
  const fillButton = el('button', {
    type: 'button',
    className: 'secondary',
    id: id('fill'),
    text: 'Fill from selected row',
  });
  // Reading the row proposes the mapping; nothing changes until the user applies it.
  const fillPreview = el('div', {
    className: 'fill-preview',
    id: id('fill-preview'),
    role: 'group',
    'aria-label': 'Fill from the selected row: check, then apply',
    hidden: true,
  });
  const closePreview = (): void => {
    clear(fillPreview);
    fillPreview.hidden = true;
  };
  const apply = (fill: RowFill): void => {
    const fields = {
      ...fill.fields,
      bonusTarget: asPercentText(fill.fields.bonusTarget),
      discount: asPercentText(fill.fields.discount),
    };
    for (const key of Object.keys(fields) as (keyof OfferInputs)[]) if (fields[key] === undefined) delete fields[key];
    closePreview();
    refill(fields as Partial<OfferInputs>);
    status.show(describeFill(fill), 'info');
  };
  fillButton.addEventListener(
    'click',
    () =>
      void withBusy(fillButton, status, 'Reading row…', async () => {
        closePreview();
        const row = await ctx.bridge.readSelectedRow();
        const fill = fillFromRow(row ?? {});
        if (!fill.matched.length)
          throw new Error(
            `no column of the selected row has a header the panel knows (${Object.keys(row ?? {}).join(', ') || 'no headers'}); name columns e.g. Base, Bonus %, Payout, Equity, Company type, Vesting, Sign-on`,
          );
        showFillPreview(
          fillPreview,
          fill,
          id,
          () => apply(fill),
          () => {
            closePreview();
            status.show('Nothing was filled.', 'info');
            fillButton.focus();
          },
        );
        return `${fill.mapping.length} column${fill.mapping.length === 1 ? '' : 's'} can fill this offer: check which feeds which field, then Apply.`;
      }),
  );
  return { button: fillButton, preview: fillPreview };
}

/** The proposed fill: each column and the field it feeds, each column left out and why; Apply or Cancel. */
function showFillPreview(
  node: HTMLElement,
  fill: RowFill,
  id: (field: string) => string,
  onApply: () => void,
  onCancel: () => void,
): void {
  clear(node);
  const fed = fill.mapping.map(({ header, field }) =>
    el(
      'tr',
      { 'data-field': field },
      el('th', { scope: 'row', text: header }),
      el('td', { text: '→' }),
      el('td', { text: FIELD_LABELS[field] }),
      el('td', { className: 'fill-value', text: String(fill.fields[field] ?? '') }),
    ),
  );
  const unused = fill.skipped.filter((s) => s.why !== 'blank');
  const apply = el('button', { type: 'button', id: id('fill-apply'), text: 'Apply' });
  const cancel = el('button', { type: 'button', className: 'secondary', id: id('fill-cancel'), text: 'Cancel' });
  apply.addEventListener('click', onApply);
  cancel.addEventListener('click', onCancel);
  node.append(
    el('p', { className: 'hint', text: 'Which column would feed which field:' }),
    el('table', { className: 'fill-mapping', id: id('fill-mapping') }, el('tbody', {}, ...fed)),
    el('div', { className: 'card-actions' }, apply, cancel),
  );
  if (unused.length)
    node.insertBefore(
      el(
        'ul',
        { className: 'fill-ignored', id: id('fill-ignored') },
        ...unused.map((s) => el('li', { 'data-header': s.header, text: `${s.header}: ignored, ${s.why}` })),
      ),
      node.lastChild,
    );
  node.hidden = false;
  apply.focus();
}
