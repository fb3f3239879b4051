/**
 * How many cells a catalog call spills, known before it runs. HyperFormula reserves a formula's
 * spill area when it parses the formula, from the formula alone (no cell values yet), and throws if
 * the result is then larger. So the size comes from the argument shapes, and the width of a row
 * result from a probe call: the formula's literal arguments as written, with each cell reference
 * replaced by the argument in the function's own catalog example. `=AI.BAND(A2:A2001,B2:B2001,"mid")`
 * is 2,000 x 1 because `AI.BAND("LLMOps","Senior","mid")` is one cell; without "mid" it is 2,000 x 3.
 */
import { callFunction } from '../core/lift';
import { FunctionSpec } from '../core/function-spec';
import { InputCell, Output } from '../core/cells';
import { isSheetError } from '../core/errors';

/** What the predictor knows of one argument at parse time: its literal value, or only its shape. */
export type ArgShape =
  | { readonly literal: true; readonly value: InputCell }
  | { readonly literal: false; readonly height: number; readonly width: number };

export interface Size {
  readonly height: number;
  readonly width: number;
}

/** Reads the literal arguments of a catalog example such as `=AI.BAND("LLMOps","Senior")`. */
export function exampleArgs(example: string): InputCell[] {
  const open = example.indexOf('(');
  const close = example.lastIndexOf(')');
  if (open < 0 || close <= open) return [];
  const inner = example.slice(open + 1, close);
  if (inner.trim() === '') return [];
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '(' || ch === '{')) depth++;
    else if (!quoted && (ch === ')' || ch === '}')) depth--;
    else if (!quoted && depth === 0 && ch === ',') {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(inner.slice(start));
  return parts.map(literalOf);
}

function literalOf(text: string): InputCell {
  const t = text.trim();
  if (t === '') return undefined;
  if (/^".*"$/s.test(t)) return t.slice(1, -1).replace(/""/g, '"');
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(t)) return Number(t);
  if (/^true$/i.test(t)) return true;
  if (/^false$/i.test(t)) return false;
  return undefined;
}

function shapeOf(output: Output): Size {
  if (!Array.isArray(output)) return { height: 1, width: 1 };
  return { height: output.length, width: output.length ? output[0].length : 1 };
}

/** The spill size of a call; never smaller than one cell. */
export function predictSize(spec: FunctionSpec, args: readonly ArgShape[]): Size {
  let rows = 1;
  let cols = 1;
  let lifted = false;
  const probeArgs: InputCell[] = [];
  const example = exampleArgs(spec.example);
  for (let p = 0; p < args.length; p++) {
    const arg = args[p];
    const param = spec.params[p];
    probeArgs.push(arg.literal ? arg.value : example[p]);
    if (arg.literal || !param || (arg.height === 1 && arg.width === 1)) continue;
    const kind = param.kind ?? 'lifted';
    const block = arg.height > 1 && arg.width > 1;
    // A list in one row or column is one shared list; a block gives one list per row.
    if (kind === 'list') {
      if (block) {
        rows = Math.max(rows, arg.height);
        lifted = true;
      }
      continue;
    }
    // A band table (at least two rows and two columns) is read whole, not lifted.
    if (kind === 'tableOrLifted' && block) continue;
    rows = Math.max(rows, arg.height);
    cols = Math.max(cols, arg.width);
    lifted = true;
  }
  const probe = callFunction(spec, probeArgs);
  const probeFailed = isSheetError(probe);
  if (!lifted) {
    if (probeFailed) return { height: 1, width: spec.result === 'row' ? spec.columns?.length ?? 1 : 1 };
    return shapeOf(probe);
  }
  let width = 1;
  if (spec.result !== 'cell') {
    if (probeFailed) width = spec.columns?.length ?? 1;
    else {
      const shape = shapeOf(probe);
      width = spec.result === 'column' ? shape.height * shape.width : shape.width;
    }
  }
  return { height: rows, width: cols * width };
}
