/**
 * "Blend sources": each source's mid for the benchmark's role and level, aged to one date and
 * blended (AI.AGE, AI.BLEND through `blendSources`). Sources that disagree by more than
 * DISAGREEMENT are flagged before the blend: 20% is wider than half a band (the embedded
 * Senior band runs about ±15% around its mid), so past it the sources are not measuring the same
 * job, and their average may sit outside either band. The inputs are built once and only their
 * figures redrawn, so typing never loses focus.
 */
import { BlendOutcome, blendSources, BlendSourceDef, EMBEDDED_BLEND_SOURCES, userBlendSource } from '../blend-sources';
import { callByName } from '../../core/index';
import { el } from '../dom';
import { formatMoney, formatPercent } from '../format';
import { BLEND_SOURCE_KEYS, BlendSourceKey } from '../state';
import { Change } from '../store';
import { PanelContext } from './context';
import { userSourceGrid } from '../user-source';
import { BlendRow, buildBlendRow, figureInto, InputMaker, renderPartRow, renderUnreadUserRow } from './blend-rows';

export const DISAGREEMENT = 0.2;

export interface BlendSection {
  readonly root: HTMLElement;
  update(change: Change): void;
  fill(): void;
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

interface BlendView {
  readonly root: HTMLElement;
  readonly body: HTMLElement;
  readonly rows: Record<BlendSourceKey, BlendRow>;
  readonly value: HTMLElement;
  readonly note: HTMLElement;
  readonly hint: HTMLElement;
  readonly flag: HTMLElement;
}

/** An input that commits to the blend state on each edit; `fillers` puts the state back into it. */
function inputMaker(ctx: PanelContext, fillers: (() => void)[]): InputMaker {
  return (id, label, placeholder, value, set) => {
    const node = el('input', {
      type: 'text',
      id,
      placeholder,
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-label': label,
    });
    node.addEventListener('input', () => ctx.store.commit({ topic: 'blend' }, () => set(node.value)));
    fillers.push(() => {
      node.value = value();
    });
    return node;
  };
}

function buildBlendView(ctx: PanelContext, input: InputMaker): BlendView {
  const blend = () => ctx.store.state.blend;
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
  for (const key of BLEND_SOURCE_KEYS) rows[key] = buildBlendRow(key, input, blend);
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
  return { root, body, rows, value, note, hint, flag };
}

function renderBlend(ctx: PanelContext, view: BlendView): void {
  const { store } = ctx;
  const { role, level } = store.state.benchmark;
  if (!role || !level) {
    view.hint.textContent = 'Choose a role and a level above to blend the sources.';
    view.body.hidden = true;
    return;
  }
  view.hint.textContent = '';
  view.body.hidden = false;
  const reading = ctx.bandTable()?.reading();
  const user = reading
    ? reading.table
      ? userBlendSource(userSourceGrid(reading, role) as string[][])
      : 'problems'
    : undefined;
  const defs: BlendSourceDef[] = [...EMBEDDED_BLEND_SOURCES, ...(user && user !== 'problems' ? [user] : [])];
  const outcome = blendSources(role, level, store.state.blend, defs);
  for (const key of BLEND_SOURCE_KEYS) {
    const part = outcome.parts.find((p) => p.key === key);
    if (!part) renderUnreadUserRow(view.rows[key], !user);
    else
      renderPartRow(
        view.rows[key],
        part,
        outcome.included.includes(key),
        defs.find((d) => d.key === key),
        role,
        level,
      );
  }
  const warning = warnings(outcome, role, level, store.state.benchmark.source);
  view.flag.hidden = !warning.text;
  view.flag.dataset.spread = String(warning.spread);
  view.flag.textContent = warning.text;
  figureInto(view.value, outcome.blend, '–');
  if ('error' in outcome.blend) view.value.textContent = outcome.blend.error.replace(/^#N\/A: /, '');
  view.note.textContent = outcome.note;
}

export function mountBlend(ctx: PanelContext): BlendSection {
  const fillers: (() => void)[] = [];
  const view = buildBlendView(ctx, inputMaker(ctx, fillers));
  const render = (): void => renderBlend(ctx, view);
  render();
  return {
    root: view.root,
    fill() {
      for (const f of fillers) f();
      render();
    },
    update(change) {
      if (change.topic === 'benchmark' || change.topic === 'blend' || change.topic === 'bandTable') render();
    },
  };
}
