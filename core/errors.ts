/**
 * Spreadsheet errors as values. The core never throws to a host: every failure is one of these,
 * carried in the cell it belongs to. Each host maps `kind` to its own error (Excel
 * `CustomFunctions.Error`, Sheets a thrown Error or the cell text `#N/A: ...`).
 *
 * Excel shows a custom message only on #VALUE! and #N/A, so functions prefer those two kinds where
 * the message matters more than the code; #NUM! is kept for numbers out of their domain.
 */
export type ErrorKind = 'NA' | 'VALUE' | 'NUM';

export interface SheetError {
  readonly isSheetError: true;
  readonly kind: ErrorKind;
  readonly message: string;
}

export const ERROR_CODES: Readonly<Record<ErrorKind, string>> = {
  NA: '#N/A',
  VALUE: '#VALUE!',
  NUM: '#NUM!',
};

/** The code a core error shows as (#N/A, #VALUE!, #NUM!). */
export const errorCode = (kind: ErrorKind): string => ERROR_CODES[kind];

/** The core kind for a host's error code: #N/A stays NA, #NUM! and #DIV/0! are NUM, anything else VALUE. */
export function errorKindOfCode(code: string): ErrorKind {
  return code === '#N/A' ? 'NA' : code === '#NUM!' || code === '#DIV/0!' ? 'NUM' : 'VALUE';
}

export function sheetError(kind: ErrorKind, message: string): SheetError {
  return Object.freeze({ isSheetError: true as const, kind, message });
}

export const notAvailable = (message: string): SheetError => sheetError('NA', message);
export const badValue = (message: string): SheetError => sheetError('VALUE', message);
export const badNumber = (message: string): SheetError => sheetError('NUM', message);

export function isSheetError(value: unknown): value is SheetError {
  return typeof value === 'object' && value !== null && (value as SheetError).isSheetError === true;
}

/** The text a cell shows for an error inside an array result, e.g. `#N/A: no data for ...`. */
export function errorText(error: SheetError): string {
  return `${ERROR_CODES[error.kind]}: ${error.message}`;
}

/** Reads an error written as cell text (`#N/A`, `#VALUE!: why`) back into a value, or undefined. */
export function parseErrorText(text: string): SheetError | undefined {
  // Most text is a name or a number: only text with a '#' can be error text (cheap test first).
  if (text.indexOf('#') < 0) return undefined;
  const match = /^(#N\/A|#VALUE!|#NUM!|#DIV\/0!|#REF!|#NAME\?|#NULL!|#ERROR!)(?::\s*(.*))?$/s.exec(text.trim());
  if (!match) return undefined;
  return sheetError(errorKindOfCode(match[1]), match[2] || `the input cell holds the error ${match[1]}`);
}
