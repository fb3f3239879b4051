/**
 * Issue 25: sheets-addon/DEPLOY.md tells an administrator which scopes to put on the OAuth consent
 * screen and in the Marketplace SDK. Those must be exactly the scopes the add-on declares in
 * sheets-addon/appsscript.json: one more and the consent screen asks for access the add-on never
 * uses; one fewer and the listing cannot grant what the add-on needs.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const SCOPE = /https:\/\/www\.googleapis\.com\/auth\/[A-Za-z0-9._-]+/g;

const doc = fs.readFileSync(path.join(ROOT, 'sheets-addon', 'DEPLOY.md'), 'utf8');
const declared = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'sheets-addon', 'appsscript.json'), 'utf8')) as { oauthScopes: string[] }
).oauthScopes;

test('every scope the deployment guide names is declared in appsscript.json, and the other way round', () => {
  const named = [...new Set(doc.match(SCOPE) ?? [])].sort();
  expect(declared.length).toBeGreaterThan(0);
  expect(named).toEqual([...declared].sort());
});

test('the scope table gives each declared scope one row with a reason', () => {
  const rows = doc
    .split('\n')
    .filter((line) => /^\|\s*`https:\/\/www\.googleapis\.com\/auth\//.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  expect(rows.map((cells) => cells[1].replace(/`/g, '')).sort()).toEqual([...declared].sort());
  for (const cells of rows)
    expect({ scope: cells[1], reason: cells[2].length > 20 }).toEqual({ scope: cells[1], reason: true });
});
