/**
 * "Base against the band": a source choice (the embedded tables, or the user's imported table),
 * the band for a role and level with each figure's grade and a one-line source on it (the full
 * AI.SOURCE text folded behind a disclosure), compa-ratio and position in band, and the senior
 * floor note. Missing data is one short line with the way out; levels a source lacks are marked.
 */
import { LEVELS } from '../../core/vocabulary/levels';
import { seniorFloorWarning } from '../../core/band/embedded-bands';
import { ROLES } from '../../core/vocabulary/roles';
import { BandSource, bandGrades, benchmarkFigures, Figure, Grade, hasBand, seedFigure } from '../benchmark';
import { EMBEDDED_BLEND_SOURCES } from '../blend-sources';
import { clear, el } from '../dom';
import { morph } from '../morph';
import { formatMoney, formatMoneyFit, formatPercent, formatRatio } from '../format';
import { citation, oneLine } from '../source-text';
import { Change } from '../store';
import { PanelContext } from './context';
import { userSourceGrid } from '../user-source';

export interface BenchmarkSection {
  readonly root: HTMLElement;
  update(change: Change): void;
}

const SENIOR = LEVELS.findIndex((l) => l.id === 'senior');
const FLOOR_ID = 'us-senior-base-floor-competitive';

/** The sources to choose from, and the grid of the user's table when it reads without problems. */
function sources(ctx: PanelContext): { key: string; label: string; source: BandSource }[] {
  const list: { key: string; label: string; source: BandSource }[] = EMBEDDED_BLEND_SOURCES.map((d) => ({
    key: d.key,
    label: d.label,
    source: d.source as string,
  }));
  const reading = ctx.bandTable()?.reading();
  if (reading?.table)
    list.push({
      key: 'user',
      label: 'Your band table',
      source: userSourceGrid(reading, ctx.store.state.benchmark.role),
    });
  return list;
}

function figureBox(
  name: string,
  label: string,
  figure: Figure | undefined,
  format: (n: number) => string,
  note?: string,
  grade?: Grade,
): HTMLElement | null {
  if (!figure) return null;
  return el(
    'div',
    { className: `bench-figure bench-${name}`, 'data-grade': grade },
    el('span', { className: 'bench-label', text: label }),
    'value' in figure
      ? el('span', {
          className: 'bench-value',
          id: `bench-${name}`,
          'data-value': figure.value,
          title: String(figure.value),
          text: format(figure.value),
        })
      : el('span', { className: 'bench-value bench-na', id: `bench-${name}`, title: figure.error, text: 'n/a' }),
    note ? el('span', { className: 'bench-note', text: note }) : null,
    grade ? el('span', { className: `grade grade-${grade}`, id: `bench-${name}-grade`, text: grade }) : null,
  );
}

/** One short line with the way out, for a role and level the chosen source has no band for. */
function missingLine(
  ctx: PanelContext,
  role: string,
  level: string,
  chosen: { key: string; label: string; source: BandSource },
): HTMLElement {
  const anyLevel = LEVELS.some((l) => hasBand(role, l.name, chosen.source));
  const other = sources(ctx).find((s) => s.key !== chosen.key && hasBand(role, level, s.source));
  const text =
    chosen.key === 'user'
      ? `Your band table has no row for ${role}, ${level} - add one, or pick a built-in source`
      : !anyLevel
        ? `No built-in band for ${role} - import your own table`
        : `No ${level} band for ${role} in ${chosen.label} - ${other ? `try ${other.label}, or ` : ''}import your own table`;
  return el('p', { className: 'missing', id: 'bench-missing', text });
}

/** Seed 003's senior floor: the note and its time-to-fill figures, all through AI.FIGURE. */
function floorNote(base: number): HTMLElement | null {
  const floor = seedFigure(FLOOR_ID);
  const days = seedFigure('senior-time-to-fill-below-floor');
  const low = seedFigure('senior-time-to-fill-excess-low');
  const high = seedFigure('senior-time-to-fill-excess-high');
  if (typeof floor !== 'number' || base >= floor) return null;
  const source = seedFigure('senior-time-to-fill-below-floor', 'source');
  const slower =
    typeof low === 'number' && typeof high === 'number'
      ? `, ${formatPercent(low)} to ${formatPercent(high)} longer than competitive offers`
      : '';
  return el(
    'div',
    { className: 'floor-note', id: 'bench-floor' },
    el('p', {
      text: `Below the ${formatMoney(floor)} senior base floor: such searches take ${typeof days === 'number' ? `${days} days` : 'longer'} on average to fill${slower}.`,
    }),
    el(
      'details',
      { className: 'source' },
      el('summary', { text: `Source: ${typeof source === 'string' ? oneLine(source) : 'AI.FIGURE'}` }),
      el('p', { text: typeof source === 'string' ? citation(source) : '' }),
    ),
  );
}

export function mountBenchmark(ctx: PanelContext): BenchmarkSection {
  const { store } = ctx;
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

  const set = (mutate: (b: typeof store.state.benchmark) => void) =>
    store.commit({ topic: 'benchmark' }, (s) => mutate(s.benchmark));
  sourceSelect.addEventListener('change', () =>
    set((b) => {
      b.source = sourceSelect.value;
    }),
  );
  roleSelect.addEventListener('change', () =>
    set((b) => {
      b.role = roleSelect.value;
    }),
  );
  levelSelect.addEventListener('change', () =>
    set((b) => {
      b.level = levelSelect.value;
    }),
  );
  offerSelect.addEventListener('change', () =>
    set((b) => {
      b.offerIndex = Number(offerSelect.value);
    }),
  );

  const current = () => {
    const list = sources(ctx);
    return list.find((s) => s.key === store.state.benchmark.source) ?? list[0];
  };

  const renderControls = (): void => {
    const { role, level, offerIndex } = store.state.benchmark;
    const list = sources(ctx);
    clear(sourceSelect);
    for (const s of list) sourceSelect.append(el('option', { value: s.key, text: s.label }));
    const chosen = current();
    sourceSelect.value = chosen.key;
    roleSelect.value = role;
    clear(levelSelect);
    levelSelect.append(el('option', { value: '', text: 'Choose a level' }));
    // Levels the chosen source has no band for are marked, not hidden: a level in the state stays choosable.
    for (const l of LEVELS) {
      const missing = role !== '' && !hasBand(role, l.name, chosen.source);
      levelSelect.append(
        el('option', {
          value: l.name,
          'data-missing': missing,
          text: missing ? `${l.name} (not in this source)` : l.name,
        }),
      );
    }
    levelSelect.value = level;
    clear(offerSelect);
    store.state.offers.forEach((o, i) => offerSelect.append(el('option', { value: i, text: o.label })));
    offerSelect.value = String(offerIndex);
  };

  const renderFigures = (): void => {
    const next = el('div');
    buildFigures(next);
    morph(figures, next);
  };

  const buildFigures = (figures: HTMLElement): void => {
    const { role, level, offerIndex } = store.state.benchmark;
    if (!role || !level) {
      figures.append(
        el('p', {
          className: 'hint',
          text: 'Choose a role and a level to see the US base band (AI.BAND) and where it comes from (AI.SOURCE).',
        }),
      );
      return;
    }
    const chosen = current();
    const reading = store.reading(offerIndex);
    const base = reading.status === 'valid' ? reading.decomposition.offer.base : undefined;
    const f = benchmarkFigures(role, level, base, chosen.source);
    if ('error' in f.mid) {
      figures.append(
        missingLine(ctx, role, level, chosen),
        el(
          'details',
          { className: 'source' },
          el('summary', { text: 'The full message' }),
          el('p', { id: 'bench-source', text: f.mid.error }),
        ),
      );
      return;
    }
    const text = 'text' in f.source ? f.source.text : '';
    const grades = bandGrades(role, level, chosen.source);
    const grade = grades.mid;
    figures.append(
      el(
        'div',
        { className: 'bench-grid' },
        figureBox('min', 'Min', f.min, formatMoneyFit, undefined, grades.min),
        figureBox('mid', 'Mid', f.mid, formatMoneyFit, undefined, grades.mid),
        figureBox('max', 'Max', f.max, formatMoneyFit, undefined, grades.max),
      ),
    );
    if (grade && text) {
      figures.append(
        el(
          'p',
          { className: 'grade-line' },
          el('span', { className: `grade grade-${grade}`, id: 'bench-grade', text: grade }),
          ` ${oneLine(text)}`,
        ),
      );
      figures.append(
        el(
          'details',
          { className: 'source' },
          el('summary', { text: 'Where this band comes from (AI.SOURCE)' }),
          el('p', { id: 'bench-source', text: citation(text) }),
        ),
      );
    }
    // The band itself, where an estimated or derived senior figure sits under the floor (the core's sentence).
    const bandFloor = typeof chosen.source === 'string' ? seniorFloorWarning(role, level, chosen.source) : undefined;
    if (bandFloor) figures.append(el('p', { className: 'floor-note', id: 'bench-band-floor', text: bandFloor }));
    if (base === undefined) {
      figures.append(
        el('p', {
          className: 'hint',
          text: `Enter a valid base for ${store.state.offers[offerIndex]?.label ?? 'the offer'} to place it in the band.`,
        }),
      );
      return;
    }
    figures.append(
      el(
        'div',
        { className: 'bench-grid' },
        figureBox('compa', 'Compa-ratio', f.compa, formatRatio, 'base ÷ mid'),
        figureBox('penetration', 'Position in band', f.penetration, formatPercent, '(base − min) ÷ (max − min)'),
      ),
    );
    if (f.penetration && 'value' in f.penetration) {
      // The marker sits at the core's penetration figure, kept inside the bar when the base is outside the band.
      const at = Math.min(Math.max(f.penetration.value, 0), 1);
      const marker = el('span', { className: 'band-marker', title: `Base ${formatMoney(base)}` });
      marker.style.left = `${at * 100}%`;
      figures.append(
        el(
          'div',
          {
            className: 'band-bar',
            role: 'img',
            'aria-label': `Base at ${formatPercent(f.penetration.value)} of the band`,
          },
          marker,
        ),
      );
    }
    const levelIndex = LEVELS.findIndex((l) => l.name === level);
    if (levelIndex >= SENIOR) {
      const note = floorNote(base);
      if (note) figures.append(note);
    }
  };

  const render = (): void => {
    renderControls();
    renderFigures();
  };
  render();
  return {
    root,
    update(change) {
      if (change.topic === 'benchmark' || change.topic === 'bandTable' || change.topic === 'offers') render();
      else if (change.topic === 'offer') {
        if (change.field === 'label' || change.field === '*') renderControls();
        if (change.index === store.state.benchmark.offerIndex && change.field !== 'label') renderFigures();
      }
    },
  };
}
