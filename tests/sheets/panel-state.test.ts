/**
 * The panel's saved inputs in the built Code.js: never lost, never rolled back, under every
 * interleaving of overlapping saves and a reopening sidebar's read, against a store that enforces
 * Apps Script's limits (9 KB a value, 500 KB a store) and a document lock; one setProperties a save;
 * the size limit the code states is the one that holds, refused in words above it.
 */
import { saveVersions } from '../../sheets-addon/client/save-versions';
import { CODE_JS, ensureBuilt, loadAddon } from '../../testkit/sheets/addon';
import { Call, Executions, Outcome } from '../../testkit/sheets/concurrent';
import { FakeProperties, PROPERTY_STORE_LIMIT } from '../../testkit/sheets/services';

/** A panel state; `mark` tells which save it came from. Big ones (a pasted table) need parts. */
function panelState(mark: string, big = false): Record<string, unknown> {
  const rows = big
    ? Array.from({ length: 700 }, (_, i) => `Rôle ${i},Senior,${100000 + i},${150000 + i},EUR,Zürich €,\u{1F4B6}`)
    : [];
  return { version: 1, mark, offers: [{ label: `Offer ${mark}`, base: '200000' }], bandTableCsv: rows.join('\n') };
}

interface Scenario {
  name: string;
  /** the saves, in the order the user typed them (so their versions rise) */
  saves: { mark: string; big: boolean }[];
  /** stored before the saves start */
  initial: { mark: string; big: boolean };
}

const SCENARIOS: Scenario[] = [
  {
    name: 'two small saves',
    initial: { mark: 'S1', big: false },
    saves: [
      { mark: 'S2', big: false },
      { mark: 'S3', big: false },
    ],
  },
  {
    name: 'two split saves (pasted tables)',
    initial: { mark: 'S1', big: true },
    saves: [
      { mark: 'S2', big: true },
      { mark: 'S3', big: true },
    ],
  },
  {
    name: 'split then small',
    initial: { mark: 'S1', big: false },
    saves: [
      { mark: 'S2', big: true },
      { mark: 'S3', big: false },
    ],
  },
  {
    name: 'small then split over a split state',
    initial: { mark: 'S1', big: true },
    saves: [
      { mark: 'S2', big: false },
      { mark: 'S3', big: true },
    ],
  },
  {
    name: 'three saves',
    initial: { mark: 'S1', big: true },
    saves: [
      { mark: 'S2', big: false },
      { mark: 'S3', big: true },
      { mark: 'S4', big: false },
    ],
  },
];

/** What went wrong in one interleaving: a reopened panel blank or older than a finished save, or a final state not the newest. */
function problems(outcome: Outcome, scenario: Scenario, finalMark: string | undefined): string[] {
  const found: string[] = [];
  const marks = ['S1', ...scenario.saves.map((s) => s.mark)];
  const read = outcome.results[scenario.saves.length];
  const readMark = (read.value as { mark?: string } | null)?.mark;
  outcome.results.forEach((r, i) => {
    if (r.error) found.push(`call ${i} failed: ${r.error}`);
  });
  if (!readMark) found.push('the reopened panel was blank (lost)');
  else {
    const newestFinished = Math.max(0, ...outcome.finishedBefore[scenario.saves.length].map((i) => i + 1));
    if (marks.indexOf(readMark) < newestFinished)
      found.push(`the reopened panel showed ${readMark} after ${marks[newestFinished]} was saved (rolled back)`);
  }
  const newest = marks[marks.length - 1];
  if (finalMark !== newest)
    found.push(
      finalMark
        ? `the last state kept is ${finalMark}, not ${newest} (rolled back)`
        : 'nothing is kept at the end (lost)',
    );
  return found;
}

describe('overlapping saves and a reopening panel, every interleaving', () => {
  let executions: Executions;
  beforeAll(async () => {
    ensureBuilt();
    executions = await Executions.start(CODE_JS, 4);
  });
  afterAll(async () => {
    await executions.stop();
  });

  it.each(SCENARIOS)('$name: nothing lost, nothing rolled back', async (scenario) => {
    const setup = () => {
      const properties = new FakeProperties();
      loadAddon({ properties }).global.savePanelState(panelState(scenario.initial.mark, scenario.initial.big), 1);
      properties.writes.length = 0;
      return properties;
    };
    const calls: Call[] = [
      ...scenario.saves.map((save, i) => ({ fn: 'savePanelState', args: [panelState(save.mark, save.big), 2 + i] })),
      { fn: 'getPanelState', args: [] },
    ];
    const bad = new Map<string, number>();
    let worstWrites = 0;
    const { runs, exhaustive } = await executions.enumerate(calls, setup, (outcome) => {
      const final = loadAddon({ properties: outcome.properties }).global.getPanelState() as { mark?: string } | null;
      for (const problem of problems(outcome, scenario, final?.mark)) bad.set(problem, (bad.get(problem) ?? 0) + 1);
      worstWrites = Math.max(worstWrites, outcome.properties.writes.length);
    });
    expect(exhaustive).toBe(true);
    expect(runs).toBeGreaterThan(scenario.saves.length);
    expect([...bad]).toEqual([]);
    // One write call per save: setProperties with every part and the head.
    expect(worstWrites).toBe(scenario.saves.length);
  });
});

describe('one save', () => {
  it('is one setProperties call under the document lock, and a reopening reads it back', () => {
    const addon = loadAddon();
    const big = panelState('A', true);
    expect(addon.global.savePanelState(big, 5)).toEqual({ saved: true, version: 5 });
    expect(addon.properties.writes).toEqual([`setProperties ${addon.properties.store.size} deleteAllOthers`]);
    expect(addon.locks.log).toEqual(['tryLock 10000', 'releaseLock']);
    expect(JSON.parse(JSON.stringify(addon.global.loadPanelState()))).toEqual({ state: big, version: 5 });
    for (const value of addon.properties.store.values())
      expect(Buffer.byteLength(value, 'utf8')).toBeLessThanOrEqual(9000);
  });

  it('never overwrites a newer save: an older version arriving late is dropped', () => {
    const addon = loadAddon();
    addon.global.savePanelState(panelState('new'), 7);
    expect(addon.global.savePanelState(panelState('old'), 6)).toEqual({ saved: false, version: 7 });
    expect(addon.global.savePanelState(panelState('same'), 7)).toEqual({ saved: false, version: 7 });
    expect((addon.global.getPanelState() as { mark: string }).mark).toBe('new');
  });

  it('refuses a save without a version, or while another save holds the lock, in words, writing nothing', () => {
    const addon = loadAddon();
    addon.global.savePanelState(panelState('kept'), 1);
    addon.properties.writes.length = 0;
    expect(() => addon.global.savePanelState(panelState('x'))).toThrow(
      /without a version, so they were not saved: reload the sidebar/,
    );
    expect(() => addon.global.savePanelState(panelState('x'), 'soon')).toThrow(/without a version/);
    addon.locks.heldElsewhere = true;
    expect(() => addon.global.savePanelState(panelState('x'), 2)).toThrow(
      /Another change to the panel was still being saved, so this one was not/,
    );
    expect(addon.properties.writes).toEqual([]);
    expect((addon.global.getPanelState() as { mark: string }).mark).toBe('kept');
  });

  it("keeps the add-on's other document properties", () => {
    const addon = loadAddon();
    addon.properties.setProperty('someOtherSetting', 'on');
    addon.global.savePanelState(panelState('A', true), 1);
    addon.global.savePanelState(panelState('B'), 2);
    expect(addon.properties.getProperty('someOtherSetting')).toBe('on');
    expect([...addon.properties.store.keys()].sort()).toEqual([
      'aiComp.offerPanel',
      'aiComp.offerPanel.part.1',
      'someOtherSetting',
    ]);
  });

  it('reads inputs saved by earlier versions of the add-on (one property, or a/b generations)', () => {
    const plain = loadAddon();
    plain.properties.store.set('aiComp.offerPanel', JSON.stringify(panelState('plain')));
    expect(plain.global.loadPanelState()).toEqual({ state: panelState('plain'), version: 0 });
    const split = loadAddon();
    const text = JSON.stringify(panelState('split', true));
    split.properties.store.set('aiComp.offerPanel', JSON.stringify({ aiCompStateParts: 2, generation: 'b' }));
    split.properties.store.set('aiComp.offerPanel.b.1', text.slice(0, 9000));
    split.properties.store.set('aiComp.offerPanel.b.2', text.slice(9000));
    expect((split.global.getPanelState() as { mark: string }).mark).toBe('split');
    // The first versioned save replaces the old parts.
    split.global.savePanelState(panelState('next'), 1);
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
    addon.global.savePanelState(stateOfBytes(240_000), 1);
    expect(addon.global.savePanelState(stateOfBytes(240_000), 2)).toEqual({ saved: true, version: 2 });
    let used = 0;
    for (const [key, value] of addon.properties.store)
      used += Buffer.byteLength(key, 'utf8') + Buffer.byteLength(value, 'utf8');
    expect(used * 2).toBeLessThanOrEqual(PROPERTY_STORE_LIMIT);
    expect(() => addon.global.savePanelState(stateOfBytes(240_001), 3)).toThrow(
      /take 240,001 bytes, more than the 240,000 a document can keep for this add-on, so this change was not saved \(what was saved before is kept\): the pasted band table alone is/,
    );
    expect(addon.global.loadPanelState().version).toBe(2);
  });

  it("turns a quota error of the store into words (the add-on's other properties filling it), keeping what was saved", () => {
    const addon = loadAddon();
    addon.global.savePanelState(panelState('kept'), 1);
    for (let i = 0; i < 40; i++) addon.properties.setProperty(`other.${i}`, 'x'.repeat(9000));
    expect(() => addon.global.savePanelState(stateOfBytes(200_000), 2)).toThrow(
      /^The spreadsheet refused to keep the panel's inputs \(You have exceeded the property storage quota\. Please remove some properties and try again\.\), so this change was not saved; what was saved before is kept\.$/,
    );
    expect((addon.global.getPanelState() as { mark: string }).mark).toBe('kept');
  });
});

describe('the versions the sidebar sends', () => {
  it('rise with every save, start above what was loaded, and follow the clock', () => {
    let clock = 1000;
    const versions = saveVersions(() => clock);
    expect(versions.next()).toBe(1000);
    expect(versions.next()).toBe(1001);
    // Another sidebar (or a clock ahead of this one) saved 5000: this sidebar continues above it.
    versions.loaded(5000);
    expect(versions.next()).toBe(5001);
    clock = 9000.7;
    expect(versions.next()).toBe(9000);
    // A clock set back never makes a version go down.
    clock = 10;
    expect(versions.next()).toBe(9001);
  });
});
