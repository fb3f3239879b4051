/**
 * DESIGN.md §1: the registry, the Excel metadata (functions.json, generated from the Excel JSDoc)
 * and the Sheets JSDoc (Code.js) list the same functions with the same parameters, in the same
 * order, optional in the same places. Both files are the built ones (`npm run build` writes both).
 */
import * as fs from 'fs';
import * as path from 'path';
import { CATALOG, sheetsName } from '../../core';
import { readCode, ROOT } from '../../testkit/sheets/addon';

interface Signature {
  name: string;
  params: { name: string; optional: boolean }[];
}

const byName = (list: Signature[]) => [...list].sort((a, b) => a.name.localeCompare(b.name));

function registrySignatures(): Signature[] {
  return CATALOG.map((spec) => ({
    name: spec.name,
    params: spec.params.map((p) => ({ name: p.name, optional: p.optional === true })),
  }));
}

function sheetsSignatures(code: string): Signature[] {
  const pattern =
    /\/\*\*((?:(?!\*\/)[\s\S])*@customfunction(?:(?!\*\/)[\s\S])*)\*\/\nfunction AI([A-Z0-9]+)\(([^)]*)\)/g;
  return [...code.matchAll(pattern)].map((match) => {
    const docParams = [...match[1].matchAll(/@param \{[^}]+\} (\[?)([\w$]+)\]?/g)].map((m) => ({
      name: m[2],
      optional: m[1] === '[',
    }));
    const declared = match[3]
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    expect(declared).toEqual(docParams.map((p) => p.name));
    return { name: match[2], params: docParams };
  });
}

describe('the registry, Excel and Sheets agree', () => {
  const excelFile = path.join(ROOT, 'dist/excel-addin/functions.json');

  it('Sheets: every catalog function, its parameters in order, optional ones in brackets', () => {
    expect(byName(sheetsSignatures(readCode()))).toEqual(byName(registrySignatures()));
    // Sheets names are the Excel names without the dot (DESIGN.md §2).
    for (const spec of CATALOG) expect(sheetsName(spec)).toBe(`AI${spec.name.replace(/\./g, '')}`);
  });

  it('Excel functions.json and the Sheets JSDoc list the same functions and parameters', () => {
    if (!fs.existsSync(excelFile))
      throw new Error('dist/excel-addin/functions.json is missing: run npm run build (it builds both hosts)');
    const excel = JSON.parse(fs.readFileSync(excelFile, 'utf8')) as {
      functions: { name: string; parameters?: { name: string; optional?: boolean }[] }[];
    };
    const excelSignatures = excel.functions.map((f) => ({
      name: f.name,
      params: (f.parameters ?? []).map((p) => ({ name: p.name, optional: p.optional === true })),
    }));
    expect(byName(excelSignatures)).toEqual(byName(sheetsSignatures(readCode())));
  });
});
