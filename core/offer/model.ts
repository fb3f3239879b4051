/**
 * The one offer model, as the panel and the tests see it: `parseOffer` (the schema, with zod) to
 * read an offer typed in by hand, and everything in valuation.ts to value it. The custom functions
 * import valuation.ts alone, so their bundles carry no schema library (issue 14).
 */
export * from './valuation';
export * from './schema';
