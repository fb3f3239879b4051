/**
 * `npm run fuzz`: the long fuzz pass. Every catalog function, through the built Sheets bundle and
 * the built Excel functions script, with at least 10,000 generated calls each (tests/fuzz/host-fuzz.ts
 * says what is generated and what must hold). The generated cells include the hostile ones of issue 15
 * (HOSTILE_TEXT and HOSTILE_NUMBERS there: every Object.prototype name, European numbers, huge
 * magnitudes, 50,000-character text), about one cell in eight; tests/hostile holds a test per class.
 * Prints the counts; exits 1 on any violation.
 *
 *   npm run fuzz                 # 10,000 calls per function per host, a random seed (printed)
 *   npm run fuzz -- 50000 1234   # more calls, a chosen seed (to replay a failure)
 */
import { CATALOG, emptyCounts, ExcelFuzzer, fuzz, FuzzCounts, SheetsFuzzer } from '../testkit/host-fuzz';
import { excelName, sheetsName } from '../core/function-spec';

const runs = Math.max(10_000, Number(process.argv[2] ?? 10_000) || 10_000);
const seed = Number(process.argv[3] ?? Date.now() % 2_147_483_647);

function main(): void {
  console.log(`# Fuzz: ${runs.toLocaleString('en-US')} calls per function per host, seed ${seed}`);
  console.log('| host | function | calls | clean | with error cells | whole-formula errors | violations |');
  console.log('|---|---|---:|---:|---:|---:|---|');
  const hosts = [
    { label: 'Sheets Code.js', fuzzer: new SheetsFuzzer(), name: sheetsName },
    { label: 'Excel functions.js', fuzzer: new ExcelFuzzer(), name: excelName },
  ];
  let violations = 0;
  let calls = 0;
  for (const host of hosts) {
    for (const spec of CATALOG) {
      let counts: FuzzCounts = emptyCounts();
      let failure = '';
      try {
        counts = fuzz(host.fuzzer, spec, runs, seed);
      } catch (error) {
        violations++;
        failure = String((error as Error).message)
          .split('\n')
          .filter((line) => /Counterexample|Cause|: /.test(line))
          .slice(0, 3)
          .join(' / ');
      }
      calls += counts.cases;
      console.log(
        `| ${host.label} | ${host.name(spec)} | ${counts.cases.toLocaleString('en-US')} | ${counts.clean.toLocaleString('en-US')} | ${counts.errorCells.toLocaleString('en-US')} | ${counts.wholeErrors.toLocaleString('en-US')} | ${failure ? `FAILED: ${failure}` : '0'} |`,
      );
    }
  }
  console.log(
    `\n${calls.toLocaleString('en-US')} calls in all; ${violations} function(s) with a violation (an uncaught throw, NaN or Infinity, a malformed result, or an error without a message).`,
  );
  if (violations) process.exit(1);
}

main();
