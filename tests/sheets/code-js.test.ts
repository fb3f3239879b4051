/**
 * The built Code.js as Apps Script reads it: every catalog function is a top-level function named
 * as DESIGN.md §2 says, right below a JSDoc block Sheets autocompletes from (summary, an example,
 * each parameter with optional ones in brackets, @return, @customfunction), with its parameters.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CATALOG, sheetsName } from '../../core';
import { DIST, readCode } from '../../testkit/sheets/addon';
import { exampleFormula } from '../../core/examples';
import { exampleLabel, hostSpelling, paramHelp } from '../../core/help';

interface DocumentedFunction {
  doc: string;
  params: string[];
}

/** Every `/** ... *\/ function NAME(params)` at the top level, by name. */
function documentedFunctions(code: string): Map<string, DocumentedFunction> {
  const found = new Map<string, DocumentedFunction>();
  const pattern = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\n(function ([A-Za-z_$][\w$]*)\(([^)]*)\) \{)/g;
  for (const match of code.matchAll(pattern)) {
    const params = match[4]
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    found.set(match[3], { doc: match[1], params });
  }
  return found;
}

describe('Code.js custom functions', () => {
  const code = readCode();
  const functions = documentedFunctions(code);

  it('defines one documented custom function per catalog entry, and no others', () => {
    const customFunctions = [...functions]
      .filter(([, f]) => /@customfunction/.test(f.doc))
      .map(([name]) => name)
      .sort();
    expect(customFunctions).toEqual(CATALOG.map((spec) => sheetsName(spec)).sort());
    expect(CATALOG.length).toBeGreaterThanOrEqual(9);
  });

  describe.each(CATALOG.map((spec) => [sheetsName(spec), spec] as const))('%s', (name, spec) => {
    it("has the catalog parameters, in order, as the function's own parameters", () => {
      const fn = functions.get(name);
      expect(fn).toBeDefined();
      expect(fn!.params).toEqual(spec.params.map((p) => p.name));
    });

    it('has a JSDoc block with the summary, an example, each @param (optional in brackets), @return and @customfunction', () => {
      const doc = functions
        .get(name)!
        .doc.split('\n')
        .map((line) => line.replace(/^\s*\*\s?/, ''))
        .join('\n');
      expect(doc).toContain(hostSpelling(spec.summary, 'sheets'));
      expect(doc).toContain(`${exampleLabel(spec)}: ${exampleFormula(spec, 'sheets')}`);
      expect(doc).toMatch(new RegExp(`Example[^:]*: =${name}\\(`));
      const params = [...doc.matchAll(/^@param \{([^}]+)\} (\[?)([\w$]+)\]? (.+)$/gm)];
      expect(params.map((m) => [m[3], m[2] === '['])).toEqual(spec.params.map((p) => [p.name, p.optional === true]));
      params.forEach((m, i) => {
        expect(m[4]).toBe(paramHelp(spec.params[i], 'sheets'));
        expect(m[1]).toContain(spec.params[i].cellType === 'number' ? 'number' : 'string');
      });
      expect(doc).toMatch(/^@return \{[^}]+\} \S/m);
      expect(doc.trim().endsWith('@customfunction')).toBe(true);
      // Sheets users never see the Excel spelling.
      expect(doc).not.toMatch(/\bAI\.[A-Z]/);
    });
  });

  it('defines the triggers, menu actions and sidebar calls as top-level functions', () => {
    for (const name of [
      'onOpen',
      'onInstall',
      'showOfferPanel',
      'insertBandTable',
      'showAbout',
      'getPanelState',
      'savePanelState',
      'readSelectedRow',
      'writeCells',
      'nameRange',
    ]) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  it('calls nothing over the network and evaluates no code', () => {
    expect(code).not.toMatch(/UrlFetchApp|XMLHttpRequest|\bfetch\(|\beval\(|import\(|require\(/);
  });
});

describe('appsscript.json', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'));

  it('runs on V8 with only the scopes of DESIGN.md §7, and logs exceptions', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    expect(typeof manifest.timeZone).toBe('string');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  });

  it('is an editor add-on: no Workspace add-on section (Sheets loads custom functions only from editor add-ons)', () => {
    expect(manifest.addOns).toBeUndefined();
    expect(manifest.urlFetchWhitelist).toBeUndefined();
  });
});
