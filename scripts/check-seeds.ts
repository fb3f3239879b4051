/**
 * `npm run check:seeds`: every reported figure, reached as a user reaches it (AI.FIGURES, AI.FIGURE),
 * is found in the text of its seed article, in one sentence together with the article's own label
 * for it where the record has one (e.g. "MLOps developers", "can reach"). The article is looked up
 * from the figure record (data/figures.ts `article`, data/seed-files.ts): no user-facing
 * text names a seed file. The articles live outside the repository (../shared/seeds, or SEEDS_DIR),
 * so this is its own command, not part of `npm test`; .ci/run runs it where the folder exists.
 * Prints how many figures it checked and found; exits 1 on any miss.
 */
import * as fs from 'fs';
import * as path from 'path';
import { callByName } from '../core';
import { ARTICLES } from '../data/sources';
import { SEED_FILES } from '../data/seed-files';
import { figure } from '../data/figures';

const SEEDS = path.resolve(process.env.SEEDS_DIR ?? path.join(__dirname, '../../shared/seeds'));

interface Seen {
  id: string;
  value: number;
  unit: string;
  basis: string;
  seedFile: string;
  label?: string;
}

function throughLookups(): Seen[] {
  const ids = (callByName('FIGURES', []) as string[][]).map((row) => row[0]);
  return ids.map((id) => {
    const record = figure(id);
    return {
      id,
      value: callByName('FIGURE', [id]) as number,
      unit: callByName('FIGURE', [id, 'unit']) as string,
      basis: callByName('FIGURE', [id, 'basis']) as string,
      seedFile: SEED_FILES[record.article],
      label: record.label ?? record.cue,
    };
  });
}

/** The ways an article may write the figure. */
function forms(f: Seen): string[] {
  if (f.unit.startsWith('USD')) {
    const whole = Math.round(f.value).toLocaleString('en-US');
    const k = Math.round(f.value / 1000);
    return [`$${whole}`, `$${f.value.toFixed(2)}`, `$${f.value}`, `$${k}k`, `$${k},000`];
  }
  if (f.unit === 'fraction') {
    const pct = `${Math.round(f.value * 10000) / 100}`;
    const whole = Number(pct).toLocaleString('en-US');
    return [
      `${pct}%`,
      `${whole}%`,
      `${pct} per cent`,
      `${pct} to `,
      `${pct}% to `,
      `to ${pct} per cent`,
      `${pct}% and `,
      `–${pct}%`,
      `${f.value} to `,
      `to ${f.value} times`,
      ...(f.value === 0.5 ? ['by half'] : []),
    ];
  }
  return [`${f.value.toLocaleString('en-US')}`];
}

/** Sentences (and table rows) of an article: a figure's source sentence is one of these. */
function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+(?=[A-Z"“(•])/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function main(): number {
  if (!fs.existsSync(SEEDS)) {
    console.error(`check:seeds: no seed folder at ${SEEDS} (set SEEDS_DIR)`);
    return 2;
  }
  const problems: string[] = [];
  for (const article of Object.values(ARTICLES)) {
    if (!fs.existsSync(path.join(SEEDS, SEED_FILES[article.id])))
      problems.push(`article ${article.publisher}: seed file ${SEED_FILES[article.id]} missing`);
  }
  const texts = new Map<string, string[]>();
  const sentencesOf = (seed: string) => {
    if (!texts.has(seed)) texts.set(seed, sentences(fs.readFileSync(path.join(SEEDS, seed), 'utf8')));
    return texts.get(seed)!;
  };
  const all = throughLookups();
  const reported = all.filter((f) => f.basis === 'reported');
  let found = 0;
  let labelled = 0;
  for (const f of reported) {
    if (!fs.existsSync(path.join(SEEDS, f.seedFile))) {
      problems.push(`${f.id}: its article's seed file ${f.seedFile} is missing`);
      continue;
    }
    const withValue = sentencesOf(f.seedFile).filter((s) => forms(f).some((form) => s.includes(form)));
    const sentence = f.label ? withValue.find((s) => s.toLowerCase().includes(f.label!.toLowerCase())) : withValue[0];
    if (sentence) {
      found++;
      if (f.label) labelled++;
    } else if (withValue.length)
      problems.push(
        `${f.id}: ${f.value} (${f.unit}) found in ${f.seedFile}, but in no sentence that also says "${f.label}"`,
      );
    else problems.push(`${f.id}: ${f.value} (${f.unit}) not found in ${f.seedFile}`);
  }
  console.log(
    `check:seeds: ${all.length} figures, ${reported.length} reported; ${found} of ${reported.length} found in a sentence of their seed text (${labelled} with the article's own words for it in the same sentence)`,
  );
  for (const p of problems) console.error(`  ${p}`);
  return problems.length ? 1 : 0;
}

process.exitCode = main();
