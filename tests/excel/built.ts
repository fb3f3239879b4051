/**
 * Helpers for the Excel tests: where the build writes, and a `CustomFunctions` shim to load the
 * built functions script with (the real runtime is inside Excel; office.js cannot be fetched here).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist', 'excel-addin');

export function distFile(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run \`npm run build\` (or \`npm run build:excel\`) before these tests`);
  return file;
}

/** What `new CustomFunctions.Error(code, message)` makes in the shim. */
export class ShimError {
  constructor(readonly code: string, readonly message?: string) {}
}

export const ERROR_CODE = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

export type ExcelFunction = (...args: unknown[]) => unknown[][];

export interface LoadedFunctions {
  /** id -> the function passed to CustomFunctions.associate */
  readonly associated: Map<string, ExcelFunction>;
  /** the order of associate calls, to catch an id associated twice */
  readonly associateCalls: string[];
}

/**
 * Loads the built functions.js as a browser would, with a recording CustomFunctions shim.
 * `realm: 'own'` (default) runs it in a fresh vm context, like a page of its own; `'this'` runs it
 * in this realm (for benchmarks: a vm context's contextified globals make every global lookup slow,
 * which Excel's runtime does not).
 */
export function loadFunctionsScript(source = fs.readFileSync(distFile('functions.js'), 'utf8'), realm: 'own' | 'this' = 'own'): LoadedFunctions {
  const associated = new Map<string, ExcelFunction>();
  const associateCalls: string[] = [];
  const CustomFunctions = {
    associate(id: string, fn: ExcelFunction) {
      associateCalls.push(id);
      associated.set(id, fn);
    },
    Error: ShimError,
    ErrorCode: ERROR_CODE,
  };
  const script = new vm.Script(source, { filename: 'functions.js' });
  if (realm === 'this') {
    const global = globalThis as { CustomFunctions?: unknown };
    const previous = global.CustomFunctions;
    global.CustomFunctions = CustomFunctions;
    try {
      script.runInThisContext();
    } finally {
      global.CustomFunctions = previous;
    }
    return { associated, associateCalls };
  }
  const context: Record<string, unknown> = { CustomFunctions, console };
  context.self = context;
  context.window = context;
  context.globalThis = context;
  vm.createContext(context);
  script.runInContext(context);
  return { associated, associateCalls };
}
