/**
 * One offer's form: an input per field of `OfferInputs`, each wired to the store, with its error
 * line under it. Built once per card; `sync` puts the state back into the inputs after a fill.
 */
import { COMPANY_TYPES } from '../../core/offer/company-types';
import { DEFAULT_VESTING } from '../../core/offer/vesting';
import { el } from '../dom';
import { FIELD_LABELS } from '../reading';
import { OfferInputs } from '../state';
import { PanelStore } from '../store';

type TextField = Exclude<keyof OfferInputs, 'equityMode' | 'companyType' | 'label'>;
type Control = HTMLInputElement | HTMLSelectElement;

export interface FieldSpec {
  readonly field: TextField;
  readonly placeholder: string;
  readonly mode?: 'grant' | 'options';
  readonly list?: string;
}

export const FIELDS: readonly FieldSpec[] = [
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

export interface OfferForm {
  readonly inputs: Partial<Record<keyof OfferInputs, Control>>;
  readonly errors: Partial<Record<keyof OfferInputs, HTMLElement>>;
  readonly rows: Partial<Record<keyof OfferInputs, HTMLElement>>;
  readonly labelInput: HTMLInputElement;
  readonly discountHint: HTMLElement;
  /** the field rows, in order */
  readonly fieldRows: HTMLElement[];
  /** the name's error line (the name sits in the card's head) */
  readonly labelError: HTMLElement;
  sync(): void;
}

type Wire = <T extends Control>(field: keyof OfferInputs, input: T) => T;

/** The name, the equity mode and the company type: the controls that are not text fields. */
function headControls(wire: Wire, id: (field: string) => string) {
  const labelInput = wire(
    'label',
    el('input', {
      type: 'text',
      id: id('label'),
      className: 'offer-name',
      'aria-label': FIELD_LABELS.label,
      maxlength: 60,
    }),
  );
  const modeSelect = wire(
    'equityMode',
    el(
      'select',
      { id: id('equityMode') },
      el('option', { value: 'grant', text: 'a grant value' }),
      el('option', { value: 'options', text: 'shares, strike, price' }),
    ),
  );
  const typeSelect = wire(
    'companyType',
    el('select', { id: id('companyType') }, ...COMPANY_TYPES.map((t) => el('option', { value: t, text: t }))),
  );
  return { labelInput, modeSelect, typeSelect };
}

function syncForm(o: OfferInputs, typeSelect: HTMLSelectElement, inputs: OfferForm['inputs']): void {
  // A type the core does not know (restored or filled from a row) stays visible, so its message makes sense.
  if (!Array.from(typeSelect.options).some((opt) => opt.value === o.companyType))
    typeSelect.append(el('option', { value: o.companyType, text: o.companyType }));
  // only the inputs that differ, so the caret stays put
  for (const [field, input] of Object.entries(inputs) as [keyof OfferInputs, Control][])
    if (input.value !== o[field]) input.value = o[field];
}

export function buildOfferForm(store: PanelStore, index: number): OfferForm {
  const offer = (): OfferInputs => store.state.offers[index];
  const id = (field: string) => `o${index}-${field}`;
  const inputs: OfferForm['inputs'] = {};
  const errors: OfferForm['errors'] = {};
  const rows: OfferForm['rows'] = {};
  const errorNode = (field: keyof OfferInputs) =>
    (errors[field] = el('div', { className: 'field-error', id: id(`${field}-error`), hidden: true }));
  const wire = <T extends Control>(field: keyof OfferInputs, input: T): T => {
    inputs[field] = input;
    input.setAttribute('aria-describedby', id(`${field}-error`));
    input.addEventListener(input instanceof HTMLSelectElement ? 'change' : 'input', () =>
      store.commit({ topic: 'offer', index, field }, (s) => {
        const o = s.offers[index];
        if (field === 'equityMode') o.equityMode = input.value === 'options' ? 'options' : 'grant';
        else o[field] = input.value;
      }),
    );
    return input;
  };
  const fieldRow = (field: keyof OfferInputs, control: HTMLElement, extra?: HTMLElement) =>
    (rows[field] = el(
      'div',
      { className: `field field-${field}` },
      el('label', { for: id(field), text: FIELD_LABELS[field] }),
      control,
      extra,
      errorNode(field),
    ));

  const { labelInput, modeSelect, typeSelect } = headControls(wire, id);
  const discountHint = el('div', { className: 'field-hint', id: id('discount-hint') });
  const fieldRows: HTMLElement[] = [];
  for (const spec of FIELDS) {
    if (spec.field === 'equityGrant')
      fieldRows.push(fieldRow('equityMode', modeSelect), fieldRow('companyType', typeSelect));
    const input = wire(
      spec.field,
      el('input', {
        type: 'text',
        id: id(spec.field),
        placeholder: spec.placeholder,
        autocomplete: 'off',
        spellcheck: 'false',
        list: spec.list,
        inputmode: spec.field === 'schedule' ? undefined : 'decimal',
      }),
    );
    fieldRows.push(fieldRow(spec.field, input, spec.field === 'discount' ? discountHint : undefined));
  }
  const sync = (): void => syncForm(offer(), typeSelect, inputs);
  sync();
  return { inputs, errors, rows, labelInput, discountHint, fieldRows, labelError: errorNode('label'), sync };
}
