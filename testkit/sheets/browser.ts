/**
 * Opens the built Sidebar.html in headless Chromium (testkit/chromium.ts picks which) with a
 * `google.script.run` shim whose calls run the server functions of an add-on loaded in a vm
 * (fakes/addon.ts). Arguments and results cross as Apps Script carries them: JSON-like values,
 * and a Date among the arguments fails the call as it does in Apps Script.
 */
import { Browser, Page } from 'playwright-core';
import { pathToFileURL } from 'url';
import { Addon, ensureBuilt, SIDEBAR_HTML } from './addon';

export { launchChromium } from '../chromium';

/** The client half of google.script.run, as the sidebar sees it (installed before the page's scripts run). */
const SHIM = `
(() => {
  const hasDate = (value) => value instanceof Date || (Array.isArray(value) ? value.some(hasDate) : value !== null && typeof value === 'object' && Object.values(value).some(hasDate));
  const runner = (success, failure) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (handler) => runner(handler, failure);
      if (name === 'withFailureHandler') return (handler) => runner(success, handler);
      return (...args) => {
        if (hasDate(args)) { setTimeout(() => failure && failure(new Error('Invalid argument: a Date cannot be passed to the server')), 0); return; }
        window.__appsScript(String(name), JSON.stringify(args)).then((answer) => {
          const reply = JSON.parse(answer);
          if (reply.ok) { if (success) success(reply.value); }
          else if (failure) failure(new Error(reply.message));
        });
      };
    },
  });
  window.google = { script: { run: runner(undefined, undefined), host: { close() {} } } };
})();
`;

export interface SidebarSession {
  page: Page;
  /** every server call, by name, in order */
  calls: string[];
}

export interface SidebarOptions {
  /** false: return once the page loaded, before the panel is ready (a pane whose first load fails) */
  readonly waitForReady?: boolean;
  /** this sidebar's clock runs ahead by this much (a user's computer set wrong) */
  readonly clockAheadMs?: number;
}

export async function openSidebar(
  browser: Browser,
  addon: Addon,
  options: SidebarOptions = {},
): Promise<SidebarSession> {
  ensureBuilt(SIDEBAR_HTML);
  const page = await browser.newPage();
  if (options.clockAheadMs)
    await page.addInitScript((ahead: number) => {
      const now = Date.now.bind(Date);
      Date.now = () => now() + ahead;
    }, options.clockAheadMs);
  const calls: string[] = [];
  // Nothing may leave the page: every request but the sidebar file itself fails the test.
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  page.on('request', (request) => {
    if (!request.url().startsWith('file:') && !request.url().startsWith('data:'))
      calls.push(`NETWORK ${request.url()}`);
  });
  await page.exposeFunction('__appsScript', (name: string, argsJson: string) => {
    calls.push(name);
    const fn = addon.global[name];
    if (typeof fn !== 'function' || name.endsWith('_'))
      return JSON.stringify({ ok: false, message: `Script function not found: ${name}` });
    try {
      const value = fn(...JSON.parse(argsJson));
      return JSON.stringify({ ok: true, value: value === undefined ? null : value });
    } catch (error) {
      return JSON.stringify({ ok: false, message: (error as Error).message });
    }
  });
  await page.addInitScript(SHIM);
  await page.goto(pathToFileURL(SIDEBAR_HTML).href);
  if (options.waitForReady !== false) await page.waitForSelector('#offer-panel[data-ready="true"]');
  return { page, calls };
}
