/**
 * Hostile class 1 and 10 (issue 15 items 4 and 9): no input string reaches a prototype. Every name
 * of Object.prototype (plus __proto__ and prototype) goes through every text or any parameter of
 * every catalog function, in the core and both built hosts, as one cell and as one row of a column
 * between two good rows; and through the panel's saved state.
 */
import { CATALOG, FunctionSpec } from '../../core';
import { restoreState, PANEL_FIELD_KEYS } from '../../panel/state';
/** Every input of a saved offer: its name, how equity is given, and one per field. */
const OFFER_FIELDS = ['label', 'equityMode', ...PANEL_FIELD_KEYS] as const;
import { readOffer } from '../../panel/offer-input';
import { Arg, exampleArgs, isError, isLifted, Paths, PATHS, Result } from './paths';
import { loadAddon } from '../../testkit/sheets/addon';
import { saveWhole } from '../../testkit/sheets/panel-saves';
import { FakeProperties } from '../../testkit/sheets/services';

const NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype'])];
const paths = new Paths();

const textParams = (spec: FunctionSpec): number[] =>
  spec.params.flatMap((p, i) => (p.cellType === 'number' ? [] : [i]));

function problemOf(r: Result): string | undefined {
  return r.problem ?? (r.grid === undefined && r.thrown === undefined ? 'no result' : undefined);
}

const cases = CATALOG.filter((spec) => textParams(spec).length > 0);

test('the classes reach enough of the catalog', () => {
  expect(NAMES.length).toBeGreaterThanOrEqual(13);
  expect(cases.length).toBeGreaterThanOrEqual(14);
});

describe.each(PATHS)('every Object.prototype name as one cell, via %s', (path) => {
  test.each(cases.map((s) => [s.name, s]))('AI.%s', (_n, spec) => {
    const base = exampleArgs(spec);
    const problems: string[] = [];
    let calls = 0;
    for (const i of textParams(spec)) {
      for (const name of NAMES) {
        const args: Arg[] = [...base];
        args[i] = name;
        const r = paths.call(path, spec.name, args);
        calls++;
        const problem = problemOf(r);
        if (problem) problems.push(`${spec.params[i].name}=${name}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
    expect(calls).toBe(textParams(spec).length * NAMES.length);
  });
});

/** One bad row stays in its row: the good rows around it give the example's own result. */
describe.each(PATHS)('a prototype name in the middle of a column, via %s', (path) => {
  const lifted = cases.filter(
    (s) =>
      (s.result === 'cell' || s.result === 'row') &&
      textParams(s).some((i) => isLifted(s, i) && typeof exampleArgs(s)[i] === 'string'),
  );
  test.each(lifted.map((s) => [s.name, s]))('AI.%s', (_n, spec) => {
    const base = exampleArgs(spec);
    const alone = paths.call(path, spec.name, base);
    expect(alone.grid).toBeDefined();
    const problems: string[] = [];
    for (const i of textParams(spec).filter((j) => isLifted(spec, j) && typeof base[j] === 'string')) {
      for (const name of NAMES) {
        const args: Arg[] = [...base];
        args[i] = [[base[i] as string], [name], [base[i] as string]];
        const r = paths.call(path, spec.name, args);
        if (r.problem || !r.grid) {
          problems.push(`${spec.params[i].name}=${name}: ${r.problem ?? `whole formula failed: ${r.thrown}`}`);
          continue;
        }
        if (r.grid.length !== 3) problems.push(`${spec.params[i].name}=${name}: ${r.grid.length} rows, expected 3`);
        else if (JSON.stringify([r.grid[0], r.grid[2]]) !== JSON.stringify([alone.grid![0], alone.grid![0]]))
          problems.push(`${spec.params[i].name}=${name}: the good rows changed`);
        else if (
          !r.grid[1].every((c) => isError(c) && c.msg.length > 0) &&
          JSON.stringify(r.grid[1]) !== JSON.stringify(alone.grid![0])
        ) {
          // A prototype name is not a role, level or schedule; an answer other than an error would be one read through the prototype.
          problems.push(
            `${spec.params[i].name}=${name}: the row is ${JSON.stringify(r.grid[1])}, expected an error with a message`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

/** A user band table (a range whose first row is a header) whose headers, roles and levels are prototype names. */
describe.each(PATHS)('a band table of prototype names as the source argument, via %s', (path) => {
  const tableSpecs = CATALOG.filter((s) => s.params.some((p) => p.kind === 'tableOrLifted'));
  const tables: Arg[] = [
    [NAMES.slice(0, 5), ...NAMES.map((n) => [n, n, 1, 2, 3])],
    [
      ['role', 'level', 'min', 'mid', 'max'],
      ...NAMES.map((n) => [n, '__proto__', 1, 2, 3]),
      ['LLMOps', 'Senior', 100, 200, 300],
    ],
    [
      ['role', 'level', 'constructor', '__proto__', 'mid'],
      ['LLMOps', 'Senior', 'toString', 'valueOf', 200],
    ],
  ];
  test.each(tableSpecs.map((s) => [s.name, s]))('AI.%s', (_n, spec) => {
    const i = spec.params.findIndex((p) => p.kind === 'tableOrLifted');
    const problems: string[] = [];
    for (const [t, table] of tables.entries()) {
      for (const name of ['LLMOps', ...NAMES]) {
        const args: Arg[] = exampleArgs(spec);
        args[i] = table;
        if (spec.params[0].name === 'role') args[0] = name;
        const r = paths.call(path, spec.name, args);
        if (r.problem) problems.push(`table ${t}, role ${name}: ${r.problem}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the panel restores a saved state full of prototype names without throwing', () => {
  // Built as JSON text and parsed, so __proto__ is an own key, as in a state a host saved and read back.
  const hostile = (): unknown => {
    const offer = Object.fromEntries([
      ...OFFER_FIELDS.map((f, i) => [f, NAMES[i % NAMES.length]]),
      ...NAMES.filter((n) => n !== '__proto__').map((n) => [n, n]),
    ]);
    const json = JSON.stringify({
      version: 1,
      offers: [offer, 'constructor', { label: 'x' }],
      benchmark: { role: 'constructor', level: '__proto__', offerIndex: 'toString' },
      bandTableCsv: 'role,level,min,mid,max\nconstructor,__proto__,1,2,3\n',
      bandTableName: 'hasOwnProperty',
      blend: {
        toDate: 'valueOf',
        rate: 'toString',
        sources: {
          constructor: { weight: 'x' },
          aitechconnect: 'toString',
          nexus: { weight: '__proto__', asOf: 'isPrototypeOf' },
        },
      },
    });
    return JSON.parse(
      json
        .replace('"label":"x"', '"__proto__":{"base":"1","polluted":"yes"},"label":"x"')
        .replace('"sources":{', '"sources":{"__proto__":{"weight":"1"},')
        .replace('"version":1,', '"__proto__":{"offers":"toString"},"version":1,'),
    );
  };

  test('restoreState reads every field as text and leaves Object.prototype alone', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const state = restoreState(hostile());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(state.offers.length).toBe(3);
    for (const offer of state.offers) for (const field of OFFER_FIELDS) expect(typeof offer[field]).toBe('string');
    expect(state.benchmark).toMatchObject({ role: 'constructor', level: '__proto__', offerIndex: 0 });
    for (const source of Object.values(state.blend.sources)) expect(typeof source.weight).toBe('string');
    expect(Object.keys(state.blend.sources).sort()).toEqual(['aitechconnect', 'nexus', 'user']);
  });

  test.each(NAMES)('every offer field holding %s reads to a message, not a throw', (name) => {
    const saved = { version: 1, offers: [Object.fromEntries(OFFER_FIELDS.map((f) => [f, name]))] };
    const state = restoreState(JSON.parse(JSON.stringify(saved)));
    expect(() => readOffer(state.offers[0])).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('through the built Sheets host: saved, read back and restored, and a hand-edited store of prototype keys opens', () => {
    const addon = loadAddon();
    const saved = hostile() as Record<string, unknown>;
    expect(saveWhole(addon.global, saved)).toEqual({ version: 1, conflicts: [] });
    const back = restoreState(JSON.parse(JSON.stringify(addon.global.getPanelState())));
    expect(back).toEqual(restoreState(saved));
    expect(back.benchmark.role).toBe('constructor');

    const properties = new FakeProperties();
    for (const name of NAMES) properties.store.set(name, JSON.stringify({ [name]: name }));
    properties.store.set(
      'aiComp.offerPanel',
      '{"__proto__":{"aiCompStateVersion":1,"parts":1},"constructor":"toString"}',
    );
    const opened = loadAddon({ properties });
    expect(() => restoreState(opened.global.getPanelState())).not.toThrow();
    expect(() => opened.global.loadPanelState()).not.toThrow();
  });
});
