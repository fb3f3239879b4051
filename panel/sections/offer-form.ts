/**
 * One offer's form: an input per field of `OfferInputs`, each wired to the store, with its error
 * line under it. Built once per card; `sync` puts the state back into the inputs after a fill.
 */
import { COMPANY_TYPES } from '../../core/index';
import { el } from '../dom';
import { FIELD_LABELS } from '../reading';
import { OfferInputs, PANEL_FIELD_KEYS, PANEL_FIELDS, PanelFieldKey } from '../state';
import { PanelStore } from '../store';

type TextField = Exclude<PanelFieldKey, 'companyType'>;
type Control = HTMLInputElement | HTMLSelectElement;

export interface FieldSpec {
  readonly field: TextField;
  readonly placeholder: string;
  readonly mode?: 'grant' | 'options';
  readonly list?: string;
}

/** Which equity inputs show in which mode: the grant value, or its shares, strike and price. */
const MODE: Partial<Record<PanelFieldKey, 'grant' | 'options'>> = {
  equityGrant: 'grant',
  shares: 'options',
  strike: 'options',
  price: 'options',
};

/** The text inputs, in the field table's order (equity's parts right after the grant), each with the table's hint. */
export const FIELDS: readonly FieldSpec[] = PANEL_FIELD_KEYS.filter((key): key is TextField => key !== 'companyType')
  .sort((a, b) => rank(a) - rank(b))
  .map((field) => ({
    field,
    placeholder: PANEL_FIELDS[field].panel?.placeholder ?? '',
    mode: MODE[field],
    list: PANEL_FIELDS[field].type === 'schedule' ? 'ai-panel-schedules' : undefined,
  }));

function rank(key: PanelFieldKey): number {
  // shares, strike and price belong with the grant they replace
  const at = (k: PanelFieldKey) => PANEL_FIELD_KEYS.indexOf(k);
  return MODE[key] === 'options' ? at('equityGrant') + at(key) / 100 : at(key);
}

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
        inputmode: PANEL_FIELDS[spec.field].type === 'schedule' ? undefined : 'decimal',
      }),
    );
    fieldRows.push(fieldRow(spec.field, input, spec.field === 'discount' ? discountHint : undefined));
  }
  const sync = (): void => syncForm(offer(), typeSelect, inputs);
  sync();
  return { inputs, errors, rows, labelInput, discountHint, fieldRows, labelError: errorNode('label'), sync };
}
