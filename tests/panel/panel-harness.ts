/**
 * Drives the built panel (dist/panel/index.html) in headless Chromium with a fake host bridge that
 * lives in the test (Node) and records every call, so tests can check what the panel asked the
 * host to do. The fake keeps its state across page reloads, as a document would.
 */
import { execSync } from 'child_process';
import { existsSync } from 'fs';
import * as path from 'path';
import { Browser, Page } from 'playwright-core';
import type { WriteRequest } from '../../panel/bridge';
import { saveOnto } from '../../core/index';
import type { StateSave } from '../../core/index';
import { blockFingerprint, cellsFingerprint, confirmationProblem, WriteCheck } from '../../core/index';

export const ROOT = path.resolve(__dirname, '../..');
export const PAGE_URL = `file://${path.join(ROOT, 'dist/panel/index.html')}`;

export function ensureBuilt(): void {
  // `npm test` builds first; a lone `npx jest tests/panel` builds the panel if it is missing.
  if (!existsSync(path.join(ROOT, 'dist/panel/index.html')) || !existsSync(path.join(ROOT, 'dist/panel/panel.js'))) {
    execSync('npm run build:panel', { cwd: ROOT, stdio: 'inherit' });
  }
}

import { launchChromium } from '../../testkit/chromium';
export const launch = launchChromium;

export interface Call {
  method: string;
  arg?: unknown;
}

type Cell = string | number | boolean;

const letters = (col: number): string => {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};
const a1 = (row: number, col: number): string => `${letters(col)}${row + 1}`;

/** The top-left cell of `Sheet1!C3:F9`, 0-based. */
function fromAddress(address: string | undefined): { row: number; col: number } | undefined {
  const match = /!\$?([A-Z]+)\$?(\d+)/.exec(address ?? '');
  if (!match) return undefined;
  let col = 0;
  for (const ch of match[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** The host side: what a workbook and its document properties would hold. */
export class FakeHost {
  calls: Call[] = [];
  /** the inputs the document keeps, and the host's version of them (as every host keeps them: core saveOnto) */
  state: unknown = null;
  version = 0;
  row: Record<string, unknown> = {};
  /** cells of the sheet, by "r,c" (0-based; the active cell starts at 0,0) */
  cells = new Map<string, Cell>();
  /** the selected cell, 0-based; a test moves it as a user's click would */
  active = { row: 0, col: 0 };
  /** every block written: where, and what */
  writes: { address: string; formulas: WriteRequest['formulas'] }[] = [];
  /** a method name -> message: that call rejects with it */
  reject: Record<string, string> = {};
  /** a method name -> how many of its next calls fail (Apps Script's occasional "server error") */
  failNext: Record<string, number> = {};
  /** a method name -> ms: that call answers after a delay */
  delay: Record<string, number> = {};
  /** range names given through nameRange: name -> address */
  names = new Map<string, string>();
  /** false: the bridge has no nameRange at all (a host that cannot name ranges) */
  canNameRanges = true;

  constructor(readonly hostName: 'excel' | 'sheets' | 'standalone' = 'excel') {}

  async handle(method: string, arg: unknown): Promise<unknown> {
    this.calls.push({ method, arg });
    if (this.delay[method]) await new Promise((resolve) => setTimeout(resolve, this.delay[method]));
    if (this.reject[method]) throw new Error(this.reject[method]);
    if (this.failNext[method]) {
      this.failNext[method]--;
      throw new Error("We're sorry, a server error occurred. Please wait a bit and try again.");
    }
    switch (method) {
      case 'loadState':
        return { state: this.state, version: this.version };
      case 'saveState': {
        const { next, answer } = saveOnto({ state: this.state, version: this.version }, arg as StateSave);
        if (next) {
          this.state = next.state;
          this.version = next.version;
        }
        return answer;
      }
      case 'readSelectedRow':
        return this.row;
      case 'writeCells':
        return this.write(arg as WriteRequest);
      case 'nameRange': {
        const [address, name] = arg as [string, string];
        this.names.set(name, address);
        return null;
      }
      default:
        throw new Error(`unknown bridge method ${method}`);
    }
  }

  /** As the hosts do (panel/write-check.ts): check at the selection; write over cells only at a checked address that still matches. */
  private write(request: WriteRequest): unknown {
    const rows = request.formulas.length;
    const cols = request.formulas[0].length;
    const at = request.overwrite ? fromAddress(request.checked?.address) : this.active;
    if (!at) throw new Error('the overwrite was not confirmed for a checked address');
    const address = `Sheet1!${a1(at.row, at.col)}:${a1(at.row + rows - 1, at.col + cols - 1)}`;
    const nonEmpty: string[] = [];
    const held: Cell[][] = request.formulas.map((row, r) =>
      row.map((_, c) => {
        const cell = this.cells.get(`${at.row + r},${at.col + c}`) ?? '';
        if (cell !== '') nonEmpty.push(a1(at.row + r, at.col + c));
        return cell;
      }),
    );
    const check: WriteCheck = {
      address,
      block: blockFingerprint(request.formulas),
      cells: cellsFingerprint(held, held),
    };
    if (request.overwrite) {
      const changed = confirmationProblem(request.checked!, check);
      if (changed) return { written: false, address, nonEmpty, check, changed };
    } else if (nonEmpty.length) {
      return { written: false, address, nonEmpty, check };
    }
    request.formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        // a date cell is kept by its day, as the hosts show it
        if (formula !== '')
          this.cells.set(`${at.row + r},${at.col + c}`, typeof formula === 'object' ? formula.date : formula);
        else this.cells.delete(`${at.row + r},${at.col + c}`);
      }),
    );
    this.writes.push({ address, formulas: request.formulas });
    return { written: true, address };
  }

  callsOf(method: string): Call[] {
    return this.calls.filter((call) => call.method === method);
  }
}

const PAGE_ERRORS = new WeakMap<Page, string[]>();

/** Uncaught errors the page has thrown since it was opened. */
export const uncaughtErrors = (page: Page): string[] => PAGE_ERRORS.get(page) ?? [];

/** Opens the built page with the fake host as its bridge and mounts the panel (waiting for it unless `wait` is false). */
export async function openPanel(browser: Browser, host: FakeHost, width = 340, wait = true): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  PAGE_ERRORS.set(page, errors);
  await page.exposeFunction('fakeHostCall', (method: string, arg: unknown) => host.handle(method, arg));
  await page.addInitScript(
    ({ hostName, canNameRanges }: { hostName: string; canNameRanges: boolean }) => {
      const w = window as unknown as Record<string, unknown>;
      w.AIPanelManualMount = true;
      const call = w.fakeHostCall as (method: string, arg?: unknown) => Promise<unknown>;
      w.fakeBridge = {
        hostName,
        loadState: () => call('loadState'),
        saveState: (state: unknown) => call('saveState', state),
        readSelectedRow: () => call('readSelectedRow'),
        writeCells: (request: unknown) => call('writeCells', request),
        ...(canNameRanges
          ? { nameRange: (address: string, name: string) => call('nameRange', [address, name]).then(() => undefined) }
          : {}),
      };
    },
    { hostName: host.hostName, canNameRanges: host.canNameRanges },
  );
  await page.goto(PAGE_URL);
  await (wait ? mount(page) : mountWithoutWaiting(page));
  return page;
}

/** Mounts the panel and returns at once: for a pane that waits on its first load (it is not ready until then). */
export async function mountWithoutWaiting(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      AIPanel: { mountOfferPanel: (root: HTMLElement, bridge: unknown) => Promise<unknown> };
      fakeBridge: unknown;
    };
    void w.AIPanel.mountOfferPanel(document.getElementById('app')!, w.fakeBridge);
  });
}

export async function mount(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      AIPanel: { mountOfferPanel: (root: HTMLElement, bridge: unknown) => Promise<unknown> };
      fakeBridge: unknown;
    };
    return w.AIPanel.mountOfferPanel(document.getElementById('app')!, w.fakeBridge).then(() => true);
  });
  await page.waitForSelector('.ai-panel[data-ready="true"]');
}

export async function reload(page: Page): Promise<void> {
  await page.reload();
  await mount(page);
}

/** Types into a field the way a person does: click, select what is there, type. */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector, { clickCount: 3 });
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

export async function waitFor(predicate: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export const money = (value: number): string =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);
export const amount = (value: number): string =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(value);

/**
 * One Chromium per test file, set up by jest hooks: each test's pages are closed after it, and a
 * test fails if its page let an exception escape. Returns how to open the panel with a fake host,
 * or the standalone page with the panel's own bridge.
 */
export function usePanelBrowser(defaultWidth: number): {
  open: (host: FakeHost, width?: number, wait?: boolean) => Promise<Page>;
  openStandalone: (width?: number) => Promise<Page>;
} {
  let browser: Browser;
  const pages: Page[] = [];
  beforeAll(async () => {
    // `npm test` builds first; run alone, this builds the panel if it is missing.
    ensureBuilt();
    browser = await launch();
  });
  afterEach(async () => {
    const thrown = pages.flatMap(uncaughtErrors);
    while (pages.length) await pages.pop()!.close();
    // whatever a test did, the panel never let an exception escape to the page
    expect(thrown).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(host, width = defaultWidth, wait = true) {
      const page = await openPanel(browser, host, width, wait);
      pages.push(page);
      return page;
    },
    async openStandalone(width = defaultWidth) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      pages.push(page);
      await page.goto(PAGE_URL);
      return page;
    },
  };
}
