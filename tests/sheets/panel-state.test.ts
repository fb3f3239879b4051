/**
 * The panel's saved inputs in the built Code.js, with two sidebars on one document: every
 * interleaving of two panes' load, edit and save (and a third pane reopening meanwhile) against a
 * store that enforces Apps Script's limits (9 KB a value, 500 KB a store) and a document lock.
 * Nothing either pane typed is lost without the later pane being told; nothing is rolled back; one
 * setProperties a save; versions are the server's counter, and none stops later saves.
 */
import { changesBetween } from '../../core/index';
import type { KeptState, StateSaved } from '../../core/index';
import { CODE_JS, ensureBuilt, loadAddon } from '../../testkit/sheets/addon';
import { Call, Executions, Outcome } from '../../testkit/sheets/concurrent';
import { saveRequest, saveWhole } from '../../testkit/sheets/panel-saves';
import { FakeProperties, PROPERTY_STORE_LIMIT } from '../../testkit/sheets/services';

type State = {
  version: 1;
  offers: { label: string; base: string }[];
  bandTableCsv: string;
  benchmark: { role: string };
};

/** A pasted band table of ~45 KB, in 2-, 3- and 4-byte characters: it needs parts. */
const BIG_CSV = Array.from(
  { length: 700 },
  (_, i) => `Rôle ${i},Senior,${100000 + i},${150000 + i},EUR,Zürich €,\u{1F4B6}`,
).join('\n');

const panel = (csv = ''): State => ({
  version: 1,
  offers: [
    { label: 'Offer A', base: '200000' },
    { label: 'Offer B', base: '150000' },
  ],
  bandTableCsv: csv,
  benchmark: { role: '' },
});
const BLANK: State = {
  version: 1,
  offers: [{ label: 'Offer A', base: '' }],
  bandTableCsv: '',
  benchmark: { role: '' },
};
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

type Pane = 'A' | 'B';
interface Scenario {
  name: string;
  /** kept before either pane loads (null: nothing yet) */
  initial: State | null;
  edit: Record<Pane, (state: State) => void>;
  /** what is kept at the end, given which pane saved later */
  final(later: Pane): State;
  /** the fields the later pane is told both changed (none when they touched different fields) */
  conflicts: (later: Pane) => unknown[];
}

const SCENARIOS: Scenario[] = [
  {
    name: 'A edits a base, B pastes a band table (split into parts)',
    initial: panel(),
    edit: {
      A: (s) => {
        s.offers[0].base = '210000';
      },
      B: (s) => {
        s.bandTableCsv = BIG_CSV;
      },
    },
    final: () => ({ ...panel(BIG_CSV), offers: [{ label: 'Offer A', base: '210000' }, panel().offers[1]] }),
    conflicts: () => [],
  },
  {
    name: 'both edit the same base: the later wins and is told',
    initial: panel(BIG_CSV),
    edit: {
      A: (s) => {
        s.offers[0].base = '210000';
      },
      B: (s) => {
        s.offers[0].base = '190000';
        s.benchmark.role = 'LLMOps';
      },
    },
    final: (later) => ({
      ...panel(BIG_CSV),
      offers: [{ label: 'Offer A', base: later === 'A' ? '210000' : '190000' }, panel().offers[1]],
      benchmark: { role: 'LLMOps' },
    }),
    conflicts: (later) => [
      {
        path: ['offers', 0, 'base'],
        theirs: later === 'A' ? '190000' : '210000',
        mine: later === 'A' ? '210000' : '190000',
        dropped: false,
      },
    ],
  },
  {
    name: 'A adds an offer, B clears the pasted table',
    initial: panel(BIG_CSV),
    edit: {
      A: (s) => {
        s.offers.push({ label: 'Offer C', base: '99000' });
      },
      B: (s) => {
        s.bandTableCsv = '';
      },
    },
    final: () => ({ ...panel(), offers: [...panel().offers, { label: 'Offer C', base: '99000' }] }),
    conflicts: () => [],
  },
  {
    name: "A removes offer B, B edits offer B's base",
    initial: panel(),
    edit: {
      A: (s) => {
        s.offers.splice(1, 1);
      },
      B: (s) => {
        s.offers[1].base = '155000';
      },
    },
    final: (later) =>
      later === 'A'
        ? { ...panel(), offers: [panel().offers[0]] }
        : // The edit came later, but to an offer no longer there: not applied, and said (below).
          { ...panel(), offers: [panel().offers[0]] },
    conflicts: (later) =>
      later === 'A'
        ? [{ path: ['offers', 1], theirs: { label: 'Offer B', base: '155000' }, mine: undefined, dropped: false }]
        : [{ path: ['offers', 1, 'base'], theirs: undefined, mine: '155000', dropped: true }],
  },
  {
    name: 'nothing kept yet: A types a base, B pastes a table, both from a blank panel',
    initial: null,
    edit: {
      A: (s) => {
        s.offers[0].base = '185000';
      },
      B: (s) => {
        s.bandTableCsv = BIG_CSV;
      },
    },
    final: () => ({ ...BLANK, offers: [{ label: 'Offer A', base: '185000' }], bandTableCsv: BIG_CSV }),
    conflicts: () => [],
  },
];

function storeWith(initial: State | null): FakeProperties {
  const properties = new FakeProperties();
  if (initial) saveWhole(loadAddon({ properties }).global, initial);
  properties.writes.length = 0;
  return properties;
}

const kept = (properties: FakeProperties): KeptState =>
  copy(loadAddon({ properties }).global.loadPanelState()) as KeptState;

/** A pane's save: what it loaded, its edit on top, the changes between (as panel/store.ts sends them). */
function paneSave(loaded: KeptState, edit: (s: State) => void): ReturnType<typeof saveRequest> {
  const state = copy((loaded.state as State | null) ?? BLANK);
  edit(state);
  return saveRequest(loaded, state, BLANK);
}

describe('two panes on one document: every interleaving of load, edit and save', () => {
  let executions: Executions;
  beforeAll(async () => {
    ensureBuilt();
    executions = await Executions.start(CODE_JS, 3);
  });
  afterAll(async () => {
    await executions.stop();
  });

  it.each(SCENARIOS)('$name, one after the other (the second pane loads what the first saved)', (scenario) => {
    for (const [first, second] of [
      ['A', 'B'],
      ['B', 'A'],
    ] as [Pane, Pane][]) {
      // B cannot edit offer B once it loaded A's removal of it: that order has nothing to merge.
      if (scenario.name.startsWith('A removes') && first === 'A') continue;
      const properties = storeWith(scenario.initial);
      const server = loadAddon({ properties }).global;
      const one = copy(server.savePanelState(paneSave(kept(properties), scenario.edit[first]))) as StateSaved;
      const two = copy(server.savePanelState(paneSave(kept(properties), scenario.edit[second]))) as StateSaved;
      // The second pane saw the first's change before it edited: nothing to merge, nothing to tell.
      expect([one.conflicts, two.conflicts]).toEqual([[], []]);
      expect(one.state).toBeUndefined();
      expect(two.version).toBe(one.version + 1);
      const end = kept(properties);
      expect(end.version).toBe(two.version);
      expect(end.state).toEqual(scenario.final(second));
    }
  });

  it.each(SCENARIOS)(
    '$name, both loaded before either saved: every order of the two saves and a reopening pane',
    async (scenario) => {
      const loaded = kept(storeWith(scenario.initial));
      const start = JSON.stringify(loaded.state);
      const alone = {
        A: JSON.stringify(afterOne(loaded, scenario, 'A')),
        B: JSON.stringify(afterOne(loaded, scenario, 'B')),
      };
      const calls: Call[] = [
        { fn: 'savePanelState', args: [paneSave(loaded, scenario.edit.A)] },
        { fn: 'savePanelState', args: [paneSave(loaded, scenario.edit.B)] },
        { fn: 'loadPanelState', args: [] },
      ];
      const bad = new Map<string, number>();
      const note = (problem: string) => bad.set(problem, (bad.get(problem) ?? 0) + 1);
      const laterSeen = new Set<Pane>();
      let worstWrites = 0;
      const { runs, exhaustive } = await executions.enumerate(
        calls,
        () => storeWith(scenario.initial),
        (outcome: Outcome) => {
          const [a, b, read] = outcome.results;
          for (const r of outcome.results) if (r.error) note(`a call failed: ${r.error}`);
          if (a.error || b.error) return;
          const answers = { A: a.value as StateSaved, B: b.value as StateSaved };
          const later: Pane = answers.A.version > answers.B.version ? 'A' : 'B';
          const earlier: Pane = later === 'A' ? 'B' : 'A';
          laterSeen.add(later);
          const end = kept(outcome.properties);
          if (JSON.stringify(end.state) !== JSON.stringify(scenario.final(later)))
            note(`kept at the end is not both panes' changes (later: ${later})`);
          if (end.version !== answers[later].version) note('the version kept is not the later save');
          // The earlier pane saved onto what it loaded: nothing to tell it yet.
          if (answers[earlier].conflicts.length) note('the earlier save reported a conflict');
          if (JSON.stringify(answers[later].conflicts) !== JSON.stringify(copy(scenario.conflicts(later))))
            note(
              `the later pane was not told exactly what both changed (got ${JSON.stringify(answers[later].conflicts)})`,
            );
          // The later pane started from an older version: it gets the merged inputs to show.
          if (JSON.stringify(answers[later].state) !== JSON.stringify(end.state))
            note('the later pane was not given the inputs now kept');
          // A pane reopening meanwhile reads a whole state: the one both loaded, or after one save or both.
          const seen = JSON.stringify((read.value as KeptState).state);
          const finished = outcome.finishedBefore[2].filter((i) => i < 2);
          const allowed =
            finished.length === 0
              ? [start, alone.A, alone.B, JSON.stringify(end.state)]
              : finished.length === 1
                ? [finished[0] === 0 ? alone.A : alone.B, JSON.stringify(end.state)]
                : [JSON.stringify(end.state)];
          if (!allowed.includes(seen)) note('the reopening pane read a state no save left (torn or rolled back)');
          worstWrites = Math.max(worstWrites, outcome.properties.writes.length);
        },
      );
      expect(exhaustive).toBe(true);
      expect(runs).toBeGreaterThan(2);
      expect(laterSeen).toEqual(new Set(['A', 'B']));
      expect([...bad]).toEqual([]);
      // One write call per save: setProperties with every part and the head.
      expect(worstWrites).toBe(2);
    },
  );
});

/** What is kept after `pane`'s save alone, onto what both loaded. */
function afterOne(loaded: KeptState, scenario: Scenario, pane: Pane): unknown {
  const properties = storeWith(scenario.initial);
  loadAddon({ properties }).global.savePanelState(paneSave(loaded, scenario.edit[pane]));
  return kept(properties).state;
}

describe('versions', () => {
  it('are the server counter: a save sent with any version of its own changes only what it changed', () => {
    const addon = loadAddon();
    saveWhole(addon.global, panel());
    const start = kept(addon.properties);
    expect(start.version).toBe(1);
    // A pane whose clock ran ahead used to send 1.8e12: the server does not compare it, it merges.
    const edited = copy(panel());
    edited.benchmark.role = 'LLMOps';
    const ahead = { version: 1_800_000_000_000, changes: changesBetween(start.state, edited) };
    expect(copy(addon.global.savePanelState(ahead))).toEqual({ version: 2, conflicts: [], state: edited });
    // And the other pane's next save, from version 1, is neither refused nor erasing.
    const other = copy(panel());
    other.offers[1].base = '151000';
    const answer = copy(addon.global.savePanelState(saveRequest(start, other))) as StateSaved;
    expect(answer.version).toBe(3);
    expect(kept(addon.properties).state).toEqual({ ...edited, offers: [panel().offers[0], other.offers[1]] });
  });

  it.each([Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1, 1e300, -4, 2.5])(
    'a stored version of %p never stops later saves',
    (stuck) => {
      const properties = new FakeProperties();
      const addon = loadAddon({ properties });
      saveWhole(addon.global, panel());
      const head = JSON.parse(properties.store.get('aiComp.offerPanel')!);
      properties.store.set('aiComp.offerPanel', JSON.stringify({ ...head, aiCompStateVersion: stuck }));
      for (const base of ['201000', '202000', '203000']) {
        const loaded = kept(properties);
        const next = copy(loaded.state as State);
        next.offers[0].base = base;
        const answer = copy(addon.global.savePanelState(saveRequest(loaded, next))) as StateSaved;
        expect(answer.conflicts).toEqual([]);
        expect(Number.isSafeInteger(answer.version)).toBe(true);
        expect(answer.version).not.toBe(loaded.version);
        expect((kept(properties).state as State).offers[0].base).toBe(base);
      }
    },
  );
});

describe('one save', () => {
  it('is one setProperties call under the document lock, and a reopening reads it back', () => {
    const addon = loadAddon();
    const big = panel(BIG_CSV);
    expect(saveWhole(addon.global, big)).toEqual({ version: 1, conflicts: [] });
    expect(addon.properties.writes).toEqual([`setProperties ${addon.properties.store.size} deleteAllOthers`]);
    expect(addon.locks.log).toEqual(['tryLock 10000', 'releaseLock']);
    expect(kept(addon.properties)).toEqual({ state: big, version: 1 });
    for (const value of addon.properties.store.values())
      expect(Buffer.byteLength(value, 'utf8')).toBeLessThanOrEqual(9000);
    // A save that changes nothing writes nothing and keeps the version.
    expect(saveWhole(addon.global, big)).toEqual({ version: 1, conflicts: [] });
    expect(addon.properties.writes).toHaveLength(1);
  });

  it("refuses an older sidebar's whole-state save, a forged one, or one while another holds the lock, in words, writing nothing", () => {
    const addon = loadAddon();
    saveWhole(addon.global, panel());
    addon.properties.writes.length = 0;
    expect(() => addon.global.savePanelState(panel(), 2)).toThrow(
      /in a form this add-on does not read, so they were not saved: close the sidebar and open it again/,
    );
    expect(() => addon.global.savePanelState({ version: 1, changes: [{ path: 'offers', was: '-' }] })).toThrow(
      /does not read/,
    );
    addon.locks.heldElsewhere = true;
    const edit = copy(panel());
    edit.bandTableCsv = 'x';
    expect(() => addon.global.savePanelState(saveRequest(kept(addon.properties), edit))).toThrow(
      /Another change to the panel was still being saved, so this one was not/,
    );
    expect(addon.properties.writes).toEqual([]);
    expect(kept(addon.properties).state).toEqual(panel());
  });

  it("keeps the add-on's other document properties", () => {
    const addon = loadAddon();
    addon.properties.setProperty('someOtherSetting', 'on');
    saveWhole(addon.global, panel(BIG_CSV));
    saveWhole(addon.global, panel());
    expect(addon.properties.getProperty('someOtherSetting')).toBe('on');
    expect([...addon.properties.store.keys()].sort()).toEqual([
      'aiComp.offerPanel',
      'aiComp.offerPanel.part.1',
      'someOtherSetting',
    ]);
  });

  it('reads inputs saved by earlier versions of the add-on (one property, or a/b generations), and merges onto them', () => {
    const plain = loadAddon();
    plain.properties.store.set('aiComp.offerPanel', JSON.stringify(panel()));
    expect(plain.global.loadPanelState()).toEqual({ state: panel(), version: 0 });
    const split = loadAddon();
    const text = JSON.stringify(panel(BIG_CSV));
    split.properties.store.set('aiComp.offerPanel', JSON.stringify({ aiCompStateParts: 2, generation: 'b' }));
    split.properties.store.set('aiComp.offerPanel.b.1', text.slice(0, 9000));
    split.properties.store.set('aiComp.offerPanel.b.2', text.slice(9000));
    expect(kept(split.properties).state).toEqual(panel(BIG_CSV));
    // The first versioned save replaces the old parts.
    saveWhole(split.global, panel());
    expect([...split.properties.store.keys()]).toEqual(['aiComp.offerPanel', 'aiComp.offerPanel.part.1']);
  });
});

describe('the size limit', () => {
  /** A state whose JSON is exactly `bytes` long in UTF-8, mostly 2- and 4-byte characters. */
  function stateOfBytes(bytes: number): Record<string, unknown> {
    const base = { version: 1, offers: [], bandTableCsv: '' };
    const room = bytes - Buffer.byteLength(JSON.stringify(base), 'utf8');
    const fours = Math.floor(room / 4) - 10;
    let csv = '\u{1F4B6}'.repeat(fours);
    let left = room - fours * 4;
    while (left >= 2) {
      csv += 'é';
      left -= 2;
    }
    if (left === 1) csv += 'x';
    const state = { ...base, bandTableCsv: csv };
    expect(Buffer.byteLength(JSON.stringify(state), 'utf8')).toBe(bytes);
    return state;
  }

  it('is the stated 240,000 bytes: the largest state saves over the largest state in a store that counts both', () => {
    const addon = loadAddon();
    saveWhole(addon.global, stateOfBytes(240_000));
    const other = stateOfBytes(240_000);
    other.bandTableCsv = `\u{1F4B5}${String(other.bandTableCsv).slice(2)}`;
    expect(saveWhole(addon.global, other)).toEqual({ version: 2, conflicts: [] });
    let used = 0;
    for (const [key, value] of addon.properties.store)
      used += Buffer.byteLength(key, 'utf8') + Buffer.byteLength(value, 'utf8');
    expect(used * 2).toBeLessThanOrEqual(PROPERTY_STORE_LIMIT);
    expect(() => saveWhole(addon.global, stateOfBytes(240_001))).toThrow(
      /take 240,001 bytes, more than the 240,000 a document can keep for this add-on, so this change was not saved \(what was saved before is kept\): the pasted band table alone is/,
    );
    expect(kept(addon.properties).version).toBe(2);
  });

  it('counts the merged inputs: two panes each under the limit cannot together go over it', () => {
    const addon = loadAddon();
    saveWhole(addon.global, { version: 1, offers: [], bandTableCsv: '', bandTableName: '' });
    const loaded = kept(addon.properties);
    const a = { ...(loaded.state as object), bandTableCsv: 'é'.repeat(70_000) };
    const b = { ...(loaded.state as object), bandTableName: 'x'.repeat(150_000) };
    addon.global.savePanelState(saveRequest(loaded, a));
    expect(() => addon.global.savePanelState(saveRequest(loaded, b))).toThrow(/more than the 240,000/);
    expect((kept(addon.properties).state as { bandTableName: string }).bandTableName).toBe('');
  });

  it("turns a quota error of the store into words (the add-on's other properties filling it), keeping what was saved", () => {
    const addon = loadAddon();
    saveWhole(addon.global, panel());
    for (let i = 0; i < 40; i++) addon.properties.setProperty(`other.${i}`, 'x'.repeat(9000));
    expect(() => saveWhole(addon.global, stateOfBytes(200_000))).toThrow(
      /^The spreadsheet refused to keep the panel's inputs \(You have exceeded the property storage quota\. Please remove some properties and try again\.\), so this change was not saved; what was saved before is kept\.$/,
    );
    expect(kept(addon.properties).state).toEqual(panel());
  });
});
