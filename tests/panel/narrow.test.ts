/**
 * The panel at the widths hosts really give (Sheets sidebar 300 px, Excel task pane 320 px) and
 * at 450 px, with three offers: the comparison comes first, nothing overflows its box, every year
 * of every table is visible. Screenshots go to dist/screenshots/ (build output, not committed; the
 * 320 px `-top` one, what a recruiter sees first, is copied to docs/panel-320px.png for the README).
 */
import { mkdirSync } from 'fs';
import * as path from 'path';
import { Page } from 'playwright-core';
import { FakeHost, ROOT, usePanelBrowser } from './panel-harness';
import { threeOffers } from '../../testkit/panel/three-offers';

const { open } = usePanelBrowser(320);
export const SHOTS = path.join(ROOT, 'dist/screenshots');

/** Every element whose content is wider than its box, or whose right edge passes its parent's. */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${typeof e.className === 'string' && e.className ? `.${e.className.split(' ').join('.')}` : ''}`;
    const found: string[] = [];
    for (const e of Array.from(document.querySelectorAll('#app *'))) {
      const box = e.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not displayed
      if (
        e instanceof HTMLElement &&
        !(e instanceof HTMLSelectElement) &&
        e.scrollWidth > e.clientWidth + 1 &&
        getComputedStyle(e).overflowX !== 'auto'
      )
        found.push(`${name(e)} scrollWidth ${e.scrollWidth} > clientWidth ${e.clientWidth}`);
      const parent = e.parentElement;
      if (parent && !(e instanceof SVGElement && !(e instanceof SVGSVGElement))) {
        const right = parent.getBoundingClientRect().right;
        if (box.right > right + 1)
          found.push(`${name(e)} right ${Math.round(box.right)} > parent ${name(parent)} right ${Math.round(right)}`);
      }
    }
    return found;
  });
}

async function openThree(width: number): Promise<Page> {
  const host = new FakeHost();
  host.state = threeOffers();
  return open(host, width);
}

describe.each([300, 320, 450])('at %i px with three offers', (width) => {
  test('the comparison comes first, nothing overflows, every year is visible; screenshot saved', async () => {
    const page = await openThree(width);
    // the comparison section is the first thing under the header, with one chart of all three offers
    const order = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#app > *')).map((e) => e.id || e.className),
    );
    expect(order.slice(0, 2)).toEqual(['panel-header', 'comparison']);
    expect(await page.locator('#compare-chart rect[data-offer="2"][data-year="4"]').count()).toBeGreaterThan(0);
    const comparisonTop = (await page.locator('#comparison').boundingBox())!.y;
    expect(comparisonTop).toBeLessThan(120);
    // valid offers are folded to one line each
    for (const i of [0, 1, 2]) {
      expect(await page.isVisible(`#o${i}-form`)).toBe(false);
      expect(await page.locator(`#o${i}-summary`).textContent()).toMatch(/base/);
    }
    // What a recruiter sees first (the comparison, the counter-offer, the folded offers): the README's picture.
    mkdirSync(SHOTS, { recursive: true });
    const end = await page.evaluate(() =>
      Math.ceil(document.getElementById('o2-summary')!.getBoundingClientRect().bottom + window.scrollY + 8),
    );
    await page.screenshot({
      path: path.join(SHOTS, `panel-three-offers-${width}px-top.png`),
      fullPage: true,
      clip: { x: 0, y: 0, width, height: end },
    });
    // every year of every table, Year 4 included, is on screen within the pane's width
    for (const i of [0, 1, 2]) {
      for (const id of [`#o${i}-table`, `#o${i}-parts`]) {
        const cell = page.locator(`${id} tr[data-year="4"] td`).last();
        await cell.scrollIntoViewIfNeeded();
        const box = (await cell.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
    }
    // the comparison table's third offer is in the pane too
    const third = (await page.locator('#comparison tr[data-offer="2"] td').last().boundingBox())!;
    expect(third.x + third.width).toBeLessThanOrEqual(width);
    // open forms, the importer and the disclosures must fit as well
    for (const i of [0, 1, 2]) await page.click(`#o${i}-toggle`);
    for (const d of await page.locator('details').all())
      await d.evaluate((e) => {
        (e as HTMLDetailsElement).open = true;
      });
    expect(await overflowing(page)).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    for (const i of [0, 1, 2]) await page.click(`#o${i}-toggle`);
    await page.screenshot({ path: path.join(SHOTS, `panel-three-offers-${width}px.png`), fullPage: true });
  });
});

test('the overflow check fails on a planted overflow', async () => {
  const page = await openThree(300);
  await page.evaluate(() => {
    document.querySelector('#o0-summary')!.textContent = 'x'.repeat(400);
    (document.querySelector('#o0-summary') as HTMLElement).style.overflowWrap = 'normal';
  });
  expect((await overflowing(page)).join('\n')).toContain('o0-summary');
});
