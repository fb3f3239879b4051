/**
 * Issue 6: the tracker's band column inside a real spreadsheet engine (HyperFormula), side by side
 * in one run: one `AI.BAND` array formula over the column, versus what an analyst writes without
 * the add-in, `INDEX`/`MATCH` on each row over a band table in the workbook (and the same lookup as
 * one native array formula). Full calculation (building the workbook, as on open) and a one-cell
 * edit (a level changes; the dependent band cells recalculate).
 */
import { HyperFormula, RawCellContent } from 'hyperformula';
import { registerCatalog } from '../hyperformula-plugin';
import { callByName } from '../core/registry';
import { SAMPLE_LEVELS, SAMPLE_ROLES, sampleOffers } from '../examples/sample-offers';
import { measure, printTable } from './harness';

const CONFIG = { licenseKey: 'gpl-v3', smartRounding: false } as const;

/** The band table an analyst would paste into the workbook: the core's own figures, keyed role|level. */
export function bandTableSheet(): RawCellContent[][] {
  const rows: RawCellContent[][] = [['Key', 'Role', 'Level', 'Min', 'Mid', 'Max']];
  for (const role of SAMPLE_ROLES) {
    for (const level of SAMPLE_LEVELS) {
      const band = callByName('BAND', [role, level]) as number[][];
      rows.push([`${role}|${level}`, role, level, band[0][0], band[0][1], band[0][2]]);
    }
  }
  return rows;
}

type BandFormula = 'AI.BAND' | 'AI.BAND per row' | 'INDEX/MATCH per row' | 'INDEX/MATCH array';

export function bandWorkbook(rows: number, how: BandFormula): Record<string, RawCellContent[][]> {
  const offers = sampleOffers(rows);
  const bands = bandTableSheet();
  const last = bands.length;
  const sheet: RawCellContent[][] = [['Role', 'Level', 'Band mid']];
  offers.forEach((offer, i) => {
    const r = i + 2;
    let formula: RawCellContent = null;
    if (how === 'AI.BAND per row') formula = `=AI.BAND(A${r},B${r},"mid")`;
    else if (how === 'INDEX/MATCH per row')
      formula = `=INDEX(Bands!$E$2:$E$${last},MATCH(A${r}&"|"&B${r},Bands!$A$2:$A$${last},0))`;
    else if (i === 0 && how === 'AI.BAND') formula = `=AI.BAND(A2:A${rows + 1},B2:B${rows + 1},"mid")`;
    else if (i === 0)
      formula = `=ARRAYFORMULA(INDEX(Bands!$E$2:$E$${last},MATCH(A2:A${rows + 1}&"|"&B2:B${rows + 1},Bands!$A$2:$A$${last},0)))`;
    sheet.push([offer.role, offer.level, formula]);
  });
  return { Offers: sheet, Bands: bands };
}

function bandColumn(hf: HyperFormula, rows: number): unknown[] {
  const sheet = hf.getSheetId('Offers')!;
  return hf.getRangeValues({ start: { sheet, col: 2, row: 1 }, end: { sheet, col: 2, row: rows } }).map((r) => r[0]);
}

export function run(): void {
  registerCatalog();
  for (const rows of [2_000, 10_000]) {
    const results = [];
    const columns: unknown[][] = [];
    for (const how of ['INDEX/MATCH per row', 'INDEX/MATCH array', 'AI.BAND', 'AI.BAND per row'] as const) {
      const sheets = bandWorkbook(rows, how);
      results.push(
        measure(`${how}: full calculation`, rows, () => HyperFormula.buildFromSheets(sheets, CONFIG).destroy(), {
          runs: 7,
        }),
      );
      const hf = HyperFormula.buildFromSheets(sheets, CONFIG);
      columns.push(bandColumn(hf, rows));
      const sheet = hf.getSheetId('Offers')!;
      let flip = false;
      // A recruiter corrects one offer's level; the engine recalculates what depends on it.
      results.push(
        measure(
          `${how}: one-cell edit`,
          1,
          () => {
            flip = !flip;
            return hf.setCellContents({ sheet, col: 1, row: 1 + (rows >> 1) }, [[flip ? 'Senior' : 'Mid']]);
          },
          { runs: 31 },
        ),
      );
      hf.destroy();
    }
    const agree = columns[0].every((v, i) => columns.every((col) => col[i] === v));
    const [perRowFull, perRowEdit, arrayFull, arrayEdit, bandFull, bandEdit, bandRowFull, bandRowEdit] = results;
    printTable(
      `HyperFormula: ${rows.toLocaleString('en-US')}-row tracker band column (baseline INDEX/MATCH per row; the four columns ${agree ? 'agree' : 'DISAGREE'} cell for cell)`,
      results,
      perRowFull,
    );
    const ratio = (a: { ms: number }, b: { ms: number }) => `${(a.ms / b.ms).toFixed(2)}x`;
    console.log(
      `AI.BAND array vs INDEX/MATCH per row: full calculation ${ratio(bandFull, perRowFull)}, one-cell edit ${ratio(bandEdit, perRowEdit)}; vs the native array formula: ${ratio(bandFull, arrayFull)}, ${ratio(bandEdit, arrayEdit)}; AI.BAND per row vs INDEX/MATCH per row: ${ratio(bandRowFull, perRowFull)}, ${ratio(bandRowEdit, perRowEdit)} (target: no slower, <= 1.00x)`,
    );
  }
}
