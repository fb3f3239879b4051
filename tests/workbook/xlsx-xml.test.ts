/**
 * The shipped .xlsx files hold what Excel itself saves for a workbook that uses the add-in (as a
 * workbook Excel saved shows; this test reads only the repository's files): custom functions as
 * `_xldudf_AI_NAME(`, every formula a dynamic array (`t="array"` + `cm` into XLDAPR metadata), a
 * cached value in every computed cell, and the web extension parts naming the manifest's add-in.
 * Read straight from the zip's XML, apart from the generator.
 */
import * as fs from 'fs';
import * as path from 'path';
import { SaxesParser } from 'saxes';

const ROOT = path.resolve(__dirname, '../..');
import { CATALOG } from '../../core/registry';
import { attributes, codeOf, decodeRange, manifest, openXlsx, readSheet, relationships, XlsxCell } from './xlsx-read';

const WORKBOOKS = [
  { file: 'offer-tracker.xlsx', sheet: 'Offers' },
  { file: 'pay-range-model.xlsx', sheet: 'Pay ranges' },
] as const;

const CATALOG_NAMES = new Set(CATALOG.map((spec) => spec.name));
const DYNAMIC_ARRAY_URI = '{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}';

/** What is wrong with one formula's spelling, or nothing. */
function spellingProblems(cell: XlsxCell): string[] {
  const code = codeOf(cell.formula!.text);
  const problems: string[] = [];
  if (/(?<![A-Za-z0-9_])AI\./i.test(code))
    problems.push(`${cell.ref}: bare AI. name (Excel keeps it #NAME? after the add-in loads): ${cell.formula!.text}`);
  for (const m of code.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)) {
    const stored = /^_xldudf_AI_([A-Z0-9_]+)$/.exec(m[1]);
    if (!stored || !CATALOG_NAMES.has(stored[1]))
      problems.push(`${cell.ref}: ${m[1]}( is not _xldudf_AI_ + a catalog name`);
  }
  return problems;
}

describe.each(WORKBOOKS)('$file as Excel reads it', ({ file, sheet }) => {
  let parts: Map<string, string>;
  let cells: XlsxCell[];
  let formulas: XlsxCell[];
  beforeAll(async () => {
    parts = await openXlsx(file);
    cells = readSheet(parts, sheet);
    formulas = cells.filter((c) => c.formula);
  });

  test('every part is well-formed, namespace-correct XML (saxes, the parser exceljs reads with)', () => {
    const broken: string[] = [];
    for (const [name, xml] of parts) {
      const parser = new SaxesParser({ xmlns: true });
      parser.on('error', (e) => broken.push(`${name}: ${e.message}`));
      parser.write(xml).close();
    }
    expect(broken).toEqual([]);
  });

  test('every formula calls the catalog as _xldudf_AI_NAME, never a bare AI.NAME', () => {
    expect(formulas.length).toBeGreaterThan(5);
    expect(formulas.flatMap(spellingProblems)).toEqual([]);
  });

  test('every formula is a dynamic array: t="array", a ref anchored at its own cell, cm into the XLDAPR metadata', () => {
    const problems = formulas.flatMap((c) => {
      const f = c.formula!.attrs;
      const range = f.ref ? decodeRange(f.ref) : undefined;
      const out: string[] = [];
      if (f.t !== 'array') out.push(`${c.ref}: f t="${f.t}"`);
      if (!range || range.top !== c.row || range.left !== c.col)
        out.push(`${c.ref}: ref ${f.ref} is not anchored here`);
      if (c.attrs.cm !== '1')
        out.push(`${c.ref}: cm="${c.attrs.cm}" (without it Excel reads a legacy Ctrl+Shift+Enter array)`);
      return out;
    });
    expect(problems).toEqual([]);

    const metadata = parts.get('xl/metadata.xml');
    expect(metadata).toBeDefined();
    const types = [...metadata!.matchAll(/<metadataType\b([^>]*)\/>/g)].map((m) => attributes(m[1]).name);
    const future = /<futureMetadata name="XLDAPR"[^>]*>([\s\S]*?)<\/futureMetadata>/.exec(metadata!)?.[1] ?? '';
    const cellBlocks = [
      ...(/<cellMetadata\b[^>]*>([\s\S]*?)<\/cellMetadata>/.exec(metadata!)?.[1] ?? '').matchAll(
        /<bk>([\s\S]*?)<\/bk>/g,
      ),
    ];
    // cm="1" is the first cell-metadata block; its rc points (1-based type, 0-based block) at XLDAPR's dynamic-array flag.
    const rc = attributes(/<rc\b([^>]*)\/>/.exec(cellBlocks[0]?.[1] ?? '')?.[1] ?? '');
    expect(types[Number(rc.t) - 1]).toBe('XLDAPR');
    const flagBlocks = [...future.matchAll(/<bk>([\s\S]*?)<\/bk>/g)];
    const flag = flagBlocks[Number(rc.v)]?.[1] ?? '';
    expect(flag).toContain(`<ext uri="${DYNAMIC_ARRAY_URI}">`);
    expect(attributes(/<xda:dynamicArrayProperties\b([^>]*)\/>/.exec(flag)?.[1] ?? '')).toEqual({
      fDynamic: '1',
      fCollapsed: '0',
    });
    expect(metadata).toContain('xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"');
  });

  test('the package is consistent: metadata.xml has its content type and workbook relationship; every part named exists', () => {
    const types = parts.get('[Content_Types].xml')!;
    const overrides = [...types.matchAll(/<Override\b([^>]*)\/>/g)].map((m) => attributes(m[1]));
    expect(overrides.find((o) => o.PartName === '/xl/metadata.xml')?.ContentType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml',
    );
    expect(overrides.filter((o) => !parts.has(o.PartName.slice(1))).map((o) => o.PartName)).toEqual([]);
    const workbookRels = relationships(parts, 'xl/workbook.xml');
    expect(
      workbookRels
        .filter((r) => r.type === 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata')
        .map((r) => r.target),
    ).toEqual(['xl/metadata.xml']);
    for (const part of ['', 'xl/workbook.xml', 'xl/webextensions/taskpanes.xml']) {
      const rels = relationships(parts, part);
      expect(rels.filter((r) => !parts.has(r.target)).map((r) => `${part || 'package'} -> ${r.target}`)).toEqual([]);
      expect(new Set(rels.map((r) => r.id)).size).toBe(rels.length);
    }
  });

  test('every computed cell caches its value, typed as Excel types it; rows without inputs stay blank', () => {
    const at = new Map(cells.map((c) => [`${c.row}:${c.col}`, c]));
    const problems: string[] = [];
    let cached = 0;
    for (const anchor of formulas) {
      if (anchor.v === undefined) problems.push(`${anchor.ref}: formula without a cached value`);
      const range = decodeRange(anchor.formula!.attrs.ref);
      for (let row = range.top; row <= range.bottom; row++) {
        const hasInput = at.get(`${row}:1`)?.value != null;
        for (let col = range.left; col <= range.right; col++) {
          const cell = at.get(`${row}:${col}`);
          if (hasInput && cell?.v === undefined)
            problems.push(`R${row}C${col}: no cached value in ${anchor.ref}'s spill`);
          if (!hasInput && cell?.v !== undefined) problems.push(`R${row}C${col}: a value in a row with no inputs`);
          if (cell?.v === undefined) continue;
          cached++;
          if (/^#(N\/A|VALUE!|NUM!|REF!|DIV\/0!|NAME\?|NULL!)$/.test(cell.v) !== (cell.attrs.t === 'e'))
            problems.push(`${cell.ref}: ${cell.v} typed t="${cell.attrs.t}"`);
          if (cell.value === '#NAME?' || (typeof cell.value === 'object' && cell.value?.error === '#NAME?'))
            problems.push(`${cell.ref}: cached #NAME?`);
          if (cell.attrs.t === undefined && Number.isNaN(cell.value))
            problems.push(`${cell.ref}: ${cell.v} is not a number`);
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(cached).toBeGreaterThan(formulas.length * 10);
  });

  test("the add-in reference: web extension parts name the manifest's add-in and each function the formulas call", () => {
    const taskpanes = relationships(parts, '').filter(
      (r) => r.type === 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes',
    );
    expect(taskpanes.map((r) => r.target)).toEqual(['xl/webextensions/taskpanes.xml']);
    const pane = attributes(/<wetp:taskpane\b([^>]*)>/.exec(parts.get('xl/webextensions/taskpanes.xml')!)![1]);
    expect(pane).toMatchObject({ dockstate: 'right', visibility: '0' });
    const refId = attributes(
      /<wetp:webextensionref\b([^>]*)\/>/.exec(parts.get('xl/webextensions/taskpanes.xml')!)![1],
    )['r:id'];
    const ext = relationships(parts, 'xl/webextensions/taskpanes.xml').find((r) => r.id === refId);
    expect(ext?.type).toBe('http://schemas.microsoft.com/office/2011/relationships/webextension');

    const xml = parts.get(ext!.target)!;
    const reference = attributes(/<we:reference\b([^>]*)\/>/.exec(xml)![1]);
    expect(reference).toEqual({
      id: manifest().id,
      version: manifest().version,
      store: 'developer',
      storeType: 'Registry',
    });
    // Issue 19: the path the samples assume is the one the READMEs send Windows users down first
    // (office-addin-dev-settings register writes the Registry / "developer" registration), and the
    // READMEs say what other paths show and how to re-bind a file's formulas.
    const examplesReadme = fs.readFileSync(path.join(ROOT, 'examples/README.md'), 'utf8');
    const excelReadme = fs.readFileSync(path.join(ROOT, 'excel-addin/README.md'), 'utf8');
    for (const readme of [examplesReadme, excelReadme]) {
      expect(readme).toContain('npx office-addin-dev-settings register manifest.xml');
      expect(readme).toMatch(/`_xldudf_AI_` with `AI\.`/);
    }
    expect(examplesReadme).toContain(`storeType="${reference.storeType}"`);
    expect(examplesReadme).toContain(`store="${reference.store}"`);
    expect(examplesReadme).toMatch(/could not be started|not available on the web/);
    const listed = [...xml.matchAll(/<we:customFunctionIds>([^<]*)<\/we:customFunctionIds>/g)].map((m) => m[1]).sort();
    const used = [
      ...new Set(formulas.flatMap((c) => [...codeOf(c.formula!.text).matchAll(/(_xldudf_\w+)\(/g)].map((m) => m[1]))),
    ].sort();
    expect(listed).toEqual(used);

    const types = [...parts.get('[Content_Types].xml')!.matchAll(/<Override\b([^>]*)\/>/g)].map((m) =>
      attributes(m[1]),
    );
    expect(types.find((o) => o.PartName === '/xl/webextensions/taskpanes.xml')?.ContentType).toBe(
      'application/vnd.ms-office.webextensiontaskpanes+xml',
    );
    expect(types.find((o) => o.PartName === `/${ext!.target}`)?.ContentType).toBe(
      'application/vnd.ms-office.webextension+xml',
    );
  });
});
