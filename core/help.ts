/**
 * Help text for every catalog function, from the registry alone: each parameter's help (its
 * description, then its default, bounds and list rule printed from the metadata lift applies), and
 * the JSDoc both hosts' generators write (Excel's custom-functions-metadata and Sheets'
 * autocomplete read it). One renderer, so the two hosts and the README say the same thing.
 */
import { ExampleArg, FunctionSpec, ParamSpec, ResultShape } from './function-spec';
import { FIGURES } from '../data/figures';
import { exampleFormula, Host, hostName } from './examples';
import { listRule } from './call-plan';

/** Prose in a host's spelling: `AI.BAND` stays in Excel and is `AIBAND` in Sheets. */
export function hostSpelling(text: string, host: Host): string {
  return text.replace(/\bAI\.([A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)*)\b/g, (_, name: string) => hostName(name, host));
}

function boundsText(param: ParamSpec): string | undefined {
  const rule = param.bounds;
  if (!rule) return undefined;
  const show = (n: number) => n.toLocaleString('en-US');
  const parts: string[] = [];
  // "at least 0" on every amount is noise; a lower bound is worth saying beside an upper one.
  if (rule.min !== undefined && (rule.min !== 0 || rule.minExclusive || rule.max !== undefined)) {
    parts.push(rule.minExclusive ? `above ${show(rule.min)}` : `at least ${show(rule.min)}`);
  }
  if (rule.max !== undefined) parts.push(`at most ${show(rule.max)}`);
  return parts.length ? parts.join(' and ') : undefined;
}

/** A parameter's help: its description, then what lift does with it (default, bounds, lists). */
export function paramHelp(param: ParamSpec, host: Host): string {
  const notes: string[] = [];
  if (param.defaultShown !== undefined)
    notes.push(`default ${param.defaultShown}${param.defaultNote ? `: ${param.defaultNote}` : ''}`);
  const bounds = boundsText(param);
  if (bounds) notes.push(bounds);
  if (param.kind === 'list') notes.push(listRule(param));
  return hostSpelling(notes.length ? `${param.description} (${notes.join('; ')})` : param.description, host);
}

const FIGURE_VALUES = new Set(FIGURES.map((f) => f.value));

function exampleNumbers(arg: ExampleArg): number[] {
  if (typeof arg === 'number') return [arg];
  if (arg === null || typeof arg !== 'object') return [];
  if ('date' in arg) return [];
  if ('call' in arg) return arg.args.flatMap(exampleNumbers);
  const rows = 'ref' in arg ? arg.sample : arg;
  return rows.flat().filter((v): v is number => typeof v === 'number');
}

/**
 * How an example is introduced: its numbers are sourced figures (AI.FIGURE holds each), or inputs
 * made up to show the call, which a reader must not take for benchmarks.
 */
export function exampleLabel(spec: Pick<FunctionSpec, 'example'>): string {
  const numbers = spec.example.flatMap(exampleNumbers);
  if (!numbers.length) return 'Example';
  return numbers.every((n) => FIGURE_VALUES.has(n))
    ? 'Example (sourced figures)'
    : 'Example (illustrative inputs, not benchmarks)';
}

/** A catalog function's help as plain data (what generators and the README read). */
export interface FunctionDoc {
  /** the catalog name, e.g. BAND */
  name: string;
  /** the name in the host, e.g. AI.BAND or AIBAND */
  hostName: string;
  /** kept for the Sheets build, which reads these from its bundle */
  sheetsName: string;
  summary: string;
  example: string;
  /** how the example is introduced (exampleLabel) */
  exampleLabel: string;
  result: ResultShape;
  columns: string[];
  params: { name: string; help: string; optional: boolean; cellType: ParamSpec['cellType']; kind: string }[];
}

export function functionDoc(spec: FunctionSpec, host: Host): FunctionDoc {
  return {
    name: spec.name,
    hostName: hostName(spec.name, host),
    sheetsName: hostName(spec.name, 'sheets'),
    summary: hostSpelling(spec.summary, host),
    example: exampleFormula(spec, host),
    exampleLabel: exampleLabel(spec),
    result: spec.result,
    columns: [...(spec.columns ?? [])],
    params: spec.params.map((p) => ({
      name: p.name,
      help: paramHelp(p, host),
      optional: p.optional === true,
      cellType: p.cellType,
      kind: p.kind ?? 'lifted',
    })),
  };
}

/** JSDoc text on one line, unable to close the comment or start a tag. */
export function docText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\*\//g, '* /')
    .replace(/(^|\s)@/g, '$1(at)')
    .trim();
}

const SHEETS_CELL: Record<ParamSpec['cellType'], string> = { number: 'number', string: 'string', any: 'string|number' };

function excelResult(doc: FunctionDoc): string {
  switch (doc.result) {
    case 'row':
      return `a row ${doc.columns.join(', ')} per input row (spills)`;
    case 'column':
      return 'a column (spills)';
    case 'table':
      return 'a table (spills)';
    default:
      return 'one value per input cell (a range gives a range of the same shape)';
  }
}

function sheetsResult(doc: FunctionDoc): string {
  switch (doc.result) {
    case 'row':
      return `{Array<Array<number|string>>} a row (${doc.columns.join(', ') || 'several values'}), one row per input row`;
    case 'column':
      return '{Array<Array<string>>} a column';
    case 'table':
      return '{Array<Array<number|string>>} a table';
    default:
      return "{number|string|Array<Array<number|string>>} one value, or a range of the inputs' shape";
  }
}

/**
 * The JSDoc block above a host's wrapper. Excel's names the id (`@customfunction BAND BAND`) and
 * types nothing (the wrapper's TypeScript types say `any[][]`); Sheets' types each parameter as a
 * cell or a range and ends with a bare `@customfunction`.
 */
export function jsdocLines(doc: FunctionDoc, host: Host): string[] {
  const name = (p: FunctionDoc['params'][number]) => (p.optional ? `[${p.name}]` : p.name);
  const head = ['/**', ` * ${docText(doc.summary)}`, ` * ${doc.exampleLabel}: ${docText(doc.example)}`];
  if (host === 'excel') {
    const params = doc.params.map((p) => ` * @param ${name(p)} ${docText(p.help)}`);
    return [...head, ` * @customfunction ${doc.name} ${doc.name}`, ...params, ` * @returns ${excelResult(doc)}`, ' */'];
  }
  const types = (p: FunctionDoc['params'][number]) =>
    `${SHEETS_CELL[p.cellType]}|Array<Array<${SHEETS_CELL[p.cellType]}>>`;
  const params = doc.params.map((p) => ` * @param {${types(p)}} ${name(p)} ${docText(p.help)}`);
  return [...head, ' *', ...params, ` * @return ${sheetsResult(doc)}`, ' * @customfunction', ' */'];
}
