/**
 * Name matching for roles, levels and skills: case, spaces, hyphens, underscores and dots are
 * ignored, aliases are honoured, and an unknown name is answered with the closest valid names.
 */
import { normalizeName } from '../coerce';
import { SheetError, badValue } from '../errors';
import { describeCell } from '../messages';
import { editDistance } from './edit-distance';

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
  /** the term a name names, or undefined: for callers that word their own unknown-name message */
  match(text: string): T | undefined;
  byId(id: string): T | undefined;
}

/** Suggestions are for names, not pasted paragraphs: past this length no suggestion is searched. */
export const LONGEST_NAME_TO_SUGGEST = 60;
/** How many candidates the cheap bigram score passes on to the exact edit distance. */
const SHORTLIST = 6;
/** How many names an unknown-name message suggests. */
const SUGGESTED = 3;
/** Distinct unknown names remembered per vocabulary (a tracker column repeats its typos). */
const REMEMBERED = 5000;
/**
 * A list of at most this many names (the built-in vocabularies, a small pay structure) has every
 * name scored for every unknown one, by bigrams. A longer list (a survey export of 10,000 titles)
 * is indexed by trigrams too, which few names share (in "Research Engineer 4242", "424" is in a few
 * dozen of 10,000 titles where the bigram "42" is in hundreds), and searched rarest trigram first,
 * visiting at most POSTINGS index entries; the PRESELECT keys with most trigrams in common, and the
 * NEIGHBOURS either side of where the unknown name sorts (a title it begins), are scored in full. The work per unknown name is bounded
 * whatever the table's size (issue 18: 100,000 unknown titles against 10,000 roles took a minute),
 * at the price of a shortlist that is very likely, not certain, to hold the closest name.
 */
const SCAN_ALL_UP_TO = 400;
const POSTINGS = 128;
const PRESELECT = 8;
const NEIGHBOURS = 2;
/** From this many characters a name is long enough to be searched by trigrams. */
const LONG_NAME = 8;

interface GramIndex {
  readonly gramCount: Int32Array;
  readonly byGram: ReadonlyMap<number, Int32Array>;
}

/** A term list made ready for suggestions once, with the scratch space one suggestion uses. */
interface Prepared {
  /** every normalised key of every term, flat */
  readonly keys: readonly string[];
  /** which term (by index) each key names */
  readonly owner: Int32Array;
  /** by gram length (2; and 3 for a long list): each key's count of grams, and gram -> the keys that contain it */
  readonly index: Readonly<Partial<Record<2 | 3, GramIndex>>>;
  /** key indices in the keys' sort order, for the neighbours of an unknown name */
  readonly sorted: Int32Array;
  /** per key: bigrams shared with the name being scored (back to 0 after each name) */
  readonly shared: Int32Array;
  /** the keys being scored for one name (of a short list, every key, in order) */
  readonly touched: Int32Array;
  /** per term: its best score for the name being scored (back to -1 after each name), and which key gave it */
  readonly termScore: Float64Array;
  readonly termKey: Int32Array;
}

// An n-gram as one number (two or three UTF-16 units, exact below 2^53), so scoring a name
// allocates no strings; a key shorter than n is one gram of its own.
function nGrams(key: string, n: 2 | 3): Set<number> {
  const grams = new Set<number>();
  if (key.length < n) {
    let whole = -1 - key.length;
    for (let i = 0; i < key.length; i++) whole = whole * 65536 + key.charCodeAt(i);
    grams.add(whole);
  }
  for (let i = 0; i + n <= key.length; i++) {
    let gram = 0;
    for (let j = i; j < i + n; j++) gram = gram * 65536 + key.charCodeAt(j);
    grams.add(gram);
  }
  return grams;
}

// Prepared once per term list: the normalised keys and an index from bigram to key.
const preparedLists = new WeakMap<readonly Term[], Prepared>();
const remembered = new WeakMap<readonly Term[], Map<string, readonly string[]>>();

function prepare(terms: readonly Term[]): Prepared {
  let ready = preparedLists.get(terms);
  if (ready) return ready;
  const keys: string[] = [];
  const owner: number[] = [];
  terms.forEach((term, t) => {
    for (const name of [term.name, ...term.aliases]) {
      keys.push(normalizeName(name));
      owner.push(t);
    }
  });
  const indexed = (n: 2 | 3): GramIndex => {
    const gramCount = new Int32Array(keys.length);
    const byGram = new Map<number, number[]>();
    keys.forEach((key, k) => {
      const grams = nGrams(key, n);
      for (const gram of grams) {
        const list = byGram.get(gram);
        if (list) list.push(k);
        else byGram.set(gram, [k]);
      }
      gramCount[k] = grams.size;
    });
    return { gramCount, byGram: new Map([...byGram].map(([gram, list]) => [gram, Int32Array.from(list)])) };
  };
  ready = {
    keys,
    owner: Int32Array.from(owner),
    index: keys.length > SCAN_ALL_UP_TO ? { 2: indexed(2), 3: indexed(3) } : { 2: indexed(2) },
    sorted: Int32Array.from(keys.keys()).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b)),
    shared: new Int32Array(keys.length),
    touched: Int32Array.from(keys.keys()),
    termScore: new Float64Array(terms.length).fill(-1),
    termKey: new Int32Array(terms.length),
  };
  preparedLists.set(terms, ready);
  return ready;
}

/**
 * Counts in `shared` the bigrams each key has in common with the name (of a long list, for the
 * keys the bounded index walk reaches) and writes the keys to score to `touched`; returns how many.
 */
function countShared(list: Prepared, byGram: GramIndex['byGram'], grams: ReadonlySet<number>): number {
  const { keys, shared, touched } = list;
  const all = keys.length <= SCAN_ALL_UP_TO;
  let count = all ? keys.length : 0;
  const postings: Int32Array[] = [];
  for (const gram of grams) {
    const posting = byGram.get(gram);
    if (posting) postings.push(posting);
  }
  postings.sort((a, b) => a.length - b.length);
  let budget = all ? Infinity : POSTINGS;
  for (const posting of postings) {
    const visit = Math.min(posting.length, budget);
    for (let i = 0; i < visit; i++) {
      const k = posting[i];
      if (shared[k]++ === 0 && !all) touched[count++] = k;
    }
    if ((budget -= visit) <= 0) break;
  }
  return count;
}

/** Where `key` would sort among the list's keys. */
function sortPosition({ keys, sorted }: Prepared, key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (keys[sorted[mid]] < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Inserts `item` into `best` (at most `size`, highest score first; ties keep the earlier item first). */
function keepBest(best: number[], scores: number[], size: number, item: number, score: number): void {
  if (best.length === size && score <= scores[size - 1]) return;
  let at = Math.min(best.length, size - 1);
  for (; at > 0 && score > scores[at - 1]; at--) {
    best[at] = best[at - 1];
    scores[at] = scores[at - 1];
  }
  best[at] = item;
  scores[at] = score;
}

/**
 * The terms most like `key`, best first (bigram overlap; a containing or contained key ranks
 * first; ties in the terms' order), as the index of the key that scored each.
 */
function shortlist(list: Prepared, key: string): number[] {
  const { keys, owner, shared, touched, termScore, termKey } = list;
  // A long name is searched by trigrams (few names share one); a short one by bigrams ("Rol 12"
  // has no trigram in common with "Role 12").
  const n = list.index[3] && key.length >= LONG_NAME ? 3 : 2;
  const { gramCount, byGram } = list.index[n]!;
  const grams = nGrams(key, n);
  const count = countShared(list, byGram, grams);
  let scoredKeys: ArrayLike<number> = touched;
  let scoredCount = count;
  if (keys.length > SCAN_ALL_UP_TO) {
    const kept: number[] = [];
    const dice: number[] = [];
    for (let i = 0; i < count; i++)
      keepBest(kept, dice, PRESELECT, touched[i], shared[touched[i]] / (grams.size + gramCount[touched[i]]));
    const at = sortPosition(list, key);
    for (let i = Math.max(0, at - NEIGHBOURS); i < Math.min(keys.length, at + NEIGHBOURS); i++)
      kept.push(list.sorted[i]);
    scoredKeys = kept;
    scoredCount = kept.length;
  }
  const owners: number[] = [];
  for (let i = 0; i < scoredCount; i++) {
    const k = scoredKeys[i];
    const candidate = keys[k];
    const score =
      candidate.includes(key) || key.includes(candidate)
        ? 2 + 1 / (1 + Math.abs(candidate.length - key.length))
        : (2 * shared[k]) / (grams.size + gramCount[k]);
    const term = owner[k];
    if (termScore[term] < 0) owners.push(term);
    if (score > termScore[term]) {
      termScore[term] = score;
      termKey[term] = k;
    }
  }
  for (let i = 0; i < count; i++) shared[touched[i]] = 0;
  owners.sort((a, b) => a - b);
  const best: number[] = [];
  const scores: number[] = [];
  for (const term of owners) {
    keepBest(best, scores, SHORTLIST, term, termScore[term]);
    termScore[term] = -1;
  }
  return best.map((term) => termKey[term]);
}

/**
 * The closest valid names to an unknown one, computed once per distinct text: a bigram score
 * picks a shortlist and the edit distance orders it (the nearest first; ties by name). Text longer
 * than any name gets no suggestion (an empty list).
 */
function closestNames(terms: readonly Term[], text: string): readonly string[] {
  const key = normalizeName(text);
  if (key.length > LONGEST_NAME_TO_SUGGEST) return [];
  let memo = remembered.get(terms);
  if (!memo) remembered.set(terms, (memo = new Map()));
  const known = memo.get(key);
  if (known) return known;
  const list = prepare(terms);
  const scored: { name: string; distance: number }[] = [];
  // Past the SUGGESTED nearest so far, a distance need only be known to be larger.
  let limit = Infinity;
  for (const k of shortlist(list, key)) {
    const candidate = list.keys[k];
    const contained = candidate.includes(key) || key.includes(candidate);
    const distance = contained ? Math.abs(candidate.length - key.length) / 4 : editDistance(key, candidate, limit);
    let at = scored.length;
    for (; at > 0 && distance < scored[at - 1].distance; at--);
    scored.splice(at, 0, { name: terms[list.owner[k]].name, distance });
    if (scored.length >= SUGGESTED) limit = scored[SUGGESTED - 1].distance;
  }
  scored.sort((x, y) => x.distance - y.distance || x.name.localeCompare(y.name));
  const names = scored.slice(0, SUGGESTED).map((s) => s.name);
  if (memo.size >= REMEMBERED) memo.clear();
  memo.set(key, names);
  return names;
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
    match: (text) => index.get(normalizeName(text)),
    find(text: string) {
      const found = index.get(normalizeName(text));
      if (found) return found;
      return badValue(
        `unknown ${what} ${describeCell(text)}: expected one of the ${what}s listed by AI.${what.toUpperCase()}S(); ${closestHint(terms, text)}`,
      );
    },
  };
}
