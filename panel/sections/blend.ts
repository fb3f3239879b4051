/**
 * "Blend sources": each source's mid for the benchmark's role and level, aged to one date and
 * blended (AI.AGE, AI.BLEND through `blendSources`). Sources that disagree by more than
 * DISAGREEMENT are flagged before the blend: 20% is wider than half a band (the embedded
 * Senior band runs about ±15% around its mid), so past it the sources are not measuring the same
 * job, and their average may sit outside either band. The inputs are built once and only their
 * figures redrawn, so typing never loses focus.
 */
import { BlendOutcome, blendSources, BlendSourceDef, EMBEDDED_BLEND_SOURCES, userBlendSource } from '../blend-sources';
import { callByName } from '../../core/registry';
import { el } from '../dom';
import { formatMoney, formatPercent } from '../format';
import { citation, oneLine } from '../source-text';
import { bandGrades } from '../benchmark';
import { BLEND_SOURCE_KEYS, BlendSourceKey } from '../state';
import { Change } from '../store';
import { PanelContext } from './context';
import { userSourceGrid } from '../user-source';

export const DISAGREEMENT = 0.2;

export interface BlendSection {
  readonly root: HTMLElement;
  update(change: Change): void;
  fill(): void;
}

interface BlendRow {
  root: HTMLElement;
  title: HTMLElement;
  mid: HTMLElement;
  aged: HTMLElement;
  note: HTMLElement;
  sourceSummary: HTMLElement;
  sourceText: HTMLElement;
}

/**
 * What to say before the blend: sources whose mids are more than DISAGREEMENT apart, and a blend
 * outside the chosen source's band (under its minimum or over its maximum).
 */
function warnings(
  outcome: BlendOutcome,
  role: string,
  level: string,
  sourceKey: string,
): { text: string; spread: number } {
  const values = outcome.parts
    .filter((p) => p.value !== undefined)
    .map((p) => ({ label: p.label, value: p.value as number }));
  const lo = values.reduce((a, b) => (b.value < a.value ? b : a), values[0]);
  const hi = values.reduce((a, b) => (b.value > a.value ? b : a), values[0]);
  const spread = lo && hi && lo.value > 0 ? hi.value / lo.value - 1 : 0;
  const said: string[] = [];
  if (spread > DISAGREEMENT)
    said.push(
      `Sources disagree: ${hi.label} is ${formatPercent(spread)} above ${lo.label} (more than ${formatPercent(DISAGREEMENT)}). They may not measure the same job; check both before trusting the blend.`,
    );
  const chosen = EMBEDDED_BLEND_SOURCES.find((d) => d.key === sourceKey);
  if ('value' in outcome.blend && chosen) {
    const [min, max] = (['min', 'max'] as const).map((stat) =>
      callByName('BAND', [role, level, stat, null, chosen.source]),
    );
    const outside =
      typeof min === 'number' && outcome.blend.value < min
        ? `below the ${chosen.label} band minimum (${formatMoney(min)})`
        : typeof max === 'number' && outcome.blend.value > max
          ? `above the ${chosen.label} band maximum (${formatMoney(max)})`
          : '';
    if (outside) said.push(`The blend (${formatMoney(outcome.blend.value)}) is ${outside}.`);
  }
  return { text: said.join(' '), spread };
}

export function mountBlend(ctx: PanelContext): BlendSection {
  const { store } = ctx;
  const fillers: (() => void)[] = [];
  const input = (
    id: string,
    label: string,
    placeholder: string,
    value: () => string,
    set: (v: string) => void,
  ): HTMLInputElement => {
    const node = el('input', {
      type: 'text',
      id,
      placeholder,
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-label': label,
    });
    node.addEventListener('input', () => store.commit({ topic: 'blend' }, () => set(node.value)));
    fillers.push(() => {
      node.value = value();
    });
    return node;
  };
  const blend = () => store.state.blend;
  const blendTo = input(
    'blend-to',
    'Age every part to',
    'yyyy-mm-dd',
    () => blend().toDate,
    (v) => {
      blend().toDate = v;
    },
  );
  const blendRate = input(
    'blend-rate',
    'Ageing rate a year',
    'e.g. 4% or 0.04',
    () => blend().rate,
    (v) => {
      blend().rate = v;
    },
  );
  const rows = {} as Record<BlendSourceKey, BlendRow>;
  for (const key of BLEND_SOURCE_KEYS) {
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
    rows[key] = row;
  }
  const value = el('span', { className: 'bench-value', id: 'blend-value' });
  const note = el('p', { className: 'hint', id: 'blend-note' });
  const hint = el('p', { className: 'hint', id: 'blend-hint' });
  const flag = el('p', { className: 'disagree', id: 'blend-disagree', hidden: true });
  const body = el(
    'div',
    { className: 'blend-body' },
    el(
      'div',
      { className: 'fields' },
      el('div', { className: 'field' }, el('label', { for: 'blend-to', text: 'Age to' }), blendTo),
      el('div', { className: 'field' }, el('label', { for: 'blend-rate', text: 'Rate a year' }), blendRate),
    ),
    ...BLEND_SOURCE_KEYS.map((key) => rows[key].root),
    flag,
    el(
      'div',
      { className: 'bench-figure blend-result' },
      el('span', { className: 'bench-label', text: 'Blend (AI.BLEND)' }),
      value,
    ),
    note,
  );
  const root = el(
    'div',
    { className: 'blend', id: 'blend-sources' },
    el('h3', { text: 'Blend sources' }),
    el('p', {
      className: 'hint',
      text: "Each source's mid for this role and level, aged from its own as-of date to one date (AI.AGE), then blended with your weights (AI.BLEND).",
    }),
    hint,
    body,
  );

  const figureInto = (node: HTMLElement, figure: { value: number } | { error: string } | undefined, empty: string) => {
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
  };

  const render = (): void => {
    const { role, level } = store.state.benchmark;
    if (!role || !level) {
      hint.textContent = 'Choose a role and a level above to blend the sources.';
      body.hidden = true;
      return;
    }
    hint.textContent = '';
    body.hidden = false;
    const reading = ctx.bandTable()?.reading();
    const user = reading
      ? reading.table
        ? userBlendSource(userSourceGrid(reading, role) as string[][])
        : 'problems'
      : undefined;
    const defs: BlendSourceDef[] = [...EMBEDDED_BLEND_SOURCES, ...(user && user !== 'problems' ? [user] : [])];
    const outcome = blendSources(role, level, blend(), defs);
    for (const key of BLEND_SOURCE_KEYS) {
      const row = rows[key];
      const part = outcome.parts.find((p) => p.key === key);
      if (!part) {
        row.root.hidden = !user;
        row.title.textContent = 'Your band table';
        figureInto(row.mid, undefined, '–');
        figureInto(row.aged, undefined, '–');
        row.note.textContent =
          'Your band table has problems (listed under "Your band table" below): fix them and it joins the blend.';
        row.sourceSummary.textContent = 'Where this figure comes from (AI.SOURCE)';
        row.sourceText.textContent = '';
        continue;
      }
      row.root.hidden = false;
      row.root.dataset.ageing = part.ageing;
      row.root.dataset.included = String(outcome.included.includes(key));
      const def = defs.find((d) => d.key === key);
      row.title.textContent = def?.articleDate ? `${part.label} (article dated ${def.articleDate})` : part.label;
      figureInto(row.mid, part.mid, '–');
      figureInto(row.aged, part.aged, 'not aged');
      row.note.textContent =
        part.aged && 'error' in part.aged ? `Not aged, so left out of the blend: ${part.aged.error}` : part.note;
      const text = 'text' in part.source ? part.source.text : '';
      const grade = def ? bandGrades(role, level, def.source as string | unknown[][]).mid : undefined;
      row.sourceSummary.textContent = text
        ? `${grade ? `${grade} · ` : ''}${oneLine(text)}`
        : 'No source for this figure';
      row.sourceText.textContent = text ? citation(text) : 'error' in part.source ? part.source.error : '';
    }
    const warning = warnings(outcome, role, level, store.state.benchmark.source);
    flag.hidden = !warning.text;
    flag.dataset.spread = String(warning.spread);
    flag.textContent = warning.text;
    figureInto(value, outcome.blend, '–');
    if ('error' in outcome.blend) value.textContent = outcome.blend.error.replace(/^#N\/A: /, '');
    note.textContent = outcome.note;
  };

  render();
  return {
    root,
    fill() {
      for (const f of fillers) f();
      render();
    },
    update(change) {
      if (change.topic === 'benchmark' || change.topic === 'blend' || change.topic === 'bandTable') render();
    },
  };
}
