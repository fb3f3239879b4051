/**
 * The catalog as a HyperFormula function plugin, generated from CATALOG: every FunctionSpec is a
 * plugin function of the same name (`AI.BAND`; HyperFormula's function names may contain dots, as
 * in its own `CHISQ.DIST`), and its arguments go to the one lifting mechanism, `callFunction`. So a
 * workbook here runs exactly the code the Excel and Sheets hosts run; nothing is re-implemented.
 *
 * Every parameter is declared `RANGE`: HyperFormula then hands a range over whole (a
 * `SimpleRangeValue`, a scalar as a 1x1 range) instead of calling the function once per cell, and
 * the core does the lifting, with its own blank-row and error-per-row rules.
 */
import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  ImplementedFunctions,
} from 'hyperformula';
import { CATALOG, callFunction, excelName, FunctionSpec, Output } from '../core/index';
import { ArgShape, predictSize, Size } from './array-size';
import { toHfValue, toInputArg } from './values';

/** The parts of HyperFormula's AST the plugin reads (HyperFormula does not export its AST types). */
interface AstNode {
  readonly type: string;
  readonly value?: unknown;
  readonly procedureName?: string;
  readonly args?: readonly AstNode[];
}
interface CallNode extends AstNode {
  readonly args: AstNode[];
}

/** A literal argument as written in the formula, or undefined when it is not a literal. */
function literalArgument(node: AstNode): { value: string | number | boolean | undefined } | undefined {
  switch (node.type) {
    case 'EMPTY':
      return { value: undefined };
    case 'NUMBER':
    case 'STRING':
      return { value: node.value as string | number };
    case 'MINUS_UNARY_OP':
    case 'PLUS_UNARY_OP': {
      const inner = node.value as AstNode;
      if (inner.type !== 'NUMBER') return undefined;
      return { value: node.type === 'MINUS_UNARY_OP' ? -(inner.value as number) : (inner.value as number) };
    }
    case 'FUNCTION_CALL':
      if ((node.procedureName === 'TRUE' || node.procedureName === 'FALSE') && node.args?.length === 0)
        return { value: node.procedureName === 'TRUE' };
      return undefined;
    default:
      return undefined;
  }
}

const methodName = (spec: FunctionSpec): string => `ai${spec.name.replace(/\W/g, '_')}`;
const sizeMethodName = (spec: FunctionSpec): string => `${methodName(spec)}Size`;

function dimensions(output: Output): Size {
  if (!Array.isArray(output)) return { height: 1, width: 1 };
  return { height: output.length, width: output.length ? output[0].length : 1 };
}

export class CatalogPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {};

  /** Runs one catalog function on the arguments HyperFormula evaluated. */
  evaluateCatalogCall(spec: FunctionSpec, ast: CallNode, state: unknown): ReturnType<typeof toHfValue> | CellError {
    const run = this.runFunction as unknown as (
      args: AstNode[],
      state: unknown,
      metadata: unknown,
      body: (...args: unknown[]) => unknown,
    ) => ReturnType<typeof toHfValue>;
    return run(ast.args, state, this.metadata(excelName(spec)), (...args: unknown[]) => {
      const output = callFunction(spec, args.map(toInputArg));
      const reserved = this.predictCatalogSize(spec, ast, state);
      const actual = dimensions(output);
      if (actual.height > reserved.height || actual.width > reserved.width) {
        // HyperFormula cannot grow a spill area after parsing; say so instead of cutting the result.
        return new CellError(
          ErrorType.VALUE,
          `${excelName(spec)} returned ${actual.height}×${actual.width} cells here, but the workbook reserved ${reserved.height}×${reserved.width} from the formula as written (a spreadsheet engine fixes a spill area before it reads any cell); write the arguments that set the result's width (such as stat, year or schedule) as literal values, or give each row its own formula`,
        );
      }
      return toHfValue(output);
    });
  }

  /** The spill size, from the argument shapes and literals (see array-size.ts). */
  predictCatalogSize(spec: FunctionSpec, ast: CallNode, state: unknown): Size {
    const sizeOf = this.arraySizeForAst as unknown as (ast: AstNode, state: unknown) => ArraySize;
    const shapes: ArgShape[] = ast.args.map((node) => {
      const literal = literalArgument(node);
      if (literal) return { literal: true, value: literal.value };
      const size = sizeOf.call(this, node, state);
      return { literal: false, height: size.height, width: size.width };
    });
    return predictSize(spec, shapes);
  }
}

for (const spec of CATALOG) {
  const id = excelName(spec);
  CatalogPlugin.implementedFunctions[id] = {
    method: methodName(spec),
    sizeOfResultArrayMethod: sizeMethodName(spec),
    parameters: spec.params.map(() => ({ argumentType: FunctionArgumentType.RANGE, optionalArg: true })),
  };
  Object.defineProperty(CatalogPlugin.prototype, methodName(spec), {
    value(this: CatalogPlugin, ast: CallNode, state: unknown) {
      return this.evaluateCatalogCall(spec, ast, state);
    },
  });
  Object.defineProperty(CatalogPlugin.prototype, sizeMethodName(spec), {
    value(this: CatalogPlugin, ast: CallNode, state: unknown) {
      const size = this.predictCatalogSize(spec, ast, state);
      return new ArraySize(size.width, size.height);
    },
  });
}

/** The function names as HyperFormula's translation packages want them: the same in every language. */
function translations(): Record<string, Record<string, string>> {
  const names = Object.fromEntries(CATALOG.map((spec) => [excelName(spec), excelName(spec)]));
  return Object.fromEntries(HyperFormula.getRegisteredLanguagesCodes().map((code) => [code, names]));
}

/** Registers the catalog with HyperFormula once (later calls do nothing). */
export function registerCatalog(): void {
  if (HyperFormula.getRegisteredFunctionNames('enGB').includes(excelName(CATALOG[0]))) return;
  HyperFormula.registerFunctionPlugin(CatalogPlugin, translations());
}
