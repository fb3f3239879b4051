/**
 * Issue 19: no article's file name ships in any bundle. The seed file names live in
 * data/seed-files.ts, which only the seed check and tests import; every built file under dist/ is
 * read here (run `npm run build` first).
 */
import * as fs from 'fs';
import * as path from 'path';
import { SEED_FILES } from '../../data/seed-files';

const DIST = path.resolve(__dirname, '../../dist');

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

test('no built file names a seed article file', () => {
  const built = ['excel-addin', 'sheets-addon', 'panel'].flatMap((part) => {
    const dir = path.join(DIST, part);
    if (!fs.existsSync(dir)) throw new Error(`${dir} is missing: run npm run build`);
    return files(dir);
  });
  expect(built.length).toBeGreaterThan(5);
  const names = Object.values(SEED_FILES);
  const found = built.flatMap((file) => {
    const text = fs.readFileSync(file, 'latin1');
    return [...names.filter((n) => text.includes(n)), ...(text.match(/\b\d{3}_[0-9a-f]{16}\.txt\b/g) ?? [])].map(
      (n) => `${path.relative(DIST, file)}: ${n}`,
    );
  });
  expect(found).toEqual([]);
});
