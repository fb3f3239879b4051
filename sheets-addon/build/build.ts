/**
 * `npm run build:sheets`: writes dist/sheets-addon/, the folder `clasp push` pushes (rootDir):
 * - Code.js: webpack's bundle of the core and server/ as the library global `AIAddon`, followed by
 *   the generated top-level functions (generate-code.ts);
 * - Sidebar.html: the shared offer panel (dist/panel/panel.js, panel/panel.css) and the Sheets
 *   bridge, inlined (Apps Script serves one HTML file; the panel loads nothing from a CDN);
 * - appsscript.json: the manifest, copied.
 * `-- --analyze` also prints where Code.js's bytes go, per source file and folder (a source map of the
 * library, kept in dist/.build).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import webpack from 'webpack';
import { tsModule } from '../../scripts/ts-module';
import { codeJs, LIBRARY } from './generate-code';
import type { CatalogEntry } from '../server/index';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'dist/sheets-addon');
/** Intermediate bundles, outside the pushed folder (clasp would push every .js there). */
const WORK = path.join(ROOT, 'dist/.build/sheets-addon');
const PANEL_JS = path.join(ROOT, 'dist/panel/panel.js');
const PANEL_CSS = path.join(ROOT, 'panel/panel.css');
/** `npm run build:sheets -- --analyze`: also print where Code.js's bytes go (see analyze below). */
const ANALYZE = process.argv.includes('--analyze');

function bundle(): Promise<void> {
  const config: webpack.Configuration = {
    mode: 'production',
    context: ROOT,
    // 'eval' source maps would put eval in the pushed code; none are needed. --analyze writes a
    // map beside the intermediate bundle (outside the pushed folder), with no reference to it.
    devtool: ANALYZE ? 'hidden-source-map' : false,
    target: ['web', 'es2019'],
    entry: {
      server: { import: './sheets-addon/server/index.ts', library: { type: 'var', name: LIBRARY } },
      sidebar: './sheets-addon/client/sidebar.ts',
    },
    output: { path: WORK, filename: '[name].js', globalObject: 'globalThis', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: tsModule(path.join(ROOT, 'sheets-addon/tsconfig.json'), { module: 'esnext' }),
    performance: { hints: false },
  };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/** Loads the library bundle as Apps Script would (one global scope) and reads what to generate. */
function readLibrary(library: string): { catalog: CatalogEntry[]; entryPoints: Record<string, string[]> } {
  const context = vm.createContext({});
  vm.runInContext(`${library}\n;globalThis.__library = ${LIBRARY};`, context, { filename: 'server.js' });
  const lib = (
    context as {
      __library: Record<string, unknown> & {
        catalogMetadata(): CatalogEntry[];
        ENTRY_POINTS: Record<string, string[]>;
        callCustomFunction: unknown;
      };
    }
  ).__library;
  // A wrapper that calls nothing would only fail when a user clicks the menu item in Sheets.
  const missing = [...Object.keys(lib.ENTRY_POINTS), 'callCustomFunction'].filter(
    (name) => typeof lib[name] !== 'function',
  );
  if (missing.length) throw new Error(`server/index.ts lists entry points it does not export: ${missing.join(', ')}`);
  // Through JSON so the generator sees plain values of this realm.
  return JSON.parse(JSON.stringify({ catalog: lib.catalogMetadata(), entryPoints: lib.ENTRY_POINTS }));
}

/** A script inlined in HTML must not contain `</script` (it would end the element early). */
function inlineScript(code: string): string {
  return code.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
}

function inlineStyle(css: string): string {
  return css.replace(/<\/style/gi, '<\\/style');
}

export function sidebarHtml(panelJs: string, panelCss: string, bridgeJs: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<base target="_top">
<meta charset="utf-8">
<title>Offer panel</title>
<style>
${inlineStyle(panelCss)}
</style>
</head>
<body>
<div id="offer-panel"></div>
<script>
${inlineScript(panelJs)}
</script>
<script>
${inlineScript(bridgeJs)}
</script>
</body>
</html>
`;
}

/**
 * A source-map-explorer style breakdown: each byte of the minified library is charged to the source
 * file its mapping names (to the next mapping), then summed per file and per folder.
 */
function analyze(library: string, code: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SourceMapConsumer } = require('source-map') as {
    SourceMapConsumer: new (map: unknown) => {
      eachMapping(f: (m: { generatedLine: number; generatedColumn: number; source: string | null }) => void): void;
    };
  };
  const lineStart: number[] = [];
  for (let at = 0, line = 0; line <= library.split('\n').length; line++) {
    lineStart.push(at);
    at = library.indexOf('\n', at) + 1 || library.length;
  }
  const mappings: { at: number; source: string }[] = [];
  new SourceMapConsumer(JSON.parse(fs.readFileSync(path.join(WORK, 'server.js.map'), 'utf8'))).eachMapping((m) => {
    mappings.push({
      at: lineStart[m.generatedLine - 1] + m.generatedColumn,
      source: (m.source ?? '(webpack)').replace(/^webpack:\/\/[^/]*\//, '').replace(/^\.\//, ''),
    });
  });
  mappings.sort((a, b) => a.at - b.at);
  const bySource = new Map<string, number>();
  mappings.forEach((m, i) =>
    bySource.set(m.source, (bySource.get(m.source) ?? 0) + ((mappings[i + 1]?.at ?? library.length) - m.at)),
  );
  const byFolder = new Map<string, number>();
  for (const [source, bytes] of bySource) {
    const folder = source.startsWith('node_modules/zod')
      ? 'zod/mini'
      : source.split('/').slice(0, -1).join('/') || source;
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + bytes);
  }
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1).padStart(6)} KB`;
  const top = (map: Map<string, number>, n: number): string =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, bytes]) => `${kb(bytes)}  ${name}`)
      .join('\n');
  const [codeBytes, libraryBytes] = [Buffer.byteLength(code), Buffer.byteLength(library)];
  console.log(
    `Code.js ${kb(codeBytes)}: library ${kb(libraryBytes)}, generated functions and JSDoc ${kb(codeBytes - libraryBytes)} (files below: characters)`,
  );
  console.log(`by folder:\n${top(byFolder, 12)}\nby file:\n${top(bySource, 20)}`);
}

async function main(): Promise<void> {
  await bundle();
  const library = fs.readFileSync(path.join(WORK, 'server.js'), 'utf8');
  const { catalog, entryPoints } = readLibrary(library);
  fs.mkdirSync(OUT, { recursive: true });
  const code = codeJs(library, catalog, entryPoints);
  fs.writeFileSync(path.join(OUT, 'Code.js'), code);
  if (ANALYZE) analyze(library, code);
  fs.copyFileSync(path.join(ROOT, 'sheets-addon/appsscript.json'), path.join(OUT, 'appsscript.json'));
  // Checked after Code.js is written, so the functions can be tested while the panel is rebuilt.
  for (const [file, what] of [
    [PANEL_JS, 'the panel bundle (npm run build:panel)'],
    [PANEL_CSS, 'the panel styles'],
  ] as const) {
    if (!fs.existsSync(file))
      throw new Error(`${path.relative(ROOT, file)} is missing: the sidebar inlines ${what}; build the panel first`);
  }
  const sidebar = sidebarHtml(
    fs.readFileSync(PANEL_JS, 'utf8'),
    fs.readFileSync(PANEL_CSS, 'utf8'),
    fs.readFileSync(path.join(WORK, 'sidebar.js'), 'utf8'),
  );
  fs.writeFileSync(path.join(OUT, 'Sidebar.html'), sidebar);
  console.log(
    `sheets-addon: ${catalog.length} custom functions, ${Object.keys(entryPoints).length} entry points -> ${path.relative(ROOT, OUT)}/`,
  );
}

main().catch((error) => {
  console.error(`build:sheets failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
