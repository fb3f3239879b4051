/**
 * The README's function table is generated from the registry (`npm run docs`); this fails when the
 * committed README says something else, so a catalog change cannot leave the table behind.
 */
import * as fs from 'fs';
import { CATALOG } from '../../core';
import { functionTable, README_PATH, withFunctionTable } from '../../scripts/gen-readme-functions';

const readme = fs.readFileSync(README_PATH, 'utf8');

test('the committed README holds the table the registry gives now (run `npm run docs` if not)', () => {
  expect(readme).toBe(withFunctionTable(readme));
});

test('every function and every parameter is in the table, AI.OFFER and AI.OFFERTABLE with [discount]', () => {
  const table = functionTable(CATALOG);
  for (const spec of CATALOG) {
    const row = table.split('\n').find((line) => line.startsWith(`| \`AI.${spec.name}(`));
    expect(row).toBeDefined();
    for (const p of spec.params) expect(row).toContain(p.optional ? `[${p.name}]` : p.name);
  }
  expect(table).toMatch(/`AI\.OFFER\(base, .*, \[years\], \[discount\]\)`/);
  expect(table).toMatch(/`AI\.OFFERTABLE\(base, .*, \[refresh\], \[discount\]\)`/);
});

test('a table out of step with the registry is caught', () => {
  const stale = readme.replace('[discount])` / `AIOFFER`', ')` / `AIOFFER`');
  expect(stale).not.toBe(readme);
  expect(stale).not.toBe(withFunctionTable(stale));
});
