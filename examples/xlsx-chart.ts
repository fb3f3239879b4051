/**
 * A native Excel chart added to a saved .xlsx (exceljs writes no charts): a scatter chart with
 * straight lines over cells of one sheet, as the DrawingML parts Excel reads (a chart part, a
 * drawing part anchoring it over cells, their relationships and content types, and the sheet's
 * `<drawing>` element). The chart caches the plotted values, so it draws before the add-in
 * recalculates, as the cells' own cached values show. Same input, same bytes.
 */
import JSZip from 'jszip';
import { addRelationship } from './excel-file';
import { CHART_CONTENT_TYPE, CHART_REL, ENTRY_DATE, NS, XML_HEAD, escapeXml, readParts } from './ooxml';

export interface ScatterChart {
  readonly sheet: string;
  /** the worksheet part, e.g. xl/worksheets/sheet1.xml */
  readonly part: string;
  readonly title: string;
  readonly xTitle: string;
  readonly yTitle: string;
  /** absolute ranges on `sheet`, e.g. $H$4:$H$24 */
  readonly x: string;
  readonly y: string;
  /** the series name's cell, e.g. $K$3, and its text */
  readonly seriesName: { readonly ref: string; readonly text: string };
  readonly xValues: readonly number[];
  readonly yValues: readonly number[];
  readonly numberFormat: string;
  /** 0-based top-left column and row of the chart, and its size in cells */
  readonly anchor: { readonly col: number; readonly row: number; readonly cols: number; readonly rows: number };
}

const sheetRef = (sheet: string, range: string): string => escapeXml(`'${sheet.replace(/'/g, "''")}'!${range}`);

function numbers(ref: string, values: readonly number[], format: string): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('');
  return `<c:numRef><c:f>${ref}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef>`;
}

const richText = (text: string): string =>
  `<c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>`;

function valueAxis(id: number, cross: number, position: 'b' | 'l', title: string, format: string): string {
  return (
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${position}"/>${position === 'l' ? '<c:majorGridlines/>' : ''}<c:title>${richText(title)}</c:title>` +
    `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/></c:valAx>`
  );
}

/** The chart part: one series, straight lines, no markers. */
export function chartXml(chart: ScatterChart): string {
  const series =
    `<c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:tx><c:strRef><c:f>${sheetRef(chart.sheet, chart.seriesName.ref)}</c:f><c:strCache><c:ptCount val="1"/>` +
    `<c:pt idx="0"><c:v>${escapeXml(chart.seriesName.text)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    `<c:marker><c:symbol val="none"/></c:marker>` +
    `<c:xVal>${numbers(sheetRef(chart.sheet, chart.x), chart.xValues, chart.numberFormat)}</c:xVal>` +
    `<c:yVal>${numbers(sheetRef(chart.sheet, chart.y), chart.yValues, chart.numberFormat)}</c:yVal>` +
    `<c:smooth val="0"/></c:ser>`;
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${richText(chart.title)}</c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}` +
    `<c:axId val="500000001"/><c:axId val="500000002"/></c:scatterChart>` +
    valueAxis(500000001, 500000002, 'b', chart.xTitle, chart.numberFormat) +
    valueAxis(500000002, 500000001, 'l', chart.yTitle, chart.numberFormat) +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The drawing part: the chart anchored over cells, moving with them. */
export function drawingXml(chart: ScatterChart, chartRelId: string): string {
  const { col, row, cols, rows } = chart.anchor;
  const at = (c: number, r: number) =>
    `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"><xdr:twoCellAnchor>` +
    `<xdr:from>${at(col, row)}</xdr:from><xdr:to>${at(col + cols, row + rows)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}">` +
    `<c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${chartRelId}"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
    `<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

const EMPTY_RELS = `${XML_HEAD}<Relationships xmlns="${NS.packageRels}"></Relationships>`;

/** The .xlsx with the chart added over `chart.sheet` (which must have no drawing yet). */
export async function withScatterChart(xlsx: Buffer, chart: ScatterChart): Promise<Buffer> {
  const parts = await readParts(xlsx);
  const sheetRels = chart.part.replace(/^xl\/worksheets\//, 'xl/worksheets/_rels/') + '.rels';
  const rels = addRelationship(
    (parts.get(sheetRels) as string | undefined) ?? EMPTY_RELS,
    CHART_REL.drawing,
    '../drawings/drawing1.xml',
  );
  const drawingId = [...rels.matchAll(/Id="(rId\d+)"/g)].pop()![1];
  parts.set(sheetRels, rels);
  const sheet = parts.get(chart.part) as string;
  if (/<drawing\b/.test(sheet)) throw new Error(`${chart.part} already has a drawing`);
  // <drawing> comes after the page setup elements and before any table parts or extensions.
  const before = /<(tableParts|extLst)\b/.exec(sheet)?.index ?? sheet.lastIndexOf('</worksheet>');
  parts.set(chart.part, `${sheet.slice(0, before)}<drawing r:id="${drawingId}"/>${sheet.slice(before)}`);
  parts.set(
    'xl/drawings/_rels/drawing1.xml.rels',
    addRelationship(EMPTY_RELS, CHART_REL.chart, '../charts/chart1.xml'),
  );
  parts.set('xl/drawings/drawing1.xml', drawingXml(chart, 'rId1'));
  parts.set('xl/charts/chart1.xml', chartXml(chart));
  let types = parts.get('[Content_Types].xml') as string;
  for (const [part, type] of [
    ['/xl/drawings/drawing1.xml', CHART_CONTENT_TYPE.drawing],
    ['/xl/charts/chart1.xml', CHART_CONTENT_TYPE.chart],
  ])
    types = types.replace('</Types>', `<Override PartName="${part}" ContentType="${type}"/></Types>`);
  parts.set('[Content_Types].xml', types);
  const out = new JSZip();
  for (const [name, body] of parts) out.file(name, body, { date: ENTRY_DATE, createFolders: false });
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
