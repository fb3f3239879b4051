/**
 * What this server answered, kept where no client can write: the checks it asked the user about,
 * and the blocks it wrote. A confirmed overwrite goes ahead only for a check this server issued,
 * exactly as issued, so a forged check (another sheet, another range, made-up fingerprints) writes
 * nothing; only a block the server wrote can be named. Kept in the document cache: it needs no
 * scope, expires by itself, and what it forgets (after 6 hours, or evicted) only makes the panel
 * ask again. The key is a hash; the value is the whole record, compared exactly.
 */
import { blockFingerprint, sameAddress } from '../../core/index';
import type { WriteCheck } from '../../core/index';

/** CacheService's longest expiry: a question left open longer is asked again. */
const REMEMBERED_SECONDS = 21600;
const cache = (): GoogleAppsScript.Cache.Cache => {
  const documentCache = CacheService.getDocumentCache();
  if (!documentCache)
    throw new Error('This spreadsheet has no document cache to keep the question in; nothing was written.');
  return documentCache;
};
const keyOf = (kind: string, text: string): string => `aiComp.${kind}.${blockFingerprint([[text]])}`;
const checkText = (check: WriteCheck): string => JSON.stringify([check.address, check.block, check.cells]);
/** One spelling of an address: `'Bands'!$A$1:$B$2` and `Bands!A1:B2` are the same block. */
const addressText = (address: string): string =>
  address
    .replace(/\$/g, '')
    .replace(/^'([^']*)'!/, '$1!')
    .toUpperCase();

/** Remembers a check this server answered with, so the user's yes to it can be told from a forgery. */
export function rememberCheck(check: WriteCheck): void {
  cache().put(keyOf('check', checkText(check)), checkText(check), REMEMBERED_SECONDS);
}

/** True when this server answered with exactly this check (and has not used it yet). */
export function wasIssued(check: WriteCheck): boolean {
  return cache().get(keyOf('check', checkText(check))) === checkText(check);
}

/** A confirmed check is used once. */
export function forgetCheck(check: WriteCheck): void {
  cache().remove(keyOf('check', checkText(check)));
}

/** Remembers a block this server wrote, the only kind the panel may name. */
export function rememberWritten(address: string): void {
  cache().put(keyOf('written', addressText(address)), addressText(address), REMEMBERED_SECONDS);
}

export function wasWritten(address: string): boolean {
  const text = addressText(address);
  const kept = cache().get(keyOf('written', text));
  return kept !== null && sameAddress(kept, text);
}
