/**
 * How the panel shows where a figure comes from. The core's AI.SOURCE text is the whole derivation
 * (publisher, report, date, each step); the panel puts a grade and one short line on the figure and
 * the full text behind a disclosure. Seed file names ("seed 001_7183….txt") are our storage, not a
 * citation: they are taken out, and articles are named by publisher and date as the text already does.
 *
 * The grade comes from the AI.SOURCE text until the core exposes a grade of its own (the "grades"
 * work on issue 12): "estimate" where the text says so, "derived" where it says a figure is
 * derived, else "reported".
 */
export type Grade = 'reported' | 'derived' | 'estimate';

const SEED_FILE = /;?\s*seed \d{3}_[0-9a-f]+\.txt/gi;

/** The source text without seed file names. */
export function citation(text: string): string {
  return text.replace(SEED_FILE, '').replace(/\(\s*\)/g, '').replace(/\s{2,}/g, ' ').trim();
}

export function gradeOf(text: string): Grade {
  if (/\bestimate/i.test(text)) return 'estimate';
  if (/\bderived\b/i.test(text)) return 'derived';
  return 'reported';
}

/** The publisher-and-date parentheses of the text's last cited article, e.g. "AI Tech Connect, 2026". */
export function oneLine(text: string): string {
  const clean = citation(text);
  const quoted = [...clean.matchAll(/in "([^"]+)" \(([^,]+), ([^;)(]+)/g)];
  const last = quoted[quoted.length - 1];
  if (last) return `${last[2].trim()}, ${last[3].trim()}`;
  const first = clean.split(/[.;]/)[0];
  return first.length > 80 ? `${first.slice(0, 77)}…` : first;
}
