/**
 * npm 11.19 rejects a lock entry without a version ("Invalid Version"), and this registry records no
 * `resolved` URLs, so a version and an integrity hash are what `npm ci` has to go on for each package.
 */
import * as fs from 'fs';
import * as path from 'path';

const lock = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, { version?: string; integrity?: string; link?: boolean }>;
};

test('every installed package in the lock file has a version and an integrity hash', () => {
  const entries = Object.entries(lock.packages).filter(([key, entry]) => key !== '' && !entry.link);
  expect(entries.length).toBeGreaterThan(100);
  const lacking = entries.filter(([, entry]) => !entry.version || !entry.integrity).map(([key]) => key);
  expect(lacking).toEqual([]);
});

test('the lock file is the format npm 11 writes', () => {
  expect(lock.lockfileVersion).toBe(3);
});
