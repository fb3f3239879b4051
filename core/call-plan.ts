/**
 * How a call's arguments meet ranges, decided from their shapes alone (no cell is read): which
 * argument is one cell, which is lifted (one result per cell), which is a table read whole, which
 * is one list and which gives a list per row, and the shape of the result. `lift` binds arguments
 * with it, and the HyperFormula plugin predicts a formula's spill size with it before any value
 * exists, so the two cannot disagree.
 */
import { InputCell } from './cells';
import { ParamSpec } from './function-spec';
import { badValue, SheetError } from './errors';

export interface Size {
  readonly height: number;
  readonly width: number;
}

/**
 * - `cell`: one value for every call; `lifted`: a range read cell by cell; `table`: a band table
 *   read whole; `list`: one list for every call; `rowLists`: one list per row of the range;
 *   `range`: a population column read whole (ParamKind `range`), whatever its size.
 */
export type ArgRole = 'cell' | 'lifted' | 'table' | 'list' | 'rowLists' | 'range';

export interface CallPlan {
  readonly roles: readonly ArgRole[];
  /** the lifted shape; 1 x 1 when nothing is lifted */
  readonly rows: number;
  readonly cols: number;
  /** whether any argument is lifted or gives lists per row (the result is a grid) */
  readonly ranged: boolean;
}

const shapeText = (size: Size): string => `${size.height}×${size.width}`;
const isBlock = (size: Size): boolean => size.height > 1 && size.width > 1;

/** A range given where one cell would do is one cell; the plan only needs real ranges' sizes. */
export function sizeOf(arg: InputCell | InputCell[][]): Size | undefined {
  if (!Array.isArray(arg)) return undefined;
  return arg.length === 1 && arg[0].length === 1 ? undefined : { height: arg.length, width: arg[0].length };
}

/**
 * Each argument's role and the call's shape. `sizes[p]` is undefined for one cell. A list's
 * meaning depends on its own shape and its parameter's `listColumn`, never on whether its height
 * happens to equal the lifted ranges' height (ListColumn in function-spec.ts).
 */
export function planCall(params: readonly ParamSpec[], sizes: readonly (Size | undefined)[]): CallPlan | SheetError {
  const roles: ArgRole[] = [];
  let owner: { name: string; size: Size } | undefined;
  for (let p = 0; p < params.length; p++) {
    const param = params[p];
    const size = sizes[p];
    const kind = param.kind ?? 'lifted';
    if (kind === 'range') {
      roles.push('range');
    } else if (kind === 'list') {
      roles.push(size && isBlock(size) ? 'rowLists' : 'list');
    } else if (kind === 'tableOrLifted' && param.parseTable && size && size.height >= 2 && size.width >= 2) {
      // No function lifts a block of source names; read whole, the table parser can say what is wrong.
      roles.push('table');
    } else if (size) {
      if (!owner) owner = { name: param.name, size };
      else if (size.height !== owner.size.height || size.width !== owner.size.width) {
        const shapes = `${owner.name} is ${shapeText(owner.size)} and ${param.name} is ${shapeText(size)}`;
        return badValue(`ranges of different shapes: ${shapes}; give ranges of the same size, or single cells`);
      }
      roles.push('lifted');
    } else {
      roles.push('cell');
    }
  }
  const lifted = owner;
  // A column for a per-row list (a tracker's payout column) beside lifted ranges: a list per row.
  for (let p = 0; p < params.length; p++) {
    const size = sizes[p];
    if (roles[p] === 'list' && lifted && size && size.width === 1 && params[p].listColumn === 'perRow')
      roles[p] = 'rowLists';
  }
  for (let p = 0; p < params.length; p++) {
    if (roles[p] !== 'rowLists') continue;
    const size = sizes[p]!;
    if (!owner) owner = { name: params[p].name, size: { height: size.height, width: 1 } };
    else if (size.height !== owner.size.height || owner.size.width !== 1) {
      const rows = `${size.height} rows`;
      return badValue(
        `${params[p].name} gives one list per row (${rows}), which must sit beside single columns of ${rows}; ${owner.name} is ${shapeText(owner.size)}`,
      );
    }
  }
  return { roles, rows: owner?.size.height ?? 1, cols: owner?.size.width ?? 1, ranged: owner !== undefined };
}

/** What a single column or row given to a list parameter means, for its help text. */
export function listRule(param: ParamSpec): string {
  if (param.listColumn === 'perRow') {
    return 'beside ranges of other arguments, a column gives one value per row and a block one list per row; alone, a row or column is one list';
  }
  return 'a row or column is one list used for every row, whatever the number of rows; a block of several rows and columns gives one list per row';
}
