/**
 * Issue 13 items 3, 6, 8, 9 in the browser: the source choice and marked levels, the senior floor
 * note read from AI.FIGURE, one polite status line spoken after typing pauses, no text under 12 px,
 * the remove button named after its offer, the panel driven by keyboard alone, and the standalone
 * page's importer without a CSP violation.
 */
import { Page } from 'playwright-core';
import { callByName } from '../../core/registry';
import { seniorBaseFloorWarning, seniorFloorWarning } from '../../core/band/embedded-bands';
import { FakeHost, money, typeInto, usePanelBrowser } from './panel-harness';
import { threeOffers } from '../../testkit/panel/three-offers';

const { open, openStandalone } = usePanelBrowser(320);
const text = (page: Page, selector: string) => page.locator(selector).first().textContent();
const figure = (id: string) => callByName('FIGURE', [id]) as number;

async function openThree(): Promise<Page> {
  const host = new FakeHost();
  host.state = threeOffers();
  return open(host);
}

describe('band source', () => {
  test('a source choice; levels a source lacks are marked; the imported table joins the choice', async () => {
    const page = await openThree();
    expect(await page.locator('#bench-source-choice option').allTextContents()).toEqual([
      'AI Tech Connect 2026',
      'nexus IT group 2026',
    ]);
    const lead = callByName('BAND', ['LLMOps', 'Lead', 'mid', null, 'aitechconnect']);
    expect(typeof lead).not.toBe('number');
    expect(await text(page, '#bench-level option[value="Lead"]')).toBe('Lead (not in this source)');
    expect(await text(page, '#bench-level option[value="Senior"]')).toBe('Senior');
    await page.selectOption('#bench-source-choice', 'nexus');
    const nexusMid = callByName('BAND', ['LLMOps', 'Senior', 'mid', null, 'nexus']) as number;
    expect(Number(await page.getAttribute('#bench-mid', 'data-value'))).toBe(nexusMid);
    expect(await text(page, '#bench-level option[value="Lead"]')).toBe('Lead');
    await page.fill('#band-table-text', 'role,level,min,mid,max\nLLMOps,Senior,160000,190000,220000');
    await page.waitForSelector('#bench-source-choice option[value="user"]', { state: 'attached' });
    await page.selectOption('#bench-source-choice', 'user');
    expect(Number(await page.getAttribute('#bench-mid', 'data-value'))).toBe(190000);
    await page.selectOption('#bench-level', 'Mid');
    expect(await text(page, '#bench-missing')).toBe(
      'Your band table has no row for LLMOps, Mid - add one, or pick a built-in source',
    );
  });

  test('a Senior base under the floor shows the floor note with its time-to-fill figures from AI.FIGURE', async () => {
    const page = await openThree();
    // the fixture places the seed offer (175,000) in the LLMOps Senior band
    const note = await text(page, '#bench-floor p');
    // issue 19: the core's one wording, naming AI engineers
    expect(note).toBe(seniorBaseFloorWarning('LLMOps', 'Senior', 175000));
    expect(note).toContain(`under the ${money(figure('us-senior-base-floor-competitive'))} base`);
    expect(note).toContain('senior AI engineers');
    expect(note).toContain(`${figure('senior-time-to-fill-below-floor')} days`);
    expect(note).toContain(
      `${Math.round(figure('senior-time-to-fill-excess-low') * 100)}% to ${Math.round(figure('senior-time-to-fill-excess-high') * 100)}% longer`,
    );
    expect(await text(page, '#bench-floor summary')).toBe('Source: nexus IT group, 2026');
    // a base above the floor, or a level under Senior: no note
    await page.selectOption('#bench-offer', '0');
    expect(await page.locator('#bench-floor').count()).toBe(0);
    await page.selectOption('#bench-offer', '1');
    await page.selectOption('#bench-level', 'Mid');
    expect(await page.locator('#bench-floor').count()).toBe(0);
  });

  test('no floor note for a role the source does not name it for, nor for a row of your own table', async () => {
    const page = await openThree();
    await page.selectOption('#bench-level', 'Senior');
    expect(await page.locator('#bench-floor').count()).toBe(1);
    for (const role of ['Back-end Developer', 'AI-assisted Coding']) {
      await page.selectOption('#bench-role', role);
      expect(await page.locator('#bench-floor').count()).toBe(0);
      expect(await page.locator('#bench-band-floor').count()).toBe(0);
    }
    await page.selectOption('#bench-role', 'LLMOps');
    await page.fill('#band-table-text', 'role,level,min,mid,max\nLLMOps,Senior,150000,170000,190000');
    await page.waitForSelector('#bench-source-choice option[value="user"]', { state: 'attached' });
    await page.selectOption('#bench-source-choice', 'user');
    expect(Number(await page.getAttribute('#bench-mid', 'data-value'))).toBe(170000);
    expect(await page.locator('#bench-floor').count()).toBe(0);
  });

  test("a band whose estimated senior figures sit under the floor says so, with the core's sentence", async () => {
    const page = await openThree();
    await page.selectOption('#bench-source-choice', 'aitechconnect');
    await page.selectOption('#bench-role', 'LLMOps');
    await page.selectOption('#bench-level', 'Senior');
    const expected = seniorFloorWarning('LLMOps', 'Senior', 'aitechconnect');
    expect(expected).toMatch(/^Below the senior AI engineer floor: .*\(estimate\)/);
    expect(await text(page, '#bench-band-floor')).toBe(expected);
    // shown beside the base's own floor note, not instead of it
    expect(await page.locator('#bench-floor').count()).toBe(1);
    await page.selectOption('#bench-source-choice', 'nexus');
    await page.selectOption('#bench-role', 'AI API Integration');
    expect(await text(page, '#bench-band-floor')).toBe(seniorFloorWarning('AI API Integration', 'Senior', 'nexus'));
    // a band at or above the floor, or a level under Senior: no band note
    await page.selectOption('#bench-source-choice', 'aitechconnect');
    await page.selectOption('#bench-role', 'AI Engineer');
    expect(seniorFloorWarning('AI Engineer', 'Senior', 'aitechconnect')).toBeUndefined();
    expect(await page.locator('#bench-band-floor').count()).toBe(0);
    await page.selectOption('#bench-role', 'LLMOps');
    await page.selectOption('#bench-level', 'Mid');
    expect(await page.locator('#bench-band-floor').count()).toBe(0);
  });
});

describe('accessibility', () => {
  test('one polite status line, spoken once typing pauses, not on every keystroke', async () => {
    const page = await openThree();
    expect(await page.locator('#app [aria-live]').count()).toBe(1);
    expect(await page.getAttribute('#app [aria-live]', 'id')).toBe('panel-announce');
    await page.evaluate(() => {
      const w = window as unknown as { changes: number };
      w.changes = 0;
      new MutationObserver(() => {
        w.changes++;
      }).observe(document.getElementById('panel-announce')!, { childList: true, characterData: true, subtree: true });
    });
    await page.click('#o0-toggle');
    await typeInto(page, '#o0-base', '230000');
    expect(await page.evaluate(() => (window as unknown as { changes: number }).changes)).toBe(0);
    await page.waitForFunction(() => (document.getElementById('panel-announce')!.textContent ?? '') !== '');
    expect(await page.evaluate(() => (window as unknown as { changes: number }).changes)).toBe(1);
    expect(await text(page, '#panel-announce')).toMatch(
      /^Public RSU: \$[\d,]+ a year, risk-adjusted\. .* leads .* by \$[\d,]+ a year/,
    );
  });

  test('no text under 12 px, chart labels included, at 300 px', async () => {
    const host = new FakeHost();
    host.state = threeOffers();
    const page = await open(host, 300);
    for (const i of [0, 1, 2]) await page.click(`#o${i}-toggle`);
    const smallText = () =>
      page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.getElementById('app')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          if (!node.nodeValue!.trim() || parent.closest('[hidden], details:not([open]) > :not(summary), title, option'))
            continue;
          let size = parseFloat(getComputedStyle(parent).fontSize);
          if (parent instanceof SVGElement) size *= parent.ownerSVGElement!.getScreenCTM()!.a;
          if (size < 12) found.push(`${parent.tagName} "${node.nodeValue!.trim().slice(0, 30)}" ${size.toFixed(1)}px`);
        }
        return found;
      });
    expect(await smallText()).toEqual([]);
    // the check sees a planted 10 px line
    await page.$eval('#o0-summary', (e) => {
      (e as HTMLElement).style.fontSize = '10px';
    });
    expect((await smallText()).join('\n')).toContain('10.0px');
  });

  test('the remove button is named after its offer', async () => {
    const page = await openThree();
    expect(await page.getAttribute('#o1-remove', 'aria-label')).toBe('Remove Seed options');
    await typeInto(page, '#o1-label', 'Rival Labs');
    expect(await page.getAttribute('#o1-remove', 'aria-label')).toBe('Remove Rival Labs');
    expect(await text(page, '#comparison tr[data-offer="1"] th')).toBe('Rival Labs');
  });

  test('the whole panel works by keyboard: tab order, add, fold, choose, insert', async () => {
    const host = new FakeHost();
    const page = await open(host);
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    const tabTo = async (id: string, limit = 60) => {
      for (let i = 0; i < limit; i++) {
        if ((await focused()) === id) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached #${id} (at #${await focused()})`);
    };
    await tabTo('o0-base');
    await page.keyboard.type('185000');
    await tabTo('add-offer');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('o1-base');
    await page.keyboard.type('170000');
    // the first offer, complete, folded when the second was added; its Edit button opens it by keyboard
    expect(await page.isVisible('#o0-form')).toBe(false);
    await page.keyboard.down('Shift');
    for (let i = 0; i < 60 && (await focused()) !== 'o0-toggle'; i++) await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect(await focused()).toBe('o0-toggle');
    await page.keyboard.press('Space');
    expect(await page.isVisible('#o0-form')).toBe(true);
    expect(await page.getAttribute('#o0-toggle', 'aria-expanded')).toBe('true');
    // choose a source, a role and a level with the arrow keys
    await tabTo('bench-role');
    await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('#bench-role')).not.toBe('');
    await tabTo('bench-level');
    await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('#bench-level')).not.toBe('');
    await tabTo('insert');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#insert-status.status-info');
    expect(host.callsOf('writeCells').length).toBe(1);
    // every control is reachable: the importer too
    await tabTo('band-table-text');
    await tabTo('band-table-file');
  });
});

describe('standalone page', () => {
  test('the band-table importer renders styled, and nothing breaks the page CSP', async () => {
    const page = await openStandalone(320);
    const messages: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) messages.push(m.text());
    });
    // listen from the first script on, then load the page again so the mount itself is watched
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.reload();
    await page.waitForSelector('[data-ready="true"]');
    await page.fill(
      '#band-table-text',
      'role,level,min,mid,max\nLLMOps,Senior,160000,190000,220000\nLLMOps,Lead,oops,1,2',
    );
    await page.waitForSelector('#band-table-grid');
    await page.selectOption('#bench-role', 'LLMOps');
    await page.selectOption('#bench-level', 'Senior');
    await typeInto(page, '#o0-base', '190000');
    await page.waitForSelector('.band-marker');
    // the importer's rules come from panel.css: a problem cell is marked, the text area is monospace
    expect(await page.$eval('#band-table-text', (e) => getComputedStyle(e).fontFamily)).toMatch(/monospace/);
    expect(await page.$eval('#band-table-grid .bt-problem', (e) => getComputedStyle(e).backgroundColor)).toBe(
      'rgb(253, 226, 225)',
    );
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(messages).toEqual([]);
    // the watch works: an inline <style>, as the importer used to add, is reported
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'p { color: red }';
      document.body.append(style);
    });
    await page.waitForFunction(() => (window as unknown as { violations: string[] }).violations.length > 0);
    expect(messages.join('\n')).toMatch(/Content Security Policy/);
  });
});
