/**
 * The edit (Levenshtein) distance that orders unknown-name suggestions (match.ts). Suggestions are
 * asked for 100,000 names in one call, so the common case, a name of at most 31 characters, is
 * computed a column at a time in one machine word.
 */
// Scratch space, reused by every call.
let row = new Int32Array(64);
let codes = new Uint16Array(64);
/** per character code below 128, the positions where the pattern has it, as bits */
const asciiMask = new Int32Array(128);

/**
 * Levenshtein distance, small strings only (names are short). A name of at most 31 characters is
 * compared a column at a time, 31 cells in one machine word (Myers 1999, as Hyyrö 2001 states it
 * for the whole-string distance); a longer one row by row, answered as limit + 1 as soon as the
 * distance is certain to pass `limit` (the names it would rank behind are already found).
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const [pattern, text] = a.length <= b.length ? [a, b] : [b, a];
  if (pattern.length === 0) return text.length;
  if (pattern.length <= 31) return wordDistance(pattern, text);
  return rowDistance(a, b, limit);
}

function wordDistance(pattern: string, text: string): number {
  let other: Map<number, number> | undefined;
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (code < 128) asciiMask[code] |= 1 << i;
    else (other ??= new Map()).set(code, (other.get(code) ?? 0) | (1 << i));
  }
  const top = 1 << (pattern.length - 1);
  let positive = -1;
  let negative = 0;
  let score = pattern.length;
  for (let j = 0; j < text.length; j++) {
    const code = text.charCodeAt(j);
    const equal = code < 128 ? asciiMask[code] : (other?.get(code) ?? 0);
    const vertical = equal | negative;
    const horizontal = (((equal & positive) + positive) ^ positive) | equal;
    let up = negative | ~(horizontal | positive);
    let down = positive & horizontal;
    if (up & top) score++;
    else if (down & top) score--;
    up = (up << 1) | 1;
    down <<= 1;
    positive = down | ~(vertical | up);
    negative = up & vertical;
  }
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (code < 128) asciiMask[code] = 0;
  }
  return score;
}

function rowDistance(a: string, b: string, limit: number): number {
  const m = b.length;
  if (row.length <= m) [row, codes] = [new Int32Array(m + 1), new Uint16Array(m + 1)];
  for (let j = 0; j < m; j++) codes[j] = b.charCodeAt(j);
  for (let j = 0; j <= m; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const code = a.charCodeAt(i - 1);
    let diagonal = i - 1;
    let left = (row[0] = i);
    let least = i;
    for (let j = 1; j <= m; j++) {
      const above = row[j];
      let cell = diagonal + (code === codes[j - 1] ? 0 : 1);
      if (above + 1 < cell) cell = above + 1;
      if (left + 1 < cell) cell = left + 1;
      row[j] = left = cell;
      if (cell < least) least = cell;
      diagonal = above;
    }
    if (least > limit) return limit + 1;
  }
  return row[m];
}
