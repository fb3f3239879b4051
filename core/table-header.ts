/**
 * Loose header matching for a user's own table (a band table, a preference stack): every vendor and
 * every cap-table export spells a column its own way ("Midpoint", "Liq. Pref. Multiple (x)"), so a
 * header is compared after case, spaces, punctuation and anything in parentheses are dropped, then
 * again without the filler words the table's kind wraps around a name.
 */
import { normalizeName } from './coerce';

/**
 * A matcher for one kind of table: which column a header names, or undefined for a column the
 * table may carry but nothing reads. `fallback` sees the header without filler words, for names
 * a pattern gives better than a list (a band table's percentiles).
 */
export function headerMatcher<K extends string>(
  synonyms: Readonly<Record<K, readonly string[]>>,
  fillerWords: ReadonlySet<string>,
  fallback: (stripped: string) => K | undefined = () => undefined,
): (header: string) => K | undefined {
  const index = new Map<string, K>();
  for (const [key, names] of Object.entries(synonyms) as [K, readonly string[]][]) {
    for (const name of names) index.set(normalizeName(name).replace(/[^a-z0-9]/g, ''), key);
  }
  return (header) => {
    const plain = header.toLowerCase().replace(/\([^)]*\)/g, ' ');
    const direct = index.get(plain.replace(/[^a-z0-9]/g, ''));
    if (direct) return direct;
    const stripped = plain
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== '' && !fillerWords.has(w))
      .join('');
    return index.get(stripped) ?? fallback(stripped);
  };
}
