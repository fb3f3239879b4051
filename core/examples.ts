/**
 * Catalog examples are structured arguments (function-spec.ts `ExampleArg`). This file is the one
 * place that turns them into formula text for a host (`=AI.BAND("LLMOps","Senior")` in Excel,
 * `=AIBAND("LLMOps","Senior")` in Sheets) and into the values a host would pass, so help, size
 * probes and tests never parse formula text back.
 */
import { Output } from './cells';
import { ExampleArg, excelName, FunctionSpec, sheetsName } from './function-spec';
import { callByName } from './registry';

export type Host = 'excel' | 'sheets';

/** A catalog name as a host spells it in a formula. */
export function hostName(name: string, host: Host): string {
  return host === 'excel' ? excelName({ name }) : sheetsName({ name });
}

function literal(value: number | string | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'string') return `"${value.replace(/"/g, '""')}"`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function argText(arg: ExampleArg, host: Host): string {
  if (arg === null || typeof arg !== 'object') return literal(arg);
  if ('date' in arg) return `DATE(${arg.date.join(',')})`;
  if ('call' in arg) return callText(arg.call, arg.args, host);
  if ('ref' in arg) return arg.ref;
  return `{${arg.map((row) => row.map(literal).join(',')).join(';')}}`;
}

function callText(name: string, args: readonly ExampleArg[], host: Host): string {
  return `${hostName(name, host)}(${args.map((a) => argText(a, host)).join(',')})`;
}

/** The example as a formula a user types in `host`. */
export function exampleFormula(spec: Pick<FunctionSpec, 'name' | 'example'>, host: Host): string {
  return `=${callText(spec.name, spec.example, host)}`;
}

export interface ExampleValues {
  /** a DATE(y, m, d): Excel passes a serial number (the default), Sheets a Date */
  makeDate?(year: number, month: number, day: number): unknown;
  /** a nested catalog call: the core's own result by default */
  call?(name: string, args: unknown[]): unknown;
}

const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

function valueOf(arg: ExampleArg, how: Required<ExampleValues>): unknown {
  if (arg === null || typeof arg !== 'object') return arg;
  if ('date' in arg) return how.makeDate(arg.date[0], arg.date[1], arg.date[2]);
  if ('call' in arg)
    return how.call(
      arg.call,
      arg.args.map((a) => valueOf(a, how)),
    );
  if ('ref' in arg) return arg.sample.map((row) => [...row]);
  return arg.map((row) => [...row]);
}

/** The example's arguments as a host hands them to the function (a reference gives its sample). */
export function exampleValues(spec: Pick<FunctionSpec, 'example'>, how: ExampleValues = {}): unknown[] {
  const full: Required<ExampleValues> = {
    makeDate: how.makeDate ?? ((y, m, d) => (Date.UTC(y, m - 1, d) - SERIAL_EPOCH_MS) / 86_400_000),
    call: how.call ?? ((name, args): Output => callByName(name, args)),
  };
  return spec.example.map((arg) => valueOf(arg, full));
}

/** Whether an example argument is written in the formula itself (not a cell reference). */
export const isLiteralExample = (arg: ExampleArg | undefined): arg is number | string | boolean =>
  typeof arg === 'number' || typeof arg === 'string' || typeof arg === 'boolean';
