/**
 * One offer's card: its name, a one-line summary, the form (folded once the offer is valid) and
 * its figures. `update` redraws the card from the store without rebuilding its inputs, so typing
 * never loses focus and a keystroke costs one card.
 */
import { DEFAULT_EQUITY_DISCOUNT, CompanyType } from '../../core/offer/company-types';
import { DEFAULT_VESTING } from '../../core/offer/vesting';
import { ActionStatus, statusLine, withBusy } from '../busy';
import { clear, el } from '../dom';
import { OfferReading } from '../offer-input';
import { buildOfferForm, FIELDS, OfferForm } from './offer-form';
import { morph } from '../morph';
import { formatMoneyFit, formatMoneyShort, formatPercent } from '../format';
import { headline, yearTable } from '../offer-view';
import { isUnderwater } from '../reading';
import { OfferInputs } from '../state';
import { describeFill, FIELD_LABELS, fillFromRow, RowFill } from '../tracker-row';
import { PanelContext } from './context';

export const SCHEDULE_EXAMPLES: readonly [string, string][] = [
  [DEFAULT_VESTING, '4 years, 1-year cliff, then monthly'],
  ['4y-6m-cliff', '4 years, 6-month cliff, monthly'],
  ['4y-1y-cliff-quarterly', '4 years, 1-year cliff, quarterly'],
  ['3y', 'even over 3 years'],
  ['4y', 'even over 4 years'],
  ['5/15/40/40', 'back-loaded, % a year'],
];

export interface OfferCard {
  readonly root: HTMLElement;
  readonly index: number;
  readonly status: ActionStatus;
  /** redraws errors, summary and figures from the store */
  update(): void;
  setOpen(open: boolean): void;
  focusFirst(): void;
}

export interface CardActions {
  remove(index: number): void;
  refill(index: number, fields: Partial<OfferInputs>): void;
}

/** A fraction typed or filled as 0.15 reads back as "15%" so the field shows what a person means. */
const asPercentText = (value: string | undefined): string | undefined => {
  if (value === undefined || !/^\s*0?\.\d+\s*$/.test(value)) return value;
  return `${Number((Number(value) * 100).toFixed(4))}%`;
};

function showErrors(form: OfferForm, fieldErrors: Partial<Record<keyof OfferInputs, string>>): void {
  for (const [field, node] of Object.entries(form.errors) as [keyof OfferInputs, HTMLElement][]) {
    const message = fieldErrors[field];
    node.textContent = message ?? '';
    node.hidden = !message;
    const input = form.inputs[field];
    if (input) {
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  }
}

/** The one-line summary and the figures of an offer, for its state of reading. */
function renderFigures(
  o: OfferInputs,
  reading: OfferReading,
  index: number,
  summary: HTMLElement,
  results: HTMLElement,
): void {
  const next = el('div');
  if (reading.status === 'empty') {
    summary.textContent = 'Not filled in yet';
    next.append(
      el('p', {
        className: 'hint',
        text: 'Enter a base salary (or fill from the selected row) to see this offer taken apart.',
      }),
    );
  } else if (reading.status === 'invalid') {
    const count = Object.keys(reading.errors).length;
    summary.textContent = `${count} ${count === 1 ? 'field needs' : 'fields need'} fixing`;
    next.append(el('p', { className: 'hint', text: 'Fix the fields marked above to see the figures.' }));
  } else {
    const d = reading.decomposition;
    const underwater = isUnderwater(o, reading);
    const equity = underwater ? 'options underwater' : `${formatMoneyShort(d.equityGrantValue)} equity`;
    summary.textContent = `${formatMoneyFit(d.offer.base)} base · ${o.companyType} · ${equity} · ${formatMoneyFit(d.riskAdjustedAverageAnnual)}/yr`;
    next.append(headline(d, index), yearTable(d, index, underwater));
  }
  morph(results, next);
}

export function buildOfferCard(ctx: PanelContext, index: number, actions: CardActions): OfferCard {
  const { store } = ctx;
  const offer = (): OfferInputs => store.state.offers[index];
  const id = (field: string) => `o${index}-${field}`;
  const form = buildOfferForm(store, index);
  const summary = el('p', { className: 'offer-summary', id: id('summary') });
  const toggle = el('button', {
    type: 'button',
    className: 'secondary toggle',
    id: id('toggle'),
    'aria-controls': id('form'),
    'aria-expanded': 'true',
    text: 'Done',
  });
  const removeButton = el('button', {
    type: 'button',
    className: 'icon',
    id: id('remove'),
    title: 'Remove this offer',
    text: '×',
    hidden: store.state.offers.length < 2,
  });
  removeButton.addEventListener('click', () => actions.remove(index));

  const fillButton = el('button', {
    type: 'button',
    className: 'secondary',
    id: id('fill'),
    text: 'Fill from selected row',
  });
  const statusNode = el('p', { className: 'status', id: id('status') });
  const status = statusLine(statusNode);
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
    actions.refill(index, fields as Partial<OfferInputs>);
    form.sync();
    update();
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

  const formNode = el(
    'div',
    { className: 'offer-form', id: id('form') },
    form.labelError,
    el('div', { className: 'fields' }, ...form.fieldRows),
    el('div', { className: 'card-actions' }, fillButton),
    fillPreview,
  );
  const results = el('div', { className: 'offer-results', id: id('results') });
  const root = el(
    'article',
    { className: 'offer-card', id: `offer-${index}`, 'data-offer': index, 'aria-labelledby': id('label') },
    el('div', { className: 'offer-head' }, form.labelInput, toggle, removeButton),
    summary,
    formNode,
    statusNode,
    results,
  );

  let open = true;
  const setOpen = (value: boolean): void => {
    // Only a valid offer folds: an invalid one keeps its marked fields in view.
    const valid = store.reading(index).status === 'valid';
    open = value || !valid;
    formNode.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Done' : 'Edit';
    toggle.hidden = !valid && open;
    toggle.setAttribute('aria-label', `${open ? 'Fold the form of' : 'Edit'} ${offer().label}`);
  };
  toggle.addEventListener('click', () => {
    setOpen(!open);
    (open ? form.inputs.base : toggle)?.focus();
  });

  const update = (): void => {
    const o = offer();
    const reading = store.reading(index);
    removeButton.setAttribute('aria-label', `Remove ${o.label}`);
    showErrors(form, reading.status === 'invalid' ? reading.errors : {});
    for (const spec of FIELDS) if (spec.mode) form.rows[spec.field]!.hidden = spec.mode !== o.equityMode;
    const fallback = DEFAULT_EQUITY_DISCOUNT[o.companyType as CompanyType];
    form.discountHint.textContent = fallback
      ? `Blank: ${formatPercent(fallback.discount)} off for ${o.companyType} (${fallback.basis}).`
      : '';
    renderFigures(o, reading, index, summary, results);
    setOpen(open);
  };

  return { root, index, status, update, setOpen, focusFirst: () => (open ? form.inputs.base : toggle)?.focus() };
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
