/**
 * Issue 19: stopping `npm start` stops its server. npm runs the script under a shell, and a signal
 * to npm need not reach the server, which then kept serving. This starts `npm start` on a free port
 * (PORT=0) in its own process group, stops it as a tool does (SIGTERM to npm alone) and as a
 * terminal's Ctrl+C does (SIGINT to the whole group), and checks that every process npm started is
 * gone and the port refuses connections. Needs `npm run build:excel`.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

/** Every process below `pid`, from /proc (Linux). */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we read
    }
  }
  const out: number[] = [];
  const visit = (p: number) => (children.get(p) ?? []).forEach((c) => (out.push(c), visit(c)));
  visit(pid);
  return out;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

const refuses = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, 'localhost');
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(true));
  });

async function startServer(): Promise<{ npm: ChildProcess; port: number; pids: number[] }> {
  const npm = spawn('npm', ['start'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0' },
    stdio: 'pipe',
    detached: true,
  });
  let out = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not serve within 60 s:\n${out}`)), 60_000);
    npm.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /localhost:(\d+)\//.exec(out);
      if (m && Number(m[1]) > 0) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
  });
  return { npm, port, pids: descendants(npm.pid!) };
}

async function gone(pids: number[]): Promise<number[]> {
  for (let i = 0; i < 50 && pids.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
  return pids.filter(alive);
}

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist/excel-addin/taskpane.html')))
    throw new Error('dist/excel-addin is missing: run npm run build:excel');
});

test.each([
  ['SIGTERM to npm (a tool stopping it)', 'SIGTERM', false],
  ['SIGINT to its process group (Ctrl+C in a terminal)', 'SIGINT', true],
] as const)('stopping npm start: %s stops its server', async (_how, signal, group) => {
  const { npm, port, pids } = await startServer();
  expect(pids.length).toBeGreaterThan(0);
  expect(await refuses(port)).toBe(false);
  if (group) process.kill(-npm.pid!, signal);
  else npm.kill(signal);
  const left = await gone(pids);
  for (const pid of left) process.kill(pid, 'SIGKILL'); // never leave a server behind, even on failure
  expect(left).toEqual([]);
  expect(await refuses(port)).toBe(true);
});
