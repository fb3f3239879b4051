/**
 * Where the Excel add-in is served from, and the manifest.xml that says so (excel-addin/DEPLOY.md).
 *
 * The repository's manifest.xml is the development manifest: every URL is https://localhost:3000/,
 * where `npm start` serves. A production build is given the hosting URL (`npm run build -- --url
 * https://comp.example.org/ai-comp/`, or ADDIN_URL in the environment) and writes a manifest.xml
 * beside the built files in which that folder URL replaces the development origin everywhere. The
 * add-in id is the one in the repository's manifest, on purpose: Excel ties a workbook's custom
 * functions and its add-in reference to that id, so workbooks made while developing keep working
 * with the deployed add-in, and every deployment of a new version replaces the last one.
 */
const fs = require('fs');
const path = require('path');

const DEV_ORIGIN = 'https://localhost:3000/';
const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The hosting URL from `--url <url>` / `--url=<url>` or ADDIN_URL, as a folder URL ending in `/`;
 * undefined for a development build. A URL Office would refuse is an error here, not at deployment.
 */
function hostingUrl(argv, env) {
  let given;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') given = argv[i + 1];
    else if (argv[i].startsWith('--url=')) given = argv[i].slice('--url='.length);
  }
  if (given === undefined) given = env.ADDIN_URL || undefined;
  if (given === undefined) return undefined;
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(
      `--url ${JSON.stringify(given)} is not a URL: give the https:// folder the files will be served from`,
    );
  }
  if (url.protocol !== 'https:')
    throw new Error(
      `--url ${given}: Office loads add-ins only over HTTPS, so the hosting URL must start with https://`,
    );
  if (url.search || url.hash) throw new Error(`--url ${given}: a folder URL has no ?query or #fragment`);
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname))
    throw new Error(
      `--url ${given}: a production build is for a hosted site; the default build already serves localhost`,
    );
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function packageVersion() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
}

/** The manifest's four-part version (Office wants n.n.n.n) from the package's semver. */
function manifestVersion(version) {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version);
  if (!match) throw new Error(`package.json version ${JSON.stringify(version)} is not major.minor.patch`);
  return `${match[1]}.${match[2]}.${match[3]}.0`;
}

/** manifest.xml for a build served from `url` (undefined: the development origin), at the package version. */
function manifestFor(sourceXml, url, version) {
  let xml = sourceXml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  if (!url) return xml;
  // The source's comments explain the development setup; the deployed file says what it is instead.
  xml = xml
    .replace(/<!--[\s\S]*?-->\s*/g, '')
    .replace(
      /(<\?xml[^>]*\?>\s*)/,
      // (an XML comment may not contain two hyphens in a row, so no command line here)
      `$1<!-- Built from manifest.xml for ${url.includes('--') ? 'its hosting URL' : url} : serve dist/excel-addin/ at that URL (excel-addin/DEPLOY.md). -->\n`,
    )
    .split(DEV_ORIGIN)
    .join(url);
  if (/localhost/i.test(xml))
    throw new Error('manifest.xml names localhost somewhere other than https://localhost:3000/: fix it there');
  return xml;
}

module.exports = { DEV_ORIGIN, hostingUrl, manifestFor, manifestVersion, packageVersion };
