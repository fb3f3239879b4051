/**
 * `npm start`: serves dist/excel-addin over HTTPS at https://localhost:3000, the origin manifest.xml
 * names, for sideloading into Excel. Opening https://localhost:3000/ in any browser shows the task
 * pane in standalone mode. It serves the last build, and builds first only when there is none, so
 * the quick start (npm ci, npm test, npm start) builds once; run `npm run build` after a change.
 *
 * Stopping `npm start` stops the server: npm runs this script under a shell, and a signal to npm
 * does not always reach this process, so it also stops when its parent process goes away.
 *
 * Certificates come from office-addin-dev-certs (a local CA and a localhost certificate in
 * ~/.office-addin-dev-certs, generated on first run). Trusting that CA is a separate, one-time step
 * on your machine: `npx office-addin-dev-certs install` (it needs admin rights). If certificates
 * cannot be made here, the server says so and serves plain HTTP, which browsers accept for the
 * standalone panel but Office does not accept for an add-in.
 */
const childProcess = require('child_process');
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', 'dist', 'excel-addin');
const PORT = Number(process.env.PORT || 3000);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

function handle(request, response) {
  const url = new URL(request.url, 'https://localhost');
  const relative =
    decodeURIComponent(url.pathname) === '/' ? 'taskpane.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
  const file = path.resolve(ROOT, relative);
  if (!file.startsWith(ROOT + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(`not found: ${url.pathname}`);
    return;
  }
  response.writeHead(200, {
    'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
    // Excel on the web fetches functions.json and functions.js from another origin.
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': 'no-store',
  });
  fs.createReadStream(file).pipe(response);
}

async function certificates() {
  const { generateCertificates } = require('office-addin-dev-certs/lib/generate');
  const defaults = require('office-addin-dev-certs/lib/defaults');
  if (!fs.existsSync(defaults.localhostCertificatePath) || !fs.existsSync(defaults.localhostKeyPath)) {
    await generateCertificates();
    console.log(
      `Generated a development CA and a localhost certificate in ${path.dirname(defaults.caCertificatePath)}.`,
    );
    console.log('To make Excel and your browser trust them, run once: npx office-addin-dev-certs install');
  }
  return { cert: fs.readFileSync(defaults.localhostCertificatePath), key: fs.readFileSync(defaults.localhostKeyPath) };
}

/** Close the server and exit on a signal, or once the process that started this one is gone. */
function stopWithParent(server) {
  const parent = process.ppid;
  const stop = () => {
    server.close();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
  const alive = () => {
    try {
      process.kill(parent, 0);
      return process.ppid === parent;
    } catch {
      return false;
    }
  };
  setInterval(() => {
    if (!alive()) stop();
  }, 500).unref();
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'taskpane.html'))) {
    console.log('dist/excel-addin is not built yet: running `npm run build` once.');
    const built = childProcess.spawnSync('npm', ['run', 'build'], {
      stdio: 'inherit',
      cwd: path.resolve(__dirname, '..'),
    });
    if (built.status !== 0) {
      console.error('The build failed; fix it and run `npm start` again.');
      process.exit(1);
    }
  }
  let server;
  let origin;
  try {
    server = https.createServer(await certificates(), handle);
    origin = 'https://localhost';
  } catch (error) {
    console.error(`Could not make HTTPS certificates (${error.message}).`);
    console.error(
      'Serving plain HTTP instead: the standalone panel works in a browser, but Office needs HTTPS to sideload.',
    );
    server = http.createServer(handle);
    origin = 'http://localhost';
  }
  stopWithParent(server);
  server.listen(PORT, 'localhost', () => {
    const at = `${origin}:${server.address().port}`;
    console.log(
      `Serving dist/excel-addin at ${at}/ (task pane: ${at}/taskpane.html), pid ${process.pid}. Ctrl+C stops.`,
    );
    console.log('Sideload manifest.xml into Excel: see excel-addin/README.md.');
  });
}

main();
