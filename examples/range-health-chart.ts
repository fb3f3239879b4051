/**
 * A native Excel chart added to a saved workbook: the compa-ratio spread by level as a stock chart
 * (high-low-close), a bar from p10 to p90 per level with the median marked, read from the cells
 * AI.HEALTH spills. exceljs writes no charts, so the parts are added to the zip here as Excel
 * writes them: a drawing part anchored on the sheet, the chart part, their relationships and
 * content types. Each series keeps its cached points, so the chart shows before the add-in computes.
 */
import JSZip from 'jszip';
import { CHART_CONTENT_TYPE, CHART_REL, ENTRY_DATE, NS, XML_HEAD, escapeXml } from './ooxml';

export interface SpreadSeries {
  /** the header cell, e.g. Health!$K$1, and its text */
  readonly name: { ref: string; text: string };
  /** the value cells, e.g. Health!$K$2:$K$4, and their cached numbers */
  readonly values: { ref: string; cached: readonly number[] };
}

export interface SpreadChart {
  readonly title: string;
  /** the category cells (the levels) and their cached text */
  readonly categories: { ref: string; cached: readonly string[] };
  readonly high: SpreadSeries;
  readonly low: SpreadSeries;
  readonly close: SpreadSeries;
  /** top-left and bottom-right cells of the anchor, 0-based column and row */
  readonly from: { col: number; row: number };
  readonly to: { col: number; row: number };
}

const text = (t: string): string =>
  `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr><a:r><a:t>${escapeXml(t)}</a:t></a:r></a:p></c:rich></c:tx>`;

function series(index: number, s: SpreadSeries, chart: SpreadChart, marker: string): string {
  const cats = chart.categories.cached.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('');
  const vals = s.values.cached.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('');
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${escapeXml(s.name.ref)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(s.name.text)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    `<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr>${marker}` +
    `<c:cat><c:strRef><c:f>${escapeXml(chart.categories.ref)}</c:f><c:strCache><c:ptCount val="${chart.categories.cached.length}"/>${cats}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(s.values.ref)}</c:f><c:numCache><c:formatCode>0.00</c:formatCode><c:ptCount val="${s.values.cached.length}"/>${vals}</c:numCache></c:numRef></c:val>` +
    '<c:smooth val="0"/></c:ser>'
  );
}

/** The chart part: series in the order a high-low-close stock chart needs (high, low, close). */
export function chartXml(chart: SpreadChart): string {
  const none = '<c:marker><c:symbol val="none"/></c:marker>';
  // The median: a wide dash across the bar, dark so it reads on the bar's colour.
  const median =
    '<c:marker><c:symbol val="dash"/><c:size val="20"/><c:spPr><a:solidFill><a:srgbClr val="1F1F1F"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:marker>';
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${text(chart.title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    '<c:plotArea><c:layout/><c:stockChart>' +
    series(0, chart.high, chart, none) +
    series(1, chart.low, chart, none) +
    series(2, chart.close, chart, median) +
    // The p10-p90 bar: the chart's high-low lines, drawn wide.
    '<c:hiLowLines><c:spPr><a:ln w="139700" cap="flat"><a:solidFill><a:srgbClr val="9DC3E6"/></a:solidFill></a:ln></c:spPr></c:hiLowLines>' +
    '<c:axId val="500100"/><c:axId val="500200"/></c:stockChart>' +
    '<c:catAx><c:axId val="500100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>' +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    '<c:crossAx val="500200"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="500200"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:title>${text('Compa-ratio (pay / midpoint)')}<c:overlay val="0"/></c:title>` +
    '<c:numFmt formatCode="0.00" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="500100"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

function drawingXml(chart: SpreadChart): string {
  const at = (tag: string, p: { col: number; row: number }) =>
    `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"><xdr:twoCellAnchor editAs="oneCell">` +
    at('from', chart.from) +
    at('to', chart.to) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId1"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

const rels = (entries: string): string =>
  `${XML_HEAD}<Relationships xmlns="${NS.packageRels}">${entries}</Relationships>`;

/** Adds the chart to worksheet part `sheetPart` (e.g. xl/worksheets/sheet2.xml) of a saved workbook. */
export async function addSpreadChart(xlsx: Buffer, sheetPart: string, chart: SpreadChart): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheetRels = sheetPart.replace(/([^/]+)$/, '_rels/$1.rels');
  const existing = zip.file(sheetRels) ? await zip.file(sheetRels)!.async('string') : rels('');
  const used = [...existing.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...used) + 1}`;
  const put = (name: string, body: string) => zip.file(name, body, { date: ENTRY_DATE, createFolders: false });
  put(
    sheetRels,
    existing.replace(
      '</Relationships>',
      `<Relationship Id="${id}" Type="${CHART_REL.drawing}" Target="../drawings/drawing1.xml"/></Relationships>`,
    ),
  );
  let sheet = await zip.file(sheetPart)!.async('string');
  if (!/xmlns:r=/.test(sheet.slice(0, sheet.indexOf('>', sheet.indexOf('<worksheet')))))
    sheet = sheet.replace('<worksheet ', `<worksheet xmlns:r="${NS.r}" `);
  // <drawing> comes after the page setup and before any legacy drawing, table parts or extLst (CT_Worksheet order).
  const at = Math.min(
    ...['<legacyDrawing', '<tableParts', '<extLst', '</worksheet>']
      .map((tag) => sheet.indexOf(tag))
      .filter((i) => i >= 0),
  );
  sheet = `${sheet.slice(0, at)}<drawing r:id="${id}"/>${sheet.slice(at)}`;
  put(sheetPart, sheet);
  put('xl/drawings/drawing1.xml', drawingXml(chart));
  put(
    'xl/drawings/_rels/drawing1.xml.rels',
    rels(`<Relationship Id="rId1" Type="${CHART_REL.chart}" Target="../charts/chart1.xml"/>`),
  );
  put('xl/charts/chart1.xml', chartXml(chart));
  let types = await zip.file('[Content_Types].xml')!.async('string');
  types = types.replace(
    '</Types>',
    `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${CHART_CONTENT_TYPE.drawing}"/><Override PartName="/xl/charts/chart1.xml" ContentType="${CHART_CONTENT_TYPE.chart}"/></Types>`,
  );
  put('[Content_Types].xml', types);
  for (const file of Object.values(zip.files)) file.date = ENTRY_DATE;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
