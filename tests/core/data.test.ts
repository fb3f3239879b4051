import { FIGURES, figure } from '../../data/figures';
import { callByName } from '../../core';
import { figureSchema } from '../../data/figure';
import { ARTICLES } from '../../data/sources';
import { BAND_TABLES } from '../../data/band-tables';
import { ROLES } from '../../core/vocabulary/roles';
import { LEVELS } from '../../core/vocabulary/levels';
import { SKILLS } from '../../core/vocabulary/skills';
import * as fs from 'fs';
import * as path from 'path';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');

/**
 * Every figure as a user reaches it: ids from AI.FIGURES(), values, units and bases from AI.FIGURE,
 * and the seed file named in AI.FIGURE's source text (not read back from the data module).
 */
function throughLookups(): { id: string; value: number; unit: string; basis: string; seedFile: string }[] {
  const ids = (callByName('FIGURES', []) as string[][]).map((row) => row[0]);
  expect(ids.length).toBe(FIGURES.length);
  return ids.map((id) => {
    const source = callByName('FIGURE', [id, 'source']) as string;
    return {
      id,
      value: callByName('FIGURE', [id]) as number,
      unit: callByName('FIGURE', [id, 'unit']) as string,
      basis: callByName('FIGURE', [id, 'basis']) as string,
      seedFile: /seed (\d{3}_[0-9a-f]+\.txt)/.exec(source)![1],
    };
  });
}

describe('data/figures', () => {
  test.each(FIGURES.map((f) => [f.id, f]))('%s matches the figure schema', (_id, f) => {
    expect(figureSchema.safeParse(f).success).toBe(true);
  });

  test('figure ids are unique', () => {
    expect(new Set(FIGURES.map((f) => f.id)).size).toBe(FIGURES.length);
  });

  test('every article names a seed file that exists beside the repo', () => {
    for (const article of Object.values(ARTICLES)) expect(fs.existsSync(path.join(SEEDS, article.seedFile))).toBe(true);
  });

  test('every reported dollar figure appears in its seed article as written', () => {
    const text = (seed: string) => fs.readFileSync(path.join(SEEDS, seed), 'utf8').replace(/\s+/g, ' ');
    for (const f of throughLookups().filter((x) => x.basis === 'reported' && x.unit.startsWith('USD'))) {
      const seed = text(f.seedFile);
      const whole = Math.round(f.value).toLocaleString('en-US');
      const forms = [`$${whole}`, `$${f.value.toFixed(2)}`, `$${f.value}`, `$${Math.round(f.value / 1000)}k`, `$${Math.round(f.value / 1000)},000`];
      expect({ id: f.id, found: forms.some((form) => seed.includes(form)) }).toEqual({ id: f.id, found: true });
    }
  });

  test('every reported premium, growth, discount and ratio appears in its seed article as a percentage or multiple', () => {
    const text = (seed: string) => fs.readFileSync(path.join(SEEDS, seed), 'utf8').replace(/\s+/g, ' ');
    for (const f of throughLookups().filter((x) => x.basis === 'reported' && x.unit === 'fraction')) {
      const seed = text(f.seedFile);
      const pct = `${Math.round(f.value * 10000) / 100}`;
      const whole = Number(pct).toLocaleString('en-US');
      const forms = [`${pct}%`, `${whole}%`, `${pct} per cent`, `${pct} to `, `${pct}% to `, `to ${pct} per cent`, `${pct}% and `, `–${pct}%`, `${f.value} to `, `to ${f.value} times`, ...(f.value === 0.5 ? ['by half'] : [])];
      expect({ id: f.id, found: forms.some((form) => seed.includes(form)) }).toEqual({ id: f.id, found: true });
    }
  });

  test('a derived figure is recomputed from its formula', () => {
    const mid = figure('rate-ai-engineer-mid');
    expect(mid.basis).toBe('derived');
    expect(mid.value).toBeCloseTo(figure('rate-ai-engineer-strong-senior').value / (1 + figure('premium-ai-engineer-over-mid').value), 10);
  });

  test('an ambiguous figure records both readings', () => {
    expect(figure('premium-ai-engineer-over-mid').reading).toMatch(/Other reading/);
  });

  test('figures reference known roles and levels', () => {
    const roleIds = new Set(ROLES.map((r) => r.id));
    const levelIds = new Set(LEVELS.map((l) => l.id));
    for (const f of FIGURES) {
      if (f.role) expect(roleIds.has(f.role)).toBe(true);
      if (f.level) expect(levelIds.has(f.level)).toBe(true);
    }
  });

  test('band tables and vocabularies reference figures that exist', () => {
    const ids: string[] = [];
    for (const table of BAND_TABLES) for (const row of table.rows) for (const cell of Object.values(row.cells)) if (cell && 'id' in cell) ids.push(cell.id);
    for (const role of ROLES) if (role.seniorRateFigure) ids.push(role.seniorRateFigure);
    for (const skill of SKILLS) ids.push(...[skill.low, skill.high, skill.point].filter((x): x is string => !!x));
    for (const id of ids) expect(() => figure(id)).not.toThrow();
  });
});

describe('AI.FIGURE', () => {
  test('gives a figure no other lookup reaches, with its unit and source', () => {
    expect(callByName('FIGURE', ['senior-time-to-fill-below-floor'])).toBe(114);
    expect(callByName('FIGURE', ['senior-time-to-fill-below-floor', 'unit'])).toBe('days');
    expect(callByName('FIGURE', ['Senior-Time-To-Fill-Below-Floor', 'source'])).toMatch(/nexus IT group.*003_c65e828b3b81ff42\.txt/);
    expect(callByName('FIGURE', ['rate-ai-engineer-mid', 'basis'])).toBe('derived: rate-ai-engineer-strong-senior / (1 + premium-ai-engineer-over-mid)');
    expect(callByName('FIGURE', ['premium-ai-engineer-over-mid', 'source'])).toMatch(/Other reading/);
  });
  test('an unknown id is #VALUE! with the closest ids', () => {
    const e = callByName('FIGURE', ['senior-time-to-fil']) as { kind: string; message: string };
    expect(e.kind).toBe('VALUE');
    expect(e.message).toMatch(/closest: .*senior-time-to-fill-below-floor/);
  });
});
