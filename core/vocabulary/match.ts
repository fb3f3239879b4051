/**
 * Name matching for roles, levels and skills: case, spaces, hyphens, underscores and dots are
 * ignored, aliases are honoured, and an unknown name is answered with the closest valid names.
 */
import { normalizeName } from '../coerce';
import { SheetError, badValue } from '../errors';
import { describeCell } from '../messages';

export interface Term {
  readonly id: string;
  /** the name shown to users and listed by AI.ROLES() / AI.LEVELS() / AI.SKILLS() */
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface Vocabulary<T extends Term> {
  readonly what: string;
  readonly terms: readonly T[];
  find(text: string): T | SheetError;
  byId(id: string): T | undefined;
}

/** Levenshtein distance, small strings only (names are short). */
function editDistance(a: string, b: string): number {
  const previous = new Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

/** Suggestions are for names, not pasted paragraphs: past this length no suggestion is searched. */
export const LONGEST_NAME_TO_SUGGEST = 60;
/** How many candidates the cheap bigram score passes on to the exact edit distance. */
const SHORTLIST = 6;
/** Distinct unknown names remembered per vocabulary (a tracker column repeats its typos). */
const REMEMBERED = 5000;

interface Prepared {
  /** every normalised key of every term, flat */
  readonly keys: readonly string[];
  /** which term (by index) each key names */
  readonly owner: readonly number[];
  readonly gramCount: readonly number[];
  /** bigram -> the keys that contain it */
  readonly byGram: ReadonlyMap<number, readonly number[]>;
}

// A bigram as one number (two UTF-16 units), so scoring a name allocates no strings.
function bigrams(key: string): Set<number> {
  const grams = new Set<number>();
  if (key.length < 2) grams.add(key.length ? key.charCodeAt(0) : -1);
  for (let i = 0; i + 1 < key.length; i++) grams.add(key.charCodeAt(i) * 65536 + key.charCodeAt(i + 1));
  return grams;
}

// Prepared once per term list: the normalised keys and an index from bigram to key.
const preparedLists = new WeakMap<readonly Term[], Prepared>();
const remembered = new WeakMap<readonly Term[], Map<string, string[]>>();

function prepare(terms: readonly Term[]): Prepared {
  let ready = preparedLists.get(terms);
  if (ready) return ready;
  const keys: string[] = [];
  const owner: number[] = [];
  const gramCount: number[] = [];
  const byGram = new Map<number, number[]>();
  terms.forEach((term, t) => {
    for (const name of [term.name, ...term.aliases]) {
      const key = normalizeName(name);
      const grams = bigrams(key);
      for (const gram of grams) {
        const list = byGram.get(gram);
        if (list) list.push(keys.length);
        else byGram.set(gram, [keys.length]);
      }
      keys.push(key);
      owner.push(t);
      gramCount.push(grams.size);
    }
  });
  ready = { keys, owner, gramCount, byGram };
  preparedLists.set(terms, ready);
  return ready;
}

/** Each term's best score for `key` (bigram overlap; a containing or contained key ranks first) and the key that scored it. */
function scoreTerms(terms: readonly Term[], key: string): { term: number; key: string; score: number }[] {
  const { keys, owner, gramCount, byGram } = prepare(terms);
  const grams = bigrams(key);
  const shared = new Int32Array(keys.length);
  for (const gram of grams) for (const k of byGram.get(gram) ?? []) shared[k]++;
  const best = terms.map((_, term) => ({ term, key: '', score: -1 }));
  for (let k = 0; k < keys.length; k++) {
    const candidate = keys[k];
    const score =
      candidate.includes(key) || key.includes(candidate)
        ? 2 + 1 / (1 + Math.abs(candidate.length - key.length))
        : (2 * shared[k]) / (grams.size + gramCount[k]);
    const slot = best[owner[k]];
    if (score > slot.score) {
      slot.score = score;
      slot.key = candidate;
    }
  }
  return best;
}

/**
 * The closest valid names to an unknown one. A bigram score picks a shortlist in linear time and
 * the edit distance orders it, so 100,000 distinct unknown names stay within Sheets' 30 s; text
 * longer than any name gets no suggestion (an empty list).
 */
export function closestNames<T extends Term>(terms: readonly T[], text: string, count = 3): string[] {
  const key = normalizeName(text);
  if (key.length > LONGEST_NAME_TO_SUGGEST) return [];
  let memo = remembered.get(terms);
  if (!memo) remembered.set(terms, (memo = new Map()));
  const known = memo.get(key);
  if (known) return known.slice(0, count);
  const shortlist = scoreTerms(terms, key)
    .sort((x, y) => y.score - x.score)
    .slice(0, Math.max(SHORTLIST, count));
  const scored = shortlist.map((c) => ({
    name: terms[c.term].name,
    best:
      c.key.includes(key) || key.includes(c.key) ? Math.abs(c.key.length - key.length) / 4 : editDistance(key, c.key),
  }));
  scored.sort((x, y) => x.best - y.best || x.name.localeCompare(y.name));
  const names = scored.map((s) => s.name);
  if (memo.size >= REMEMBERED) memo.clear();
  memo.set(key, names);
  return names.slice(0, count);
}

/** The end of an unknown-name message: the closest names, or why there are none. */
export function closestHint(terms: readonly Term[], text: string): string {
  const names = closestNames(terms, text);
  return names.length
    ? `closest: ${names.join(', ')}`
    : `no suggestion for text over ${LONGEST_NAME_TO_SUGGEST} characters`;
}

export function vocabulary<T extends Term>(what: string, terms: readonly T[]): Vocabulary<T> {
  const index = new Map<string, T>();
  for (const term of terms) {
    for (const name of [term.name, term.id, ...term.aliases]) {
      const key = normalizeName(name);
      const clash = index.get(key);
      if (clash && clash !== term) throw new Error(`${what} "${name}" names both ${clash.id} and ${term.id}`);
      index.set(key, term);
    }
  }
  const ids = new Map(terms.map((t) => [t.id, t]));
  return {
    what,
    terms,
    byId: (id) => ids.get(id),
    find(text: string) {
      const found = index.get(normalizeName(text));
      if (found) return found;
      return badValue(
        `unknown ${what} ${describeCell(text)}: expected one of the ${what}s listed by AI.${what.toUpperCase()}S(); ${closestHint(terms, text)}`,
      );
    },
  };
}
