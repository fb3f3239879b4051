/**
 * The one way every browser test (and bench) starts Chromium: the system's (`/usr/bin/chromium`,
 * or CHROMIUM_PATH) where present, else the Chromium that ships inside the `@sparticuz/chromium`
 * npm package, so a fresh clone needs no separate browser install. Nothing is downloaded.
 */
import { Browser, chromium } from 'playwright-core';
import { existsSync } from 'fs';
import { execFileSync } from 'child_process';

let packagedPath: string | undefined;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export async function chromiumPath(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return system;
  // The packaged build is an ES module (jest's CommonJS runtime cannot load it), so a child Node
  // asks it; it unpacks itself into the temp folder on first use (about 1.5 s), later calls reuse it.
  if (!packagedPath) {
    const script =
      "import('@sparticuz/chromium').then((m) => m.default.executablePath()).then((p) => process.stdout.write(p))";
    packagedPath = execFileSync(process.execPath, ['-e', script], { cwd: __dirname, encoding: 'utf8' }).trim();
  }
  return packagedPath;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
}
