/**
 * Fakes of the other Apps Script services the add-on touches: PropertiesService (document
 * properties, with Apps Script's 9 KB limit per value), HtmlService (serving the built HTML files
 * pushed beside Code.js), ScriptApp.AuthMode, Utilities.formatDate, Logger and Session.
 */
import * as fs from 'fs';
import * as path from 'path';

export const AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;
export type AuthModeName = keyof typeof AuthMode;

/** Apps Script's documented limits on properties: 9 KB a value, 500 KB a store. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
/** The store limit read the strict way: 500,000 bytes (not 512,000), keys counted with values. */
export const PROPERTY_STORE_LIMIT = 500_000;

const bytesOf = (entries: Iterable<[string, string]>): number => {
  let bytes = 0;
  for (const [key, value] of entries) bytes += Buffer.byteLength(key, 'utf8') + Buffer.byteLength(value, 'utf8');
  return bytes;
};

/**
 * Document properties with Apps Script's limits enforced: a value over 9 KB is refused, and so is any
 * write that would take the store over 500 KB. `setProperties(all, true)` is checked the strictest
 * way (old and new side by side, as if the old keys went only after the new ones were in), so a
 * save that passes here passes whichever way Apps Script counts.
 */
export class FakeProperties {
  readonly store = new Map<string, string>();
  /** every write call, in order (to count the writes a save makes) */
  readonly writes: string[] = [];
  getProperty(key: string): string | null {
    return this.store.has(key) ? this.store.get(key)! : null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  private checkValue(key: string, value: unknown): void {
    if (typeof value !== 'string') throw new Error(`Exception: Invalid argument: value of ${key}`);
    if (Buffer.byteLength(value, 'utf8') > PROPERTY_VALUE_LIMIT)
      throw new Error('Exception: Argument too large: value');
  }
  private checkStore(entries: Iterable<[string, string]>): void {
    if (bytesOf(entries) > PROPERTY_STORE_LIMIT)
      throw new Error(
        'Exception: You have exceeded the property storage quota. Please remove some properties and try again.',
      );
  }
  setProperty(key: string, value: string): this {
    this.checkValue(key, value);
    const next = new Map(this.store).set(key, value);
    this.checkStore(next);
    this.writes.push(`setProperty ${key}`);
    this.store.set(key, value);
    return this;
  }
  setProperties(properties: Record<string, string>, deleteAllOthers = false): this {
    for (const [key, value] of Object.entries(properties)) this.checkValue(key, value);
    const union = new Map(this.store);
    for (const [key, value] of Object.entries(properties)) union.set(key, value);
    this.checkStore(union);
    this.writes.push(`setProperties ${Object.keys(properties).length}${deleteAllOthers ? ' deleteAllOthers' : ''}`);
    if (deleteAllOthers) this.store.clear();
    for (const [key, value] of Object.entries(properties)) this.store.set(key, value);
    return this;
  }
  deleteProperty(key: string): this {
    this.writes.push(`deleteProperty ${key}`);
    this.store.delete(key);
    return this;
  }
  deleteAllProperties(): this {
    this.writes.push('deleteAllProperties');
    this.store.clear();
    return this;
  }
}

/**
 * LockService's document lock for one execution at a time. In one thread nothing runs alongside, so
 * `heldElsewhere` stands for another execution holding the lock (tryLock then gives up, as it would
 * after its wait); the interleaving tests run real concurrent executions (fakes/concurrent.ts).
 */
export class FakeLockService {
  heldElsewhere = false;
  held = false;
  readonly log: string[] = [];
  getDocumentLock() {
    return {
      tryLock: (ms: number) => {
        this.log.push(`tryLock ${ms}`);
        if (this.heldElsewhere) return false;
        this.held = true;
        return true;
      },
      waitLock: (ms: number) => {
        this.log.push(`waitLock ${ms}`);
        if (this.heldElsewhere)
          throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
        this.held = true;
      },
      releaseLock: () => {
        this.log.push('releaseLock');
        this.held = false;
      },
      hasLock: () => this.held,
    };
  }
  getScriptLock() {
    throw new Error('the add-on locks per document: it should use getDocumentLock');
  }
  getUserLock() {
    throw new Error('the add-on locks per document: it should use getDocumentLock');
  }
}

export function fakePropertiesService(documentProperties: FakeProperties, guard: (what: string) => void) {
  return {
    getDocumentProperties: () => {
      guard('PropertiesService.getDocumentProperties');
      return documentProperties;
    },
    getUserProperties: () => {
      throw new Error('the add-on keeps nothing per user: it should use document properties');
    },
    getScriptProperties: () => {
      throw new Error('the add-on keeps nothing per script: it should use document properties');
    },
  };
}

/** HtmlService serves the HTML files of the pushed folder by name, without the extension. */
export function fakeHtmlService(folder: string) {
  const output = (content: string) => {
    let title = '';
    const html = {
      setTitle: (t: string) => {
        title = t;
        return html;
      },
      getTitle: () => title,
      setWidth: () => html,
      setHeight: () => html,
      getContent: () => content,
    };
    return html;
  };
  return {
    createHtmlOutputFromFile: (name: string) => {
      const file = path.join(folder, `${name}.html`);
      if (!fs.existsSync(file)) throw new Error(`Exception: No HTML file named ${name} was found.`);
      return output(fs.readFileSync(file, 'utf8'));
    },
    createHtmlOutput: (content = '') => output(content),
    createTemplateFromFile: () => {
      throw new Error(
        'the add-on serves its sidebar as a file, not a template (the inlined panel must not be read for scriptlets)',
      );
    },
  };
}

/** A fixed-offset zone as Java (and so Apps Script) names it: GMT+13:30, GMT-12, GMT+0545. */
const FIXED_ZONE = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/;

/** The wall-clock fields of `date` in `timeZone`, as Apps Script's Java formatter would read them. */
export function wallClock(
  date: Date,
  timeZone: string,
): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const fixed = FIXED_ZONE.exec(timeZone);
  if (fixed) {
    const offset = (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0)) * 60_000;
    const shifted = new Date(date.getTime() + offset);
    return {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: shifted.getUTCHours(),
      minute: shifted.getUTCMinutes(),
      second: shifted.getUTCSeconds(),
    };
  }
  // Intl throws a RangeError for a zone it does not know, as Apps Script refuses one.
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Utilities.formatDate: the date's wall clock in the given zone (an IANA name, or GMT±hh:mm), in
 * a SimpleDateFormat pattern of the letters the add-on uses (yyyy MM dd HH mm ss); any other
 * letter fails the test rather than being guessed.
 */
export const fakeUtilities = {
  formatDate(date: Date, timeZone: string, pattern: string): string {
    if (Object.prototype.toString.call(date) !== '[object Date]' || Number.isNaN(date.getTime()))
      throw new Error('Exception: Invalid argument: date');
    const t = wallClock(date, timeZone);
    const fields: Record<string, string> = {
      yyyy: pad(t.year, 4),
      MM: pad(t.month, 2),
      dd: pad(t.day, 2),
      HH: pad(t.hour, 2),
      mm: pad(t.minute, 2),
      ss: pad(t.second, 2),
    };
    return pattern.replace(/[A-Za-z]+/g, (token) => {
      if (!(token in fields))
        throw new Error(`fake Utilities.formatDate does not know the pattern letters ${token} (in ${pattern})`);
      return fields[token];
    });
  },
};
