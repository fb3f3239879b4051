/**
 * The functions.json that custom-functions-metadata generated at build time (from the JSDoc of the
 * generated wrappers) agrees with the core registry: every function, its parameters' names, order,
 * optional flags and dimensionality, and a matrix result so ranges spill (DESIGN.md §1–3).
 */
import * as fs from 'fs';
import * as path from 'path';
import { CATALOG } from '../../core';
import { functionsSource, GENERATED_PATH } from '../../excel-addin/build/functions-source';
import { distFile, ROOT } from './built';

interface MetadataParam { name: string; description?: string; dimensionality?: string; optional?: boolean; type?: string; repeating?: boolean }
interface MetadataFunction { id: string; name: string; description?: string; parameters: MetadataParam[]; result: { dimensionality?: string; type?: string }; options?: Record<string, unknown> }

const metadata = JSON.parse(fs.readFileSync(distFile('functions.json'), 'utf8')) as { functions: MetadataFunction[] };
const byId = new Map(metadata.functions.map((f) => [f.id, f]));

test('every catalog function is in functions.json, and nothing else is', () => {
  expect(metadata.functions.map((f) => f.id).sort()).toEqual(CATALOG.map((spec) => spec.name).sort());
  expect(new Set(metadata.functions.map((f) => f.id)).size).toBe(metadata.functions.length);
});

describe.each(CATALOG.map((spec) => [spec.name, spec] as const))('AI.%s', (name, spec) => {
  const fn = () => byId.get(name)!;

  test('id and name are the catalog name (so the formula is AI.NAME)', () => {
    expect(fn()).toBeDefined();
    expect(fn().id).toBe(name);
    expect(fn().name).toBe(name);
    expect(fn().id).toMatch(/^[A-Z0-9_.]{3,128}$/);
  });

  test('description starts with the registry summary', () => {
    expect(fn().description?.startsWith(spec.summary.replace(/\s+/g, ' ').trim())).toBe(true);
  });

  test('parameters: same names, order and optional flags; every one a matrix of any', () => {
    const params = fn().parameters;
    expect(params.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
    expect(params.map((p) => p.optional === true)).toEqual(spec.params.map((p) => p.optional === true));
    for (const p of params) {
      // matrix: a whole range reaches one call and core/lift.ts lifts it; any: blanks stay blank, not 0
      expect(p.dimensionality).toBe('matrix');
      expect(p.type ?? 'any').toBe('any');
      expect(p.repeating).toBeFalsy();
    }
    expect(params.map((p) => p.description)).toEqual(spec.params.map((p) => p.description.replace(/\s+/g, ' ').trim()));
  });

  test('result is a matrix, so rows and ranges spill; not volatile, not streaming', () => {
    expect(fn().result.dimensionality).toBe('matrix');
    expect(fn().options?.volatile).toBeFalsy();
    expect(fn().options?.stream).toBeFalsy();
  });
});

test('the generated wrappers in excel-addin/src/functions.ts are what the registry gives now', () => {
  const current = fs.readFileSync(GENERATED_PATH, 'utf8');
  expect(current).toBe(functionsSource(CATALOG));
});

test('the generator refuses a name Excel cannot take as an id', () => {
  const spec = { ...CATALOG[0], name: 'AB' };
  expect(() => functionsSource([spec])).toThrow(/3 to 128 characters/);
  const misordered = { ...CATALOG[0], params: [{ ...CATALOG[0].params[0], optional: true }, { ...CATALOG[0].params[1], optional: false }] };
  expect(() => functionsSource([misordered])).toThrow(/optional parameters last/);
});

describe('what the build adds to the generated metadata (excel-addin/build/finish-metadata.js)', () => {
  const full = JSON.parse(fs.readFileSync(distFile('functions.json'), 'utf8')) as { allowErrorForDataTypeAny?: unknown; functions: (MetadataFunction & { helpUrl?: string })[] };
  const manifestXml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const support = /<SupportUrl\s+DefaultValue="([^"]+)"/.exec(manifestXml)![1];
  const help = fs.readFileSync(distFile('help.html'), 'utf8');

  test('allowErrorForDataTypeAny is true at the top level, so Excel passes error cells in instead of skipping the call', () => {
    expect(full.allowErrorForDataTypeAny).toBe(true);
    expect(Object.keys(full)).toContain('functions');
  });

  test('every function has a helpUrl: the manifest support page at the function anchor', () => {
    for (const fn of full.functions) expect({ id: fn.id, helpUrl: fn.helpUrl }).toEqual({ id: fn.id, helpUrl: `${support}#AI.${fn.id}` });
  });

  test('help.html has one section per function at that anchor, saying what the function does and naming every parameter', () => {
    // the production build minifies HTML, so attribute quotes may be gone
    const anchors = [...help.matchAll(/<section id="?([^">\s]+)"?>([\s\S]*?)<\/section>/g)];
    expect(anchors.map((m) => m[1]).sort()).toEqual(CATALOG.map((s) => `AI.${s.name}`).sort());
    for (const [, id, body] of anchors) {
      const spec = CATALOG.find((s) => `AI.${s.name}` === id)!;
      const text = body.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      expect({ id, summary: text.includes(spec.summary.replace(/\s+/g, ' ').trim()) }).toEqual({ id, summary: true });
      for (const p of spec.params) expect({ id, param: p.name, named: text.includes(p.name) }).toEqual({ id, param: p.name, named: true });
    }
    expect(help).not.toContain('<!-- FUNCTIONS -->');
  });
});
