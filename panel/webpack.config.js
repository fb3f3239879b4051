/**
 * Builds the offer panel for the browser: dist/panel/panel.js (exposes the global `AIPanel`, so a
 * host page can call `AIPanel.mountOfferPanel(root, bridge)`), panel.css, and index.html, the
 * standalone page that mounts the panel with the localStorage bridge.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { tsModule } = require('../scripts/ts-module');

const root = path.resolve(__dirname, '..');

module.exports = (env = {}, argv = {}) => ({
  mode: argv.mode || 'production',
  target: 'web',
  context: root,
  entry: { panel: './panel/standalone.ts' },
  output: {
    path: path.join(root, 'dist', 'panel'),
    filename: '[name].js',
    library: { name: 'AIPanel', type: 'window' },
    clean: true,
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: tsModule(path.join(__dirname, 'tsconfig.json'), { module: 'es2020', target: 'ES2019' }),
  // No source maps with eval (the panel never evaluates strings, DESIGN.md §7).
  devtool: false,
  performance: { hints: false },
  plugins: [
    new CopyWebpackPlugin({ patterns: [{ from: path.join(__dirname, 'panel.css'), to: 'panel.css' }] }),
    new HtmlWebpackPlugin({
      template: path.join(__dirname, 'index.html'),
      filename: 'index.html',
      inject: 'body',
      scriptLoading: 'blocking',
      minify: false,
    }),
  ],
});
