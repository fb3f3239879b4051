/**
 * How many cells a catalog call spills, known before it runs. HyperFormula reserves a formula's
 * spill area when it parses the formula, from the formula alone (no cell values yet), and throws if
 * the result is then larger. So the size comes from the argument shapes, and the width of a row
 * result from a probe call: the formula's literal arguments as written, with each cell reference
 * replaced by the argument in the function's own catalog example (core/examples.ts).
 * `=AI.BAND(A2:A2001,B2:B2001,"mid")` is 2,000 x 1 because `AI.BAND("LLMOps","Senior","mid")` is one
 * cell; without "mid" it is 2,000 x 3. Which arguments lift, and the lifted shape, come from
 * core/call-plan.ts, the rules lift itself binds by, so nothing here restates them.
 */
import {
  callFunction,
  planCall,
  Size,
  exampleValues,
  FunctionSpec,
  InputCell,
  Output,
  isSheetError,
} from '../core/index';

/** What the predictor knows of one argument at parse time: its literal value, or only its shape. */
export type ArgShape =
  | { readonly literal: true; readonly value: InputCell }
  | { readonly literal: false; readonly height: number; readonly width: number };

export type { Size };

function shapeOf(output: Output): Size {
  if (!Array.isArray(output)) return { height: 1, width: 1 };
  return { height: output.length, width: output.length ? output[0].length : 1 };
}

/** The spill size of a call; never smaller than one cell. Which arguments lift is core's call plan. */
export function predictSize(spec: FunctionSpec, args: readonly ArgShape[]): Size {
  const example = exampleValues(spec);
  const sizes = args.map((arg) =>
    arg.literal || (arg.height === 1 && arg.width === 1) ? undefined : { height: arg.height, width: arg.width },
  );
  const plan = planCall(spec.params, sizes);
  // Ranges that cannot go together make the call one error cell.
  if (isSheetError(plan)) return { height: 1, width: 1 };
  const probe = callFunction(
    spec,
    args.map((arg, p) => (arg.literal ? arg.value : example[p])),
  );
  const probeFailed = isSheetError(probe);
  if (!plan.ranged) {
    if (probeFailed) return { height: 1, width: spec.result === 'row' ? (spec.columns?.length ?? 1) : 1 };
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
  return { height: plan.rows, width: plan.cols * width };
}
