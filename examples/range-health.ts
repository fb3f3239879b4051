/**
 * The sample range review (issue 23): 10,000 MADE-UP employees (not market data) with role, level,
 * pay and hire date; their bands from AI.BAND, each row's compa-ratio and zone from AI.POSITION; a
 * health summary and a compression table by level; and the same summary against a band table of
 * the user's own (here made-up figures, 5% above the embedded bands, to show the table route).
 * Pay is placed inside each band as the core computes it, with a tail below the minimum and
 * above the maximum and recent hires placed a little higher, so every column has something to show. A seeded generator keeps every run identical.
 */
import { callByName } from '../core/registry';
import { Cell, columnLetter } from './offer-tracker';
import { SAMPLE_LEVELS, SAMPLE_ROLES, seededRandom } from './sample-offers';

export const EMPLOYEES = 10_000;
/** The review date the compression window ends on (mid-year). */
export const REVIEW_DATE = [2026, 6, 30] as const;

const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const serialOf = (y: number, m: number, d: number): number => (Date.UTC(y, m - 1, d) - SERIAL_EPOCH_MS) / 86_400_000;

export const TRACKER_HEADERS = [
  'Employee',
  'Role',
  'Level',
  'Pay',
  'Hire date',
  'Band min',
  'Band mid',
  'Band max',
  'Compa-ratio',
  'Zone',
] as const;
type Header = (typeof TRACKER_HEADERS)[number];

/** `Tracker!D2:D10001` for a header (or `D2:D10001` on the tracker itself). */
export function trackerRange(header: Header, rows = EMPLOYEES, sheet = 'Tracker'): string {
  const letter = columnLetter(TRACKER_HEADERS.indexOf(header));
  return `${sheet ? `${sheet}!` : ''}${letter}2:${letter}${rows + 1}`;
}

/** The employees: input columns Employee..Hire date, formulas in row 2 of the computed columns. */
export function trackerSheet(count = EMPLOYEES, seed = 20260630): Cell[][] {
  const random = seededRandom(seed);
  const bands = new Map<string, number[]>();
  const review = serialOf(...REVIEW_DATE);
  const first = serialOf(2016, 1, 4);
  const people: { role: string; level: string; pay: number | null; hired: number }[] = [];
  for (let i = 0; i < count; i++) {
    const role = SAMPLE_ROLES[Math.floor(random() * SAMPLE_ROLES.length)];
    const level = SAMPLE_LEVELS[Math.floor(random() * SAMPLE_LEVELS.length)];
    const key = `${role}|${level}`;
    if (!bands.has(key)) bands.set(key, (callByName('BAND', [role, level]) as number[][])[0]);
    const [min, , max] = bands.get(key)!;
    const hired = Math.floor(first + random() * (review - first));
    // Placed by range penetration: mostly -0.15 to 1.15 (a few just outside the band), one in
    // twelve from -0.8 to 1.8; hires of the last year 0.15 higher (the compression a review
    // looks for). Whole $500 steps.
    const penetration = random() < 1 / 12 ? -0.8 + random() * 2.6 : -0.15 + random() * 1.3;
    const recent = review - hired <= 365 ? 0.15 : 0;
    const pay = Math.round((min + (penetration + recent) * (max - min)) / 500) * 500;
    // One in a thousand joined but has no pay entered yet: AI.HEALTH counts them as blank rows.
    people.push({ role, level, pay: random() < 0.001 ? null : pay, hired });
  }
  // A tracker sorted by level, as a review reads it (so groups come first-seen in level order).
  const byLevel = (level: string) => (SAMPLE_LEVELS as readonly string[]).indexOf(level);
  people.sort((a, b) => byLevel(a.level) - byLevel(b.level));
  const rows: Cell[][] = [[...TRACKER_HEADERS]];
  people.forEach((p, i) =>
    rows.push([`E${String(i + 1).padStart(5, '0')}`, p.role, p.level, p.pay, p.hired, null, null, null, null, null]),
  );
  const n = count;
  const r = (h: Header) => trackerRange(h, n, '');
  const band = `${r('Pay')},${r('Band min')},${r('Band mid')},${r('Band max')}`;
  const formulas: Partial<Record<Header, string>> = {
    'Band min': `=AI.BAND(${r('Role')},${r('Level')})`,
    'Compa-ratio': `=AI.POSITION(${band},"compa")`,
    Zone: `=AI.POSITION(${band},"zone")`,
  };
  for (const [header, formula] of Object.entries(formulas))
    rows[1][TRACKER_HEADERS.indexOf(header as Header)] = formula!;
  return rows;
}

/**
 * The Health sheet's row (0-based) for AI.COMPRESSION: below AI.HEALTH's header, a row per level
 * and its total, and two blank rows. The same in the .xlsx and the Sheets sample.
 */
export const COMPRESSION_ROW = SAMPLE_LEVELS.length + 4;

/** The formulas of the Health sheet (AI.HEALTH at A1, AI.COMPRESSION at COMPRESSION_ROW), Excel spelling. */
export function healthFormulas(rows = EMPLOYEES): { health: string; compression: string } {
  const t = (h: Header) => trackerRange(h, rows);
  return {
    health: `=AI.HEALTH(${t('Pay')},${t('Band min')},${t('Band mid')},${t('Band max')},${t('Level')})`,
    compression: `=AI.COMPRESSION(${t('Pay')},${t('Hire date')},${t('Level')},DATE(${REVIEW_DATE.join(',')}))`,
  };
}

export const OWN_TABLE_HEADERS = ['role', 'level', 'min', 'mid', 'max', 'source'] as const;

/** A band table as a user would keep one: MADE-UP figures (the embedded band +5%, whole $1,000s). */
export function ownBandTable(): Cell[][] {
  const rows: Cell[][] = [[...OWN_TABLE_HEADERS]];
  for (const role of SAMPLE_ROLES)
    for (const level of SAMPLE_LEVELS) {
      const [min, mid, max] = (callByName('BAND', [role, level]) as number[][])[0].map(
        (v) => Math.round((v * 1.05) / 1000) * 1000,
      );
      rows.push([role, level, min, mid, max, 'made up for this sample (embedded band + 5%)']);
    }
  return rows;
}

/** The Own bands sheet's formulas: the band from the table (H2, spilling H:J), then health over it (L1). */
export function ownBandFormulas(rows = EMPLOYEES): { band: string; health: string } {
  const t = (h: Header) => trackerRange(h, rows);
  const table = `$A$1:$F$${ownBandTable().length}`;
  return {
    band: `=AI.BAND(${t('Role')},${t('Level')},,,${table})`,
    health: `=AI.HEALTH(${t('Pay')},H2:H${rows + 1},I2:I${rows + 1},J2:J${rows + 1},${t('Level')})`,
  };
}
