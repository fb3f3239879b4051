/** The importer's nodes, built once; the mount wires them and the renderers fill them. */
import { el } from '../dom';

export interface ImportElements {
  readonly textArea: HTMLTextAreaElement;
  readonly heldNote: HTMLSpanElement;
  readonly editButton: HTMLButtonElement;
  readonly clearButton: HTMLButtonElement;
  readonly heldBar: HTMLDivElement;
  readonly fileInput: HTMLInputElement;
  readonly nameInput: HTMLInputElement;
  readonly nameProblem: HTMLParagraphElement;
  readonly summary: HTMLParagraphElement;
  readonly preview: HTMLDivElement;
  readonly problemList: HTMLUListElement;
  readonly insertButton: HTMLButtonElement;
  readonly confirmNode: HTMLDivElement;
  readonly statusNode: HTMLParagraphElement;
  readonly usage: HTMLParagraphElement;
  readonly refusal: HTMLParagraphElement;
  readonly savedNote: HTMLParagraphElement;
}

function textInputs(): Pick<ImportElements, 'textArea' | 'fileInput' | 'nameInput'> {
  const textArea = el('textarea', {
    id: 'band-table-text',
    'aria-label': 'Band table as CSV',
    placeholder:
      'role,level,min,mid,max,currency,source,as of\nLLMOps,Senior,160000,190000,220000,USD,Survey A,2025-07-01',
  });
  const fileInput = el('input', {
    type: 'file',
    id: 'band-table-file',
    accept: '.csv,.tsv,.txt,text/csv,text/plain',
    'aria-label': 'Band table file',
  });
  const nameInput = el('input', {
    type: 'text',
    id: 'band-table-name',
    placeholder: 'TableA',
    'aria-label': 'Range name',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  return { textArea, fileInput, nameInput };
}

function heldParts(): Pick<ImportElements, 'heldNote' | 'editButton' | 'clearButton' | 'heldBar'> {
  const heldNote = el('span', { id: 'band-table-held-text' });
  const editButton = el('button', {
    type: 'button',
    className: 'secondary',
    id: 'band-table-edit',
    text: 'Edit as text',
  });
  const clearButton = el('button', { type: 'button', className: 'secondary', id: 'band-table-clear', text: 'Clear' });
  const heldBar = el(
    'div',
    { className: 'bt-held', id: 'band-table-held', hidden: true },
    el('p', {}, heldNote),
    el('div', { className: 'card-actions' }, editButton, clearButton),
  );
  return { heldNote, editButton, clearButton, heldBar };
}

export function buildImportElements(): ImportElements {
  return {
    ...textInputs(),
    ...heldParts(),
    nameProblem: el('p', { className: 'status status-error', id: 'band-table-name-problem', hidden: true }),
    summary: el('p', { className: 'hint', id: 'band-table-summary' }),
    preview: el('div', { className: 'bt-preview', id: 'band-table-preview' }),
    problemList: el('ul', { className: 'bt-problems', id: 'band-table-problems' }),
    insertButton: el('button', {
      type: 'button',
      id: 'band-table-insert',
      text: 'Insert as named range',
      disabled: true,
    }),
    confirmNode: el('div', {
      className: 'confirm',
      id: 'band-table-confirm',
      hidden: true,
      role: 'alertdialog',
      'aria-label': 'Overwrite cells?',
    }),
    statusNode: el('p', { className: 'status', id: 'band-table-status' }),
    usage: el('p', { className: 'hint', id: 'band-table-usage', hidden: true }),
    refusal: el('p', { className: 'status status-error', id: 'band-table-refusal', hidden: true }),
    savedNote: el('p', { className: 'hint', id: 'band-table-saved', hidden: true }),
  };
}

export function layOutImport(container: HTMLElement, ui: ImportElements): void {
  container.append(
    el('h2', { text: 'Your band table' }),
    el('p', {
      className: 'hint',
      text: 'Paste a CSV (or choose a file) with a header row: role, level, and any of min, mid, max, p10–p90, currency, market, source, as of. It is checked here; nothing is used until it has no problems.',
    }),
    ui.textArea,
    ui.heldBar,
    ui.savedNote,
    el('div', {}, ui.fileInput),
    ui.summary,
    ui.problemList,
    ui.preview,
    el('label', {}, 'Range name ', ui.nameInput),
    ui.nameProblem,
    ui.refusal,
    ui.insertButton,
    ui.confirmNode,
    ui.statusNode,
    ui.usage,
  );
}
