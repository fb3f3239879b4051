/**
 * What Code.js's top level does (issue 14: cold load under 20 ms). Sheets loads Code.js afresh for
 * custom-function executions, so its top level must not start the locale machinery: the first
 * toLocaleString or Intl formatter sets up ICU number formatting, about 10 ms, more than half the
 * load. Formatting stays on the call paths that need it. Reads the file `npm run build` writes.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

const CODE = path.resolve(__dirname, '..', '..', 'dist/sheets-addon/Code.js');

/** Runs Code.js in a fresh context whose locale formatting records every call. */
function loadRecordingLocale(): { context: vm.Context; calls: string[] } {
  if (!fs.existsSync(CODE))
    throw new Error('dist/sheets-addon/Code.js is missing: run `npm run build` before these tests');
  const calls: string[] = [];
  const context = vm.createContext({ record: (what: string) => calls.push(what) });
  vm.runInContext(
    `for (const proto of [Number.prototype, Date.prototype, String.prototype, Array.prototype, Object.prototype]) {
       const own = Object.getOwnPropertyNames(proto).filter((n) => /^toLocale/.test(n));
       for (const name of own) { const real = proto[name]; proto[name] = function (...args) { record(name); return real.apply(this, args); }; }
     }
     for (const name of ['NumberFormat', 'DateTimeFormat', 'Collator', 'PluralRules']) {
       const Real = Intl[name];
       Intl[name] = new Proxy(Real, { construct: (t, a) => (record('Intl.' + name), Reflect.construct(t, a)), apply: (t, s, a) => (record('Intl.' + name), Reflect.apply(t, s, a)) });
     }`,
    context,
  );
  vm.runInContext(fs.readFileSync(CODE, 'utf8'), context, { filename: 'Code.js' });
  return { context, calls };
}

test('loading Code.js formats nothing with the locale machinery (toLocaleString, Intl)', () => {
  expect(loadRecordingLocale().calls).toEqual([]);
});

test('the recorder sees locale formatting when a call path uses it (so the test above can fail)', () => {
  const { context, calls } = loadRecordingLocale();
  vm.runInContext('(1234.5).toLocaleString("en-US")', context);
  expect(calls).toEqual(['toLocaleString']);
  // and the bundle still works after loading this way
  expect(vm.runInContext('AIOFFER(200000, 0.15, 1, 400000, "startup", "4y-1y-cliff-monthly", 20000)', context)).toBe(
    285000,
  );
});
