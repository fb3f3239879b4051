/**
 * core/state-merge.ts: a pane's changes since its base, applied onto what another pane saved
 * meanwhile. Properties over generated panel-like states: one pane's changes turn its base into its
 * state; two panes' changes to different fields both survive, in either order; a field both changed
 * takes the later value and is reported.
 */
import fc from 'fast-check';
import {
  ABSENT,
  applyChanges,
  changesBetween,
  fingerprint,
  keptText,
  nextVersion,
  readKept,
  readStateSave,
  saveOnto,
} from '../../core/state-merge';
import type { Json } from '../../core/state-merge';

const offer = (label: string, base = '') => ({ label, base, bonusTarget: '', years: '4' });
const panel = (): Json => ({
  version: 1,
  offers: [offer('Offer A', '200000'), offer('Offer B', '150000')],
  benchmark: { source: 'aitechconnect', role: '', level: '', offerIndex: 0 },
  bandTableCsv: '',
  rival: null,
});

/** A state of the panel's shape with arbitrary texts, and 1 to 3 offers. */
const text = fc.string({ maxLength: 6 });
const stateArb = fc.record({
  version: fc.constant(1),
  offers: fc.array(fc.record({ label: text, base: text, years: text }), { minLength: 1, maxLength: 3 }),
  benchmark: fc.record({ role: text, level: text, offerIndex: fc.nat(2) }),
  bandTableCsv: text,
  rival: fc.option(fc.nat(2), { nil: null }),
});

describe('changesBetween and applyChanges', () => {
  it('turn a base into the pane state exactly, whatever the two states (property, 300 cases)', () => {
    let checked = 0;
    fc.assert(
      fc.property(stateArb, stateArb, (before, after) => {
        const merge = applyChanges(before, changesBetween(before, after));
        expect(merge.state).toEqual(after);
        expect(merge.conflicts).toEqual([]);
        checked++;
      }),
      { numRuns: 300 },
    );
    expect(checked).toBe(300);
  });

  it('keep both panes changes when they touched different fields, in either order (property)', () => {
    let checked = 0;
    fc.assert(
      fc.property(stateArb, text, text, fc.boolean(), (base, label, csv, aFirst) => {
        // Pane A renames the first offer; pane B pastes a table. Both start from `base`.
        const a = { ...base, offers: [{ ...base.offers[0], label: `${label}A` }, ...base.offers.slice(1)] };
        const b = { ...base, bandTableCsv: `${csv}B` };
        const [first, second] = aFirst ? [a, b] : [b, a];
        const once = applyChanges(base, changesBetween(base, first));
        const twice = applyChanges(once.state, changesBetween(base, second));
        expect(twice.conflicts).toEqual([]);
        expect(twice.state).toEqual({ ...base, offers: a.offers, bandTableCsv: b.bandTableCsv });
        checked++;
      }),
      { numRuns: 300 },
    );
    expect(checked).toBe(300);
  });

  it('give a field both changed to the later save, and report what the other had put there', () => {
    const base = panel();
    const a = JSON.parse(JSON.stringify(base));
    a.offers[0].base = '210000';
    const b = JSON.parse(JSON.stringify(base));
    b.offers[0].base = '190000';
    b.benchmark.role = 'LLMOps';
    const afterA = applyChanges(base, changesBetween(base, a)).state;
    const merge = applyChanges(afterA, changesBetween(base, b));
    expect((merge.state as { offers: { base: string }[] }).offers[0].base).toBe('190000');
    expect(merge.conflicts).toEqual([
      { path: ['offers', 0, 'base'], theirs: '210000', mine: '190000', dropped: false },
    ]);
    // The same value typed in both is no conflict.
    expect(applyChanges(afterA, changesBetween(base, a)).conflicts).toEqual([]);
  });

  it('report an offer one pane removed and the other edited; an edit to a removed offer is not applied, and said', () => {
    const base = panel();
    const removed = JSON.parse(JSON.stringify(base));
    removed.offers.splice(1, 1);
    const edited = JSON.parse(JSON.stringify(base));
    edited.offers[1].base = '155000';
    // Removal saved later: the offer goes, and the edit it erased is named.
    const first = applyChanges(base, changesBetween(base, edited)).state;
    const later = applyChanges(first, changesBetween(base, removed));
    expect((later.state as { offers: unknown[] }).offers).toEqual([offer('Offer A', '200000')]);
    expect(later.conflicts).toEqual([
      { path: ['offers', 1], theirs: { ...offer('Offer B', '155000') }, mine: undefined, dropped: false },
    ]);
    // Edit saved later: the removed offer is not brought back half-filled; the edit is reported as not kept.
    const gone = applyChanges(base, changesBetween(base, removed)).state;
    const edit = applyChanges(gone, changesBetween(base, edited));
    expect((edit.state as { offers: unknown[] }).offers).toHaveLength(1);
    expect(edit.conflicts).toEqual([{ path: ['offers', 1, 'base'], theirs: undefined, mine: '155000', dropped: true }]);
  });

  it('add offers appended by one pane while the other edits another', () => {
    const base = panel();
    const added = JSON.parse(JSON.stringify(base));
    added.offers.push(offer('Offer C', '99000'));
    const edited = JSON.parse(JSON.stringify(base));
    edited.offers[0].base = '201000';
    const once = applyChanges(base, changesBetween(base, edited)).state;
    const merge = applyChanges(once, changesBetween(base, added));
    expect(merge.conflicts).toEqual([]);
    expect((merge.state as { offers: { base: string }[] }).offers.map((o) => o.base)).toEqual([
      '201000',
      '150000',
      '99000',
    ]);
  });

  it('never write through a prototype key a forged save names', () => {
    const merge = applyChanges({ a: 1 }, [
      { path: ['__proto__', 'polluted'], was: ABSENT, to: 'yes' },
      { path: ['constructor'], was: ABSENT, to: 'x' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(merge.state)).toBe(Object.prototype);
    expect(merge.conflicts).toEqual([
      { path: ['__proto__', 'polluted'], theirs: undefined, mine: 'yes', dropped: true },
    ]);
    expect((merge.state as Record<string, unknown>).constructor).toBe('x');
  });
});

describe('fingerprint', () => {
  it('is the same for the same value whatever the key order, and tells values apart', () => {
    expect(fingerprint({ a: 1, b: [1, 2] })).toBe(fingerprint({ b: [1, 2], a: 1 }));
    expect(fingerprint('1')).not.toBe(fingerprint(1));
    expect(fingerprint(null)).not.toBe(fingerprint(undefined));
    expect(fingerprint(undefined)).toBe(ABSENT);
  });
});

describe('versions', () => {
  it('always have a next one: the safe-integer ceiling, or a hand-edited version, starts the counter again', () => {
    expect(nextVersion(0)).toBe(1);
    expect(nextVersion(41)).toBe(42);
    expect(nextVersion(Number.MAX_SAFE_INTEGER - 1)).toBe(Number.MAX_SAFE_INTEGER);
    for (const stuck of [Number.MAX_SAFE_INTEGER, 1e300, -5, 1.5, Number.NaN, Infinity])
      expect(nextVersion(stuck)).toBe(1);
  });

  it('rise only when a save changed something; a pane on another version gets the merged inputs', () => {
    const kept = { state: panel(), version: 7 };
    const same = saveOnto(kept, { version: 7, changes: [] });
    expect(same).toEqual({ answer: { version: 7, conflicts: [] } });
    const edited = JSON.parse(JSON.stringify(kept.state));
    edited.rival = 1;
    const stale = saveOnto(kept, { version: 3, changes: changesBetween(kept.state, edited) });
    expect(stale.next).toEqual({ state: edited, version: 8 });
    expect(stale.answer).toEqual({ version: 8, conflicts: [], state: edited });
  });

  it('apply onto the blank panel the pane sent only when nothing is kept', () => {
    const blank = panel();
    const typed = JSON.parse(JSON.stringify(blank));
    typed.bandTableCsv = 'role,level,mid';
    const save = { version: 0, changes: changesBetween(blank, typed), blank };
    expect(saveOnto({ state: null, version: 0 }, save).next).toEqual({ state: typed, version: 1 });
    const other = { ...(panel() as object), offers: [offer('Kept', '1')] };
    expect(saveOnto({ state: other, version: 4 }, save).next).toEqual({
      state: { ...other, bandTableCsv: 'role,level,mid' },
      version: 5,
    });
  });
});

describe('readStateSave', () => {
  it('refuses what is not a save, and a path that is not field names and small indexes', () => {
    expect(readStateSave({ state: {}, version: 3 })).toBeUndefined();
    expect(readStateSave({ version: '3', changes: [] })).toBeUndefined();
    expect(readStateSave({ version: 3, changes: [{ path: 'offers', was: '-' }] })).toBeUndefined();
    expect(readStateSave({ version: 3, changes: [{ path: [{}], was: '-' }] })).toBeUndefined();
    expect(readStateSave({ version: 3, changes: [{ path: [-1], was: '-' }] })).toBeUndefined();
    expect(readStateSave({ version: 3, changes: [{ path: [1e9], was: '-' }] })).toBeUndefined();
    expect(readStateSave({ version: 3, changes: [{ path: ['rival'], was: '-', to: 1 }] })).toEqual({
      version: 3,
      changes: [{ path: ['rival'], was: '-', to: 1 }],
    });
  });
});

describe('keptText and readKept (Excel settings, local storage)', () => {
  it('read back what was kept, an older bare state as version 0, and an unreadable value as nothing kept', () => {
    const kept = { state: panel(), version: 9 };
    expect(readKept(keptText(kept))).toEqual(kept);
    expect(readKept(JSON.stringify(panel()))).toEqual({ state: panel(), version: 0 });
    expect(readKept(panel())).toEqual({ state: panel(), version: 0 });
    for (const nothing of [null, undefined, '', '{"offers":[', 'null'])
      expect(readKept(nothing)).toEqual({ state: null, version: 0 });
  });
});
