/**
 * The sample range review, examples/range-health.xlsx and its Sheets CSVs (issue 23): stored as
 * Excel saves a workbook that uses the add-in, every cached value what the core computes from the
 * file's own cells, the zones highlighted, and a native chart of the compa-ratio spread by level
 * whose series are the Health sheet's p10, p50 and p90 cells.
 */
import * as fs from 'fs';
import * as path from 'path';
import { callByName, InputCell, isSheetError, Output } from '../../core';
import { rangeHealthSheetsSamples } from '../../scripts/make-range-health';
import { columnLetter } from '../../examples/offer-tracker';
import {
  CellValue,
  decodeRange,
  EXAMPLES,
  openXlsx,
  readSheet,
  relationships,
  sheetPart,
  unescapeXml,
  XlsxCell,
} from './xlsx-read';

const FILE = 'range-health.xlsx';

/** A sheet's cells by address, and a column range's cached values as a host passes them. */
function sheetOf(cells: XlsxCell[]) {
  const at = new Map(cells.map((c) => [c.ref, c]));
  const value = (ref: string): InputCell => {
    const v = at.get(ref)?.value ?? null;
    return v !== null && typeof v === 'object' ? { isSheetError: true, kind: 'NA', message: v.error } : v;
  };
  const column = (range: string): InputCell[][] => {
    const r = decodeRange(range);
    const letters = range.replace(/\$/g, '').match(/^[A-Z]+/)![0];
    return Array.from({ length: r.bottom - r.top + 1 }, (_, k) => [value(`${letters}${r.top + k}`)]);
  };
  return { at, value, column };
}

/** What the file caches for a block of `height` x `width` cells from an anchor, as core output cells. */
function cachedBlock(cells: Map<string, XlsxCell>, anchor: XlsxCell): CellValue[][] {
  const r = decodeRange(anchor.formula!.attrs.ref);
  const letter = (c: number) => columnLetter(c - 1);
  return Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
    Array.from(
      { length: r.right - r.left + 1 },
      (_, k) => cells.get(`${letter(r.left + k)}${r.top + i}`)?.value ?? null,
    ),
  );
}

const asCached = (output: Output): CellValue[][] =>
  (Array.isArray(output) ? output : [[output]]).map((row) =>
    row.map((cell) =>
      isSheetError(cell) ? { error: cell.kind === 'NA' ? '#N/A' : '#VALUE!' } : cell === '' ? null : cell,
    ),
  );

describe('examples/range-health.xlsx', () => {
  let parts: Map<string, string>;
  let tracker: ReturnType<typeof sheetOf>;
  let health: XlsxCell[];
  beforeAll(async () => {
    parts = await openXlsx(FILE);
    tracker = sheetOf(readSheet(parts, 'Tracker'));
    health = readSheet(parts, 'Health');
  });

  test('10,000 made-up employees; formulas stored as Excel saves them (_xldudf_ names, dynamic arrays)', () => {
    expect(tracker.value('A10001')).toBe('E10000');
    expect(tracker.value('A10002')).toBeNull();
    const formulas = [...tracker.at.values(), ...health].filter((c) => c.formula);
    expect(formulas.map((c) => c.formula!.text.match(/_xldudf_AI_[A-Z]+/g)![0])).toEqual([
      '_xldudf_AI_BAND',
      '_xldudf_AI_POSITION',
      '_xldudf_AI_POSITION',
      '_xldudf_AI_HEALTH',
      '_xldudf_AI_COMPRESSION',
    ]);
    for (const c of formulas) expect([c.formula!.attrs.t, c.attrs.cm]).toEqual(['array', '1']);
    expect(parts.get('xl/webextensions/webextension1.xml')).toMatch(/_xldudf_AI_HEALTH/);
  });

  test('the cached Tracker columns are what AI.BAND and AI.POSITION give on its inputs', () => {
    const cells = tracker.at;
    const band = cells.get('F2')!;
    const [roles, levels, pay] = ['B2:B10001', 'C2:C10001', 'D2:D10001'].map(tracker.column);
    expect(cachedBlock(cells, band)).toEqual(asCached(callByName('BAND', [roles, levels])));
    const [min, mid, max] = ['F2:F10001', 'G2:G10001', 'H2:H10001'].map(tracker.column);
    const zones = cachedBlock(cells, cells.get('J2')!);
    expect(cachedBlock(cells, cells.get('I2')!)).toEqual(
      asCached(callByName('POSITION', [pay, min, mid, max, 'compa'])),
    );
    expect(zones).toEqual(asCached(callByName('POSITION', [pay, min, mid, max, 'zone'])));
    // every zone occurs, and the rows with no pay yet say so in their own row
    expect(new Set(zones.map((row) => JSON.stringify(row[0])))).toEqual(
      new Set(['"below min"', '"Q1"', '"Q2"', '"Q3"', '"Q4"', '"above max"', '{"error":"#VALUE!"}']),
    );
  });

  test('the cached Health tables are what AI.HEALTH and AI.COMPRESSION give on the cached Tracker columns', () => {
    const cells = new Map(health.map((c) => [c.ref, c]));
    const [summary, compression] = health.filter((c) => c.formula);
    const args = (anchor: XlsxCell) =>
      anchor
        .formula!.text.replace(/^_xldudf_AI_[A-Z]+\(|\)$/g, '')
        .split(',')
        .filter((a) => a.startsWith('Tracker!'));
    const columns = (anchor: XlsxCell) => args(anchor).map((a) => tracker.column(a.replace('Tracker!', '')));
    expect(cachedBlock(cells, summary)).toEqual(asCached(callByName('HEALTH', columns(summary))));
    // DATE(2026,6,30) is serial 46203.
    expect(compression.formula!.text).toMatch(/DATE\(2026,6,30\)\)$/);
    expect(cachedBlock(cells, compression)).toEqual(
      asCached(callByName('COMPRESSION', [...columns(compression), 46203])),
    );
    expect(cachedBlock(cells, summary).map((row) => row[0])).toEqual(['group', 'Entry', 'Mid', 'Senior', 'Total']);
  });

  test("Own bands: AI.BAND over a band table of the user's own, and AI.HEALTH against those bands", () => {
    const own = sheetOf(readSheet(parts, 'Own bands'));
    const table = Array.from({ length: 19 }, (_, r) => 'ABCDEF'.split('').map((c) => own.value(`${c}${r + 1}`)));
    expect(table[0]).toEqual(['role', 'level', 'min', 'mid', 'max', 'source']);
    const [roles, levels, pay] = ['B2:B10001', 'C2:C10001', 'D2:D10001'].map(tracker.column);
    const band = own.at.get('H2')!;
    expect(band.formula!.text).toMatch(/^_xldudf_AI_BAND\(Tracker!B2:B10001,Tracker!C2:C10001,,,\$A\$1:\$F\$19\)$/);
    expect(cachedBlock(own.at, band)).toEqual(asCached(callByName('BAND', [roles, levels, null, null, table])));
    const [min, mid, max] = ['H2:H10001', 'I2:I10001', 'J2:J10001'].map(own.column);
    expect(cachedBlock(own.at, own.at.get('L1')!)).toEqual(
      asCached(callByName('HEALTH', [pay, min, mid, max, levels])),
    );
  });

  test('the zone column is highlighted where a row is below min or above max', () => {
    const xml = parts.get(sheetPart(parts, 'Tracker'))!;
    const block = /<conditionalFormatting sqref="J2:J10001">([\s\S]*?)<\/conditionalFormatting>/.exec(xml);
    expect(block).not.toBeNull();
    const rules = unescapeXml(block![1]);
    expect(rules).toMatch(/operator="equal" *>?.*<formula>"below min"<\/formula>/);
    expect(rules).toMatch(/<formula>"above max"<\/formula>/);
    // each rule's fill is a differential format in the styles part
    expect(parts.get('xl/styles.xml')).toMatch(/<dxfs count="2">[\s\S]*<fill>/);
  });

  test('a native stock chart on the Health sheet: p10 to p90 by level, the median marked, from the AI.HEALTH cells', () => {
    const sheet = sheetPart(parts, 'Health');
    const drawing = relationships(parts, sheet).find((r) => r.type.endsWith('/drawing'));
    expect(drawing).toBeDefined();
    expect(parts.get(sheet)).toMatch(/<drawing r:id="rId\d+"\/><\/worksheet>|<drawing r:id="rId\d+"\/>/);
    const chartPart = relationships(parts, drawing!.target).find((r) => r.type.endsWith('/chart'))!.target;
    const chart = parts.get(chartPart)!;
    expect(chart).toMatch(/<c:stockChart>[\s\S]*<c:hiLowLines>/);
    expect(parts.get('[Content_Types].xml')).toContain(`PartName="/${chartPart}"`);
    const cells = new Map(health.map((c) => [c.ref, c]));
    const series = [...chart.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => ({
      name: /<c:tx><c:strRef><c:f>Health!\$([A-Z]+)\$1<\/c:f>/.exec(m[0])![1],
      values: /<c:val><c:numRef><c:f>Health!\$([A-Z]+)\$2:\$\1\$(\d+)<\/c:f>/.exec(m[0])!,
      cached: [...m[0].matchAll(/<c:numCache>[\s\S]*?<\/c:numCache>/g)][0][0]
        .match(/<c:v>([^<]*)<\/c:v>/g)!
        .map((v) => Number(v.slice(5, -6))),
    }));
    // high, low, close: p90, p10, p50 by the header the cells carry
    expect(series.map((s) => cells.get(`${s.name}1`)!.value)).toEqual(['compa p90', 'compa p10', 'compa p50']);
    for (const s of series) {
      expect(Number(s.values[2])).toBe(4); // the three levels, not the total
      expect(s.cached).toEqual([2, 3, 4].map((r) => cells.get(`${s.name}${r}`)!.value));
    }
  });
});

describe('examples/sheets/range-health-*.csv', () => {
  test('are what `npm run examples` writes now, formulas in the Sheets spelling', () => {
    for (const sample of rangeHealthSheetsSamples()) {
      const committed = fs.readFileSync(path.join(EXAMPLES, 'sheets', sample.file), 'utf8');
      expect(
        committed === sample.csv ? 'current' : `examples/sheets/${sample.file} is stale: run npm run examples`,
      ).toBe('current');
      expect(sample.csv).not.toMatch(/AI\.|_xldudf_/);
    }
    expect(rangeHealthSheetsSamples()[1].csv).toMatch(/^"=AIHEALTH\(Tracker!D2:D,/);
  });
});
