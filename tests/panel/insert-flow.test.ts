/**
 * The insert question (panel/insert-flow.ts) with the recording fake host: the yes carries the
 * block and the check the host answered, unchanged, whatever the panel or the selection became;
 * a host that finds the cells changed gets asked again; an edit in the panel withdraws the question.
 */
import { Page } from 'playwright-core';
import type { WriteRequest } from '../../panel/bridge';
import { FakeHost, typeInto, usePanelBrowser } from './panel-harness';

const { open } = usePanelBrowser(340);

async function asked(host: FakeHost): Promise<Page> {
  host.cells.set('1,1', 'mine'); // B2, inside the block at A1
  const page = await open(host);
  await typeInto(page, '#o0-label', 'Acme AI');
  await typeInto(page, '#o0-base', '185000');
  await page.click('#insert');
  await page.waitForSelector('#insert-confirm:not([hidden])');
  return page;
}

const requests = (host: FakeHost) => host.callsOf('writeCells').map((call) => call.arg as WriteRequest);

describe('the overwrite question', () => {
  test('the yes sends the checked block and check back unchanged, with the selection moved: written at A1, not at the new selection', async () => {
    const host = new FakeHost('excel');
    const page = await asked(host);
    host.active = { row: 19, col: 7 }; // H20
    host.cells.set('19,7', 'CONFIDENTIAL');
    await page.click('#confirm-overwrite');
    await page.waitForSelector('#insert-status.status-info >> text=Inserted');
    const [check, yes] = requests(host);
    expect(check.overwrite).toBe(false);
    expect(yes.overwrite).toBe(true);
    expect(yes.formulas).toEqual(check.formulas);
    expect(yes.checked?.address).toMatch(/^Sheet1!A1:/);
    expect(host.writes.map((w) => w.address.split(':')[0])).toEqual(['Sheet1!A1']);
    expect(host.cells.get('19,7')).toBe('CONFIDENTIAL');
    // one stacked chart request over the offer's components, beside the block
    expect(yes.charts).toEqual([
      { title: 'Acme AI', source: { row: 1, column: 0, rows: 5, columns: 5 }, beside: { row: 0, rows: 11 } },
    ]);
  });

  test('the host finds a cell changed: nothing is written, the panel asks again with why, and the next yes carries the new check', async () => {
    const host = new FakeHost('sheets');
    const page = await asked(host);
    host.cells.set('2,2', 'typed meanwhile'); // C3
    await page.click('#confirm-overwrite');
    await page.waitForSelector('#insert-confirm >> text=changed since you were asked');
    expect(await page.textContent('#insert-confirm')).toContain('C3');
    expect(host.writes).toEqual([]);
    await page.click('#confirm-overwrite');
    await page.waitForSelector('#insert-status.status-info >> text=Inserted');
    const [first, second, third] = requests(host);
    expect(second.checked).not.toEqual(third.checked);
    expect(third.formulas).toEqual(first.formulas);
    expect(host.writes).toHaveLength(1);
  });

  test('typing in the panel while asked withdraws the question; nothing is written', async () => {
    const host = new FakeHost('excel');
    const page = await asked(host);
    await typeInto(page, '#o0-base', '190000');
    await page.waitForSelector('#insert-confirm', { state: 'hidden' });
    expect(await page.textContent('#insert-status')).toContain('nothing was written');
    expect(await page.isDisabled('#insert')).toBe(false);
    expect(requests(host).map((r) => r.overwrite)).toEqual([false]);
    expect(host.cells.get('1,1')).toBe('mine');
  });
});
