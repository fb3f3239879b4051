/** The HyperFormula adapter: the catalog as a function plugin, for workbook tests and benchmarks. */
export { CatalogPlugin, registerCatalog } from './catalog-plugin';
export { predictSize } from './array-size';
export { toHfValue, toInputArg, toInputCell } from './values';
