/**
 * Issue 25: the Excel add-in as IT hosts it. `npm run build -- --url <https://host/folder/>` writes
 * dist/excel-addin/ with a manifest.xml for that folder (excel-addin/build/hosting.js); the default
 * build writes the same files with the localhost manifest. Checked here:
 *
 * - the manifest a build writes: every URL under the one folder it was built for, naming a file the
 *   build wrote, the repository's add-in id, the package version, and (for a hosted URL) no
 *   localhost anywhere, with functions.json's help links on the same site;
 * - the custom-functions <Script> the manifest names registers every function when a host loads it
 *   alone, without the task pane page;
 * - the folder served as a user's Excel gets it: from a sub-path (/ai-comp/) of a local HTTPS server
 *   on 127.0.0.1 with a certificate made here (Node's requests and Chromium trust exactly that one), every manifest URL answers 200, and the task pane in
 *   headless Chromium (office.js replaced by tests/excel/fake-office.js) loads every asset with 200,
 *   logs no console error and mounts the panel.
 *
 * Runs against whichever build is in dist/excel-addin (`npm run build` or a hosted build).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as https from 'https';
import { AddressInfo } from 'net';
import * as path from 'path';
import * as vm from 'vm';
import { createRequire } from 'module';
import { Browser, chromium } from 'playwright-core';
import { SaxesParser } from 'saxes';
import { generate } from 'selfsigned';
import { CHROMIUM_ARGS, chromiumPath } from '../../testkit/chromium';
import { DIST, ROOT, distFile, ERROR_CODE, ShimError } from '../../testkit/excel/built';

interface Hosting {
  DEV_ORIGIN: string;
  hostingUrl(argv: string[], env: Record<string, string | undefined>): string | undefined;
  manifestFor(sourceXml: string, url: string | undefined, version: string): string;
  manifestVersion(version: string): string;
}
const hosting = createRequire(__filename)('../../excel-addin/build/hosting') as Hosting;

const SUB_PATH = '/ai-comp/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const FAKE_OFFICE = fs.readFileSync(path.join(ROOT, 'tests', 'excel', 'fake-office.js'), 'utf8');
const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;
const SOURCE_MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

const addinId = (xml: string) => /<Id>([^<]+)<\/Id>/.exec(xml)?.[1];
const versionOf = (xml: string) => /<Version>([^<]+)<\/Version>/.exec(xml)?.[1];
/** Every URL in a manifest: DefaultValue attributes that are URLs (comments removed). */
const manifestUrls = (xml: string) =>
  [...xml.replace(/<!--[\s\S]*?-->/g, '').matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
/** The folder a manifest was built for: its task pane page's folder. */
const baseOf = (xml: string) => {
  const page = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml)?.[1];
  if (!page) throw new Error('manifest has no <SourceLocation DefaultValue>');
  return page.slice(0, page.lastIndexOf('/') + 1);
};
const scriptUrl = (xml: string) => /<bt:Url id="Functions.Script.Url" DefaultValue="([^"]+)"/.exec(xml)?.[1];

describe('the hosting URL a build is given', () => {
  test.each([
    [['--url', 'https://comp.example.org/ai-comp/'], {}, 'https://comp.example.org/ai-comp/'],
    [['--url=https://comp.example.org/ai-comp'], {}, 'https://comp.example.org/ai-comp/'],
    [[], { ADDIN_URL: 'https://addins.example.net/' }, 'https://addins.example.net/'],
    [[], {}, undefined],
  ])('%j with %j builds for %s', (argv, env, expected) => {
    expect(hosting.hostingUrl(argv, env)).toBe(expected);
  });

  test.each([
    'http://comp.example.org/ai-comp/',
    'https://localhost:3000/',
    'comp.example.org/ai-comp/',
    'https://comp.example.org/ai-comp/?v=2',
  ])('%s is refused with a reason', (url) => {
    expect(() => hosting.hostingUrl(['--url', url], {})).toThrow(/--url/);
  });

  test('a hosted manifest: every URL under the folder, no localhost, the same id, the package version', () => {
    const url = 'https://comp.example.org/ai-comp/';
    const xml = hosting.manifestFor(SOURCE_MANIFEST, url, PACKAGE_VERSION);
    expect(() => new SaxesParser({ xmlns: true }).write(xml).close()).not.toThrow();
    expect(xml).not.toMatch(/localhost/i);
    const urls = manifestUrls(xml);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect({ u, under: u.startsWith(url) }).toEqual({ u, under: true });
    expect(urls.length).toBe(manifestUrls(SOURCE_MANIFEST).length);
    expect(addinId(xml)).toBe(addinId(SOURCE_MANIFEST));
    expect(versionOf(xml)).toBe(hosting.manifestVersion(PACKAGE_VERSION));
    expect(hosting.manifestVersion('1.4.2')).toBe('1.4.2.0');
  });
});

describe('the manifest the build wrote (dist/excel-addin/manifest.xml)', () => {
  const built = () => fs.readFileSync(distFile('manifest.xml'), 'utf8');

  test('is well-formed XML (Office rejects a manifest that is not)', () => {
    expect(() => new SaxesParser({ xmlns: true }).write(built()).close()).not.toThrow();
  });

  test('every URL is under the folder it was built for and names a file the build wrote', () => {
    const xml = built();
    const base = baseOf(xml);
    const urls = manifestUrls(xml);
    expect(urls.length).toBe(manifestUrls(SOURCE_MANIFEST).length);
    for (const u of urls) {
      expect({ u, under: u.startsWith(base) }).toEqual({ u, under: true });
      const file = path.join(DIST, decodeURIComponent(new URL(u).pathname.slice(new URL(base).pathname.length)));
      expect({ u, file: path.relative(ROOT, file), built: fs.existsSync(file) && fs.statSync(file).isFile() }).toEqual({
        u,
        file: path.relative(ROOT, file),
        built: true,
      });
    }
  });

  test('stable id, package version; a hosted build names no localhost and its help links are on its site', () => {
    const xml = built();
    expect(addinId(xml)).toBe(addinId(SOURCE_MANIFEST));
    expect(versionOf(xml)).toBe(hosting.manifestVersion(PACKAGE_VERSION));
    const base = baseOf(xml);
    const metadata = JSON.parse(fs.readFileSync(distFile('functions.json'), 'utf8')) as {
      functions: { helpUrl?: string }[];
    };
    for (const fn of metadata.functions) expect(fn.helpUrl?.startsWith(`${base}help.html#`)).toBe(true);
    if (base !== hosting.DEV_ORIGIN) expect(xml).not.toMatch(/localhost/i);
  });

  test('the custom-functions Script registers every function when loaded on its own, without the page', () => {
    const xml = built();
    const script = scriptUrl(xml);
    expect(script).toBeDefined();
    const file = path.join(DIST, script!.slice(baseOf(xml).length));
    const associated: string[] = [];
    const context: Record<string, unknown> = {
      CustomFunctions: { associate: (id: string) => associated.push(id), Error: ShimError, ErrorCode: ERROR_CODE },
      console,
    };
    context.self = context;
    context.window = context;
    context.globalThis = context;
    vm.createContext(context);
    new vm.Script(fs.readFileSync(file, 'utf8'), { filename: path.basename(file) }).runInContext(context);
    const ids = (
      JSON.parse(fs.readFileSync(distFile('functions.json'), 'utf8')) as { functions: { id: string }[] }
    ).functions
      .map((f) => f.id)
      .sort();
    expect(ids.length).toBeGreaterThan(0);
    expect([...associated].sort()).toEqual(ids);
  });
});

describe('served from a sub-path over HTTPS, as a user gets it', () => {
  let server: https.Server;
  let base: string;
  let browser: Browser;
  let certificate: string;
  const served: string[] = [];

  beforeAll(async () => {
    distFile('taskpane.html');
    // A throwaway certificate for 127.0.0.1, made now and never written to disk.
    const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
      keySize: 2048,
      algorithm: 'sha256',
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
    });
    expect(new crypto.X509Certificate(pems.cert).checkIP('127.0.0.1')).toBe('127.0.0.1');
    certificate = pems.cert;
    server = https.createServer({ key: pems.private, cert: pems.cert }, (request, response) => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'https://127.0.0.1').pathname);
      served.push(pathname);
      const file = pathname.startsWith(SUB_PATH) ? path.join(DIST, pathname.slice(SUB_PATH.length)) : '';
      if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        response.writeHead(404).end();
        return;
      }
      const types: Record<string, string> = {
        '.html': 'text/html; charset=utf-8',
        '.js': 'text/javascript; charset=utf-8',
        '.css': 'text/css; charset=utf-8',
        '.json': 'application/json; charset=utf-8',
        '.png': 'image/png',
        '.xml': 'application/xml',
      };
      response.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
      response.end(fs.readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `https://127.0.0.1:${(server.address() as AddressInfo).port}${SUB_PATH}`;
    // Chromium trusts this one certificate (its public key's SHA-256), and no other bad certificate.
    const spki = crypto
      .createHash('sha256')
      .update(new crypto.X509Certificate(pems.cert).publicKey.export({ type: 'spki', format: 'der' }))
      .digest('base64');
    browser = await chromium.launch({
      executablePath: await chromiumPath(),
      args: [...CHROMIUM_ARGS, `--ignore-certificate-errors-spki-list=${spki}`],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** GET over TLS, verified against the throwaway certificate as the one trusted authority. */
  const status = (url: string) =>
    new Promise<number>((resolve, reject) => {
      https
        .get(url, { ca: certificate }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        })
        .on('error', reject);
    });

  test('every URL of a manifest built for this server answers 200', async () => {
    const xml = hosting.manifestFor(SOURCE_MANIFEST, base, PACKAGE_VERSION);
    const urls = [...new Set(manifestUrls(xml))];
    expect(urls.length).toBeGreaterThan(5);
    const answers = await Promise.all(urls.map(async (u) => ({ u, status: await status(u) })));
    expect(answers).toEqual(urls.map((u) => ({ u, status: 200 })));
    expect(await status(`${base}no-such-file.js`)).toBe(404); // the server can say no
  });

  test('the task pane loads every asset with 200, logs no console error and mounts the panel', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    const responses: { url: string; status: number }[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => responses.push({ url: response.url(), status: response.status() }));
    await context.route(OFFICE_JS, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_OFFICE }),
    );
    // Nothing but the fake office.js and this server: any other request is a problem.
    await context.route(
      (url) => url.href !== OFFICE_JS && !url.href.startsWith(base),
      (route) => {
        problems.push(`outside: ${route.request().url()}`);
        return route.abort();
      },
    );
    await page.goto(`${base}taskpane.html`);
    await page.waitForSelector('#insert', { timeout: 30000 });
    await page.waitForLoadState('networkidle');
    const html = fs.readFileSync(distFile('taskpane.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="?([^"' >]+)/g)]
      .map((m) => m[1])
      .filter((a) => !/^[a-z]+:/i.test(a));
    expect(assets.length).toBeGreaterThan(3);
    for (const asset of assets) {
      // relative to the page, so the folder works under any sub-path
      expect({ asset, relative: !asset.startsWith('/') }).toEqual({ asset, relative: true });
      const url = new URL(asset, `${base}taskpane.html`).href;
      expect({ url, status: responses.find((r) => r.url === url)?.status }).toEqual({ url, status: 200 });
    }
    expect(responses.filter((r) => r.status !== 200)).toEqual([]);
    expect(problems).toEqual([]);
    expect(served.every((p) => p.startsWith(SUB_PATH))).toBe(true);
    const associated = await page.evaluate(
      () => (window as unknown as { __fake: { associated: string[] } }).__fake.associated,
    );
    expect(associated.length).toBeGreaterThan(0);
    await context.close();
  });
});
