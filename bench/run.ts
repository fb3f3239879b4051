/**
 * `npm run bench`: runs every bench/*.bench.ts (each exports `run()`), in name order, and prints
 * their tables. Not part of `npm test`.
 */
import * as fs from 'fs';
import * as path from 'path';

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
    .sort();
  console.log(`# Benchmarks (${new Date().toISOString()}, node ${process.version})`);
  for (const file of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bench = require(path.join(__dirname, file)) as { run: () => void | Promise<void> };
    await bench.run();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
