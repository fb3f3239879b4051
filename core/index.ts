/** The core's public surface: what hosts, the panel, tests and benchmarks import. */
export * from './cells';
export * from './errors';
export * from './function-spec';
export { callFunction } from './lift';
export { CATALOG, getFunction, callByName } from './registry';
