/**
 * The sample startup-equity sheet (issue 20): a seed-stage offer of options, the company's
 * two-round preference stack, its breakpoints, what a common share (and so the grant) receives at a
 * low, an expected and a high exit, and common's payout against exit value for a chart.
 * EVERY input here is MADE UP to show the functions (the sheet says so in its first row): no
 * company, round, exit value or price is real, and none comes from a source.
 */
import { Cell, columnLetter } from './offer-tracker';
import { ScatterChart } from './xlsx-chart';

export const EQUITY_SHEET = 'Startup equity';

/** A made-up two-round stack: a seed round paid first, a pre-seed round after it, then common. */
const STACK: readonly Cell[][] = [
  ['Class', 'Shares (as converted)', 'Invested', 'Preference multiple', 'Participating', 'Seniority'],
  ['Seed', 3_000_000, 4_000_000, 1, 'no', 1],
  ['Pre-seed', 1_500_000, 750_000, 1, 'no', 2],
  ['Common (options included)', 10_500_000, null, null, null, null],
];
const STACK_TOP = 4; // the stack's header row (1-based)
const STACK_RANGE = `A${STACK_TOP}:F${STACK_TOP + STACK.length - 1}`;

/** Exit values for the payout chart: $0 to $40M in steps of $2M (the breakpoints fall inside). */
export const CHART_EXITS: readonly number[] = Array.from({ length: 21 }, (_, k) => k * 2_000_000);
/** Where the chart's columns sit: exit values in H, the waterfall spilled across I:K (common in K). */
export const CHART_DATA = { top: 4, exitColumn: 7, firstClassColumn: 8 } as const;

/** The native chart: common's payout (y) against exit value (x), both from the sheet's cells. */
export function payoutChart(evaluated: readonly { value: unknown }[][]): ScatterChart {
  const top = CHART_DATA.top;
  const bottom = top + CHART_EXITS.length - 1;
  const xColumn = CHART_DATA.exitColumn;
  const yColumn = CHART_DATA.firstClassColumn + STACK.length - 2;
  const [x, y] = [columnLetter(xColumn), columnLetter(yColumn)];
  const column = (c: number) => evaluated.slice(top - 1, bottom).map((row) => row[c].value as number);
  return {
    sheet: EQUITY_SHEET,
    part: 'xl/worksheets/sheet1.xml',
    title: "Common's payout against exit value (example stack)",
    xTitle: 'Exit value',
    yTitle: "Common's payout",
    x: `$${x}$${top}:$${x}$${bottom}`,
    y: `$${y}$${top}:$${y}$${bottom}`,
    seriesName: { ref: `$${y}$${top - 1}`, text: String(evaluated[top - 2][yColumn].value) },
    xValues: column(xColumn),
    yValues: column(yColumn),
    numberFormat: '$#,##0',
    anchor: { col: yColumn + 2, row: 1, cols: 8, rows: 20 },
  };
}

/**
 * The sheet: inputs and the formulas over them (Excel spelling; the Sheets sample respells them).
 * For Sheets, whose CSV cannot carry a floating chart, the chart is an in-cell SPARKLINE of
 * common's payout over the evenly spaced exit values.
 */
export function startupEquitySheet({ sheets = false } = {}): Cell[][] {
  const height = CHART_DATA.top + CHART_EXITS.length - 1;
  const grid: Cell[][] = Array.from({ length: height }, () => new Array<Cell>(13).fill(null));
  const put = (ref: string, value: Cell): void => {
    const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(ref)!;
    const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    grid[Number(row) - 1][col] = value;
  };
  put('A1', 'Seed-stage offer: EXAMPLE figures, made up to show the functions (no real company, round, price or exit)');
  put('A3', 'Preference stack (example)');
  STACK.forEach((row, r) => row.forEach((cell, c) => (grid[STACK_TOP - 1 + r][c] = cell)));
  put('A9', "Breakpoints: the exit values where common's payout changes slope");
  put('A10', `=AI.BREAKPOINTS(${STACK_RANGE})`);
  put('A14', 'The offer (example)');
  put('A15', 'Options granted');
  put('B15', 60_000);
  put('A16', 'Strike (the 409A price at grant)');
  put('B16', 0.4);
  put('A17', 'Fully diluted shares');
  put('B17', `=SUM(B${STACK_TOP + 1}:B${STACK_TOP + STACK.length - 1})`);
  put('A18', 'Share of the company');
  put('B18', '=AI.STAKE(B15,B17)');
  put('A20', "Common's value at three exits (example exit values, not a forecast)");
  ['Scenario', 'Exit value', 'Common price per share', 'Options after strike'].forEach((h, c) => (grid[20][c] = h));
  [
    ['Low', 8_000_000],
    ['Expected', 30_000_000],
    ['High', 120_000_000],
  ].forEach(([name, exit], k) => {
    grid[21 + k][0] = name;
    grid[21 + k][1] = exit;
  });
  put('C22', `=AI.COMMONPRICE(B22:B24,${STACK_RANGE})`);
  put('D22', '=AI.OPTION(B15,B16,C22:C24)');
  // The chart's data: exit values, and what each class receives at each (common last).
  const x = columnLetter(CHART_DATA.exitColumn);
  put(`${x}2`, "Each class's payout by exit value");
  put(`${x}3`, 'Exit value');
  STACK.slice(1).forEach((row, k) => (grid[2][CHART_DATA.firstClassColumn + k] = row[0]));
  CHART_EXITS.forEach((exit, k) => (grid[CHART_DATA.top - 1 + k][CHART_DATA.exitColumn] = exit));
  const bottom = CHART_DATA.top + CHART_EXITS.length - 1;
  put(
    `${columnLetter(CHART_DATA.firstClassColumn)}${CHART_DATA.top}`,
    `=AI.WATERFALL(${x}${CHART_DATA.top}:${x}${bottom},${STACK_RANGE})`,
  );
  if (sheets) {
    const common = columnLetter(CHART_DATA.firstClassColumn + STACK.length - 2);
    const at = columnLetter(CHART_DATA.firstClassColumn + STACK.length);
    put(`${at}2`, `Common's payout, $0 to $${CHART_EXITS[CHART_EXITS.length - 1] / 1e6}M exit (in-cell chart)`);
    put(`${at}3`, `=SPARKLINE(${common}${CHART_DATA.top}:${common}${bottom},{"charttype","line"})`);
  }
  return grid;
}

/** Number formats by range, set after the cells are written (the sheet has no single header row). */
export const EQUITY_FORMATS: readonly [string, string][] = [
  ['B5:B7', '#,##0'],
  ['C5:C7', '$#,##0'],
  ['A10:A12', '$#,##0'],
  ['B15', '#,##0'],
  ['B16', '$0.00'],
  ['B17', '#,##0'],
  ['B18', '0.00%'],
  ['B22:B24', '$#,##0'],
  ['C22:C24', '$0.0000'],
  ['D22:D24', '$#,##0'],
  ['H4:K24', '$#,##0'],
];

export const EQUITY_NOTES: readonly string[] = [
  'Sample startup-equity sheet: EVERY input is MADE UP (the stack, the grant, the strike, the exit values); no company, round, price or exit is real, and none comes from a source.',
  'Preference stack A4:F7: one row per class, headers matched loosely; every term is required (no default multiple, seniority or participation). Common holds the fully diluted common shares, options included.',
  "A10: AI.BREAKPOINTS spills the exit values where common's payout changes slope, and what happens at each.",
  'B18: AI.STAKE, the grant as a share of the fully diluted company. C22: AI.COMMONPRICE, what one common share receives at each exit, through the stack. D22: AI.OPTION at that price: the options after paying the strike (intrinsic value at the exit).',
  "I4: AI.WATERFALL spills what each class receives at each exit value in H; the chart plots common's column (K) against exit value. Preferences are paid by seniority; a class converts to common when that gives it more than its preference.",
  'The three exits are scenarios to read side by side, not a forecast: no probability is given, and none is assumed.',
  'Open with the AI comp add-in loaded: the formulas compute with it, and the cached figures (and the chart) show until they do. Without it they show #NAME?.',
  'In Google Sheets the functions are named without the dot (AI.WATERFALL is AIWATERFALL): import examples/sheets/startup-equity.csv instead; its chart is an in-cell SPARKLINE (a CSV cannot carry a floating chart).',
];
