/**
 * Builds dist/excel-addin (DESIGN.md §6): functions.js (the custom functions, with functions.json
 * generated from their JSDoc by custom-functions-metadata-plugin), taskpane.html + taskpane.js (the
 * offer panel on the Office bridge), the panel bundle and stylesheet, icons and a help page.
 * With the shared runtime, taskpane.html loads functions.js too, so both share one core.
 * A second, self-contained bundle, functions-standalone.js, is the manifest's custom-functions
 * <Script>: a host that loads that file on its own, without the page, still gets every function
 * (functions.js alone does nothing: it needs core.js, the page's shared chunk, before it).
 *
 * Exported as a function of the hosting URL (build/build.js passes it): undefined builds for
 * https://localhost:3000/ (`npm start`); a URL builds the same files with a manifest.xml for it.
 * `npm run build:excel` first writes src/functions.ts from the core registry (build/functions-source.ts).
 */
const fs = require('fs');
const path = require('path');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { Compilation } = require('webpack');
const { FinishMetadataPlugin } = require('./build/finish-metadata');
const { manifestFor, packageVersion } = require('./build/hosting');

const root = path.resolve(__dirname, '..');
const functionsSource = path.join(__dirname, 'src', 'functions.ts');
const panelStyles = path.join(root, 'panel', 'panel.css');

if (!fs.existsSync(functionsSource)) {
  throw new Error(
    'excel-addin/src/functions.ts is missing: run `npm run build:excel`, which generates it from core/registry.ts before webpack',
  );
}

const outputPath = path.join(root, 'dist', 'excel-addin');
const STANDALONE = 'functions-standalone';

// One TypeScript setup for both bundles.
const typescript = {
  rules: [
    {
      test: /\.ts$/,
      exclude: /node_modules/,
      use: {
        loader: 'ts-loader',
        options: {
          configFile: path.join(__dirname, 'tsconfig.json'),
          // the shared tsconfig only type-checks (noEmit); the build emits modules for webpack
          compilerOptions: {
            noEmit: false,
            module: 'es2020',
            moduleResolution: 'bundler',
            target: 'ES2019',
            sourceMap: false,
          },
        },
      },
    },
  ],
};

const page = (url) => ({
  name: 'page',
  mode: 'production',
  context: root,
  entry: {
    functions: functionsSource,
    // the shared offer panel, built here from source (not copied from dist/panel) so that it and
    // the functions share one copy of the core: see optimization below
    panel: { import: path.join(root, 'panel', 'standalone.ts'), library: { name: 'AIPanel', type: 'window' } },
    taskpane: path.join(__dirname, 'src', 'taskpane.ts'),
  },
  output: {
    path: outputPath,
    filename: '[name].js',
    // the chunks find each other through a global array; globalThis (not webpack's default `self`)
    // so the same scripts also load in a plain JavaScript realm (tests, benchmarks)
    globalObject: 'globalThis',
    // the standalone bundle is built after this one, into the same folder
    clean: { keep: (asset) => asset.startsWith(STANDALONE) },
  },
  // ES2019: the core uses the regex s flag; Office's current webviews (Edge WebView2, Safari) run it.
  target: ['web', 'es2019'],
  devtool: false,
  optimization: {
    // One long-lived runtime runs the page, the functions and the panel (manifest.xml), so the core,
    // zod/mini and the data are loaded and evaluated once: every module two entries use goes to
    // core.js, which also carries webpack's runtime (one module registry for the page).
    runtimeChunk: { name: 'core' },
    splitChunks: {
      cacheGroups: {
        default: false,
        defaultVendors: false,
        core: { name: 'core', chunks: 'all', minChunks: 2, minSize: 0, enforce: true },
      },
    },
  },
  performance: { hints: false },
  resolve: { extensions: ['.ts', '.js'] },
  module: typescript,
  plugins: [
    new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: functionsSource }),
    // adds allowErrorForDataTypeAny and a helpUrl per function to the generated functions.json, and
    // writes help.html with an entry per function (build/finish-metadata.js says why)
    new FinishMetadataPlugin({
      metadataAsset: 'functions.json',
      helpTemplate: path.join(__dirname, 'src', 'help.html'),
      helpAsset: 'help.html',
      manifest: path.join(root, 'manifest.xml'),
      manifestFor: (xml) => manifestFor(xml, url, packageVersion()),
      manifestAsset: 'manifest.xml',
    }),
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: path.join(__dirname, 'src', 'taskpane.html'),
      // in this order after core.js (which html-webpack-plugin adds first): the functions register
      // as soon as possible, the panel defines AIPanel, the page script mounts it
      chunks: ['functions', 'panel', 'taskpane'],
      chunksSortMode: 'manual',
      scriptLoading: 'blocking',
      inject: 'body',
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: path.join(__dirname, 'assets'), to: 'assets' },
        { from: panelStyles, to: 'panel.css' },
      ],
    }),
  ],
});

/**
 * The metadata plugin's loader is what appends the CustomFunctions.associate calls to functions.ts;
 * the standalone bundle needs them too, but not a second functions.json (the page build writes the
 * finished one), so the copy this build generates is dropped before it is written.
 */
const associateOnly = {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('AssociateOnly', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'AssociateOnly', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => compilation.deleteAsset(`${STANDALONE}.json`),
      );
    });
  },
};

/** The manifest's <Script>: the functions with their own copy of the core, for a host that loads it alone. */
const standalone = {
  name: 'standalone',
  dependencies: ['page'],
  mode: 'production',
  context: root,
  entry: { [STANDALONE]: functionsSource },
  output: { path: outputPath, filename: '[name].js', globalObject: 'globalThis', clean: false },
  target: ['web', 'es2019'],
  devtool: false,
  performance: { hints: false },
  resolve: { extensions: ['.ts', '.js'] },
  module: typescript,
  plugins: [new CustomFunctionsMetadataPlugin({ output: `${STANDALONE}.json`, input: functionsSource }), associateOnly],
};

module.exports = (url) => [page(url), standalone];
