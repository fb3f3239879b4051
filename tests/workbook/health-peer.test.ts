/**
 * AI.HEALTH checked against a peer no one here wrote (issue 23): on random trackers (groups of 1
 * and 2, tied pays, blank, error, unreadable and inverted-band rows, empty tail rows, a group spelled
 * in two cases), every count equals COUNTIFS and every compa percentile equals PERCENTILE.INC, both
 * computed by HyperFormula on the same sheet, through the core, the built Code.js and the built
 * Excel functions.
 */
import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { callByName } from '../../core';
import { loadAddon } from '../../testkit/sheets/addon';
import { callAsExcel, loadFunctionsScript, loadMetadata, RuntimeErrorCell } from '../../testkit/excel/built';

type Kind = 'ok' | 'blankPay' | 'blankMin' | 'errorPay' | 'errorMid' | 'textPay' | 'invertedBand' | 'empty';
interface Row {
  group: string;
  kind: Kind;
  pay: number;
  min: number;
  mid: number;
  max: number;
}

const KINDS: Kind[] = [
  'ok',
  'ok',
  'ok',
  'ok',
  'ok',
  'ok',
  'blankPay',
  'blankMin',
  'errorPay',
  'errorMid',
  'textPay',
  'invertedBand',
  'empty',
];

/** A tracker: group sizes drawn so groups of 1 and 2 are common, pays on a 5,000 grid so ties are too. */
const tracker = fc
  .array(fc.constantFrom(1, 1, 2, 2, 3, 5, 9), { minLength: 1, maxLength: 7 })
  .chain((sizes) =>
    fc.tuple(
      fc.constant(sizes),
      fc.array(fc.tuple(fc.constantFrom(...KINDS), fc.integer({ min: -4, max: 12 }), fc.boolean()), {
        minLength: sizes.reduce((a, b) => a + b, 0),
        maxLength: sizes.reduce((a, b) => a + b, 0),
      }),
      fc.integer({ min: 0, max: 1_000_000 }),
    ),
  )
  .map(([sizes, draws, seed]) => {
    const rows: Row[] = [];
    let at = 0;
    sizes.forEach((size, g) => {
      for (let i = 0; i < size; i++) {
        const [kind, step, lower] = draws[at++];
        const min = 100000 + g * 10000;
        // Each group's first row keeps its spelling; later rows of L0 may be lower case (COUNTIFS matches both).
        rows.push({
          group: g === 0 && i > 0 && lower ? 'l0' : `L${g}`,
          kind,
          pay: min + step * 5000,
          min,
          mid: min + 20000,
          max: min + 40000,
        });
      }
    });
    // Interleave groups (first-seen order is then not group order), deterministically from the seed.
    let state = seed;
    for (let i = rows.length - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) % 2147483648;
      const j = state % (i + 1);
      [rows[i], rows[j]] = [rows[j], rows[i]];
    }
    return { rows, groups: sizes.map((_, g) => `L${g}`) };
  });

type Cell = string | number | null | { error: true };
const ERROR: Cell = { error: true };

function cellsOf(row: Row): Cell[] {
  if (row.kind === 'empty') return [null, null, null, null, null];
  const pay =
    row.kind === 'blankPay' ? null : row.kind === 'errorPay' ? ERROR : row.kind === 'textPay' ? 'n/a' : row.pay;
  const min = row.kind === 'blankMin' ? null : row.min;
  const mid = row.kind === 'errorMid' ? ERROR : row.mid;
  const max = row.kind === 'invertedBand' ? row.min - 1 : row.max;
  return [row.group, pay, min, mid, max];
}

const PERCENTILES = [0.1, 0.25, 0.5, 0.75, 0.9];

/** What HyperFormula says each AI.HEALTH cell must be, by COUNTIFS, SUMIFS, AVERAGE and PERCENTILE.INC. */
function peerTable(rows: Row[], groups: string[]): (number | 'error')[][] {
  const n = rows.length;
  const R = (r: number) => r + 2;
  const data = rows.map((row, r) => {
    const [group, pay, min, mid, max] = cellsOf(row).map((cell) =>
      cell === ERROR ? '=NA()' : (cell as string | number | null),
    );
    const x = R(r);
    const pen = `(B${x}-C${x})/(E${x}-C${x})`;
    return [
      group,
      pay,
      min,
      mid,
      max,
      // F: the compa-ratio of a counted row, else ""
      `=IFERROR(IF(AND(ISNUMBER(B${x}),ISNUMBER(C${x}),ISNUMBER(D${x}),ISNUMBER(E${x}),B${x}>=0,D${x}>0,E${x}>C${x},D${x}>=C${x},D${x}<=E${x}),B${x}/D${x},""),"")`,
      // G: how the row counts
      `=IF(AND(ISBLANK(A${x}),ISBLANK(B${x}),ISBLANK(C${x}),ISBLANK(D${x}),ISBLANK(E${x})),"empty",IF(F${x}<>"","counted",IF(OR(ISERROR(B${x}),ISERROR(C${x}),ISERROR(D${x}),ISERROR(E${x}),ISTEXT(B${x}),ISTEXT(C${x}),ISTEXT(D${x}),ISTEXT(E${x})),"error",IF(OR(ISBLANK(B${x}),ISBLANK(C${x}),ISBLANK(D${x}),ISBLANK(E${x})),"blank","error"))))`,
      // H: the zone
      `=IF(F${x}="","",IF(B${x}<C${x},"below min",IF(B${x}>E${x},"above max",IF(${pen}<0.25,"Q1",IF(${pen}<0.5,"Q2",IF(${pen}<0.75,"Q3","Q4"))))))`,
      `=IF(F${x}="",0,MAX(0,C${x}-B${x}))`,
      `=IF(F${x}="",0,MAX(0,B${x}-E${x}))`,
      // K onwards: the compa-ratio again, in its group's own column
      ...groups.map((g) => `=IF(A${x}="${g}",F${x},"")`),
    ];
  });
  const hf = HyperFormula.buildFromArray([['group'], ...data], { licenseKey: 'gpl-v3', smartRounding: false });
  try {
    const range = (c: string) => `${c}2:${c}${n + 1}`;
    const value = (formula: string): number | 'error' => {
      const v = hf.calculateFormula(formula, 0);
      return typeof v === 'number' ? v : 'error';
    };
    const line = (where: string, compa: string, label: string) => {
      const count = (criteria: string) => value(`=COUNTIFS(${where ? `${range('A')},"${label}",` : ''}${criteria})`);
      const sum = (c: string) => value(where ? `=SUMIFS(${range(c)},${range('A')},"${label}")` : `=SUM(${range(c)})`);
      const counted = count(`${range('G')},"counted"`);
      const share = (zone: string) =>
        counted === 0 ? 'error' : value(`=${count(`${range('H')},"${zone}"`)}/${counted}`);
      return [
        where ? count(`${range('G')},"<>empty"`) : value(`=COUNTIFS(${range('G')},"<>empty")`),
        counted,
        count(`${range('G')},"blank"`),
        count(`${range('G')},"error"`),
        count(`${range('H')},"below min"`),
        share('below min'),
        count(`${range('H')},"above max"`),
        share('above max'),
        value(`=AVERAGE(${compa})`),
        ...PERCENTILES.map((k) => value(`=PERCENTILE.INC(${compa},${k})`)),
        count(`${range('F')},"<0.8"`),
        count(`${range('F')},">1.2"`),
        ...['Q1', 'Q2', 'Q3', 'Q4'].map((q) => count(`${range('H')},"${q}"`)),
        sum('I'),
        sum('J'),
      ];
    };
    const columnOf = (g: number) => String.fromCharCode('K'.charCodeAt(0) + g);
    return [
      ...groups.map((g, k) => line('group', range(columnOf(k)), g)),
      // COUNTIFS with no criteria pair is not a formula: the total counts its one criterion alone.
      line('', range('F'), ''),
    ];
  } finally {
    hf.destroy();
  }
}

/** A table as numbers and 'error', without the header; group labels checked apart. */
function normalise(table: unknown): { labels: string[]; body: (number | 'error')[][] } {
  if (!Array.isArray(table)) throw new Error(`expected a table, got ${JSON.stringify(table)}`);
  const rows = (table as unknown[][]).slice(1);
  return {
    labels: rows.map((row) => String(row[0]).toLowerCase()),
    body: rows.map((row) => row.slice(1).map((cell) => (typeof cell === 'number' ? cell : 'error'))),
  };
}

const addon = loadAddon();
const excel = loadFunctionsScript();
const metadata = loadMetadata();

const hosts: Record<string, (columns: Cell[][]) => unknown> = {
  core: (columns) =>
    callByName(
      'HEALTH',
      hostColumns(columns, () => ({ isSheetError: true, kind: 'NA', message: 'upstream' }), null),
    ),
  'Sheets Code.js': (columns) => addon.global.AIHEALTH(...hostColumns(columns, () => '#N/A', '')),
  'Excel functions.js': (columns) =>
    callAsExcel(excel, metadata, 'HEALTH', [
      ...hostColumns(columns, () => new RuntimeErrorCell('#N/A'), null),
      null,
      null,
    ]),
};

/** The five columns pay, min, mid, max, group as a host passes them: its error cells and its blank. */
function hostColumns(columns: Cell[][], error: () => unknown, blank: unknown): unknown[][][] {
  const order = [1, 2, 3, 4, 0];
  return order.map((c) => columns.map((row) => [row[c] === ERROR ? error() : row[c] === null ? blank : row[c]]));
}

describe('AI.HEALTH against HyperFormula (COUNTIFS, SUMIFS, AVERAGE, PERCENTILE.INC)', () => {
  for (const [host, run] of Object.entries(hosts)) {
    test(`${host}: every count and percentile`, () => {
      const stats = { percentiles: 0, groupsOf1: 0, groupsOf2: 0, errorRows: 0 };
      fc.assert(
        fc.property(tracker, ({ rows, groups }) => {
          const expected = peerTable(rows, groups);
          const got = normalise(run(rows.map(cellsOf)));
          // Groups appear in first-seen order: the order their first rows come in.
          const firstSeen = [...new Set(rows.filter((r) => r.kind !== 'empty').map((r) => r.group.toLowerCase()))];
          expect(got.labels).toEqual([...firstSeen, 'total']);
          const order = [...firstSeen.map((g) => groups.findIndex((name) => name.toLowerCase() === g)), groups.length];
          order.forEach((peerRow, k) => {
            const want = expected[peerRow];
            const have = got.body[k];
            // compa mean (column 8) is a sum in another order: equal to 12 digits; every other cell exactly.
            want.forEach((cell, c) => {
              if (c === 8 && typeof cell === 'number') expect(have[c]).toBeCloseTo(cell, 12);
              else expect([c, have[c]]).toEqual([c, cell]);
            });
            if (typeof want[9] === 'number') stats.percentiles += PERCENTILES.length;
            if (peerRow < groups.length && want[0] === 1) stats.groupsOf1++;
            if (peerRow < groups.length && want[0] === 2) stats.groupsOf2++;
            stats.errorRows += peerRow < groups.length ? (want[3] as number) : 0;
          });
        }),
        { numRuns: 25, seed: 23 },
      );
      // The property really ran on what the issue names.
      expect(stats.percentiles).toBeGreaterThan(200);
      expect(stats.groupsOf1).toBeGreaterThan(5);
      expect(stats.groupsOf2).toBeGreaterThan(5);
      expect(stats.errorRows).toBeGreaterThan(20);
    });
  }
});
