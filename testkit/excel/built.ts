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
  if (!fs.existsSync(file))
    throw new Error(
      `${path.relative(ROOT, file)} is missing: run \`npm run build\` (or \`npm run build:excel\`) before these tests`,
    );
  return file;
}

/** What `new CustomFunctions.Error(code, message)` makes in the shim. */
export class ShimError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
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
 * The scripts the built taskpane.html loads, in page order, as file names (`<script src>` of local
 * files; office.js comes from Office's CDN and is not in the build). With `through`, the list stops
 * at that script: functions.js needs the shared chunk before it (core.js: webpack's runtime, the
 * core, zod/mini and the data, loaded once for the functions and the panel).
 */
export function pageScripts(through?: string): string[] {
  const html = fs.readFileSync(distFile('taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)]
    .map((m) => m[1])
    .filter((src) => !/^[a-z]+:\/\//i.test(src));
  if (through === undefined) return scripts;
  const at = scripts.indexOf(through);
  if (at < 0) throw new Error(`taskpane.html does not load ${through} (it loads ${scripts.join(', ')})`);
  return scripts.slice(0, at + 1);
}

/** The chunks' shared global (webpack's chunk-loading array; output.globalObject is globalThis). */
const CHUNK_GLOBAL = /^webpackChunk/;

/**
 * Loads the built functions.js as the task pane page does (after the chunks taskpane.html loads
 * before it), with a recording CustomFunctions shim. `source` replaces functions.js's own text.
 * `realm: 'own'` (default) runs them in a fresh vm context, like a page of its own; `'this'` runs
 * them in this realm (for benchmarks: a vm context's contextified globals make every global lookup
 * slow, which Excel's runtime does not), leaving the shim as globalThis.CustomFunctions and removing
 * the chunk array the scripts left there.
 */
export function loadFunctionsScript(source?: string, realm: 'own' | 'this' = 'own'): LoadedFunctions {
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
  const scripts = pageScripts('functions.js').map((name) => {
    const text = name === 'functions.js' && source !== undefined ? source : fs.readFileSync(distFile(name), 'utf8');
    return new vm.Script(text, { filename: name });
  });
  if (realm === 'this') {
    // The shim stays installed: the functions read CustomFunctions when they build an error cell.
    const global = globalThis as Record<string, unknown>;
    global.CustomFunctions = CustomFunctions;
    try {
      for (const script of scripts) script.runInThisContext();
    } finally {
      for (const key of Object.keys(global)) if (CHUNK_GLOBAL.test(key)) delete global[key];
    }
    return { associated, associateCalls };
  }
  // Excel's runtime has timers: a long call steps through its rows with setTimeout (excel-call.ts).
  const context: Record<string, unknown> = { CustomFunctions, console, setTimeout, clearTimeout };
  context.self = context;
  context.window = context;
  context.globalThis = context;
  vm.createContext(context);
  for (const script of scripts) script.runInContext(context);
  return { associated, associateCalls };
}

/**
 * An error cell as Excel's custom-functions runtime hands it to a function whose metadata sets
 * allowErrorForDataTypeAny: the runtime builds `new CustomFunctions.Error(code)` from the cell's
 * code, with no message. Its class extends Error and carries the cell-value fields beside `code`.
 * (Read from the runtime's own source, custom-functions-runtime.js in @microsoft/office-js.)
 */
export class RuntimeErrorCell extends Error {
  readonly type = 'Error';
  readonly basicType = 'Error';
  readonly basicValue: string;
  readonly errorSubType = undefined;
  constructor(readonly code: string) {
    super('');
    this.basicValue = code;
  }
}

const ERROR_TYPES: Readonly<Record<string, string>> = {
  '#VALUE!': 'Value',
  '#DIV/0!': 'Div0',
  '#N/A': 'NotAvailable',
  '#NUM!': 'Num',
  '#NAME?': 'Name',
  '#REF!': 'Ref',
  '#NULL!': 'Null',
};

/**
 * An error cell in the form the runtime passes when custom data types are on too (the metadata
 * generator always writes allowCustomDataForDataTypeAny): the cell value's JSON, parsed.
 */
export function cellValueErrorCell(code: string): Record<string, string> {
  return { type: 'Error', basicType: 'Error', basicValue: code, errorType: ERROR_TYPES[code] };
}

export interface FunctionsMetadata {
  allowErrorForDataTypeAny?: boolean;
  functions: { id: string; helpUrl?: string; parameters: { name: string; type?: string }[] }[];
}

export function loadMetadata(): FunctionsMetadata {
  return JSON.parse(fs.readFileSync(distFile('functions.json'), 'utf8')) as FunctionsMetadata;
}

function errorCodeOf(cell: unknown): string | undefined {
  if (cell instanceof RuntimeErrorCell) return cell.code;
  const value = cell as { type?: unknown; basicValue?: unknown } | null;
  return value && typeof value === 'object' && value.type === 'Error' && typeof value.basicValue === 'string'
    ? value.basicValue
    : undefined;
}

/**
 * Calls a function the way Excel decides whether to call it: an argument holding an error cell
 * reaches the function only if functions.json sets allowErrorForDataTypeAny and the parameter's
 * type is `any`; otherwise Excel does not run the function and the formula's whole result is that
 * error (one cell, no spill).
 */
export function callAsExcel(
  loaded: LoadedFunctions,
  metadata: FunctionsMetadata,
  id: string,
  args: unknown[],
): unknown[][] {
  const meta = metadata.functions.find((f) => f.id === id);
  const fn = loaded.associated.get(id);
  if (!meta || !fn) throw new Error(`${id} is not in the built functions`);
  for (let p = 0; p < args.length; p++) {
    const cells = Array.isArray(args[p]) ? (args[p] as unknown[][]).flat() : [args[p]];
    const code = cells.map(errorCodeOf).find((c) => c !== undefined);
    const passes = metadata.allowErrorForDataTypeAny === true && (meta.parameters[p]?.type ?? 'any') === 'any';
    if (code && !passes) return [[new ShimError(code)]];
  }
  return fn(...args);
}
