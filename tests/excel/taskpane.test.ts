/**
 * The built task pane (dist/excel-addin/taskpane.html) in headless Chromium, with office.js
 * replaced by our fake (fake-office.js) that records loads, syncs and writes like Excel's proxy
 * model. Checks: the shared-runtime page registers the functions, inputs are kept in document
 * settings, "Fill from selected row" reads the header and selected row, and "Insert into sheet"
 * writes one batched formulas block at the active cell, never over non-empty cells without asking.
 * Without Office.js the same page opens in standalone mode. No request leaves the test.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../testkit/chromium';
import { CATALOG } from '../../core';
import { distFile, DIST } from '../../testkit/excel/built';
import { SETTINGS_KEY } from '../../excel-addin/src/document-settings';
import type { PanelState } from '../../panel/state';

const ORIGIN = 'https://addin.test';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const FAKE_OFFICE = fs.readFileSync(path.join(__dirname, 'fake-office.js'), 'utf8');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
};

interface FakeState {
  cells: Record<string, { value: unknown; formula: unknown }>;
  writes: { address: string; formulas: unknown[][]; atSync: number }[];
  syncs: number;
  runs: number;
  loads: { props: string }[];
  settings: Record<string, unknown>;
  document: Record<string, unknown>;
  refreshes: number;
  savedSettings: Record<string, unknown>[];
  associated: string[];
  names: Record<string, { name: string; formula: string; comment?: string }>;
  namesAdded: { name: string; formula: string; comment?: string; atSync: number }[];
  charts: {
    type: string;
    seriesBy: string;
    title: string;
    position: [string, string | null];
    source: string;
    atSync: number;
  }[];
  active: { row: number; col: number };
}

let browser: Browser;
beforeAll(async () => {
  distFile('taskpane.html');
  distFile('panel.js');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface OpenOptions {
  office: boolean;
  cells?: Record<string, { value: unknown; formula?: unknown }>;
  active?: { row: number; col: number };
  settings?: Record<string, unknown>;
  /** how many of the pane's settings.refreshAsync calls fail */
  failRefreshes?: number;
  names?: Record<string, { name: string; formula: string }>;
  /** how long the fake Office.onReady takes, and the host it reports (null: a browser outside Office) */
  readyDelayMs?: number;
  readyHost?: string | null;
  /** install Playwright's fake clock before the page loads (the test advances time itself) */
  clock?: boolean;
  waitForPanel?: boolean;
}

async function openPane(options: OpenOptions): Promise<{ page: Page; errors: string[]; outside: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  const outside: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(
    (setup) => {
      (window as unknown as { __fakeSetup: unknown }).__fakeSetup = setup;
    },
    {
      cells: Object.fromEntries(
        Object.entries(options.cells ?? {}).map(([k, v]) => [k, { value: v.value, formula: v.formula ?? v.value }]),
      ),
      active: options.active ?? { row: 1, col: 0 },
      settings: options.settings ?? {},
      failRefreshes: options.failRefreshes ?? 0,
      names: options.names ?? {},
      ...(options.readyDelayMs === undefined ? {} : { readyDelayMs: options.readyDelayMs }),
      ...(options.readyHost === undefined ? {} : { readyHost: options.readyHost }),
    },
  );
  if (options.clock) await page.clock.install();
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      if (options.office) await route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_OFFICE });
      else await route.abort('internetdisconnected'); // offline, or a browser outside Office
      return;
    }
    if (url.startsWith(`${ORIGIN}/`)) {
      const file = path.join(DIST, decodeURIComponent(new URL(url).pathname));
      if (file.startsWith(DIST) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        await route.fulfill({
          status: 200,
          contentType: TYPES[path.extname(file)] ?? 'application/octet-stream',
          body: fs.readFileSync(file),
        });
      } else {
        await route.fulfill({ status: 404, body: 'not found' });
      }
      return;
    }
    outside.push(url);
    await route.abort();
  });
  await page.goto(`${ORIGIN}/taskpane.html`);
  if (options.waitForPanel !== false) await page.waitForSelector('#insert', { timeout: 20000 });
  return { page, errors, outside };
}

const fakeState = (page: Page) => page.evaluate(() => (window as unknown as { __fake: FakeState }).__fake);

const TRACKER = {
  A1: { value: 'Candidate' },
  B1: { value: 'Base salary' },
  C1: { value: 'Target bonus' },
  D1: { value: 'Equity grant' },
  E1: { value: 'Company type' },
  F1: { value: 'Vesting' },
  G1: { value: 'Sign-on' },
  A2: { value: 'Acme AI' },
  B2: { value: 210000 },
  C2: { value: 0.15 },
  D2: { value: 400000 },
  E2: { value: 'public' },
  F2: { value: '4y-1y-cliff-monthly' },
  G2: { value: 25000 },
  A3: { value: 'Beta Labs' },
  B3: { value: 190000 },
  C3: { value: 0.1 },
  D3: { value: 300000 },
  E3: { value: 'startup' },
  F3: { value: '4y' },
  G3: { value: 10000 },
};

describe('inside Excel (fake Office.js)', () => {
  test('the shared-runtime page registers every custom function and mounts the panel on the Excel bridge', async () => {
    const { page, errors, outside } = await openPane({ office: true });
    await page.waitForFunction(() => document.body.dataset.host === 'excel');
    expect(await page.getAttribute('#offer-panel', 'data-host')).toBe('excel');
    const fake = await fakeState(page);
    expect([...fake.associated].sort()).toEqual(CATALOG.map((s) => s.name).sort());
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  test('inputs come back from document settings, and edits are saved there with saveAsync', async () => {
    const saved = {
      version: 1,
      offers: [
        {
          label: 'Kept <b>offer</b>',
          base: '199000',
          bonusTarget: '12%',
          bonusPayout: '',
          equityMode: 'grant',
          equityGrant: '',
          shares: '',
          strike: '',
          price: '',
          companyType: 'public',
          discount: '',
          schedule: '',
          signOn: '',
          years: '4',
          refresh: '',
        },
      ],
      benchmark: { role: 'LLMOps', level: 'Senior', offerIndex: 0 },
    };
    const { page, errors } = await openPane({ office: true, settings: { [SETTINGS_KEY]: JSON.stringify(saved) } });
    await page.waitForFunction(
      () => (document.getElementById('o0-base') as HTMLInputElement | null)?.value === '199000',
    );
    expect(await page.inputValue('#o0-label')).toBe('Kept <b>offer</b>');
    expect(await page.inputValue('#o0-bonusTarget')).toBe('12%');
    await page.fill('#o0-base', '205000');
    await page.waitForFunction(
      () => (window as unknown as { __fake: FakeState }).__fake.savedSettings.length > 0,
      undefined,
      { timeout: 10000 },
    );
    const fake = await fakeState(page);
    const last = fake.savedSettings[fake.savedSettings.length - 1];
    const { state, aiCompStateVersion } = JSON.parse(last[SETTINGS_KEY] as string);
    // The bare state an older add-on saved read as version 0; the first save keeps version 1 with it.
    expect(aiCompStateVersion).toBe(1);
    expect(state.offers[0].base).toBe('205000');
    expect(state.offers[0].label).toBe('Kept <b>offer</b>');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("Fill from selected row reads the header row and the active cell's row in batched reads", async () => {
    const { page, errors } = await openPane({ office: true, cells: TRACKER, active: { row: 2, col: 3 } }); // D3: Beta Labs
    const before = await fakeState(page);
    await page.click('#o0-fill');
    await page.click('#o0-fill-apply');
    await page.waitForFunction(() => (document.getElementById('o0-base') as HTMLInputElement).value !== '');
    expect(await page.inputValue('#o0-base')).toBe('190000');
    expect(await page.inputValue('#o0-equityGrant')).toBe('300000');
    const after = await fakeState(page);
    expect(after.runs - before.runs).toBe(1);
    expect(after.syncs - before.syncs).toBe(2); // locate, then header + row together
    expect(after.writes).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('Fill from selected row on the header row says to select an offer row', async () => {
    const { page } = await openPane({ office: true, cells: TRACKER, active: { row: 0, col: 1 } });
    await page.click('#o0-fill');
    await page.waitForFunction(() =>
      /below the header row/.test(document.getElementById('o0-status')?.textContent ?? ''),
    );
    expect(await page.inputValue('#o0-base')).toBe('');
    await page.context().close();
  });

  async function paneWithOffer(cells: OpenOptions['cells'], active: { row: number; col: number }) {
    const opened = await openPane({ office: true, cells, active });
    await opened.page.fill('#o0-base', '200000');
    await opened.page.fill('#o0-bonusTarget', '0.15');
    await opened.page.fill('#o0-equityGrant', '400000');
    await opened.page.fill('#o0-schedule', '4y-1y-cliff-monthly');
    await opened.page.fill('#o0-signOn', '20000');
    return opened;
  }

  test('Insert into sheet writes one formulas block at the active cell when the target is empty', async () => {
    const { page, errors } = await paneWithOffer({ A1: { value: 'notes' } }, { row: 4, col: 8 }); // I5
    const before = await fakeState(page);
    await page.click('#insert');
    await page.waitForFunction(
      () => /Inserted/.test(document.getElementById('insert-status')?.textContent ?? ''),
      undefined,
      { timeout: 10000 },
    );
    const fake = await fakeState(page);
    expect(fake.writes).toHaveLength(1);
    const write = fake.writes[0];
    expect(write.address.startsWith('Sheet1!I5:')).toBe(true);
    const flat = write.formulas.flat().map(String);
    expect(flat.some((f) => f.startsWith('=AI.OFFERTABLE('))).toBe(true);
    expect(flat.some((f) => f.startsWith('=AIOFFERTABLE('))).toBe(false); // Excel spelling, not Sheets'
    expect(fake.runs - before.runs).toBe(1);
    expect(fake.syncs - before.syncs).toBe(4); // read the target, one batched write, add the chart, place it
    expect(fake.cells.A1.value).toBe('notes');
    expect(await page.textContent('#insert-status')).toContain('Sheet1!I5:');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a non-empty target cell is not overwritten without asking; Cancel writes nothing, Overwrite writes once', async () => {
    const { page, errors } = await paneWithOffer({ J6: { value: 'keep me' } }, { row: 4, col: 8 }); // I5, J6 inside the block
    await page.click('#insert');
    await page.waitForSelector('#insert-confirm:not([hidden])');
    const text = await page.textContent('#insert-confirm');
    expect(text).toContain('J6');
    let fake = await fakeState(page);
    expect(fake.writes).toEqual([]);
    expect(fake.cells.J6.value).toBe('keep me');

    await page.click('#cancel-overwrite');
    await page.waitForSelector('#insert-confirm', { state: 'hidden' });
    fake = await fakeState(page);
    expect(fake.writes).toEqual([]);
    expect(fake.cells.J6.value).toBe('keep me');

    await page.click('#insert');
    await page.waitForSelector('#insert-confirm:not([hidden])');
    await page.click('#confirm-overwrite');
    await page.waitForFunction(() => (window as unknown as { __fake: FakeState }).__fake.writes.length > 0, undefined, {
      timeout: 10000,
    });
    fake = await fakeState(page);
    expect(fake.writes).toHaveLength(1);
    expect(fake.writes[0].address.startsWith('Sheet1!I5:')).toBe(true);
    expect(fake.cells.J6.value).not.toBe('keep me');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a formula that shows an empty value still counts as non-empty', async () => {
    const { page } = await paneWithOffer({ I5: { value: '', formula: '=IF(TRUE,"")' } }, { row: 4, col: 8 });
    await page.click('#insert');
    await page.waitForSelector('#insert-confirm:not([hidden])');
    expect(await page.textContent('#insert-confirm')).toContain('I5');
    expect((await fakeState(page)).writes).toEqual([]);
    await page.context().close();
  });
});

describe('co-authoring: document settings shared by two people (issue 18)', () => {
  const saved = (offerBase: string, extra: Record<string, unknown> = {}, version = 3) =>
    JSON.stringify({
      aiCompStateVersion: version,
      state: {
        version: 1,
        offers: [{ label: 'Kept offer', base: offerBase, companyType: 'public', years: '4' }],
        benchmark: { source: 'aitechconnect', role: 'LLMOps', level: 'Senior', offerIndex: 0 },
        bandTableCsv: '',
        bandTableName: '',
        ...extra,
      },
    });
  const lastSaved = async (page: Page) => {
    const all = (await fakeState(page)).savedSettings;
    return JSON.parse(all[all.length - 1][SETTINGS_KEY] as string) as {
      aiCompStateVersion: number;
      state: PanelState;
    };
  };

  test("a co-author's save (settingsChanged) is shown, and this pane's next save keeps it", async () => {
    const { page, errors } = await openPane({ office: true, settings: { [SETTINGS_KEY]: saved('199000') } });
    await page.waitForFunction(
      () => (document.getElementById('o0-base') as HTMLInputElement | null)?.value === '199000',
    );
    // Another person pastes a band table in their pane; Excel on the web tells this pane.
    await page.evaluate(
      (value) =>
        (window as unknown as { __fake: { coauthorSaves(k: string, v: string): void } }).__fake.coauthorSaves(
          'aiComp.offerPanel',
          value,
        ),
      saved('199000', { bandTableCsv: 'role,level,mid\nLLMOps,Senior,190000' }, 4),
    );
    await page.waitForFunction(() =>
      (document.getElementById('band-table-text') as HTMLTextAreaElement).value.includes('LLMOps,Senior'),
    );
    expect(await page.textContent('#panel-status')).toContain(
      'Changed in another pane, now shown here: the pasted band table',
    );
    await page.fill('#o0-base', '205000');
    await page.waitForFunction(() => (window as unknown as { __fake: FakeState }).__fake.savedSettings.length > 0);
    const kept = await lastSaved(page);
    expect(kept.state.offers[0].base).toBe('205000');
    expect(kept.state.bandTableCsv).toBe('role,level,mid\nLLMOps,Senior,190000');
    expect(kept.aiCompStateVersion).toBe(5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a co-author who saved unheard (no settingsChanged on the desktop) is merged, not overwritten: every save refreshes first', async () => {
    const { page, errors } = await openPane({ office: true, settings: { [SETTINGS_KEY]: saved('199000') } });
    await page.waitForFunction(
      () => (document.getElementById('o0-base') as HTMLInputElement | null)?.value === '199000',
    );
    await page.evaluate(
      (value) => {
        const fake = (window as unknown as { __fake: { document: Record<string, unknown> } }).__fake;
        fake.document['aiComp.offerPanel'] = value;
      },
      saved('199000', { bandTableName: 'TheirBands' }, 4),
    );
    await page.fill('#o0-base', '205000');
    await page.waitForFunction(() => (window as unknown as { __fake: FakeState }).__fake.savedSettings.length > 0);
    const kept = await lastSaved(page);
    expect(kept.state.offers[0].base).toBe('205000');
    expect(kept.state.bandTableName).toBe('TheirBands');
    await page.waitForFunction(
      () => (document.getElementById('band-table-name') as HTMLInputElement).value === 'TheirBands',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a first read that fails saves nothing; the retry shows the kept inputs', async () => {
    const { page, errors } = await openPane({
      office: true,
      settings: { [SETTINGS_KEY]: saved('199000') },
      failRefreshes: 1,
      waitForPanel: false,
    });
    await page.waitForSelector('#load-failed');
    expect(await page.textContent('#panel-status')).toContain(
      "Could not load the saved inputs: the panel's saved inputs could not be read from this workbook (We could not reach the workbook.). Nothing is saved until they load",
    );
    await page.waitForFunction(
      () => (document.getElementById('o0-base') as HTMLInputElement | null)?.value === '199000',
    );
    expect((await fakeState(page)).savedSettings).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('band table as a named range (Excel bridge nameRange)', () => {
  const CSV = 'role,level,min,max,as of\nLLMOps,Senior,160000,220000,2025-07-01\nLLMOps,Mid,140000,180000,2025-07-01';

  test('the table is written at the active cell, then named over exactly that range with workbook.names.add; the CSV and the name are kept in document settings', async () => {
    const { page, errors } = await openPane({ office: true, active: { row: 1, col: 7 } }); // H2
    await page.fill('#band-table-text', CSV);
    await page.fill('#band-table-name', 'MyBands');
    await page.click('#band-table-insert');
    await page.waitForFunction(
      () => /Inserted/.test(document.getElementById('band-table-status')?.textContent ?? ''),
      undefined,
      { timeout: 10000 },
    );
    const fake = await fakeState(page);
    expect(fake.writes).toHaveLength(1);
    expect(fake.writes[0].address).toBe('Sheet1!H2:L4');
    expect(fake.namesAdded).toHaveLength(1);
    expect(fake.namesAdded[0]).toMatchObject({ name: 'MyBands', formula: '=Sheet1!$H$2:$L$4' });
    // named after the cells were written, never before
    expect(fake.namesAdded[0].atSync).toBeGreaterThanOrEqual(fake.writes[0].atSync);
    expect(await page.textContent('#band-table-status')).toBe(
      'Inserted at Sheet1!H2:L4 and named MyBands: later formulas in this workbook can use it by that name.',
    );
    expect(await page.textContent('#band-table-usage')).toBe(
      'Use it as the source: =AI.BAND("LLMOps","Senior","mid",,MyBands)',
    );
    await page.waitForFunction(
      () => {
        const saved = (window as unknown as { __fake: FakeState }).__fake.savedSettings;
        return saved.some((s) => String(s['aiComp.offerPanel'] ?? '').includes('MyBands'));
      },
      undefined,
      { timeout: 10000 },
    );
    const saved = (await fakeState(page)).savedSettings;
    const { state } = JSON.parse(saved[saved.length - 1][SETTINGS_KEY] as string);
    expect(state.bandTableCsv).toBe(CSV);
    expect(state.bandTableName).toBe('MyBands');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a name that already refers to another range is not moved: the table is written, and the status says where the name points', async () => {
    const { page, errors } = await openPane({
      office: true,
      active: { row: 1, col: 7 },
      names: { mybands: { name: 'MyBands', formula: '=Sheet1!$A$1:$C$9' } },
    });
    await page.fill('#band-table-text', CSV);
    await page.fill('#band-table-name', 'mybands');
    await page.click('#band-table-insert');
    await page.waitForFunction(
      () => /not named/.test(document.getElementById('band-table-status')?.textContent ?? ''),
      undefined,
      { timeout: 10000 },
    );
    const fake = await fakeState(page);
    expect(fake.writes).toHaveLength(1);
    expect(fake.namesAdded).toEqual([]);
    expect(fake.names.mybands.formula).toBe('=Sheet1!$A$1:$C$9');
    expect(await page.textContent('#band-table-status')).toBe(
      'Inserted at Sheet1!H2:L4, but it was not named mybands: the name MyBands already refers to Sheet1!$A$1:$C$9 in this workbook; choose another name, or delete that one in Formulas › Name Manager first',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('outside Office (office.js unavailable)', () => {
  test("the same page opens in standalone mode with the panel's own bridge, without errors", async () => {
    const { page, errors, outside } = await openPane({ office: false });
    await page.waitForFunction(() => document.body.dataset.host === 'standalone');
    expect(await page.getAttribute('#offer-panel > div', 'data-host')).toBe('standalone');
    expect(await page.isVisible('.pane-standalone-note')).toBe(true);
    expect(await page.$('#preview')).not.toBeNull();
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });
});

describe('waiting for Office.onReady', () => {
  test('inside Excel, a start slower than any timeout (7 s) still mounts the Excel bridge, never the standalone demo', async () => {
    const { page, errors, outside } = await openPane({
      office: true,
      readyDelayMs: 7000,
      clock: true,
      waitForPanel: false,
    });
    await page.waitForSelector('.pane-waiting');
    await page.clock.runFor(5500); // past the 5 s the pane used to give Office before going standalone
    expect(await page.evaluate(() => document.body.dataset.host ?? null)).toBeNull();
    expect(await page.$('.pane-standalone-note')).toBeNull();
    expect(await page.isVisible('.pane-waiting')).toBe(true);
    await page.clock.runFor(2000);
    await page.clock.resume();
    await page.waitForSelector('#insert', { timeout: 20000 });
    expect(await page.evaluate(() => document.body.dataset.host)).toBe('excel');
    expect(await page.$('.pane-standalone-note')).toBeNull();
    expect(await page.$('.pane-waiting')).toBeNull();
    expect((await fakeState(page)).associated.sort()).toEqual(CATALOG.map((s) => s.name).sort());
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  test('office.js loaded in a plain browser (Office reports no host): standalone mode', async () => {
    const { page, errors } = await openPane({ office: true, readyHost: null });
    await page.waitForFunction(() => document.body.dataset.host === 'standalone');
    expect(await page.isVisible('.pane-standalone-note')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
