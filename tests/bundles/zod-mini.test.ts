/**
 * What the built bundles carry of zod (issue 6: Code.js under 100 KB; DESIGN.md §7: no eval or
 * new Function). The core's schemas use zod/mini: its object parser never compiles code, and its
 * functions tree-shake, where classic zod's methods and locales do not. The figure schema
 * (data/figure.ts) is for tests only: runtime code imports its type alone.
 * Reads the files `npm run build` writes.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const BUNDLES = ['dist/sheets-addon/Code.js', 'dist/sheets-addon/Sidebar.html', 'dist/excel-addin/functions.js', 'dist/excel-addin/taskpane.js', 'dist/panel/panel.js'];

function built(file: string): string {
  const full = path.join(ROOT, file);
  if (!fs.existsSync(full)) throw new Error(`${file} is missing: run \`npm run build\` before these tests`);
  return fs.readFileSync(full, 'utf8');
}

describe.each(BUNDLES)('%s', (file) => {
  const code = built(file);
  test('never builds code from text: no Function constructor, no eval', () => {
    expect(code.match(/\bFunction\s*\(|\beval\s*\(/g)).toBeNull();
  });
  test('carries no classic zod (its compiled object parser is the marker)', () => {
    expect(code.includes('ZodObjectJIT')).toBe(false);
  });
  test('carries no figure schema (a test-only contract)', () => {
    expect(code.includes('a derived figure needs its derivation')).toBe(false);
  });
});

test('the bundles that parse offers and band tables carry zod/mini', () => {
  for (const file of ['dist/sheets-addon/Code.js', 'dist/excel-addin/functions.js', 'dist/panel/panel.js']) expect(built(file)).toContain('ZodMiniObject');
});
