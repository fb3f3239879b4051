/**
 * How the panel shows where a figure comes from. The core's AI.SOURCE text is the whole derivation
 * (publisher, report, date, each step); the panel puts a grade and one short line on the figure and
 * the full text behind a disclosure. Seed file names ("seed 001_7183….txt") are our storage, not a
 * citation: they are taken out, and articles are named by publisher and date as the text already does.
 * The grade beside the line is the core's (AI.BAND's "grade" stat: panel/benchmark.ts `bandGrades`).
 */

const SEED_FILE = /;?\s*seed \d{3}_[0-9a-f]+\.txt/gi;

/** The source text without seed file names. */
export function citation(text: string): string {
  return text
    .replace(SEED_FILE, '')
    .replace(/\(\s*\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * Publisher and date of the text's last cited article, e.g. "AI Tech Connect, 2026": the core cites
 * an article as `in Publisher, "Title", date` or `in Publisher, untitled article, date`
 * (data/sources.ts `citeArticle`).
 */
export function oneLine(text: string): string {
  const clean = citation(text);
  const cited = [...clean.matchAll(/\bin ([^;"(]+?), (?:"[^"]*"|untitled article), ([^;()]+?)(?=\s*\(|[;.]|$)/g)];
  const last = cited[cited.length - 1];
  if (last) return `${last[1].trim()}, ${last[2].trim()}`;
  const first = clean.split(/[.;]/)[0];
  return first.length > 80 ? `${first.slice(0, 77)}…` : first;
}
