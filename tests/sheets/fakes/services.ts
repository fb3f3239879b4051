/**
 * Fakes of the other Apps Script services the add-on touches: PropertiesService (document
 * properties, with Apps Script's 9 KB limit per value), HtmlService (serving the built HTML files
 * pushed beside Code.js), ScriptApp.AuthMode, Utilities.formatDate, Logger and Session.
 */
import * as fs from 'fs';
import * as path from 'path';

export const AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;
export type AuthModeName = keyof typeof AuthMode;

export class FakeProperties {
  readonly store = new Map<string, string>();
  getProperty(key: string): string | null { return this.store.has(key) ? this.store.get(key)! : null; }
  setProperty(key: string, value: string): this {
    if (typeof value !== 'string') throw new Error('Exception: Invalid argument: value');
    if (Buffer.byteLength(value, 'utf8') > 9 * 1024) throw new Error('Exception: Argument too large: value');
    this.store.set(key, value);
    return this;
  }
  deleteProperty(key: string): this { this.store.delete(key); return this; }
  getProperties(): Record<string, string> { return Object.fromEntries(this.store); }
}

export function fakePropertiesService(documentProperties: FakeProperties, guard: (what: string) => void) {
  return {
    getDocumentProperties: () => { guard('PropertiesService.getDocumentProperties'); return documentProperties; },
    getUserProperties: () => { throw new Error('the add-on keeps nothing per user: it should use document properties'); },
    getScriptProperties: () => { throw new Error('the add-on keeps nothing per script: it should use document properties'); },
  };
}

/** HtmlService serves the HTML files of the pushed folder by name, without the extension. */
export function fakeHtmlService(folder: string) {
  const output = (content: string) => {
    let title = '';
    const html = {
      setTitle: (t: string) => { title = t; return html; },
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
    createTemplateFromFile: () => { throw new Error('the add-on serves its sidebar as a file, not a template (the inlined panel must not be read for scriptlets)'); },
  };
}

/** A fixed-offset zone as Java (and so Apps Script) names it: GMT+13:30, GMT-12, GMT+0545. */
const FIXED_ZONE = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/;

/** The wall-clock fields of `date` in `timeZone`, as Apps Script's Java formatter would read them. */
export function wallClock(date: Date, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const fixed = FIXED_ZONE.exec(timeZone);
  if (fixed) {
    const offset = (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0)) * 60_000;
    const shifted = new Date(date.getTime() + offset);
    return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(), hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes(), second: shifted.getUTCSeconds() };
  }
  // Intl throws a RangeError for a zone it does not know, as Apps Script refuses one.
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Utilities.formatDate: the date's wall clock in the given zone (an IANA name, or GMT±hh:mm), in
 * a SimpleDateFormat pattern of the letters the add-on uses (yyyy MM dd HH mm ss); any other
 * letter fails the test rather than being guessed.
 */
export const fakeUtilities = {
  formatDate(date: Date, timeZone: string, pattern: string): string {
    if (Object.prototype.toString.call(date) !== '[object Date]' || Number.isNaN(date.getTime())) throw new Error('Exception: Invalid argument: date');
    const t = wallClock(date, timeZone);
    const fields: Record<string, string> = { yyyy: pad(t.year, 4), MM: pad(t.month, 2), dd: pad(t.day, 2), HH: pad(t.hour, 2), mm: pad(t.minute, 2), ss: pad(t.second, 2) };
    return pattern.replace(/[A-Za-z]+/g, (token) => {
      if (!(token in fields)) throw new Error(`fake Utilities.formatDate does not know the pattern letters ${token} (in ${pattern})`);
      return fields[token];
    });
  },
};
