/**
 * Issue 12, item 8: the grade of every band, rate and premium cell, read through the catalog as a
 * user reads it (AI.BAND stat "grade", AI.RATE / AI.PREMIUM show "grade", AI.SOURCE), for every role,
 * level and stat of both embedded tables. An estimate without a named assumption, or a reported
 * figure without a source, fails. Needs no seed articles (npm run check:seeds reads those).
 */
import { callByName, isSheetError } from '../../core';
import { ASSUMPTIONS } from '../../data/assumptions';
import { ARTICLES } from '../../data/sources';
import { BAND_TABLES } from '../../data/band-tables';

const call = (name: string, ...args: unknown[]) => callByName(name, args);
const column = (name: string) => (call(name) as string[][]).map((r) => r[0]);
const ROLES = column('ROLES');
const LEVELS = column('LEVELS');
const SKILLS = column('SKILLS');
const STATS = ['min', 'mid', 'max'] as const;
const PUBLISHERS = Object.values(ARTICLES).map((a) => a.publisher.split(' (')[0]);
const SENTENCES = Object.values(ASSUMPTIONS).map((a) => a.sentence);

interface Cell {
  what: string;
  value: number;
  grade: string;
  source: string;
  strict?: unknown;
}

function bandCells(): Cell[] {
  const cells: Cell[] = [];
  for (const table of BAND_TABLES)
    for (const role of ROLES)
      for (const level of LEVELS) {
        const values = call('BAND', role, level, null, 'US', table.id);
        const grades = call('BAND', role, level, 'grade', 'US', table.id);
        const strict = call('BAND', role, level, null, 'US', `${table.id} strict`);
        if (!Array.isArray(values)) continue;
        STATS.forEach((stat, k) => {
          const value = (values as unknown[][])[0][k];
          if (typeof value !== 'number') return;
          cells.push({
            what: `${table.id} ${role} ${level} ${stat}`,
            value,
            grade: (grades as unknown[][])[0][k] as string,
            source: call('SOURCE', role, level, stat, 'US', table.id) as string,
            strict: (strict as unknown[][])[0][k],
          });
        });
      }
  return cells;
}

function rateCells(): Cell[] {
  const cells: Cell[] = [];
  for (const role of ROLES)
    for (const level of LEVELS) {
      const value = call('RATE', role, level);
      if (typeof value !== 'number') continue;
      cells.push({
        what: `rate ${role} ${level}`,
        value,
        grade: call('RATE', role, level, 'grade') as string,
        source: call('SOURCE', role, level, 'rate') as string,
      });
    }
  return cells;
}

function premiumCells(): Cell[] {
  const cells: Cell[] = [];
  for (const skill of SKILLS)
    for (const bound of ['low', 'mid', 'high']) {
      const value = call('PREMIUM', skill, bound);
      if (typeof value !== 'number') continue;
      cells.push({
        what: `premium ${skill} ${bound}`,
        value,
        grade: call('PREMIUM', skill, bound, 'grade') as string,
        source: call('SOURCE', skill, bound, 'premium') as string,
      });
    }
  return cells;
}

/** Every AI.LOCALBAND projection along an embedded curve, each anchor level to each level (issue 19). */
function localCells(): Cell[] {
  const cells: Cell[] = [];
  for (const table of BAND_TABLES)
    for (const from of LEVELS)
      for (const to of LEVELS) {
        const value = call('LOCALBAND', 100000, from, to, table.id);
        if (typeof value !== 'number') continue;
        cells.push({
          what: `local ${table.id} ${from} to ${to}`,
          value,
          grade: call('LOCALBAND', 100000, from, to, table.id, null, 'grade') as string,
          source: call('SOURCE', from, to, 'local', null, table.id) as string,
        });
      }
  return cells;
}

const ALL = [...bandCells(), ...rateCells(), ...premiumCells(), ...localCells()];

describe('every band, rate and premium cell has an honest grade', () => {
  test.each(ALL.map((c) => [c.what, c]))('%s', (_what, c) => {
    expect(['reported', 'derived', 'estimate']).toContain(c.grade);
    // the grade comes first in AI.SOURCE, and no seed file reaches a user
    expect(c.source.startsWith(`${c.grade}: `)).toBe(true);
    expect(c.source).not.toMatch(/\.txt|seed \d/);
    if (c.grade === 'estimate') {
      expect(SENTENCES.some((s) => c.source.includes(s))).toBe(true);
      expect(c.source).toMatch(/rests on (an assumption|\d assumptions) of ours that no source states/);
    }
    if (c.grade === 'reported') expect(PUBLISHERS.some((p) => c.source.includes(p))).toBe(true);
    if (c.grade === 'derived') expect(c.source).toMatch(/derived/);
    if ('strict' in c && c.strict !== undefined) {
      if (c.grade === 'estimate') expect(isSheetError(c.strict) && c.strict.kind === 'NA').toBe(true);
      else expect(c.strict).toBe(c.value);
    }
  });

  test('cells per grade (the counts the issue closes with)', () => {
    const count = (cells: Cell[]) =>
      cells.reduce<Record<string, number>>((n, c) => ({ ...n, [c.grade]: (n[c.grade] ?? 0) + 1 }), {});
    expect(count(bandCells())).toEqual({ reported: 10, derived: 1, estimate: 73 });
    // issue 19: the LLMOps rate is the report's "MLOps developers" rate under our label, an estimate;
    // every local projection carries a US ratio to another market, an estimate naming the statistics it divides
    expect(count(rateCells())).toEqual({ reported: 5, derived: 1, estimate: 1 });
    expect(count(premiumCells())).toEqual({ reported: 8, derived: 2 });
    expect(count(localCells())).toEqual({ estimate: 34 });
    for (const c of localCells()) expect(c.source).toMatch(/It divides an? \w+ by an? \w+|Both points are \w+s\./);
  });
});
