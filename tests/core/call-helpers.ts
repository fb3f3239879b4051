/** Helpers the core tests share: call a catalog function as a sheet would, and read what came back. */
import { callByName, isSheetError, SheetError } from '../../core';

export const call = (name: string, ...args: unknown[]) => callByName(name, args);

/** The result as an error, failing the test if it is not one. */
export const err = (value: unknown): SheetError => {
  expect(isSheetError(value)).toBe(true);
  return value as SheetError;
};

/** The result as a number, failing the test (with what came instead) if it is not one. */
export const num = (value: unknown): number => {
  if (typeof value !== 'number') throw new Error(`expected a number, got ${JSON.stringify(value)}`);
  return value;
};
