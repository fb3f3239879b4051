/**
 * CacheService's document cache, with Apps Script's documented limits: a key of at most 250
 * characters, a value of at most 100 KB, an expiry of at most 21,600 seconds (6 hours). Entries can
 * be dropped at any time in Apps Script (`evict` stands for that); time is the test's `now`.
 */
export class FakeCache {
  readonly store = new Map<string, { value: string; until: number }>();
  now = 0;
  get(key: string): string | null {
    const entry = this.store.get(key);
    return entry && entry.until > this.now ? entry.value : null;
  }
  put(key: string, value: string, seconds = 600): void {
    if (typeof key !== 'string' || key.length > 250) throw new Error('Exception: Argument too large: key');
    if (typeof value !== 'string' || Buffer.byteLength(value, 'utf8') > 100 * 1024)
      throw new Error('Exception: Argument too large: value');
    if (seconds > 21600) throw new Error('Exception: Invalid argument: expirationInSeconds');
    this.store.set(key, { value, until: this.now + seconds * 1000 });
  }
  remove(key: string): void {
    this.store.delete(key);
  }
  /** everything dropped, as Apps Script may do under memory pressure */
  evict(): void {
    this.store.clear();
  }
}

export function fakeCacheService(cache: FakeCache, guard: (what: string) => void) {
  return {
    getDocumentCache: () => {
      guard('CacheService.getDocumentCache');
      return cache;
    },
    getUserCache: () => {
      throw new Error('the add-on keeps nothing per user: it should use the document cache');
    },
    getScriptCache: () => {
      throw new Error('the add-on keeps nothing per script: it should use the document cache');
    },
  };
}
