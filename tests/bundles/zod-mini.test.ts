/**
 * What the built bundles carry of zod (issue 14: the custom functions carry none; DESIGN.md §7: no
 * eval or new Function). Only the offer panel validates with a schema (core/offer/schema.ts, zod/mini:
 * its object parser never compiles code); the formula path reads with its parameter parsers and the
 * band-table readers, so Code.js and Excel's functions and shared core carry no zod at all. The figure
 * schema (data/figure.ts) is for tests only: runtime code imports its type alone.
 * Reads the files `npm run build` writes.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

const ROOT = path.resolve(__dirname, '..', '..');
const BUNDLES = [
  'dist/sheets-addon/Code.js',
  'dist/sheets-addon/Sidebar.html',
  'dist/excel-addin/core.js',
  'dist/excel-addin/functions.js',
  'dist/excel-addin/panel.js',
  'dist/excel-addin/taskpane.js',
  'dist/panel/panel.js',
];

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

/** zod's class names: every zod schema (classic or mini) is built through `$constructor("$Zod...")`. */
const ZOD_MARKER = /\$Zod[A-Z]|ZodMini[A-Z]/;

test.each(['dist/sheets-addon/Code.js', 'dist/excel-addin/core.js', 'dist/excel-addin/functions.js'])(
  '%s (the custom functions) carries no zod',
  (file) => {
    expect(built(file).match(ZOD_MARKER)).toBeNull();
  },
);

test('the panel bundles, which validate typed-in offers, carry zod/mini (so the marker above would see it)', () => {
  // In Excel the panel's zod is in panel.js: only the panel uses it, so it is not in the shared core.js.
  for (const file of ['dist/panel/panel.js', 'dist/sheets-addon/Sidebar.html', 'dist/excel-addin/panel.js']) {
    expect(built(file)).toMatch(ZOD_MARKER);
    expect(built(file)).toContain('ZodMiniObject');
  }
});

/**
 * Runs a built script in a fresh context whose Function constructor records every call, the way
 * a code-compiling parser would reach it (classic zod's object parser did, even with
 * `z.config({ jitless: true })` set after its schemas were built).
 */
function runRecordingFunction(
  files: string[],
  extra: Record<string, unknown> = {},
): { context: vm.Context; calls: string[] } {
  const calls: string[] = [];
  const context = vm.createContext({ ...extra });
  const RealFunction = vm.runInContext('Function', context) as FunctionConstructor;
  const record = (args: unknown[]) => calls.push(args.map(String).join(', ').slice(0, 80));
  context.Function = new Proxy(RealFunction, {
    construct: (target, args) => (record(args), Reflect.construct(target, args)),
    apply: (target, self, args) => (record(args), Reflect.apply(target, self, args)),
  });
  for (const file of files) vm.runInContext(built(file), context, { filename: file });
  return { context, calls };
}

const BAND_TABLE = [
  ['role', 'level', 'min', 'mid', 'max'],
  ['LLMOps', 'Senior', 150000, 175000, 200000],
];

test('Code.js values offers and reads a band table without ever calling the Function constructor', () => {
  const { context, calls } = runRecordingFunction(['dist/sheets-addon/Code.js']);
  context.table = BAND_TABLE;
  expect(vm.runInContext('AIOFFER(200000, 0.15, 1, 400000, "startup", "4y-1y-cliff-monthly", 20000)', context)).toBe(
    285000,
  );
  expect(vm.runInContext('AIBAND("LLMOps", "Senior", "mid", null, table)', context)).toBe(175000);
  expect(calls).toEqual([]);
});

test('functions.js values offers and reads a band table without ever calling the Function constructor', () => {
  const associated = new Map<string, (...args: unknown[]) => unknown[][]>();
  class ShimError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown[][]) => associated.set(id, fn),
    Error: ShimError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!' },
  };
  const { calls } = runRecordingFunction(['dist/excel-addin/core.js', 'dist/excel-addin/functions.js'], {
    CustomFunctions,
  });
  const offer = associated.get('OFFER')!(
    [[200000]],
    [[0.15]],
    [[1]],
    [[400000]],
    [['startup']],
    [['4y-1y-cliff-monthly']],
    [[20000]],
    null,
    null,
  );
  expect(offer).toEqual([[285000]]);
  expect(associated.get('BAND')!([['LLMOps']], [['Senior']], [['mid']], null, BAND_TABLE)).toEqual([[175000]]);
  expect(calls).toEqual([]);
});
