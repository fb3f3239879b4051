/**
 * "Base against the band": a source choice (the embedded tables, or the user's imported table),
 * the band for a role and level with each figure's grade and a one-line source on it (the full
 * AI.SOURCE text folded behind a disclosure), compa-ratio and position in band, and the senior
 * floor note. Missing data is one short line with the way out; levels a source lacks are marked.
 */
import { LEVELS, ROLES } from '../../core/index';
import { hasBand } from '../benchmark';
import { clear, el } from '../dom';
import { morph } from '../morph';
import { Change, PanelStore } from '../store';
import { PanelContext } from './context';
import { buildFigures, currentSource, sources } from './benchmark-figures';

export interface BenchmarkSection {
  readonly root: HTMLElement;
  update(change: Change): void;
}

interface BenchmarkControls {
  readonly sourceSelect: HTMLSelectElement;
  readonly roleSelect: HTMLSelectElement;
  readonly levelSelect: HTMLSelectElement;
  readonly offerSelect: HTMLSelectElement;
  readonly figures: HTMLElement;
  readonly root: HTMLElement;
}

function buildControls(): BenchmarkControls {
  const sourceSelect = el('select', { id: 'bench-source-choice' });
  const roleSelect = el(
    'select',
    { id: 'bench-role' },
    el('option', { value: '', text: 'Choose a role' }),
    ...ROLES.map((r) => el('option', { value: r.name, text: r.name })),
  );
  const levelSelect = el('select', { id: 'bench-level' });
  const offerSelect = el('select', { id: 'bench-offer' });
  const figures = el('div', { className: 'bench-figures', id: 'bench-figures' });
  const field = (id: string, label: string, control: HTMLElement) =>
    el('div', { className: 'field' }, el('label', { for: id, text: label }), control);
  const root = el(
    'section',
    { className: 'benchmark', id: 'benchmark', 'aria-label': 'Base against the band' },
    el('h2', { text: 'Base against the band' }),
    el(
      'div',
      { className: 'fields' },
      field('bench-source-choice', 'Source', sourceSelect),
      field('bench-role', 'Role', roleSelect),
      field('bench-level', 'Level', levelSelect),
      field('bench-offer', 'Base of', offerSelect),
    ),
    figures,
  );
  return { sourceSelect, roleSelect, levelSelect, offerSelect, figures, root };
}

function wireControls(store: PanelStore, c: BenchmarkControls): void {
  const set = (mutate: (b: typeof store.state.benchmark) => void) =>
    store.commit({ topic: 'benchmark' }, (s) => mutate(s.benchmark));
  c.sourceSelect.addEventListener('change', () =>
    set((b) => {
      b.source = c.sourceSelect.value;
    }),
  );
  c.roleSelect.addEventListener('change', () =>
    set((b) => {
      b.role = c.roleSelect.value;
    }),
  );
  c.levelSelect.addEventListener('change', () =>
    set((b) => {
      b.level = c.levelSelect.value;
    }),
  );
  c.offerSelect.addEventListener('change', () =>
    set((b) => {
      b.offerIndex = Number(c.offerSelect.value);
    }),
  );
}

function renderControls(ctx: PanelContext, c: BenchmarkControls): void {
  const { store } = ctx;
  const { role, level, offerIndex } = store.state.benchmark;
  const list = sources(ctx);
  clear(c.sourceSelect);
  for (const s of list) c.sourceSelect.append(el('option', { value: s.key, text: s.label }));
  const chosen = currentSource(ctx);
  c.sourceSelect.value = chosen.key;
  c.roleSelect.value = role;
  clear(c.levelSelect);
  c.levelSelect.append(el('option', { value: '', text: 'Choose a level' }));
  // Levels the chosen source has no band for are marked, not hidden: a level in the state stays choosable.
  for (const l of LEVELS) {
    const missing = role !== '' && !hasBand(role, l.name, chosen.source);
    c.levelSelect.append(
      el('option', {
        value: l.name,
        'data-missing': missing,
        text: missing ? `${l.name} (not in this source)` : l.name,
      }),
    );
  }
  c.levelSelect.value = level;
  clear(c.offerSelect);
  store.state.offers.forEach((o, i) => c.offerSelect.append(el('option', { value: i, text: o.label })));
  c.offerSelect.value = String(offerIndex);
}

export function mountBenchmark(ctx: PanelContext): BenchmarkSection {
  const { store } = ctx;
  const controls = buildControls();
  wireControls(store, controls);

  const renderFigures = (): void => {
    const next = el('div');
    buildFigures(ctx, next);
    morph(controls.figures, next);
  };
  const render = (): void => {
    renderControls(ctx, controls);
    renderFigures();
  };
  render();
  return {
    root: controls.root,
    update(change) {
      if (change.topic === 'benchmark' || change.topic === 'bandTable' || change.topic === 'offers') render();
      else if (change.topic === 'offer') {
        if (change.field === 'label' || change.field === '*') renderControls(ctx, controls);
        if (change.index === store.state.benchmark.offerIndex && change.field !== 'label') renderFigures();
      }
    },
  };
}
