/**
 * Issue 15 item 5 in the panel: a 100,000-row band table pasted into the importer. Timings belong
 * to bench/panel-paste.bench.ts (DEVELOPERS.md: no timed assertions); this file holds the
 * structural facts that keep the panel responsive: the paste is read once (not per keystroke, and
 * never again while the user types elsewhere), the preview holds a bounded number of rows, saved
 * state does not carry the 100,000-row text (and the user is told), and the host's refusal is
 * shown with Insert disabled before any click. Plus: the panel's host limits are the servers',
 * and the role's rows the panel hands the core answer as the whole table does.
 */
import { Page } from 'playwright-core';
import { callByName } from '../../core/registry';
import { parseBandTableCsv } from '../../core/band/band-table-csv';
import { MAX_BLOCK_CHARACTERS, MAX_BLOCK_COLUMNS, MAX_BLOCK_ROWS } from '../../sheets-addon/server/request-checks';
import * as fs from 'fs';
import * as path from 'path';
import { blockRefusal, SHEETS_BLOCK, STATE_LIMIT_BYTES } from '../../panel/host-limits';
import { userSourceGrid, WHOLE_TABLE_ROWS } from '../../panel/user-source';
import { PanelState } from '../../panel/state';
import { FakeHost, typeInto, usePanelBrowser, waitFor } from './panel-harness';
import { bigBandCsv, LEVELS } from '../../testkit/panel/big-band-csv';

const { open } = usePanelBrowser(320);

const parses = async (page: Page): Promise<number> =>
  Number((await page.getAttribute('#band-tables', 'data-parses')) ?? 0);

/** A paste as the browser delivers it (one input event), after two keystrokes typed into the box. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((csv) => {
    const area = document.getElementById('band-table-text') as HTMLTextAreaElement;
    for (const value of ['r', 'ro', csv]) {
      area.value = value;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, text);
}

describe('a 100,000-row paste into the band-table importer', () => {
  const csv = bigBandCsv(100_000);

  test("is read once, previews a bounded number of rows, is not saved with the state, and Sheets' refusal is shown before any click", async () => {
    const host = new FakeHost('sheets');
    const page = await open(host);
    const before = await parses(page);
    await paste(page, csv);
    await page.waitForSelector('#band-table-summary:has-text("100000 rows read")', { timeout: 60000 });
    expect(await parses(page)).toBe(before + 1);
    // The text is held out of the box (a browser edits a 6 MB text box at seconds a keystroke), said in words.
    expect(await page.isHidden('#band-table-text')).toBe(true);
    expect(await page.textContent('#band-table-held')).toContain('100,001 lines');
    // The preview is bounded; every row was still read.
    expect(await page.locator('#band-table-grid tbody tr').count()).toBeLessThanOrEqual(50);
    expect(await page.textContent('#band-table-more')).toContain('99,950 more rows');
    // Sheets takes at most 500 rows a block: said, and Insert is off, before anything is clicked.
    expect(await page.isVisible('#band-table-refusal')).toBe(true);
    expect(await page.textContent('#band-table-refusal')).toContain('at most 500 rows');
    expect(await page.isDisabled('#band-table-insert')).toBe(true);
    expect(host.calls.filter((c) => c.method === 'writeCells')).toEqual([]);

    // The table is used: the benchmark can read LLMOps Senior from it.
    await page.selectOption('#bench-source-choice', 'user');
    await page.selectOption('#bench-role', 'LLMOps');
    await page.selectOption('#bench-level', 'Senior');
    await page.waitForSelector('#bench-mid[data-value="190000"]');

    // Typing elsewhere never reads the table again.
    await typeInto(page, '#o0-base', '185000');
    await typeInto(page, '#band-table-name', 'BigTable');
    await page.waitForSelector('#bench-compa[data-value]');
    expect(await parses(page)).toBe(before + 1);

    // Saved state does not hold the 100,000-row text, and the user is told in words.
    await waitFor(() => (host.state as PanelState | null)?.offers?.[0]?.base === '185000', 'the state to be saved');
    const saved = host.state as PanelState;
    expect(saved.bandTableCsv).toBe('');
    expect(saved.bandTableName).toBe('BigTable');
    expect(Buffer.byteLength(JSON.stringify(saved))).toBeLessThan(STATE_LIMIT_BYTES);
    expect(await page.textContent('#band-table-saved')).toMatch(/too large to save .* not kept/);

    // Clear empties it and brings the text box back.
    await page.click('#band-table-clear');
    expect(await page.isVisible('#band-table-text')).toBe(true);
    expect(await page.isDisabled('#band-table-insert')).toBe(true);
    expect(await page.isHidden('#band-table-saved')).toBe(true);
    expect(await page.isHidden('#band-table-held')).toBe(true);
  });

  test('Excel refuses it too (about 5 MB a request), and a small table in Sheets is saved and can be inserted', async () => {
    const excel = new FakeHost('excel');
    const page = await open(excel);
    await paste(page, csv);
    await page.waitForSelector('#band-table-refusal:not([hidden])', { timeout: 60000 });
    expect(await page.textContent('#band-table-refusal')).toMatch(/Excel takes about 5 MB in one request/);
    expect(await page.isDisabled('#band-table-insert')).toBe(true);

    const sheets = new FakeHost('sheets');
    const small = await open(sheets);
    const text = bigBandCsv(400);
    await paste(small, text);
    await small.waitForSelector('#band-table-summary:has-text("400 rows read")');
    expect(await small.isHidden('#band-table-refusal')).toBe(true);
    expect(await small.isDisabled('#band-table-insert')).toBe(false);
    await waitFor(() => (sheets.state as PanelState | null)?.bandTableCsv === text, 'the small table to be saved');
    expect(await small.isHidden('#band-table-saved')).toBe(true);
  });
});

describe('host limits', () => {
  test("the panel's Sheets limits are the server's", () => {
    expect(SHEETS_BLOCK).toEqual({
      rows: MAX_BLOCK_ROWS,
      columns: MAX_BLOCK_COLUMNS,
      characters: MAX_BLOCK_CHARACTERS,
    });
    // panel-state.ts runs on Apps Script globals, so its constant is read from its text
    const server = fs.readFileSync(path.join(__dirname, '../../sheets-addon/server/panel-state.ts'), 'utf8');
    const stated = /export const MAX_STATE_TOTAL_BYTES = ([\d_]+);/.exec(server)?.[1];
    expect(Number(stated?.replace(/_/g, ''))).toBe(STATE_LIMIT_BYTES);
  });

  test('each limit is named at its edge', () => {
    const rows = (n: number, columns = 2): string[][] =>
      Array.from({ length: n }, () => Array.from({ length: columns }, () => 'x'));
    expect(blockRefusal(rows(500), 'sheets')).toBeUndefined();
    expect(blockRefusal(rows(501), 'sheets')).toMatch(/at most 500 rows from the panel at once; this table has 501/);
    expect(blockRefusal(rows(2, 101), 'sheets')).toMatch(/at most 100 columns/);
    expect(blockRefusal([['y'.repeat(50_000)]], 'sheets')).toBeUndefined();
    expect(blockRefusal([['y'.repeat(50_001)]], 'sheets')).toMatch(/at most 50,000 in a cell/);
    expect(blockRefusal([['y'.repeat(32_767)]], 'excel')).toBeUndefined();
    expect(blockRefusal([['y'.repeat(32_768)]], 'excel')).toMatch(/Excel takes at most 32,767 in a cell/);
    expect(blockRefusal(rows(501), 'excel')).toBeUndefined();
    expect(
      blockRefusal(
        rows(10_000, 1).map(() => ['z'.repeat(300)]),
        'excel',
      ),
    ).toMatch(/about 5 MB/);
    expect(blockRefusal(rows(100_000), 'standalone')).toBeUndefined();
  });
});

describe('the rows of a large table handed to the core', () => {
  const reading = parseBandTableCsv(bigBandCsv(2_000));
  const whole = reading.grid.map((row) => [...row]);

  test('answer every figure, grade and source as the whole table does', () => {
    expect(reading.grid.length).toBeGreaterThan(WHOLE_TABLE_ROWS);
    for (const role of ['LLMOps', 'Family 7', 'Family 399']) {
      const part = userSourceGrid(reading, role);
      expect(part.filter((row) => row.some((cell) => cell !== '')).length).toBe(6);
      expect(userSourceGrid(reading, role)).toBe(part); // kept, so the core's table cache answers a redraw
      for (const level of LEVELS) {
        for (const stat of [null, 'mid', 'grade']) {
          expect(callByName('BAND', [role, level, stat, null, part])).toEqual(
            callByName('BAND', [role, level, stat, null, whole]),
          );
        }
        expect(callByName('SOURCE', [role, level, 'mid', null, part])).toEqual(
          callByName('SOURCE', [role, level, 'mid', null, whole]),
        );
      }
    }
  });

  test("a role the table lacks gets the core's answer naming the same roles", () => {
    const part = userSourceGrid(reading, 'Data Scientist');
    expect(part.filter((row) => row.some((cell) => cell !== '')).length).toBe(401);
    expect(callByName('BAND', ['Data Scientist', 'Senior', 'mid', null, part])).toEqual(
      callByName('BAND', ['Data Scientist', 'Senior', 'mid', null, whole]),
    );
  });
});
