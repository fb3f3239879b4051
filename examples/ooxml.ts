/**
 * What every part the examples add to a saved .xlsx shares: the XML declaration, the namespaces,
 * the chart relationship and content types, escaping, and the fixed zip entry date.
 */
import JSZip from 'jszip';

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  xda: 'http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray',
  packageRels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wetp: 'http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11',
  we: 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
} as const;
export const CHART_REL = {
  drawing: `${NS.r}/drawing`,
  chart: `${NS.r}/chart`,
} as const;
export const CHART_CONTENT_TYPE = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

/** Fixed entry date: the same bytes every run (JSZip would stamp the current time). */
export const ENTRY_DATE = new Date(Date.UTC(2026, 0, 1));

export const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeXml = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

/** Every file of a saved .xlsx by name: XML parts and relationships as text, the rest as bytes. */
export async function readParts(xlsx: Buffer): Promise<Map<string, string | Buffer>> {
  const source = await JSZip.loadAsync(xlsx);
  const parts = new Map<string, string | Buffer>();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    const text = entry.name.endsWith('.xml') || entry.name.endsWith('.rels');
    parts.set(entry.name, text ? await entry.async('string') : await entry.async('nodebuffer'));
  }
  return parts;
}
