/**
 * Recalculates each shipped .xlsx from its own XML: the inputs and formulas as stored (the
 * `_xldudf_AI_NAME(` spelling read back as the catalog's `AI.NAME(`), evaluated by HyperFormula with
 * the catalog plugin, must give the values the file caches. So what a user sees before the add-in
 * computes is what it computes.
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { registerCatalog } from '../../hyperformula-plugin';
import { CellValue, codeOf, decodeRange, openXlsx, readSheet, XlsxCell } from './xlsx-read';

type Input = string | number | boolean | null;

/** A stored formula as the plugin names the function (`_xldudf_AI_BAND(` -> `AI.BAND(`); strings untouched. */
function fromStored(formula: string): string {
  const pieces = formula.split(/("(?:[^"]|"")*")/);
  return pieces.map((piece, i) => (i % 2 ? piece : piece.replace(/_xldudf_AI_([A-Z0-9]+)\(/g, 'AI.$1('))).join('');
}

/** The sheet as HyperFormula input: inputs, each formula at its anchor, its spill left empty. */
function sheetInput(cells: XlsxCell[]): { grid: Input[][]; spilled: XlsxCell[] } {
  const height = Math.max(...cells.map((c) => c.row));
  const width = Math.max(...cells.map((c) => c.col));
  const grid: Input[][] = Array.from({ length: height }, () => new Array<Input>(width).fill(null));
  const ranges = cells.filter((c) => c.formula).map((c) => decodeRange(c.formula!.attrs.ref));
  const inSpill = (c: XlsxCell) =>
    ranges.some((r) => c.row >= r.top && c.row <= r.bottom && c.col >= r.left && c.col <= r.right);
  const spilled: XlsxCell[] = [];
  for (const cell of cells) {
    if (cell.formula) grid[cell.row - 1][cell.col - 1] = `=${fromStored(cell.formula.text)}`;
    if (inSpill(cell)) {
      spilled.push(cell);
      continue;
    }
    const v = cell.value;
    if (v !== null && typeof v === 'object') throw new Error(`${cell.ref}: an error value as input`);
    grid[cell.row - 1][cell.col - 1] = v;
  }
  return { grid, spilled };
}

const asCached = (value: unknown): CellValue => {
  if (value instanceof DetailedCellError) return { error: value.value };
  if (value === undefined || value === '') return null;
  return value as CellValue;
};

describe.each([
  // every computed cell of every row with inputs: 2,000 offers x 9 columns; 21 rows x 9 columns
  { file: 'offer-tracker.xlsx', sheet: 'Offers', computed: 2_000 * 9 },
  { file: 'pay-range-model.xlsx', sheet: 'Pay ranges', computed: 21 * 9 },
])('$file recalculated from its own XML', ({ file, sheet, computed }) => {
  test('HyperFormula with the catalog plugin gives every cached value', async () => {
    const cells = readSheet(await openXlsx(file), sheet);
    for (const c of cells.filter((x) => x.formula)) expect(codeOf(fromStored(c.formula!.text))).not.toMatch(/_xldudf_/);
    const { grid, spilled } = sheetInput(cells);
    registerCatalog();
    const hf = HyperFormula.buildFromArray(grid, { licenseKey: 'gpl-v3', smartRounding: false });
    try {
      const problems: string[] = [];
      let compared = 0;
      for (const cell of spilled) {
        const got = asCached(hf.getCellValue({ sheet: 0, row: cell.row - 1, col: cell.col - 1 }));
        compared++;
        if (JSON.stringify(got) !== JSON.stringify(cell.value))
          problems.push(`${cell.ref}: file caches ${JSON.stringify(cell.value)}, recalculated ${JSON.stringify(got)}`);
      }
      expect(problems.slice(0, 10)).toEqual([]);
      expect(compared).toBe(computed);
    } finally {
      hf.destroy();
    }
  });
});
