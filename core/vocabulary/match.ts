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

export function closestNames<T extends Term>(terms: readonly T[], text: string, count = 3): string[] {
  const key = normalizeName(text);
  const scored = terms.map((term) => {
    const keys = [term.name, ...term.aliases].map(normalizeName);
    const best = Math.min(...keys.map((k) => (k.includes(key) || key.includes(k) ? Math.abs(k.length - key.length) / 4 : editDistance(key, k))));
    return { name: term.name, best };
  });
  scored.sort((x, y) => x.best - y.best || x.name.localeCompare(y.name));
  return scored.slice(0, count).map((s) => s.name);
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
      return badValue(`unknown ${what} ${describeCell(text)}: expected one of the ${what}s listed by AI.${what.toUpperCase()}S(); closest: ${closestNames(terms, text).join(', ')}`);
    },
  };
}
