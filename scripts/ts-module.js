/**
 * The webpack `module` setting every bundle of ours uses: TypeScript transpiled by ts-loader against
 * the part's own tsconfig (types are checked by `npm run typecheck`, not here), emitting modules for
 * webpack. `compilerOptions` overrides what the part's bundle needs (module kind, target).
 */
const tsModule = (configFile, compilerOptions) => ({
  rules: [
    {
      test: /\.ts$/,
      loader: 'ts-loader',
      exclude: /node_modules/,
      options: { configFile, transpileOnly: true, compilerOptions: { noEmit: false, ...compilerOptions } },
    },
  ],
});

module.exports = { tsModule };
