/**
 * One offer's card: its name, a one-line summary, the form (folded once the offer is valid) and
 * its figures. `update` redraws the card from the store without rebuilding its inputs, so typing
 * never loses focus and a keystroke costs one card.
 */
import { DEFAULT_EQUITY_DISCOUNT, CompanyType, DEFAULT_VESTING } from '../../core/index';
import { ActionStatus, statusLine } from '../busy';
import { el } from '../dom';
import { OfferReading } from '../offer-input';
import { buildOfferForm, FIELDS, OfferForm } from './offer-form';
import { morph } from '../morph';
import { formatMoneyFit, formatMoneyShort, formatPercent } from '../format';
import { headline, yearTable } from '../offer-view';
import { isUnderwater } from '../reading';
import { OfferInputs } from '../state';
import { PanelContext } from './context';
import { buildFillFromRow, FillFromRow } from './fill-from-row';

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

interface CardHead {
  readonly summary: HTMLElement;
  readonly toggle: HTMLButtonElement;
  readonly removeButton: HTMLButtonElement;
}

function buildCardHead(
  ctx: PanelContext,
  index: number,
  id: (field: string) => string,
  actions: CardActions,
): CardHead {
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
    hidden: ctx.store.state.offers.length < 2,
  });
  removeButton.addEventListener('click', () => actions.remove(index));
  return { summary, toggle, removeButton };
}

interface CardLayout {
  readonly root: HTMLElement;
  readonly formNode: HTMLElement;
  readonly results: HTMLElement;
}

function layOutCard(
  index: number,
  id: (field: string) => string,
  form: OfferForm,
  head: CardHead,
  fill: FillFromRow,
  statusNode: HTMLElement,
): CardLayout {
  const formNode = el(
    'div',
    { className: 'offer-form', id: id('form') },
    form.labelError,
    el('div', { className: 'fields' }, ...form.fieldRows),
    el('div', { className: 'card-actions' }, fill.button),
    fill.preview,
  );
  const results = el('div', { className: 'offer-results', id: id('results') });
  const root = el(
    'article',
    { className: 'offer-card', id: `offer-${index}`, 'data-offer': index, 'aria-labelledby': id('label') },
    el('div', { className: 'offer-head' }, form.labelInput, head.toggle, head.removeButton),
    head.summary,
    formNode,
    statusNode,
    results,
  );
  return { root, formNode, results };
}

/** Which equity fields show, and what a blank discount would mean for this company type. */
function showEquityFields(form: OfferForm, o: OfferInputs): void {
  for (const spec of FIELDS) if (spec.mode) form.rows[spec.field]!.hidden = spec.mode !== o.equityMode;
  const fallback = DEFAULT_EQUITY_DISCOUNT[o.companyType as CompanyType];
  form.discountHint.textContent = fallback
    ? `Blank: ${formatPercent(fallback.discount)} off for ${o.companyType} (${fallback.basis}).`
    : '';
}

export function buildOfferCard(ctx: PanelContext, index: number, actions: CardActions): OfferCard {
  const { store } = ctx;
  const offer = (): OfferInputs => store.state.offers[index];
  const id = (field: string) => `o${index}-${field}`;
  const form = buildOfferForm(store, index);
  const head = buildCardHead(ctx, index, id, actions);
  const { toggle } = head;
  const statusNode = el('p', { className: 'status', id: id('status') });
  const status = statusLine(statusNode);
  const fill = buildFillFromRow(ctx, id, status, (fields) => {
    actions.refill(index, fields);
    form.sync();
    update();
  });
  const { root, formNode, results } = layOutCard(index, id, form, head, fill, statusNode);

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
    head.removeButton.setAttribute('aria-label', `Remove ${o.label}`);
    showErrors(form, reading.status === 'invalid' ? reading.errors : {});
    showEquityFields(form, o);
    renderFigures(o, reading, index, head.summary, results);
    setOpen(open);
  };

  return { root, index, status, update, setOpen, focusFirst: () => (open ? form.inputs.base : toggle)?.focus() };
}
