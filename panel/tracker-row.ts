/**
 * Fills an offer from the selected row of an offer tracker. Trackers are made by people, so
 * headers are matched loosely: case, spaces and punctuation are ignored, and each field answers to
 * the names recruiters and finance teams use ("Base salary", "Target bonus", "Sign-on", ...).
 */
import { OfferInputs, PANEL_FIELD_KEYS, PANEL_FIELDS, PanelFieldKey } from './state';
import { FIELD_LABELS } from './reading';
import { readNumberText } from '../core/index';

type FillableField = Exclude<keyof OfferInputs, 'equityMode'>;

/**
 * Header names per field, in normalised form (lower case, letters and digits only, % as "pct"):
 * the offer's name here, every offer field's from the core's field table (core/offer/fields.ts).
 */
const HEADER_NAMES: Readonly<Record<FillableField, readonly string[]>> = {
  label: ['offer', 'offername', 'company', 'companyname', 'employer', 'name', 'label', 'candidate'],
  ...(Object.fromEntries(PANEL_FIELD_KEYS.map((key) => [key, PANEL_FIELDS[key].panel?.headers ?? []])) as Record<
    PanelFieldKey,
    readonly string[]
  >),
};

/** Fields held as fractions (15% is 0.15): their cells are copied as they are, nothing guessed. */
const isRatioField = (field: FillableField): boolean =>
  field !== 'label' && PANEL_FIELDS[field].rule?.fraction === true;

export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/%/g, 'pct')
    .replace(/[^a-z0-9]/g, '');
}

/** The header's words, lower case: "Salary band min" -> salary, band, min; "signOnDate" -> sign, on, date. */
function headerWords(header: string): string[] {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/%/g, ' pct ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Words that say what a column is not, whatever else its header says. A band column (a range's
 * min, mid or max) holds a market figure, not this offer's amount; a date is never an amount; years
 * of experience are not the horizon the offer is valued over; the candidate's current pay is not
 * the offer's.
 */
const BAND_WORDS = new Set([
  'band',
  'range',
  'min',
  'mid',
  'max',
  'minimum',
  'maximum',
  'midpoint',
  'median',
  'percentile',
  'grade',
  'p10',
  'p25',
  'p50',
  'p75',
  'p90',
]);
const DATE_WORDS = new Set([
  'date',
  'dated',
  'day',
  'days',
  'deadline',
  'expiry',
  'expiration',
  'expires',
  'when',
  'time',
]);
const EXPERIENCE_WORDS = new Set(['experience', 'exp', 'yoe', 'tenure', 'age', 'seniority']);
/**
 * Words for the candidate's pay today (a tracker keeps it beside the offer to show the raise): a
 * "Current salary" column ahead of "Offered base" filled the offer's base with the current pay.
 * A header that also says offer ("Current offer base") is the offer's.
 */
const CURRENT_WORDS = new Set(['current', 'existing', 'previous', 'prior', 'former', 'present']);
const OFFER_WORDS = new Set(['offer', 'offered', 'offers']);

/** Why a header feeds no field, whatever names it contains; undefined when it may. */
function headerVeto(words: readonly string[]): string | undefined {
  if (words.some((w) => BAND_WORDS.has(w))) return 'a band column (min, mid, max), never an offer amount';
  if (words.some((w) => DATE_WORDS.has(w))) return 'a date column, never an amount';
  if (words.some((w) => EXPERIENCE_WORDS.has(w))) return 'years of experience, not the horizon or an amount';
  if (words.some((w) => CURRENT_WORDS.has(w)) && !words.some((w) => OFFER_WORDS.has(w)))
    return "the candidate's current pay, not this offer's";
  return undefined;
}

/** A duplicate header as the hosts pass it: the same name with its column, e.g. "Base (column F)". */
const DUPLICATE = /\s\(column ([A-Z]{1,3})\)$/;

interface HeaderMatch {
  readonly field: FillableField;
  /** 2: the header is one of the field's names; 1: it contains one */
  readonly score: number;
}

function matchHeader(header: string): HeaderMatch | { veto: string } | undefined {
  const plain = header.replace(DUPLICATE, '');
  const words = headerWords(plain);
  const veto = headerVeto(words);
  if (veto) return { veto };
  // "Offered base" is the base: "offer" qualifies the amount (and would otherwise name the offer's label).
  const amountWords = words.filter((w) => !OFFER_WORDS.has(w) && !CURRENT_WORDS.has(w));
  const key = amountWords.length && amountWords.length < words.length ? amountWords.join('') : normaliseHeader(plain);
  if (!key) return undefined;
  let best: { field: FillableField; length: number } | undefined;
  for (const [field, names] of Object.entries(HEADER_NAMES) as [FillableField, readonly string[]][]) {
    for (const name of names) {
      if (name === key) return { field, score: 2 };
      if (name.length >= 4 && key.includes(name) && (!best || name.length > best.length))
        best = { field, length: name.length };
    }
  }
  return best ? { field: best.field, score: 1 } : undefined;
}

/** Which field a header names, or undefined (a band, date or experience column names none). */
export function fieldForHeader(header: string): FillableField | undefined {
  const match = matchHeader(header);
  return match && 'field' in match ? match.field : undefined;
}

/** Prints a number without floating-point noise (0.9 × 100 shows as 90, not 90.00000000000001). */
const plain = (value: number): string => String(Number(value.toPrecision(12)));

/**
 * A ratio field from a cell. Spreadsheets hold 15% as 0.15, and the panel reads fields as a cell
 * does (0.15 or 15%), so a number is copied as it is and text keeps its percent sign: nothing is
 * guessed. A cell holding 15 meaning 15% then shows the core's message beside the field.
 */
function ratioText(value: unknown): string {
  // several cells are a list: joined by the cell reader's list grammar (semicolons), as the panel reads it
  if (Array.isArray(value)) return value.map(ratioText).join('; ');
  if (typeof value === 'number') return plain(value);
  return String(value).trim();
}

/** An amount from a cell: text goes through the core's one number reader; what it refuses is kept as typed, so the field shows why. */
function moneyText(value: unknown): string {
  if (typeof value === 'number') return plain(value);
  const text = String(value).trim();
  const reading = readNumberText(text);
  return reading && 'value' in reading ? plain(reading.value) : text;
}

export interface RowFill {
  /** the fields filled, with their new text */
  readonly fields: Partial<OfferInputs>;
  /** headers that fed a field, in column order */
  readonly matched: string[];
  /** headers that fed nothing, in column order */
  readonly ignored: string[];
  /** which column fed which field */
  readonly mapping: { readonly header: string; readonly field: FillableField }[];
  /** each column not used, and why */
  readonly skipped: { readonly header: string; readonly why: string }[];
}

/** A cell holding a date or a time (hosts send date cells as ISO text: 2026-05-01, 09:30). */
const isDateLike = (value: unknown): boolean =>
  typeof value === 'string' && /^(\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2})/.test(value.trim());
const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

function fieldText(field: FillableField, value: unknown): string {
  if (field === 'label') return String(value).trim();
  if (isRatioField(field)) return ratioText(value);
  if (PANEL_FIELDS[field].type === 'schedule') return String(value).trim();
  if (PANEL_FIELDS[field].type === 'companyType') return String(value).trim().toLowerCase();
  return moneyText(value);
}

/**
 * Maps a tracker row (header -> value, in column order) onto offer fields by meaning: a header
 * that is one of a field's names beats one that only contains a name; between equals the first
 * column wins (in both hosts, which pass a repeated header as "Name (column F)"). Band, date and
 * experience columns, and date cells, feed nothing. Blank cells leave a field as it is.
 */
export function fillFromRow(row: Record<string, unknown>): RowFill {
  const entries = Object.entries(row);
  const skipped: { header: string; why: string }[] = [];
  const chosen = new Map<FillableField, { header: string; score: number; index: number }>();
  entries.forEach(([header, value], index) => {
    const match = matchHeader(header);
    if (!match) return skipped.push({ header, why: 'no field of that name' });
    if ('veto' in match) return skipped.push({ header, why: match.veto });
    if (isBlank(value)) return skipped.push({ header, why: 'blank' });
    if (isDateLike(value) && PANEL_FIELDS[match.field as PanelFieldKey]?.type !== 'schedule')
      return skipped.push({ header, why: 'holds a date, never an amount' });
    const held = chosen.get(match.field);
    if (held && held.score >= match.score)
      return skipped.push({
        header,
        why: `${held.header} already fills ${FIELD_LABELS[match.field]} (the first column wins)`,
      });
    if (held)
      skipped.push({
        header: held.header,
        why: `${header} names ${FIELD_LABELS[match.field]} exactly, so it fills it`,
      });
    chosen.set(match.field, { header, score: match.score, index });
  });
  const mapping = [...chosen.entries()]
    .sort((a, b) => a[1].index - b[1].index)
    .map(([field, { header }]) => ({ header, field }));
  const fields: Partial<Record<keyof OfferInputs, string>> = {};
  for (const { header, field } of mapping) fields[field] = fieldText(field, row[header]);
  const result: Partial<OfferInputs> = { ...fields } as Partial<OfferInputs>;
  if (fields.shares !== undefined || fields.strike !== undefined) result.equityMode = 'options';
  else if (fields.equityGrant !== undefined) result.equityMode = 'grant';
  const order = (header: string): number => entries.findIndex(([h]) => h === header);
  skipped.sort((a, b) => order(a.header) - order(b.header));
  return {
    fields: result,
    matched: mapping.map((m) => m.header),
    ignored: skipped.filter((s) => s.why !== 'blank').map((s) => s.header),
    mapping,
    skipped,
  };
}

/** The fill in words: which column fed which field, and why the others fed none. */
export function describeFill(fill: RowFill): string {
  const fed = fill.mapping.map(({ header, field }) => `${header} → ${FIELD_LABELS[field]}`).join('; ');
  const unused = fill.skipped.filter((s) => s.why !== 'blank');
  const rest = unused.length ? `; ignored ${unused.map((s) => `${s.header} (${s.why})`).join(', ')}` : '';
  return `Filled from ${fed}${rest}.`;
}
