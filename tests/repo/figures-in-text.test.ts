/**
 * Issue 19: every number in a figure-bearing text a user can see is a data figure, arithmetic over
 * figures, an input of an example, or a default / bound the code applies; anything else is an
 * outside fact without a source (like an invented "$165k-$168k" base) and fails here, naming the
 * text and the number. The texts: the help of every function in both hosts, the AI.SOURCE answer
 * for every band, rate, premium, local projection and default, every AI.FIGURE source, note and
 * label, the panel's own strings and the core sentences it shows, and the READMEs' tables.
 * Needs no seed article (npm run check:seeds compares the figures with the articles).
 */
import * as fs from 'fs';
import * as path from 'path';
import { callByName, CATALOG, functionDoc } from '../../core';
import { ExampleArg } from '../../core/function-spec';
import { FIGURES } from '../../data/figures';
import { ARTICLES } from '../../data/sources';
import { BAND_TABLES } from '../../data/band-tables';
import { CATALOG_DEFAULTS } from '../../data/defaults';
import { seniorBaseFloorWarning, seniorFloorWarning } from '../../core/band/embedded-bands';

const ROOT = path.resolve(__dirname, '../..');
const call = (name: string, ...args: unknown[]) => callByName(name, args);
const column = (name: string) => (call(name) as string[][]).map((r) => r[0]);
const ROLES = column('ROLES');
const LEVELS = column('LEVELS');
const SKILLS = column('SKILLS');

// ---- what a number may be -------------------------------------------------------------------
const values = FIGURES.map((f) => f.value);
const allowed: number[] = [];
const allow = (...ns: number[]) => {
  for (const n of ns) if (Number.isFinite(n)) allowed.push(n);
};
// a figure, as a value, a percentage, in thousands or millions
for (const v of values) allow(v, v * 100, v / 1000, v / 1e6);
// arithmetic over figures: the ratio of two (and the step it makes, as a percentage), as the
// records' notes and derivations show their working ("77.20 / 54 = 1.43"); a figure over 1 + a
// premium (the derived mid-level rate); a figure over the hours in a year
const money = FIGURES.filter((f) => f.unit === 'USD/year' || f.unit === 'USD/hour');
for (const a of money)
  for (const b of money) if (a.unit === b.unit) allow(a.value / b.value, (a.value / b.value - 1) * 100);
const premiums = FIGURES.filter((f) => f.measures === 'premium');
for (const a of money) for (const p of premiums) allow(a.value / (1 + p.value));
for (const a of money) allow(a.value / 2080);
// the figures the catalog computes from them (every band, rate, premium and local ratio)
for (const table of BAND_TABLES)
  for (const role of ROLES)
    for (const level of LEVELS) {
      const row = call('BAND', role, level, null, 'US', table.id);
      if (Array.isArray(row)) for (const v of row[0]) if (typeof v === 'number') allow(v, v / 1000);
      const rate = call('RATE', role, level);
      if (typeof rate === 'number') allow(rate);
      for (const to of LEVELS) {
        const local = call('LOCALBAND', 1, level, to, table.id);
        if (typeof local === 'number') allow(local, 1 / local);
      }
    }
for (const skill of SKILLS)
  for (const bound of ['low', 'mid', 'high']) {
    const p = call('PREMIUM', skill, bound);
    if (typeof p === 'number') allow(p, p * 100);
  }
const ratesBySenior = values.filter((v) => v > 40 && v < 80);
for (const r of ratesBySenior) allow(r / 60.3); // role relativities: a role's senior rate over the AI engineer's
// years of experience and dates, as the records and articles state them
const numbersIn = (text: string) => [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
for (const f of FIGURES) if (f.experience) allow(...numbersIn(f.experience));
// the reports as the articles name them ("2025 to 2026 compensation comparisons")
for (const f of FIGURES) allow(...numbersIn(f.source));
for (const t of BAND_TABLES) for (const r of t.rows) allow(...numbersIn(r.years));
for (const a of Object.values(ARTICLES)) allow(...numbersIn(a.date));
// the inputs of every example, and each parameter's default and bounds (the code's own values)
function exampleNumbers(arg: ExampleArg): number[] {
  if (typeof arg === 'number') return [arg];
  if (arg === null || typeof arg !== 'object') return [];
  if ('date' in arg) return [...arg.date];
  if ('call' in arg) return arg.args.flatMap(exampleNumbers);
  return ('ref' in arg ? arg.sample : arg).flat().filter((v): v is number => typeof v === 'number');
}
for (const spec of CATALOG) {
  for (const a of spec.example) allow(...exampleNumbers(a), ...exampleNumbers(a).map((n) => n * 100));
  for (const p of spec.params) {
    if (p.defaultShown) allow(...numbersIn(p.defaultShown.replace(/,/g, '')));
    if (p.defaultNote) allow(...numbersIn(p.defaultNote));
    if (p.bounds) allow(p.bounds.min ?? 0, p.bounds.max ?? 0);
  }
}
for (const d of CATALOG_DEFAULTS) allow(...numbersIn(d.value.replace(/,/g, '')));
/**
 * Conventions, each with why it may appear: 0 and 1 (the ends of a range, a ratio's identity);
 * 100 (per cent); 365.25 (AI.AGE's days in a year); 2, 3 and 4 in vesting-schedule syntax and year
 * counts of the defaults; 6 and 12 (months in schedule syntax); the numbers of a list "(1) (2) (3)".
 */
allow(0, 1, 2, 3, 4, 6, 12, 100, 365.25);

const sorted = Float64Array.from(allowed).sort();

/** Whether `n`, written with `decimals` decimals, is an allowed number rounded that way. */
function isAllowed(n: number, decimals: number): boolean {
  const tolerance = 0.5 * 10 ** -decimals + 1e-9;
  // the first allowed number at or above n - tolerance, by binary search
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < n - tolerance) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] <= n + tolerance;
}

/** The numbers a text states: "$269,000" 269000, "$165k" 165000 read as 165 (thousands), "15%" 15, "1.5223" 1.5223. */
function statedNumbers(text: string): { written: string; value: number; decimals: number }[] {
  const cleaned = text
    // references to issues, pull requests and office-js threads, and ids in AI.FIGURE("...") quotes
    .replace(/#\d+/g, ' ')
    .replace(/"[a-z0-9]+(?:-[a-z0-9]+)+"/g, ' ')
    // schedule syntax ("4y-1y-cliff-monthly", "5/15/40/40") and ISO dates are example inputs
    .replace(/\b\d+(?:y|m)\b/g, ' ')
    .replace(/\b\d{4}-\d{2}(?:-\d{2})?\b/g, ' ')
    // function names with digits (P10 ... P90 are stat names), hex, cell references
    .replace(/\b[pP](10|25|50|75|90)\b/g, ' ')
    .replace(/\b[A-Z]{1,2}\d+(?::[A-Z]{1,2}\d+)?\b/g, ' ');
  return [...cleaned.matchAll(/(?<![\w.])\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|(?<![\w.])\d+(?:\.\d+)?/g)].map((m) => {
    const written = m[0];
    const plain = written.replace(/,/g, '');
    const decimals = plain.includes('.') ? plain.split('.')[1].length : 0;
    return { written, value: Number(plain), decimals };
  });
}

// ---- the texts --------------------------------------------------------------------------------
const texts: [string, string][] = [];
for (const spec of CATALOG)
  for (const host of ['excel', 'sheets'] as const) {
    const doc = functionDoc(spec, host);
    texts.push([`help ${doc.hostName}`, [doc.summary, doc.example, ...doc.params.map((p) => p.help)].join(' ')]);
  }
for (const table of BAND_TABLES)
  for (const role of ROLES)
    for (const level of LEVELS) {
      const source = call('SOURCE', role, level, null, 'US', table.id);
      if (typeof source === 'string') texts.push([`AI.SOURCE ${role} ${level} ${table.id}`, source]);
      for (const to of LEVELS) {
        const local = call('SOURCE', level, to, 'local', null, table.id);
        if (typeof local === 'string') texts.push([`AI.SOURCE local ${level} ${to} ${table.id}`, local]);
      }
    }
for (const role of ROLES)
  for (const level of LEVELS) {
    const rate = call('SOURCE', role, level, 'rate');
    if (typeof rate === 'string') texts.push([`AI.SOURCE rate ${role} ${level}`, rate]);
    const floor = seniorFloorWarning(role, level);
    if (floor) texts.push([`panel band floor ${role} ${level}`, floor]);
  }
for (const skill of SKILLS)
  for (const bound of ['low', 'mid', 'high']) {
    const p = call('SOURCE', skill, bound, 'premium');
    if (typeof p === 'string') texts.push([`AI.SOURCE premium ${skill} ${bound}`, p]);
  }
for (const d of CATALOG_DEFAULTS)
  texts.push([`AI.SOURCE default ${d.id}`, call('SOURCE', d.id, null, 'default') as string]);
for (const f of FIGURES)
  for (const field of ['source', 'note', 'label'])
    texts.push([`AI.FIGURE ${f.id} ${field}`, call('FIGURE', f.id, field) as string]);
// (the base in the note is the user's own; 160,000, the Mid range's low end, stands in for it here)
texts.push(['panel base floor note', seniorBaseFloorWarning('LLMOps', 'Senior', 160000)!]);

// the panel's own strings: text, title and aria-label literals in its source (a placeholder is an
// example input by nature: grey text that shows the form of an entry)
function panelStrings(dir: string): [string, string][] {
  const out: [string, string][] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...panelStrings(file));
    else if (entry.name.endsWith('.ts')) {
      const code = fs.readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\b(?:text|title|'aria-label'):\s*(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g))
        out.push([`panel ${path.relative(ROOT, file)}`, m[2].replace(/\$\{[^}]*\}/g, ' ')]);
    }
  }
  return out;
}
texts.push(...panelStrings(path.join(ROOT, 'panel')));

// the READMEs' tables that carry figures (a row with an amount in dollars or a percentage)
for (const readme of ['README.md', 'data/README.md', 'core/band/README.md', 'examples/README.md']) {
  const lines = fs.readFileSync(path.join(ROOT, readme), 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.startsWith('|') && /\$\d|\d%/.test(line)) texts.push([`${readme}:${i + 1}`, line]);
  });
}

describe('every number a user reads is a figure, arithmetic over figures, or an example input', () => {
  test('there is text to read', () => {
    expect(texts.length).toBeGreaterThan(1000);
  });
  test('no number without a source', () => {
    const strays: string[] = [];
    for (const [where, text] of texts)
      for (const n of statedNumbers(text)) if (!isAllowed(n.value, n.decimals)) strays.push(`${where}: ${n.written}`);
    expect([...new Set(strays)]).toEqual([]);
  });
  test('an invented figure fails (the check can fail)', () => {
    expect(statedNumbers('a base of $165k-$168k').filter((n) => !isAllowed(n.value, n.decimals))).toHaveLength(1);
  });
});
