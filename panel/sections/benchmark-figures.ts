/**
 * The figures of "Base against the band": the band with its grades and source, the missing-band
 * line, and where the offer's base sits (compa-ratio, position in band, the senior floor note).
 */
import { LEVELS, seniorBaseFloorWarning, seniorFloorWarning } from '../../core/index';
import { BandSource, bandGrades, benchmarkFigures, Figure, Grade, hasBand, seedFigure } from '../benchmark';
import { EMBEDDED_BLEND_SOURCES } from '../blend-sources';
import { el } from '../dom';
import { formatMoney, formatMoneyFit, formatPercent, formatRatio } from '../format';
import { citation, oneLine } from '../source-text';
import { PanelContext } from './context';
import { userSourceGrid } from '../user-source';

export interface BandChoice {
  key: string;
  label: string;
  source: BandSource;
}

type Figures = ReturnType<typeof benchmarkFigures>;

/** The sources to choose from, and the grid of the user's table when it reads without problems. */
export function sources(ctx: PanelContext): BandChoice[] {
  const list: BandChoice[] = EMBEDDED_BLEND_SOURCES.map((d) => ({
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
function missingLine(ctx: PanelContext, role: string, level: string, chosen: BandChoice): HTMLElement {
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

/**
 * The senior AI engineer floor under the offer's base, in the core's wording: only for the roles and
 * levels the source names it for, and never for a row of the user's own table (the source says
 * nothing about the user's roles).
 */
function floorNote(role: string, level: string, base: number, chosen: BandChoice): HTMLElement | null {
  if (chosen.key === 'user') return null;
  const text = seniorBaseFloorWarning(role, level, base);
  if (!text) return null;
  const source = seedFigure('senior-time-to-fill-below-floor', 'source');
  return el(
    'div',
    { className: 'floor-note', id: 'bench-floor' },
    el('p', { text }),
    el(
      'details',
      { className: 'source' },
      el('summary', { text: `Source: ${typeof source === 'string' ? oneLine(source) : 'AI.FIGURE'}` }),
      el('p', { text: typeof source === 'string' ? citation(source) : '' }),
    ),
  );
}

/** The chosen source: the one in the state, or the first when it is gone (an emptied user table). */
export function currentSource(ctx: PanelContext): BandChoice {
  const list = sources(ctx);
  return list.find((s) => s.key === ctx.store.state.benchmark.source) ?? list[0];
}

/** The band's three figures with their grades, its source, and the core's floor sentence on the band itself. */
function bandLines(figures: HTMLElement, f: Figures, role: string, level: string, chosen: BandChoice): void {
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
}

/** Where a valid base sits: compa-ratio, position in band with its bar, and the senior floor note. */
function baseLines(
  figures: HTMLElement,
  f: Figures,
  base: number,
  role: string,
  level: string,
  chosen: BandChoice,
): void {
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
  const note = floorNote(role, level, base, chosen);
  if (note) figures.append(note);
}

export function buildFigures(ctx: PanelContext, figures: HTMLElement): void {
  const { store } = ctx;
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
  const chosen = currentSource(ctx);
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
  bandLines(figures, f, role, level, chosen);
  if (base === undefined) {
    figures.append(
      el('p', {
        className: 'hint',
        text: `Enter a valid base for ${store.state.offers[offerIndex]?.label ?? 'the offer'} to place it in the band.`,
      }),
    );
    return;
  }
  baseLines(figures, f, base, role, level, chosen);
}
