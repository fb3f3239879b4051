import { FIGURES, figure } from '../../data/figures';
import { callByName } from '../../core';
import { figureSchema } from '../../data/figure';
import { BAND_TABLES } from '../../data/band-tables';
import { ROLES } from '../../core/vocabulary/roles';
import { LEVELS } from '../../core/vocabulary/levels';
import { SKILLS } from '../../core/vocabulary/skills';

// The seed-text check (every reported figure found in its article) is `npm run check:seeds`:
// the articles live outside the repository, so `npm test` does not read them.

describe('data/figures', () => {
  test.each(FIGURES.map((f) => [f.id, f]))('%s matches the figure schema', (_id, f) => {
    expect(figureSchema.safeParse(f).success).toBe(true);
  });

  test('figure ids are unique', () => {
    expect(new Set(FIGURES.map((f) => f.id)).size).toBe(FIGURES.length);
  });

  test('a derived figure is recomputed from its formula', () => {
    const mid = figure('rate-ai-engineer-mid');
    expect(mid.basis).toBe('derived');
    expect(mid.value).toBeCloseTo(
      figure('rate-ai-engineer-senior-ceiling').value / (1 + figure('premium-ai-engineer-over-mid').value),
      10,
    );
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
    for (const table of BAND_TABLES)
      for (const row of table.rows)
        for (const cell of Object.values(row.cells)) if (cell && 'id' in cell) ids.push(cell.id);
    for (const role of ROLES) if (role.seniorRateFigure) ids.push(role.seniorRateFigure);
    for (const skill of SKILLS) ids.push(...[skill.low, skill.high, skill.point].filter((x): x is string => !!x));
    for (const id of ids) expect(() => figure(id)).not.toThrow();
  });
});

describe('AI.FIGURE', () => {
  test('gives a figure no other lookup reaches, with its unit and source', () => {
    expect(callByName('FIGURE', ['senior-time-to-fill-below-floor'])).toBe(114);
    expect(callByName('FIGURE', ['senior-time-to-fill-below-floor', 'unit'])).toBe('days');
    expect(callByName('FIGURE', ['Senior-Time-To-Fill-Below-Floor', 'source'])).toMatch(
      /nexus IT group.*AI Engineer Salary in US: 2026 Compensation Guide/,
    );
    expect(callByName('FIGURE', ['rate-ai-engineer-mid', 'basis'])).toBe(
      'derived: rate-ai-engineer-senior-ceiling / (1 + premium-ai-engineer-over-mid)',
    );
    expect(callByName('FIGURE', ['premium-ai-engineer-over-mid', 'source'])).toMatch(/Other reading/);
  });
  test('an unknown id is #VALUE! with the closest ids', () => {
    const e = callByName('FIGURE', ['senior-time-to-fil']) as { kind: string; message: string };
    expect(e.kind).toBe('VALUE');
    expect(e.message).toMatch(/closest: .*senior-time-to-fill-below-floor/);
  });
});
