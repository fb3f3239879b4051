/**
 * Issue 15 item 5: the panel with a 100,000-row band table pasted into the importer. The built
 * standalone page (dist/panel, or PANEL_DIST=<folder> for another build, e.g. an older commit's)
 * in headless Chromium at 320 px. Measured in the page:
 * - the paste: one input event carrying the whole text, until the importer has read it and the
 *   next frame is drawn (the panel reads after edits pause, so this includes that pause), and the
 *   longest task the main thread ran meanwhile (a PerformanceObserver on long tasks);
 * - then, with the benchmark on "Your band table" (LLMOps, Senior), keystrokes in the offer's base
 *   and in the range name: each from the input event's dispatch to the next frame (rAF, then a
 *   task), spaced as a quick typist's (120 ms), so debounced work falls where it would in use;
 *   the longest task while typing is reported too (a debounced save or redraw lands there).
 * KEYS (default 40) sets keystrokes per field; an older build may need a small number.
 */
import * as path from 'path';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../testkit/chromium';
import { bigBandCsv } from '../testkit/panel/big-band-csv';

const ROOT = path.resolve(__dirname, '..');
const ROWS = 100_000;

interface Typed {
  times: number[];
  longest: number;
}

/** `n` keystrokes into the field `id`, each timed from dispatch to the next frame. */
function typeIn(page: Page, id: string, make: string, n: number): Promise<Typed> {
  return page.evaluate(
    async ({ id, make, n }) => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      const input = document.getElementById(id) as HTMLInputElement;
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        input.value = make + String(i % 10);
        const start = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        times.push(performance.now() - start);
        await new Promise((r) => setTimeout(r, 120));
      }
      await new Promise((r) => setTimeout(r, 1500)); // the debounced save and announcement
      return { times, longest: w.longest };
    },
    { id, make, n },
  );
}

async function openPage(browser: Browser, dist: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  page.setDefaultTimeout(600_000);
  await page.goto(`file://${path.join(dist, 'index.html')}`);
  await page.waitForSelector('[data-ready="true"]');
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  return page;
}

const stats = (values: number[]): string => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): string => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);
  return `${at(0.5)} | ${at(0.95)} | ${sorted[sorted.length - 1].toFixed(1)}`;
};

export async function run(): Promise<void> {
  const dist = process.env.PANEL_DIST ? path.resolve(process.env.PANEL_DIST) : path.join(ROOT, 'dist/panel');
  const keys = Number(process.env.KEYS ?? 40);
  const csv = bigBandCsv(ROWS);
  const browser = await launchChromium();
  try {
    // The same keystrokes with no table pasted: the machine's floor for this page, in the same run.
    const plain = await openPage(browser, dist);
    await plain.selectOption('#bench-role', 'LLMOps');
    await plain.selectOption('#bench-level', 'Senior');
    const plainBase = await typeIn(plain, 'o0-base', '18500', keys);
    const plainName = await typeIn(plain, 'band-table-name', 'Table', keys);
    await plain.close();

    const page = await openPage(browser, dist);
    const paste = await page.evaluate(async (text) => {
      const w = window as unknown as { longest: number };
      const summary = document.getElementById('band-table-summary')!;
      const area = document.getElementById('band-table-text') as HTMLTextAreaElement;
      const start = performance.now();
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
      while (!/rows? read|problem/.test(summary.textContent ?? '')) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const total = performance.now() - start;
      await new Promise((r) => setTimeout(r, 100)); // let the observer report the last long task
      const longest = w.longest;
      w.longest = 0;
      return {
        total,
        longest,
        summary: summary.textContent ?? '',
        previewRows: document.querySelectorAll('#band-table-grid tbody tr').length,
      };
    }, csv);

    await page.selectOption('#bench-source-choice', 'user');
    await page.selectOption('#bench-role', 'LLMOps');
    await page.selectOption('#bench-level', 'Senior');
    await page.waitForSelector('#bench-mid[data-value]');
    await page.waitForTimeout(1000);

    const base = await typeIn(page, 'o0-base', '18500', keys);
    const name = await typeIn(page, 'band-table-name', 'Table', keys);
    const reads = await page.getAttribute('#band-tables', 'data-parses');

    console.log(
      `\n## Panel with a ${ROWS.toLocaleString('en-US')}-row band table pasted (${path.relative(ROOT, dist) || dist}, ${(csv.length / 1e6).toFixed(1)} MB, 320 px)\n`,
    );
    console.log(
      `Paste until read and drawn: ${paste.total.toFixed(0)} ms (longest task ${paste.longest.toFixed(0)} ms); "${paste.summary}"; ${paste.previewRows} preview rows.\n`,
    );
    console.log('| keystrokes in | n | p50 ms | p95 ms | max ms | longest task while typing, ms |');
    console.log('|---|---:|---:|---:|---:|---:|');
    console.log(`| offer base, no table | ${keys} | ${stats(plainBase.times)} | ${plainBase.longest.toFixed(0)} |`);
    console.log(`| offer base, 100,000-row table | ${keys} | ${stats(base.times)} | ${base.longest.toFixed(0)} |`);
    console.log(`| range name, no table | ${keys} | ${stats(plainName.times)} | ${plainName.longest.toFixed(0)} |`);
    console.log(`| range name, 100,000-row table | ${keys} | ${stats(name.times)} | ${name.longest.toFixed(0)} |`);
    console.log(`\nThe importer read the text ${reads ?? '(not counted by this build)'} time(s) in all.`);
  } finally {
    await browser.close();
  }
}

if (require.main === module) void run();
