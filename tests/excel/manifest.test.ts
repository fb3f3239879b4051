/**
 * manifest.xml checked offline. `office-addin-manifest validate` posts the manifest to a Microsoft
 * service that cannot be reached here (run it before publishing, excel-addin/README.md); these
 * checks cover what Excel rejects a manifest for: well-formed XML in the right namespaces, the
 * required elements in the order the schema requires, every resid resolving to a resource of the
 * right kind, HTTPS everywhere, the AI namespace, the shared runtime, and URLs that point at files
 * the build really writes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { SaxesParser } from 'saxes';
import { DIST, ROOT, distFile } from '../../testkit/excel/built';

interface XmlElement {
  readonly name: string; // local name
  readonly uri: string; // namespace URI
  readonly attributes: Record<string, string>; // by qualified name
  readonly children: XmlElement[];
  text: string;
}

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [qname, attr] of Object.entries(tag.attributes)) attributes[qname] = attr.value;
    const element: XmlElement = { name: tag.local, uri: tag.uri, attributes, children: [], text: '' };
    if (stack.length) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    if (stack.length) stack[stack.length - 1].text += text;
  });
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close(); // throws on anything not well-formed
  if (!root) throw new Error('no root element');
  return root;
}

const manifestText = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const manifest = parseXml(manifestText);

const child = (element: XmlElement, name: string): XmlElement => {
  const found = element.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
};
const path_ = (element: XmlElement, ...names: string[]): XmlElement => names.reduce(child, element);
function* walk(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const c of element.children) yield* walk(c);
}

/** Asserts the children of `element` appear in schema order (a subsequence of `order`), and the required ones are there. */
function expectSchemaOrder(element: XmlElement, order: readonly string[], required: readonly string[]): void {
  const names = element.children.map((c) => c.name);
  for (const name of names)
    expect({ parent: element.name, child: name, known: order.includes(name) }).toEqual({
      parent: element.name,
      child: name,
      known: true,
    });
  const positions = names.map((n) => order.indexOf(n));
  const sorted = [...positions].sort((a, b) => a - b);
  expect({ parent: element.name, order: names }).toEqual({ parent: element.name, order: sorted.map((p) => order[p]) });
  for (const name of required)
    expect({ parent: element.name, has: name, present: names.includes(name) }).toEqual({
      parent: element.name,
      has: name,
      present: true,
    });
}

const overrides = child(manifest, 'VersionOverrides');
const workbookHost = path_(overrides, 'Hosts', 'Host');
const resources = child(overrides, 'Resources');
const resourceIds = (kind: string): Map<string, string> =>
  new Map(child(resources, kind).children.map((r) => [r.attributes.id, r.attributes.DefaultValue]));
const urls = resourceIds('Urls');
const images = resourceIds('Images');
const shortStrings = resourceIds('ShortStrings');
const longStrings = resourceIds('LongStrings');

/** The file under dist/excel-addin a localhost URL names (the origin `npm start` serves). */
function builtFileFor(url: string): string {
  const parsed = new URL(url);
  expect(parsed.origin).toBe('https://localhost:3000');
  return path.join(DIST, decodeURIComponent(parsed.pathname));
}

describe('shape', () => {
  test('well-formed, a TaskPaneApp in the appforoffice 1.1 namespace', () => {
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.uri).toBe(NS.app);
    expect(manifest.attributes['xsi:type']).toBe('TaskPaneApp');
    expect(overrides.uri).toBe(NS.ov);
    expect(overrides.attributes['xsi:type']).toBe('VersionOverridesV1_0');
    expect(child(resources, 'Images').uri).toBe(NS.bt);
  });

  test('the top-level elements Excel requires, in schema order', () => {
    expectSchemaOrder(
      manifest,
      [
        'Id',
        'AlternateId',
        'Version',
        'ProviderName',
        'DefaultLocale',
        'DisplayName',
        'Description',
        'IconUrl',
        'HighResolutionIconUrl',
        'SupportUrl',
        'AppDomains',
        'Hosts',
        'Requirements',
        'DefaultSettings',
        'Permissions',
        'AllowSnapshot',
        'VersionOverrides',
      ],
      [
        'Id',
        'Version',
        'ProviderName',
        'DefaultLocale',
        'DisplayName',
        'Description',
        'IconUrl',
        'HighResolutionIconUrl',
        'SupportUrl',
        'Hosts',
        'Requirements',
        'DefaultSettings',
        'Permissions',
        'VersionOverrides',
      ],
    );
    expect(child(manifest, 'Id').text.trim()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(child(manifest, 'Version').text.trim()).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(path_(manifest, 'Hosts').children.map((h) => h.attributes.Name)).toEqual(['Workbook']);
  });

  test('inside VersionOverrides: hosts, form factors, extension points and resources in schema order', () => {
    expectSchemaOrder(
      overrides,
      ['Description', 'Requirements', 'Hosts', 'Resources', 'EquivalentAddins', 'VersionOverrides'],
      ['Hosts', 'Resources'],
    );
    expect(workbookHost.attributes['xsi:type']).toBe('Workbook');
    expectSchemaOrder(
      workbookHost,
      ['Runtimes', 'AllFormFactors', 'DesktopFormFactor', 'MobileFormFactor'],
      ['Runtimes', 'AllFormFactors', 'DesktopFormFactor'],
    );
    const desktop = child(workbookHost, 'DesktopFormFactor');
    expectSchemaOrder(desktop, ['GetStarted', 'FunctionFile', 'ExtensionPoint'], ['FunctionFile', 'ExtensionPoint']);
    const functions = path_(workbookHost, 'AllFormFactors', 'ExtensionPoint');
    expect(functions.attributes['xsi:type']).toBe('CustomFunctions');
    expectSchemaOrder(
      functions,
      ['Script', 'Page', 'Metadata', 'Namespace'],
      ['Script', 'Page', 'Metadata', 'Namespace'],
    );
    expectSchemaOrder(
      resources,
      ['Images', 'Urls', 'ShortStrings', 'LongStrings'],
      ['Images', 'Urls', 'ShortStrings', 'LongStrings'],
    );
    const button = [...walk(desktop)].find((e) => e.name === 'Control')!;
    expect(button.attributes['xsi:type']).toBe('Button');
    expectSchemaOrder(button, ['Label', 'Supertip', 'Icon', 'Action'], ['Label', 'Supertip', 'Icon', 'Action']);
    expect(child(button, 'Action').attributes['xsi:type']).toBe('ShowTaskpane');
  });
});

describe('resources', () => {
  test('every resid resolves to a resource of the kind its element needs', () => {
    const kindOf = (element: XmlElement, parent: XmlElement | undefined): Map<string, string> => {
      if (element.name === 'Image') return images;
      if (['SourceLocation', 'Runtime', 'FunctionFile', 'LearnMoreUrl'].includes(element.name)) return urls;
      if (element.name === 'Description' && parent && ['Supertip', 'GetStarted'].includes(parent.name))
        return longStrings;
      return shortStrings; // Label, Title, Namespace
    };
    let checked = 0;
    const visit = (element: XmlElement, parent?: XmlElement) => {
      const resid = element.attributes.resid;
      if (resid !== undefined) {
        expect({ element: element.name, resid, length: resid.length <= 32 }).toEqual({
          element: element.name,
          resid,
          length: true,
        });
        expect({ element: element.name, resid, resolves: kindOf(element, parent).has(resid) }).toEqual({
          element: element.name,
          resid,
          resolves: true,
        });
        checked++;
      }
      for (const c of element.children) visit(c, element);
    };
    visit(child(workbookHost, 'DesktopFormFactor'));
    visit(child(workbookHost, 'AllFormFactors'));
    visit(child(workbookHost, 'Runtimes'));
    expect(checked).toBeGreaterThan(15);
  });

  test('resource ids are unique and strings fit Office limits (short 125, long 250 characters)', () => {
    const ids = ['Images', 'Urls', 'ShortStrings', 'LongStrings'].flatMap((k) =>
      child(resources, k).children.map((r) => r.attributes.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const [id, text] of shortStrings) expect({ id, fits: text.length <= 125 }).toEqual({ id, fits: true });
    for (const [id, text] of longStrings) expect({ id, fits: text.length <= 250 }).toEqual({ id, fits: true });
  });

  test('every URL in the manifest is HTTPS', () => {
    const found = [...manifestText.matchAll(/\b(?:DefaultValue|Override|Value)="([a-z]+:\/\/[^"]*)"/gi)].map(
      (m) => m[1],
    );
    expect(found.length).toBeGreaterThan(8);
    for (const url of found) expect(url).toMatch(/^https:\/\//);
    expect(manifestText).not.toMatch(/http:\/\/(?!schemas\.microsoft\.com|www\.w3\.org)/);
  });
});

describe('custom functions and the shared runtime', () => {
  const functions = () => path_(workbookHost, 'AllFormFactors', 'ExtensionPoint');
  const urlOf = (element: XmlElement) => urls.get(element.attributes.resid)!;

  test('the namespace is AI', () => {
    expect(shortStrings.get(child(functions(), 'Namespace').attributes.resid)).toBe('AI');
  });

  // Microsoft's "Configure your Office Add-in to use a shared runtime" (office-js-docs-pr, revised
  // 2026-07 by PR #5846): <Runtimes> first in the host, lifetime long, and the same resid for the
  // runtime, the functions page, the function file and the task pane (the shared runtime does not
  // load if they differ); one task pane only: in a <Host> whose <Runtime> is long-lived, no <Action>
  // has a <TaskpaneId> child (the older wording, that a pane without one counts as another pane, is gone).
  test('one long-lived runtime shared by the functions page, the task pane and the function file', () => {
    expect(workbookHost.children[0].name).toBe('Runtimes');
    const runtimes = child(workbookHost, 'Runtimes').children;
    expect(runtimes.map((r) => r.name)).toEqual(['Runtime']);
    const runtime = runtimes[0];
    expect(runtime.attributes.lifetime).toBe('long');
    const page = path_(functions(), 'Page', 'SourceLocation');
    expect(page.attributes.resid).toBe(runtime.attributes.resid);
    expect(child(child(workbookHost, 'DesktopFormFactor'), 'FunctionFile').attributes.resid).toBe(
      runtime.attributes.resid,
    );
    const panes = [...walk(workbookHost)].filter(
      (e) => e.name === 'Action' && e.attributes['xsi:type'] === 'ShowTaskpane',
    );
    expect(panes.length).toBeGreaterThan(0);
    for (const action of panes) expect(child(action, 'SourceLocation').attributes.resid).toBe(runtime.attributes.resid);
    const actions = [...walk(workbookHost)].filter((e) => e.name === 'Action');
    expect(actions.filter((a) => a.children.some((c) => c.name.toLowerCase() === 'taskpaneid'))).toEqual([]);
    const sets = path_(manifest, 'Requirements', 'Sets').children;
    expect(sets.find((s) => s.attributes.Name === 'SharedRuntime')?.attributes.MinVersion).toBe('1.1');
  });

  // Issue 19: the manifest declares the custom-functions requirement set the code needs:
  // CustomFunctions.Error came in CustomFunctionsRuntime 1.2, the #DIV/0!, #NUM! and #NULL! codes in 1.3.
  test('CustomFunctionsRuntime is declared at the version the Excel code uses', () => {
    const code = fs.readFileSync(path.join(ROOT, 'excel-addin/src/excel-call.ts'), 'utf8');
    const needed = /'#DIV\/0!'|'#NUM!'|'#NULL!'|divisionByZero|invalidNumber|nullReference/.test(code)
      ? '1.3'
      : /CustomFunctions\.Error\b/.test(code)
        ? '1.2'
        : '1.1';
    expect(needed).toBe('1.3');
    const sets = path_(manifest, 'Requirements', 'Sets').children;
    expect(sets.find((s) => s.attributes.Name === 'CustomFunctionsRuntime')?.attributes.MinVersion).toBe(needed);
  });

  test('the support URL is the help page the build writes, the page every function helpUrl points into', () => {
    const support = child(manifest, 'SupportUrl').attributes.DefaultValue;
    expect(path.basename(builtFileFor(support))).toBe('help.html');
    const json = JSON.parse(fs.readFileSync(distFile('functions.json'), 'utf8')) as {
      functions: { helpUrl?: string }[];
    };
    // the help links are written from the manifest of the build in dist (localhost, or a hosted URL)
    const built = /<SupportUrl\s+DefaultValue="([^"]+)"/.exec(fs.readFileSync(distFile('manifest.xml'), 'utf8'))?.[1];
    expect(built?.replace(/^.*\//, '')).toBe(support.replace(/^.*\//, ''));
    for (const fn of json.functions) expect(fn.helpUrl?.startsWith(`${built}#`)).toBe(true);
  });

  test('the script, page and metadata URLs point at files the build writes', () => {
    const script = builtFileFor(urlOf(path_(functions(), 'Script', 'SourceLocation')));
    const page = builtFileFor(urlOf(path_(functions(), 'Page', 'SourceLocation')));
    const metadata = builtFileFor(urlOf(path_(functions(), 'Metadata', 'SourceLocation')));
    // the self-contained bundle (a host may load the Script alone); the page loads the shared chunks
    expect(path.basename(script)).toBe('functions-standalone.js');
    expect(path.basename(metadata)).toBe('functions.json');
    for (const file of [script, page, metadata])
      expect({ file, exists: fs.existsSync(file) }).toEqual({ file, exists: true });
    const json = JSON.parse(fs.readFileSync(metadata, 'utf8')) as { functions: unknown[] };
    expect(json.functions.length).toBeGreaterThan(0);
    // The shared-runtime page must load the functions script itself, and office.js from Office's CDN.
    const html = fs.readFileSync(page, 'utf8');
    expect(html).toMatch(/<script[^>]+src="?functions\.js"?/);
    expect(html).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });

  test('every other localhost URL (icons, support, task pane) names a built file', () => {
    const all = [...manifestText.matchAll(/"(https:\/\/localhost:3000\/[^"]*)"/g)].map((m) => m[1]);
    expect(all.length).toBeGreaterThan(5);
    distFile('taskpane.html');
    for (const url of all) {
      const file = builtFileFor(url);
      expect({ url, exists: fs.existsSync(file) }).toEqual({ url, exists: true });
    }
  });

  test('the icons are PNGs of the sizes their ids claim', () => {
    for (const [id, url] of images) {
      const size = Number(/(\d+)x\1/.exec(id)![1]);
      const png = fs.readFileSync(builtFileFor(url));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

test('permissions are the least the task pane needs: ReadWriteDocument (read a row, write a table, save settings)', () => {
  expect(child(manifest, 'Permissions').text.trim()).toBe('ReadWriteDocument');
});
