/**
 * The Excel task pane page runs the custom functions and the offer panel in one long-lived runtime
 * (manifest.xml), so it must load the core once (issue 14): the core and the data sit in one shared
 * chunk, and no other script the page loads carries a second copy. zod/mini is the panel's alone
 * (the custom functions validate without it), so it is in panel.js once and not in the shared chunk.
 * Reads the files `npm run build:excel` writes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { OWN_TABLE_HINT } from '../../core/messages';
import { ARTICLES } from '../../data/sources';
import { DIST, pageScripts } from '../../testkit/excel/built';

/**
 * Text only one copy of each part would carry, and the script that should carry it: a core message
 * and a data record (an article's title, read from the data so an edit to the data moves the marker
 * too) in the shared chunk; zod/mini's object schema name in the panel.
 */
const MARKERS: Readonly<Record<string, readonly [string, string]>> = {
  core: [OWN_TABLE_HINT, 'core.js'],
  data: [Object.values(ARTICLES).find((a) => a.title)!.title!, 'core.js'],
  'zod/mini': ['ZodMiniObject', 'panel.js'],
};

const scripts = pageScripts();
const text = new Map(scripts.map((name) => [name, fs.readFileSync(path.join(DIST, name), 'utf8')]));

test('the page loads its scripts from the build, the shared chunk before the functions and the panel', () => {
  expect(scripts).toEqual(expect.arrayContaining(['core.js', 'functions.js', 'panel.js', 'taskpane.js']));
  expect(scripts.indexOf('core.js')).toBeLessThan(scripts.indexOf('functions.js'));
  expect(scripts.indexOf('core.js')).toBeLessThan(scripts.indexOf('panel.js'));
  expect(new Set(scripts).size).toBe(scripts.length);
});

test.each(Object.entries(MARKERS))('exactly one script the page loads carries the %s', (_part, [marker, carrier]) => {
  const carriers = scripts.filter((name) => text.get(name)!.includes(marker));
  expect(carriers).toEqual([carrier]);
});

test('the custom functions (functions.js and the shared core.js) carry no zod', () => {
  for (const name of ['core.js', 'functions.js']) expect(text.get(name)!.match(/\$Zod[A-Z]|ZodMini[A-Z]/)).toBeNull();
});

test('one webpack runtime for the page (one module registry, so the core is evaluated once)', () => {
  // The runtime takes over the chunk array's push; every other script is a chunk: its first
  // statement pushes its modules onto that array, and it has no module registry of its own.
  const runtimes = scripts.filter((name) => /\.push=[\w$]+\.bind\(null,/.test(text.get(name)!));
  expect(runtimes).toEqual(['core.js']);
  const chunks = scripts.filter((name) => /^(?:"use strict";)?\(.{0,80}webpackChunk/.test(text.get(name)!));
  expect(chunks).toEqual(scripts.filter((name) => name !== 'core.js'));
});

test('functions.js is the registration only: under 80 KB minified', () => {
  expect(text.get('functions.js')!).toContain('CustomFunctions.associate(');
  expect(Buffer.byteLength(text.get('functions.js')!)).toBeLessThan(80 * 1024);
});
