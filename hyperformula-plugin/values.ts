/**
 * Crossing the border between HyperFormula's values and the core's cells, both ways. HyperFormula
 * hands a function blanks as the `EmptyValue` symbol, dates and currencies as rich numbers (a
 * number with a format), and errors as `CellError`; the core wants plain cells (core/cells.ts).
 */
import { CellError, EmptyValue, ErrorType, SimpleRangeValue } from 'hyperformula';
import {
  InputCell,
  Output,
  OutputCell,
  ErrorKind,
  SheetError,
  errorKindOfCode,
  isSheetError,
  sheetError,
} from '../core/index';

const CODE_OF_HF_ERROR: Readonly<Record<string, string>> = {
  [ErrorType.NA]: '#N/A',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.VALUE]: '#VALUE!',
  [ErrorType.REF]: '#REF!',
  [ErrorType.NAME]: '#NAME?',
  [ErrorType.CYCLE]: '#CYCLE!',
  [ErrorType.SPILL]: '#SPILL!',
  [ErrorType.ERROR]: '#ERROR!',
  [ErrorType.LIC]: '#LIC!',
};

const ERROR_TYPE_OF_KIND: Readonly<Record<ErrorKind, ErrorType>> = {
  NA: ErrorType.NA,
  VALUE: ErrorType.VALUE,
  NUM: ErrorType.NUM,
};

/**
 * An error cell read as an input. Our own kinds keep their message as it is (it already says what
 * is wrong, e.g. an upstream AI.BAND's #N/A), as the Excel host does; other engine errors say which.
 */
function fromCellError(error: CellError): SheetError {
  const code = CODE_OF_HF_ERROR[error.type] ?? `#${error.type}`;
  const kind = errorKindOfCode(code);
  const ours = error.type === ErrorType.NA || error.type === ErrorType.VALUE || error.type === ErrorType.NUM;
  if (ours && error.message) return sheetError(kind, error.message);
  return sheetError(kind, `the input cell holds the error ${error.message ? `${code}: ${error.message}` : code}`);
}

/** One HyperFormula scalar as a core input cell. */
export function toInputCell(value: unknown): InputCell {
  switch (typeof value) {
    case 'number':
    case 'string':
    case 'boolean':
      return value;
    case 'symbol':
      return value === EmptyValue ? null : undefined;
    case 'object':
      if (value instanceof CellError) return fromCellError(value);
      // Rich numbers (dates, percentages, currency) carry the raw number in `val`.
      if (value !== null && typeof (value as { val?: unknown }).val === 'number') return (value as { val: number }).val;
      return undefined;
    default:
      return undefined;
  }
}

/** A HyperFormula argument (a range, or a scalar HyperFormula made a 1x1 range) as a core argument. */
export function toInputArg(value: unknown): InputCell | InputCell[][] {
  if (value instanceof SimpleRangeValue) {
    const data = value.data;
    if (data.length === 1 && data[0].length === 1) return toInputCell(data[0][0]);
    const grid: InputCell[][] = new Array(data.length);
    for (let r = 0; r < data.length; r++) {
      const source = data[r];
      const row: InputCell[] = new Array(source.length);
      for (let c = 0; c < source.length; c++) row[c] = toInputCell(source[c]);
      grid[r] = row;
    }
    return grid;
  }
  return toInputCell(value);
}

export function toCellError(error: SheetError): CellError {
  return new CellError(ERROR_TYPE_OF_KIND[error.kind], error.message);
}

/** One core output cell as what HyperFormula stores: blanks are real blanks, not empty text. */
export function toHfScalar(cell: OutputCell): number | string | boolean | CellError | typeof EmptyValue {
  if (isSheetError(cell)) return toCellError(cell);
  if (cell === '') return EmptyValue;
  return cell;
}

/** The core's result as HyperFormula's: a scalar, or a range that spills. */
export function toHfValue(
  output: Output,
): number | string | boolean | CellError | typeof EmptyValue | SimpleRangeValue {
  if (!Array.isArray(output)) return toHfScalar(output);
  if (output.length === 1 && output[0].length === 1) return toHfScalar(output[0][0]);
  return SimpleRangeValue.onlyValues(output.map((row) => row.map(toHfScalar)));
}
