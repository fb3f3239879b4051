/**
 * Reads a shipped .xlsx the way a spreadsheet program does: unzip, follow the relationships, read
 * the cells' XML. Deliberately apart from the generator (examples/excel-file.ts) and from exceljs,
 * so a test built on it checks the file, not the code that wrote it.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';

export const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');

export type CellValue = number | string | boolean | { error: string } | null;

export interface XlsxCell {
  readonly ref: string;
  readonly row: number;
  readonly col: number;
  readonly attrs: Record<string, string>;
  readonly formula?: { readonly text: string; readonly attrs: Record<string, string> };
  /** the raw `<v>` text, absent when the file caches no value */
  readonly v?: string;
  readonly value: CellValue;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

export const unescapeXml = (s: string): string =>
  s.replace(/&(quot|apos|lt|gt|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (_m, name: string, dec?: string, hex?: string) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' } as Record<string, string>)[name],
  );

export function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1]] = unescapeXml(m[2]);
  return out;
}

/** Every part of the package, text parts as strings. */
export async function openXlsx(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(EXAMPLES, file)));
  const parts = new Map<string, string>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) parts.set(entry.name, await entry.async('string'));
  return parts;
}

/** The relationships of a part (`xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`), targets resolved to part names. */
export function relationships(parts: Map<string, string>, part: string): Relationship[] {
  const dir = path.posix.dirname(part);
  const relsName =
    part === '' ? '_rels/.rels' : `${dir === '.' ? '' : `${dir}/`}_rels/${path.posix.basename(part)}.rels`;
  const xml = parts.get(relsName);
  if (xml === undefined) return [];
  return [...xml.matchAll(/<Relationship\b([^>]*)\/>/g)].map((m) => {
    const a = attributes(m[1]);
    const target = a.Target.startsWith('/')
      ? a.Target.slice(1)
      : path.posix.normalize(path.posix.join(part === '' ? '' : dir, a.Target));
    return { id: a.Id, type: a.Type, target };
  });
}

/** The worksheet part holding the sheet of that name. */
export function sheetPart(parts: Map<string, string>, name: string): string {
  const workbook = parts.get('xl/workbook.xml')!;
  const sheet = [...workbook.matchAll(/<sheet\b([^>]*)\/>/g)].map((m) => attributes(m[1])).find((a) => a.name === name);
  if (!sheet) throw new Error(`no sheet named ${name}`);
  const rel = relationships(parts, 'xl/workbook.xml').find((r) => r.id === sheet['r:id']);
  if (!rel) throw new Error(`sheet ${name}: relationship ${sheet['r:id']} missing`);
  return rel.target;
}

function sharedStrings(parts: Map<string, string>): string[] {
  const xml = parts.get('xl/sharedStrings.xml') ?? '';
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    [...si[1].matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1])).join(''),
  );
}

/** `K2` as 1-based row and column. */
export function decodeRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a cell reference: ${ref}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

/** `D2:F22` as its corners (a single cell `A1` is its own range). */
export function decodeRange(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b = a] = ref.split(':');
  const from = decodeRef(a);
  const to = decodeRef(b);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

function cellValue(
  attrs: Record<string, string>,
  v: string | undefined,
  strings: string[],
  inline?: string,
): CellValue {
  if (attrs.t === 'inlineStr') return inline ?? '';
  if (v === undefined) return null;
  switch (attrs.t) {
    case 's':
      return strings[Number(v)];
    case 'str':
      return v;
    case 'b':
      return v === '1';
    case 'e':
      return { error: v };
    default:
      return Number(v);
  }
}

/** Every `<c>` of a sheet, with its formula and cached value. */
export function readSheet(parts: Map<string, string>, name: string): XlsxCell[] {
  const xml = parts.get(sheetPart(parts, name))!;
  const strings = sharedStrings(parts);
  return [...xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((m) => {
    const attrs = attributes(m[1]);
    const body = m[2] ?? '';
    const f = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
    const vMatch = /<v>([\s\S]*?)<\/v>/.exec(body);
    const v = vMatch ? unescapeXml(vMatch[1]) : undefined;
    const inline = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1];
    const { row, col } = decodeRef(attrs.r);
    return {
      ref: attrs.r,
      row,
      col,
      attrs,
      formula: f ? { text: unescapeXml(f[2] ?? ''), attrs: attributes(f[1]) } : undefined,
      v,
      value: cellValue(attrs, v, strings, inline === undefined ? undefined : unescapeXml(inline)),
    };
  });
}

/** The parts of a formula outside its string literals, joined by a space (so names in strings are never read as calls). */
export const codeOf = (formula: string): string => formula.split(/"(?:[^"]|"")*"/).join(' ');

/** The manifest's add-in id and version, read here on their own. */
export function manifest(): { id: string; version: string } {
  const xml = fs.readFileSync(path.resolve(__dirname, '..', '..', 'manifest.xml'), 'utf8');
  return { id: /<Id>([^<]+)<\/Id>/.exec(xml)![1].trim(), version: /<Version>([^<]+)<\/Version>/.exec(xml)![1].trim() };
}

/** RFC 4180 CSV, as Sheets' importer reads it. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      quoted = true;
      i += 1;
      continue;
    }
    if (ch === ',') {
      row.push(field);
      field = '';
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    i += 1;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
