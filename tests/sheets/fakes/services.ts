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

/** Utilities.formatDate for the one pattern the add-on uses, in the given time zone. */
export const fakeUtilities = {
  formatDate(date: Date, timeZone: string, pattern: string): string {
    if (pattern !== 'yyyy-MM-dd') throw new Error(`fake Utilities.formatDate knows only yyyy-MM-dd, asked for ${pattern}`);
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
    const get = (type: string) => parts.find((p) => p.type === type)!.value;
    return `${get('year')}-${get('month')}-${get('day')}`;
  },
};
