/**
 * One offer's card: its name, a one-line summary, the form (folded once the offer is valid) and
 * its figures. `update` redraws the card from the store without rebuilding its inputs, so typing
 * never loses focus and a keystroke costs one card.
 */
import { COMPANY_TYPES, DEFAULT_EQUITY_DISCOUNT, CompanyType } from '../../core/offer/company-types';
import { DEFAULT_VESTING } from '../../core/offer/vesting';
import { ActionStatus, statusLine, withBusy } from '../busy';
import { el } from '../dom';
import { morph } from '../morph';
import { formatMoneyFit, formatMoneyShort, formatPercent } from '../format';
import { headline, yearTable } from '../offer-view';
import { FIELD_LABELS, isUnderwater } from '../reading';
import { OfferInputs } from '../state';
import { fillFromRow } from '../tracker-row';
import { PanelContext } from './context';

type TextField = Exclude<keyof OfferInputs, 'equityMode' | 'companyType' | 'label'>;

interface FieldSpec { readonly field: TextField; readonly placeholder: string; readonly mode?: 'grant' | 'options'; readonly list?: string }

const FIELDS: readonly FieldSpec[] = [
  { field: 'base', placeholder: 'e.g. 185000' },
  { field: 'bonusTarget', placeholder: 'e.g. 15% or 0.15' },
  { field: 'bonusPayouts', placeholder: 'actual / target, e.g. 90%, 110%' },
  { field: 'equityGrant', placeholder: 'total value, e.g. 200000', mode: 'grant' },
  { field: 'shares', placeholder: 'e.g. 10000', mode: 'options' },
  { field: 'strike', placeholder: 'per share; 0 for RSUs', mode: 'options' },
  { field: 'price', placeholder: 'per share, e.g. 12', mode: 'options' },
  { field: 'discount', placeholder: 'blank: company default' },
  { field: 'schedule', placeholder: DEFAULT_VESTING, list: 'ai-panel-schedules' },
  { field: 'signOn', placeholder: 'e.g. 25000' },
  { field: 'years', placeholder: '4' },
  { field: 'refresh', placeholder: 'grant a year, e.g. 50000' },
];

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

export interface CardActions { remove(index: number): void; refill(index: number, fields: Partial<OfferInputs>): void }

/** A fraction typed or filled as 0.15 reads back as "15%" so the field shows what a person means. */
const asPercentText = (value: string | undefined): string | undefined => {
  if (value === undefined || !/^\s*0?\.\d+\s*$/.test(value)) return value;
  return `${Number((Number(value) * 100).toFixed(4))}%`;
};

export function buildOfferCard(ctx: PanelContext, index: number, actions: CardActions): OfferCard {
  const { store } = ctx;
  const offer = (): OfferInputs => store.state.offers[index];
  const id = (field: string) => `o${index}-${field}`;
  const inputs: Partial<Record<keyof OfferInputs, HTMLInputElement | HTMLSelectElement>> = {};
  const errors: Partial<Record<keyof OfferInputs, HTMLElement>> = {};
  const rows: Partial<Record<keyof OfferInputs, HTMLElement>> = {};

  const errorNode = (field: keyof OfferInputs) => (errors[field] = el('div', { className: 'field-error', id: id(`${field}-error`), hidden: true }));
  const wire = <T extends HTMLInputElement | HTMLSelectElement>(field: keyof OfferInputs, input: T): T => {
    inputs[field] = input;
    input.setAttribute('aria-describedby', id(`${field}-error`));
    input.addEventListener(input instanceof HTMLSelectElement ? 'change' : 'input', () => store.commit({ topic: 'offer', index, field }, (s) => {
      const o = s.offers[index];
      if (field === 'equityMode') o.equityMode = input.value === 'options' ? 'options' : 'grant';
      else o[field] = input.value;
    }));
    return input;
  };
  const fieldRow = (field: keyof OfferInputs, control: HTMLElement, extra?: HTMLElement) =>
    (rows[field] = el('div', { className: `field field-${field}` }, el('label', { for: id(field), text: FIELD_LABELS[field] }), control, extra, errorNode(field)));

  const labelInput = wire('label', el('input', { type: 'text', id: id('label'), className: 'offer-name', 'aria-label': FIELD_LABELS.label, maxlength: 60 }));
  labelInput.value = offer().label;
  const summary = el('p', { className: 'offer-summary', id: id('summary') });
  const toggle = el('button', { type: 'button', className: 'secondary toggle', id: id('toggle'), 'aria-controls': id('form'), 'aria-expanded': 'true', text: 'Done' });
  const removeButton = el('button', { type: 'button', className: 'icon', id: id('remove'), title: 'Remove this offer', text: '×', hidden: store.state.offers.length < 2 });
  removeButton.addEventListener('click', () => actions.remove(index));

  const modeSelect = wire('equityMode', el('select', { id: id('equityMode') },
    el('option', { value: 'grant', text: 'a grant value' }), el('option', { value: 'options', text: 'shares, strike, price' })));
  modeSelect.value = offer().equityMode;
  const typeSelect = wire('companyType', el('select', { id: id('companyType') }, ...COMPANY_TYPES.map((t) => el('option', { value: t, text: t }))));
  // A type the core does not know (restored or filled from a row) stays visible, so its message makes sense.
  if (!(COMPANY_TYPES as readonly string[]).includes(offer().companyType)) typeSelect.append(el('option', { value: offer().companyType, text: offer().companyType }));
  typeSelect.value = offer().companyType;
  const discountHint = el('div', { className: 'field-hint', id: id('discount-hint') });

  const fieldRows: HTMLElement[] = [];
  for (const spec of FIELDS) {
    if (spec.field === 'equityGrant') fieldRows.push(fieldRow('equityMode', modeSelect), fieldRow('companyType', typeSelect));
    const input = wire(spec.field, el('input', { type: 'text', id: id(spec.field), placeholder: spec.placeholder, autocomplete: 'off', spellcheck: 'false', list: spec.list, inputmode: spec.field === 'schedule' ? undefined : 'decimal' }));
    input.value = offer()[spec.field];
    fieldRows.push(fieldRow(spec.field, input, spec.field === 'discount' ? discountHint : undefined));
  }

  const fillButton = el('button', { type: 'button', className: 'secondary', id: id('fill'), text: 'Fill from selected row' });
  const statusNode = el('p', { className: 'status', id: id('status') });
  const status = statusLine(statusNode);
  fillButton.addEventListener('click', () => void withBusy(fillButton, status, 'Reading row…', async () => {
    const row = await ctx.bridge.readSelectedRow();
    const fill = fillFromRow(row ?? {});
    if (!fill.matched.length) throw new Error(`no column of the selected row has a header the panel knows (${Object.keys(row ?? {}).join(', ') || 'no headers'}); name columns e.g. Base, Bonus %, Payout, Equity, Company type, Vesting, Sign-on`);
    const fields = { ...fill.fields, bonusTarget: asPercentText(fill.fields.bonusTarget), discount: asPercentText(fill.fields.discount) };
    for (const key of Object.keys(fields) as (keyof OfferInputs)[]) if (fields[key] === undefined) delete fields[key];
    actions.refill(index, fields as Partial<OfferInputs>);
    syncInputs();
    update();
    const ignored = fill.ignored.length ? `; ignored ${fill.ignored.join(', ')}` : '';
    return `Filled from ${fill.matched.join(', ')}${ignored}.`;
  }));

  const form = el('div', { className: 'offer-form', id: id('form') }, errorNode('label'), el('div', { className: 'fields' }, ...fieldRows), el('div', { className: 'card-actions' }, fillButton));
  const results = el('div', { className: 'offer-results', id: id('results') });
  const root = el('article', { className: 'offer-card', id: `offer-${index}`, 'data-offer': index, 'aria-labelledby': id('label') },
    el('div', { className: 'offer-head' }, labelInput, toggle, removeButton), summary, form, statusNode, results);

  let open = true;
  const setOpen = (value: boolean): void => {
    // Only a valid offer folds: an invalid one keeps its marked fields in view.
    open = value || store.reading(index).status !== 'valid';
    form.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Done' : 'Edit';
    toggle.hidden = store.reading(index).status !== 'valid' && open;
    toggle.setAttribute('aria-label', `${open ? 'Fold the form of' : 'Edit'} ${offer().label}`);
  };
  toggle.addEventListener('click', () => {
    setOpen(!open);
    (open ? inputs.base : toggle)?.focus();
  });

  /** After a fill from a row: the inputs show the state again (only those that changed, so the caret stays put). */
  const syncInputs = (): void => {
    const o = offer();
    if (!Array.from(typeSelect.options).some((opt) => opt.value === o.companyType)) typeSelect.append(el('option', { value: o.companyType, text: o.companyType }));
    for (const [field, input] of Object.entries(inputs) as [keyof OfferInputs, HTMLInputElement | HTMLSelectElement][]) if (input.value !== o[field]) input.value = o[field];
  };

  const update = (): void => {
    const o = offer();
    const reading = store.reading(index);
    removeButton.setAttribute('aria-label', `Remove ${o.label}`);
    const fieldErrors = reading.status === 'invalid' ? reading.errors : {};
    for (const [field, node] of Object.entries(errors) as [keyof OfferInputs, HTMLElement][]) {
      const message = fieldErrors[field];
      node.textContent = message ?? '';
      node.hidden = !message;
      const input = inputs[field];
      if (input) { if (message) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid'); }
    }
    for (const spec of FIELDS) if (spec.mode) rows[spec.field]!.hidden = spec.mode !== o.equityMode;
    const fallback = DEFAULT_EQUITY_DISCOUNT[o.companyType as CompanyType];
    discountHint.textContent = fallback ? `Blank: ${formatPercent(fallback.discount)} off for ${o.companyType} (${fallback.basis}).` : '';
    const next = el('div');
    if (reading.status === 'empty') {
      summary.textContent = 'Not filled in yet';
      next.append(el('p', { className: 'hint', text: 'Enter a base salary (or fill from the selected row) to see this offer taken apart.' }));
    } else if (reading.status === 'invalid') {
      const count = Object.keys(reading.errors).length;
      summary.textContent = `${count} ${count === 1 ? 'field needs' : 'fields need'} fixing`;
      next.append(el('p', { className: 'hint', text: 'Fix the fields marked above to see the figures.' }));
    } else {
      const d = reading.decomposition;
      const equity = isUnderwater(o, reading) ? 'options underwater' : `${formatMoneyShort(d.equityGrantValue)} equity`;
      summary.textContent = `${formatMoneyFit(d.offer.base)} base · ${o.companyType} · ${equity} · ${formatMoneyFit(d.riskAdjustedAverageAnnual)}/yr`;
      next.append(headline(d, index), yearTable(d, index, isUnderwater(o, reading)));
    }
    morph(results, next);
    setOpen(open);
  };

  return { root, index, status, update, setOpen, focusFirst: () => (open ? inputs.base : toggle)?.focus() };
}
