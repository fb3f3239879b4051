/**
 * Hostile saves of the panel's inputs through the built Code.js (issue 18): anything on the page can
 * call savePanelState, so forged requests, prototype-name paths, absurd versions and a stored
 * version at the safe-integer ceiling must each end in a message or a correct save, never a
 * TypeError, a polluted prototype, a write the request did not earn, or a store that refuses every
 * later save.
 */
import { ABSENT, changesBetween } from '../../core/index';
import type { KeptState, StateSaved } from '../../core/index';
import { loadAddon } from '../../testkit/sheets/addon';
import { saveRequest, saveWhole } from '../../testkit/sheets/panel-saves';

const STATE = { version: 1, offers: [{ label: 'Kept', base: '200000' }], bandTableCsv: '', benchmark: { role: '' } };
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

function started() {
  const addon = loadAddon();
  saveWhole(addon.global, STATE);
  addon.properties.writes.length = 0;
  return addon;
}

/** A call's outcome as the sidebar would see it: its answer, or the message it was refused with. */
function attempt(addon: ReturnType<typeof loadAddon>, request: unknown): { answer?: StateSaved; message?: string } {
  try {
    return { answer: copy(addon.global.savePanelState(request)) as StateSaved };
  } catch (error) {
    return { message: (error as Error).message };
  }
}

describe('forged saves', () => {
  const FORGED: [string, unknown][] = [
    ['nothing', undefined],
    ['null', null],
    ['a bare state (an older sidebar)', STATE],
    ['changes not a list', { version: 1, changes: { path: ['rival'] } }],
    ['a path that is text', { version: 1, changes: [{ path: 'offers.0.base', was: ABSENT, to: 'x' }] }],
    ['a negative index', { version: 1, changes: [{ path: ['offers', -1], was: ABSENT, to: {} }] }],
    [
      'an index of a billion (a sparse array of that length)',
      { version: 1, changes: [{ path: ['offers', 1e9], was: ABSENT, to: {} }] },
    ],
    ['a fingerprint that is not text', { version: 1, changes: [{ path: ['rival'], was: 5, to: 1 }] }],
    ['a version that is text', { version: '1', changes: [] }],
    ['a version JSON turned from Infinity into null', { version: null, changes: [] }],
  ];

  test.each(FORGED)('%s: refused in words, nothing written', (_, request) => {
    const addon = started();
    const { message } = attempt(addon, request);
    expect(message).toMatch(
      /^The panel sent its inputs in a form this add-on does not read, so they were not saved: close the sidebar/,
    );
    expect(addon.properties.writes).toEqual([]);
  });

  test.each(NAMES)('a path through %s never reaches a prototype, and the rest of the save still goes in', (name) => {
    const addon = started();
    const loaded = copy(addon.global.loadPanelState()) as KeptState;
    const request = {
      version: loaded.version,
      changes: [
        { path: [name, 'polluted'], was: ABSENT, to: 'yes' },
        { path: ['offers', 0, name], was: ABSENT, to: 'yes' },
        ...changesBetween(loaded.state, { ...STATE, bandTableCsv: 'role,level,mid' }),
      ],
    };
    const { answer, message } = attempt(addon, copy(request));
    expect(message).toBeUndefined();
    expect(addon.evaluate('({}).polluted')).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(addon.evaluate('Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")')).toBe(false);
    const kept = copy(addon.global.loadPanelState()) as KeptState;
    expect((kept.state as { bandTableCsv: string }).bandTableCsv).toBe('role,level,mid');
    // A field name that is a prototype name is data, kept as typed; a missing container is said, not created.
    expect(Object.prototype.hasOwnProperty.call((kept.state as { offers: object[] }).offers[0], name)).toBe(true);
    expect(answer!.conflicts.filter((c) => c.dropped).map((c) => c.path)).toEqual([[name, 'polluted']]);
  });

  test('a value holding prototype keys is stored as data and read back as data', () => {
    const addon = started();
    const loaded = copy(addon.global.loadPanelState()) as KeptState;
    const hostile = JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}');
    const request = { version: loaded.version, changes: [{ path: ['benchmark', 'role'], was: ABSENT, to: hostile }] };
    const { message } = attempt(addon, request);
    expect(message).toBeUndefined();
    expect(addon.evaluate('({}).polluted')).toBeUndefined();
    const kept = copy(addon.global.loadPanelState()) as { state: { benchmark: { role: unknown } } };
    expect(JSON.stringify(kept.state.benchmark.role)).toBe(JSON.stringify(hostile));
  });
});

describe('versions no save can get stuck behind', () => {
  test.each([Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 1e308, -1, 0.5])(
    'a stored version of %p: the next sidebar saves, and so does the one after',
    (stuck) => {
      const addon = started();
      const head = JSON.parse(addon.properties.store.get('aiComp.offerPanel')!);
      addon.properties.store.set('aiComp.offerPanel', JSON.stringify({ ...head, aiCompStateVersion: stuck }));
      let loaded = copy(addon.global.loadPanelState()) as KeptState;
      for (const base of ['1', '2']) {
        const next = { ...STATE, offers: [{ label: 'Kept', base }] };
        const { answer } = attempt(addon, saveRequest(loaded, next));
        expect(answer?.conflicts).toEqual([]);
        loaded = copy(addon.global.loadPanelState()) as KeptState;
        expect(loaded.state).toEqual(next);
        expect(Number.isSafeInteger(loaded.version) && loaded.version >= 1).toBe(true);
      }
    },
  );

  test.each([Number.MAX_SAFE_INTEGER, 1e308, -1e308, 0])(
    'a sidebar claiming version %p merges like any other: nothing skipped, nothing erased',
    (claimed) => {
      const addon = started();
      const loaded = copy(addon.global.loadPanelState()) as KeptState;
      const next = { ...STATE, bandTableCsv: 'x' };
      const { answer } = attempt(addon, { ...saveRequest(loaded, next), version: claimed });
      expect(answer).toEqual({ version: 2, conflicts: [], state: next });
    },
  );
});
