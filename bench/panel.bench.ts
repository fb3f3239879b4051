/**
 * Issue 13, item 10: a keystroke in the offer panel with three offers. The built standalone page
 * (dist/panel, or PANEL_DIST=<folder> for another build, e.g. an older commit's) is opened in
 * headless Chromium with the three offers of the narrow-pane tests; each run types one character
 * into the first offer's base (an `input` event) and times the handler plus the style and layout
 * it causes (read back through offsetHeight), i.e. the work the browser must fit in one 16.7 ms frame.
 */
import * as path from 'path';
import { launchChromium } from '../testkit/chromium';
import { threeOffers } from '../testkit/panel/three-offers';

const ROOT = path.resolve(__dirname, '..');
const KEYSTROKES = 200;

export async function run(): Promise<void> {
  const dist = process.env.PANEL_DIST ? path.resolve(process.env.PANEL_DIST) : path.join(ROOT, 'dist/panel');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await page.addInitScript((state) => {
      localStorage.setItem('ai-offer-panel:state', state);
    }, JSON.stringify(threeOffers()));
    await page.goto(`file://${path.join(dist, 'index.html')}`);
    await page.waitForSelector('[data-ready="true"]');
    const times = await page.evaluate((n) => {
      const input = document.getElementById('o0-base') as HTMLInputElement;
      const out: number[] = [];
      for (let i = 0; i < n; i++) {
        input.value = String(215000 + (i % 10));
        const start = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        void document.body.offsetHeight; // style and layout, as the next frame would pay them
        out.push(performance.now() - start);
      }
      return out;
    }, KEYSTROKES);
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
    console.log(
      `\n## Panel keystroke, three offers (${path.relative(ROOT, dist) || dist}, ${KEYSTROKES} keystrokes, 320 px)\n`,
    );
    console.log('| median ms | p95 ms | max ms | nodes in pane |');
    console.log('|---:|---:|---:|---:|');
    const nodes = await page.evaluate(() => document.querySelectorAll('#app *').length);
    console.log(`| ${at(0.5)} | ${at(0.95)} | ${times[times.length - 1].toFixed(2)} | ${nodes} |`);
  } finally {
    await browser.close();
  }
}

if (require.main === module) void run();
