/**
 * Turns the .xlsx that exceljs writes into the file Excel itself saves for a workbook that uses the
 * add-in's functions (the shapes are in ../shared/EXCEL-FILES.md, read from a workbook Excel saved):
 *   - each custom function is stored as `_xldudf_AI_BAND(...)`: a bare `AI.BAND(` in a file stays
 *     #NAME? after the add-in loads, until each cell is re-entered;
 *   - each formula is a dynamic array (`t="array"` plus the `cm` cell attribute pointing at the
 *     XLDAPR cell metadata in xl/metadata.xml); without `cm` it is a legacy Ctrl+Shift+Enter array
 *     that cannot be edited cell by cell and never resizes;
 *   - the add-in reference (web extension parts naming the manifest's id and each function used).
 * exceljs writes none of these, so the zip is rewritten here. The output is byte-for-byte the same
 * from run to run: fixed entry dates, a fixed order, ids derived from the manifest.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { NAMESPACE } from '../core/function-spec';
import { getFunction } from '../core/registry';
import { ENTRY_DATE, NS, XML_HEAD, escapeText, escapeXml, readParts } from './ooxml';

/** How Excel names a custom function inside a saved formula: `_xldudf_AI_BAND`. */
export const storedName = (name: string): string => `_xldudf_${NAMESPACE}_${name}`;

export const DYNAMIC_ARRAY_URI = '{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}';
export const CUSTOM_FUNCTION_LIST_URI = '{7C84B067-C214-45C3-A712-C9D94CD141B2}';
export const REL = {
  sheetMetadata: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata',
  taskpanes: 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes',
  webextension: 'http://schemas.microsoft.com/office/2011/relationships/webextension',
} as const;
export const CONTENT_TYPE = {
  metadata: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml',
  taskpanes: 'application/vnd.ms-office.webextensiontaskpanes+xml',
  webextension: 'application/vnd.ms-office.webextension+xml',
} as const;

export interface AddinReference {
  readonly id: string;
  readonly version: string;
}

/** The add-in's id and version as manifest.xml states them (the file Excel loads the add-in from). */
export function manifestReference(manifestPath = path.resolve(__dirname, '..', 'manifest.xml')): AddinReference {
  const xml = fs.readFileSync(manifestPath, 'utf8');
  const id = /<Id>([^<]+)<\/Id>/.exec(xml)?.[1].trim();
  const version = /<Version>([^<]+)<\/Version>/.exec(xml)?.[1].trim();
  if (!id || !version) throw new Error(`${manifestPath}: expected <Id> and <Version>`);
  return { id, version };
}

/** Applies `code` to the parts of a formula outside its string literals ("min" stays "min"). */
export function outsideStrings(formula: string, code: (part: string) => string): string {
  const pieces = formula.split(/("(?:[^"]|"")*")/);
  if (pieces.some((piece, i) => i % 2 === 0 && piece.includes('"')))
    throw new Error(`formula ${formula}: unclosed string`);
  return pieces.map((piece, i) => (i % 2 ? piece : code(piece))).join('');
}

/**
 * Respells every catalog call (`AI.BAND(`) of a formula with `spell`; returns the catalog names it
 * calls. A name the catalog lacks is a generator bug, so it throws (this runs at build time only).
 */
export function respellCalls(formula: string, spell: (name: string) => string): { text: string; functions: string[] } {
  const functions: string[] = [];
  const call = new RegExp(`(?<![A-Za-z0-9_.])${NAMESPACE}\\.([A-Za-z][A-Za-z0-9_.]*)\\s*\\(`, 'gi');
  const text = outsideStrings(formula, (part) =>
    part.replace(call, (_m, raw: string) => {
      const name = raw.toUpperCase();
      // How Excel spells a dotted id after _xldudf_ has not been observed; the catalog has none.
      if (name.includes('.') || !getFunction(name))
        throw new Error(`formula ${formula}: ${NAMESPACE}.${raw} is not a catalog function a file can store`);
      functions.push(name);
      return `${spell(name)}(`;
    }),
  );
  return { text, functions };
}

/** A formula as typed (`AI.BAND(B2:B9,"min")`, no `=`) in Excel's saved spelling. */
export const toStoredFormula = (formula: string): { text: string; functions: string[] } =>
  respellCalls(formula, storedName);

const unescapeXml = (s: string): string =>
  s.replace(/&(quot|apos|lt|gt|amp);/g, (_, e: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' })[e]!);

/** Rewrites every formula of one worksheet part; returns the part and the functions it calls. */
export function rewriteSheet(xml: string): { xml: string; functions: string[] } {
  const functions: string[] = [];
  const out = xml.replace(
    /<c ([^>]*?)><f( [^>]*)?>([^<]*)<\/f>/g,
    (_whole, cellAttrs: string, formulaAttrs = '', body: string) => {
      const stored = toStoredFormula(unescapeXml(body));
      functions.push(...stored.functions);
      const isArray = / t="array"/.test(formulaAttrs);
      if (stored.functions.length && !isArray)
        throw new Error(`cell <c ${cellAttrs}>: a custom-function formula must be written as an array formula`);
      // cm="1" points at the one XLDAPR cell-metadata block: the dynamic-array flag.
      const dynamic = isArray && !/ cm="/.test(` ${cellAttrs}`) ? `${cellAttrs} cm="1"` : cellAttrs;
      // Quotes stay bare in element text, as Excel writes them (`_xldudf_AI_BAND(A2:A9,"min")`).
      return `<c ${dynamic}><f${formulaAttrs}>${escapeText(stored.text)}</f>`;
    },
  );
  return { xml: out, functions };
}

/** The XLDAPR metadata type with the flags Excel gives it (how the cell behaves on copy, paste, shift). */
const XLDAPR_FLAGS = [
  'copy',
  'pasteAll',
  'pasteValues',
  'merge',
  'splitFirst',
  'rowColShift',
  'clearFormats',
  'clearComments',
  'assign',
  'coerce',
  'cellMeta',
]
  .map((flag) => ` ${flag}="1"`)
  .join('');

/** xl/metadata.xml as Excel writes it for dynamic arrays (one XLDAPR block, one cell-metadata record). */
export const METADATA_XML =
  `${XML_HEAD}<metadata xmlns="${NS.main}" xmlns:xda="${NS.xda}">` +
  `<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000"${XLDAPR_FLAGS}/></metadataTypes>` +
  `<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="${DYNAMIC_ARRAY_URI}">` +
  '<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>';

// visibility="0": the pane stays closed on open, as Excel saved it for a workbook that only uses functions.
const TASKPANES_XML =
  `${XML_HEAD}<wetp:taskpanes xmlns:wetp="${NS.wetp}"><wetp:taskpane dockstate="right" visibility="0" width="350" row="0">` +
  `<wetp:webextensionref xmlns:r="${NS.r}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`;

const TASKPANES_RELS =
  `${XML_HEAD}<Relationships xmlns="${NS.packageRels}">` +
  `<Relationship Id="rId1" Type="${REL.webextension}" Target="webextension1.xml"/></Relationships>`;

/** A GUID from the manifest id, so the part's own id is stable between runs. */
function stableGuid(seed: string): string {
  const h = crypto.createHash('sha1').update(`webextension:${seed}`).digest('hex').toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}}`;
}

export function webextensionXml(addin: AddinReference, functions: readonly string[]): string {
  const ids = functions.map((f) => `<we:customFunctionIds>${storedName(f)}</we:customFunctionIds>`).join('');
  // The samples assume one documented install path: Windows, with the manifest registered as a developer
  // add-in (`npx office-addin-dev-settings register manifest.xml`, which writes the WEF\Developer registry
  // key). Microsoft's table of webextension references ("Automatically open a task pane with a document")
  // gives that path storeType "Registry", store "developer", the manifest's id and version. A shared-folder
  // catalog (storeType "FileSystem", store = the share's path) cannot be written here: the path is the user's.
  return (
    `${XML_HEAD}<we:webextension xmlns:we="${NS.we}" id="${stableGuid(addin.id)}">` +
    `<we:reference id="${escapeXml(addin.id)}" version="${escapeXml(addin.version)}" store="developer" storeType="Registry"/>` +
    `<we:alternateReferences/><we:properties/><we:bindings/><we:snapshot xmlns:r="${NS.r}"/>` +
    `<we:extLst><a:ext xmlns:a="${NS.a}" uri="${CUSTOM_FUNCTION_LIST_URI}">` +
    `<we:customFunctionIdList>${ids}</we:customFunctionIdList></a:ext></we:extLst></we:webextension>`
  );
}

/** Adds a relationship with the next free rId to a .rels part. */
export function addRelationship(rels: string, type: string, target: string): string {
  const used = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...used) + 1}`;
  return rels.replace(
    '</Relationships>',
    `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`,
  );
}

const addOverride = (types: string, part: string, contentType: string): string =>
  types.replace('</Types>', `<Override PartName="${part}" ContentType="${contentType}"/></Types>`);

/** The exceljs output rewritten as Excel saves it; the same input gives the same bytes. */
export async function toExcelSaved(xlsx: Buffer, addin: AddinReference = manifestReference()): Promise<Buffer> {
  const parts = await readParts(xlsx);
  const used = new Set<string>();
  for (const [name, body] of parts) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const rewritten = rewriteSheet(body as string);
    rewritten.functions.forEach((f) => used.add(f));
    parts.set(name, rewritten.xml);
  }
  let types = parts.get('[Content_Types].xml') as string;
  types = addOverride(types, '/xl/metadata.xml', CONTENT_TYPE.metadata);
  types = addOverride(types, '/xl/webextensions/taskpanes.xml', CONTENT_TYPE.taskpanes);
  types = addOverride(types, '/xl/webextensions/webextension1.xml', CONTENT_TYPE.webextension);
  parts.set('[Content_Types].xml', types);
  parts.set(
    'xl/_rels/workbook.xml.rels',
    addRelationship(parts.get('xl/_rels/workbook.xml.rels') as string, REL.sheetMetadata, 'metadata.xml'),
  );
  parts.set(
    '_rels/.rels',
    addRelationship(parts.get('_rels/.rels') as string, REL.taskpanes, 'xl/webextensions/taskpanes.xml'),
  );
  parts.set('xl/metadata.xml', METADATA_XML);
  parts.set('xl/webextensions/taskpanes.xml', TASKPANES_XML);
  parts.set('xl/webextensions/_rels/taskpanes.xml.rels', TASKPANES_RELS);
  parts.set('xl/webextensions/webextension1.xml', webextensionXml(addin, [...used].sort()));

  const out = new JSZip();
  for (const [name, body] of parts) out.file(name, body, { date: ENTRY_DATE, createFolders: false });
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
