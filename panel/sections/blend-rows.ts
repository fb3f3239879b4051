/** One row per source in "Blend sources": its mid, aged mid, inputs, note and folded source text. */
import { BlendPart, BlendSourceDef, EMBEDDED_BLEND_SOURCES } from '../blend-sources';
import { bandGrades } from '../benchmark';
import { el } from '../dom';
import { formatMoney } from '../format';
import { citation, oneLine } from '../source-text';
import { BlendInputs, BlendSourceKey } from '../state';

export interface BlendRow {
  root: HTMLElement;
  title: HTMLElement;
  mid: HTMLElement;
  aged: HTMLElement;
  note: HTMLElement;
  sourceSummary: HTMLElement;
  sourceText: HTMLElement;
}

export type InputMaker = (
  id: string,
  label: string,
  placeholder: string,
  value: () => string,
  set: (v: string) => void,
) => HTMLInputElement;

export function buildBlendRow(key: BlendSourceKey, input: InputMaker, blend: () => BlendInputs): BlendRow {
  const name = EMBEDDED_BLEND_SOURCES.find((d) => d.key === key)?.label ?? 'your band table';
  const asOf = input(
    `blend-asof-${key}`,
    `As-of date of ${name}`,
    'yyyy-mm-dd',
    () => blend().sources[key].asOf,
    (v) => {
      blend().sources[key].asOf = v;
    },
  );
  const weight = input(
    `blend-weight-${key}`,
    `Weight of ${name}`,
    'equal',
    () => blend().sources[key].weight,
    (v) => {
      blend().sources[key].weight = v;
    },
  );
  const row: BlendRow = {
    root: el('div', { className: 'blend-part', 'data-source': key }),
    title: el('div', { className: 'blend-part-title' }),
    mid: el('span', { className: 'blend-mid', id: `blend-mid-${key}` }),
    aged: el('span', { className: 'blend-aged', id: `blend-aged-${key}` }),
    note: el('p', { className: 'blend-part-note', id: `blend-note-${key}` }),
    sourceSummary: el('summary'),
    sourceText: el('p', { id: `blend-source-${key}` }),
  };
  row.root.append(
    row.title,
    el(
      'div',
      { className: 'blend-figures' },
      el('span', { className: 'bench-label', text: 'Mid' }),
      row.mid,
      el('span', { className: 'bench-label', text: 'Aged' }),
      row.aged,
    ),
    el(
      'div',
      { className: 'blend-inputs' },
      el('label', { for: asOf.id, text: 'As of' }),
      asOf,
      el('label', { for: weight.id, text: 'Weight' }),
      weight,
    ),
    row.note,
    el('details', { className: 'source' }, row.sourceSummary, row.sourceText),
  );
  return row;
}

export function figureInto(
  node: HTMLElement,
  figure: { value: number } | { error: string } | undefined,
  empty: string,
): void {
  if (figure && 'value' in figure) {
    node.textContent = formatMoney(figure.value);
    node.dataset.value = String(figure.value);
    node.classList.remove('bench-na');
    node.removeAttribute('title');
  } else {
    node.textContent = figure ? 'n/a' : empty;
    if (figure) node.title = figure.error;
    delete node.dataset.value;
    node.classList.toggle('bench-na', !!figure);
  }
}

/** The user's row when their table is absent (hidden) or does not read yet (says so). */
export function renderUnreadUserRow(row: BlendRow, hidden: boolean): void {
  row.root.hidden = hidden;
  row.title.textContent = 'Your band table';
  figureInto(row.mid, undefined, '–');
  figureInto(row.aged, undefined, '–');
  row.note.textContent =
    'Your band table has problems (listed under "Your band table" below): fix them and it joins the blend.';
  row.sourceSummary.textContent = 'Where this figure comes from (AI.SOURCE)';
  row.sourceText.textContent = '';
}

export function renderPartRow(
  row: BlendRow,
  part: BlendPart,
  included: boolean,
  def: BlendSourceDef | undefined,
  role: string,
  level: string,
): void {
  row.root.hidden = false;
  row.root.dataset.ageing = part.ageing;
  row.root.dataset.included = String(included);
  row.title.textContent = def?.articleDate ? `${part.label} (article dated ${def.articleDate})` : part.label;
  figureInto(row.mid, part.mid, '–');
  figureInto(row.aged, part.aged, 'not aged');
  row.note.textContent =
    part.aged && 'error' in part.aged ? `Not aged, so left out of the blend: ${part.aged.error}` : part.note;
  const text = 'text' in part.source ? part.source.text : '';
  const grade = def ? bandGrades(role, level, def.source as string | unknown[][]).mid : undefined;
  row.sourceSummary.textContent = text ? `${grade ? `${grade} · ` : ''}${oneLine(text)}` : 'No source for this figure';
  row.sourceText.textContent = text ? citation(text) : 'error' in part.source ? part.source.error : '';
}
