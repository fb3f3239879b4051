/**
 * Fills an offer from the selected row of an offer tracker. Trackers are made by people, so
 * headers are matched loosely: case, spaces and punctuation are ignored, and each field answers to
 * the names recruiters and finance teams use ("Base salary", "Target bonus", "Sign-on", ...).
 */
import { OfferInputs } from './state';
import { readNumberText } from '../core/cell-reader';

type FillableField = Exclude<keyof OfferInputs, 'equityMode'>;

/** Header names per field, in normalised form (lower case, letters and digits only, % as "pct"). */
const HEADER_NAMES: Readonly<Record<FillableField, readonly string[]>> = {
  label: ['offer', 'offername', 'company', 'companyname', 'employer', 'name', 'label', 'candidate'],
  base: ['base', 'basesalary', 'salary', 'basepay', 'annualbase', 'annualsalary'],
  bonusTarget: ['bonuspct', 'bonus', 'targetbonus', 'bonustarget', 'targetbonuspct', 'bonustargetpct', 'target'],
  bonusPayouts: ['payout', 'payouts', 'payouthistory', 'payoutratio', 'payoutratios', 'bonuspayout', 'bonuspayouts', 'actualpayout', 'actualpayouts'],
  equityGrant: ['equity', 'grant', 'equitygrant', 'grantvalue', 'equityvalue', 'rsu', 'rsus', 'rsugrant', 'stock'],
  shares: ['shares', 'options', 'optionshares', 'numberofshares', 'numberofoptions'],
  strike: ['strike', 'strikeprice', 'exerciseprice'],
  price: ['price', 'shareprice', 'fmv', 'fairmarketvalue', 'preferredprice', 'currentprice'],
  companyType: ['companytype', 'type', 'stage', 'companystage'],
  discount: ['discount', 'equitydiscount', 'riskdiscount', 'discountpct'],
  schedule: ['schedule', 'vesting', 'vestingschedule', 'vest'],
  signOn: ['signon', 'signonbonus', 'signingbonus', 'signing', 'signbonus'],
  years: ['years', 'horizon', 'horizonyears'],
  refresh: ['refresh', 'refresher', 'annualrefresh', 'refreshgrant', 'refreshers'],
};

const RATIO_FIELDS: ReadonlySet<FillableField> = new Set(['bonusTarget', 'bonusPayouts', 'discount']);

export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/%/g, 'pct').replace(/[^a-z0-9]/g, '');
}

/** Which field a header names, or undefined. An exact name wins; else the longest name it contains. */
export function fieldForHeader(header: string): FillableField | undefined {
  const key = normaliseHeader(header);
  if (!key) return undefined;
  let best: { field: FillableField; length: number } | undefined;
  for (const [field, names] of Object.entries(HEADER_NAMES) as [FillableField, readonly string[]][]) {
    for (const name of names) {
      if (name === key) return field;
      if (name.length >= 4 && key.includes(name) && (!best || name.length > best.length)) best = { field, length: name.length };
    }
  }
  return best?.field;
}

/** Prints a number without floating-point noise (0.9 × 100 shows as 90, not 90.00000000000001). */
const plain = (value: number): string => String(Number(value.toPrecision(12)));

/**
 * A ratio field from a cell. Spreadsheets hold 15% as 0.15, and the panel reads fields as a cell
 * does (0.15 or 15%), so a number is copied as it is and text keeps its percent sign: nothing is
 * guessed. A cell holding 15 meaning 15% then shows the core's message beside the field.
 */
function ratioText(value: unknown): string {
  if (Array.isArray(value)) return value.map(ratioText).join(', ');
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
  /** headers that matched a field, e.g. "Base salary → base" */
  readonly matched: string[];
  /** headers that matched nothing */
  readonly ignored: string[];
}

/** Maps a tracker row (header -> value) onto offer fields; blank cells leave a field as it is. */
export function fillFromRow(row: Record<string, unknown>): RowFill {
  const fields: Partial<Record<keyof OfferInputs, string>> = {};
  const matched: string[] = [];
  const ignored: string[] = [];
  for (const [header, value] of Object.entries(row)) {
    const field = fieldForHeader(header);
    if (!field || fields[field] !== undefined) {
      ignored.push(header);
      continue;
    }
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
    let text: string;
    if (RATIO_FIELDS.has(field)) text = ratioText(value);
    else if (field === 'label' || field === 'companyType' || field === 'schedule') text = String(value).trim();
    else text = moneyText(value);
    if (field === 'companyType') text = text.toLowerCase();
    fields[field] = text;
    matched.push(header);
  }
  const result: Partial<OfferInputs> = { ...fields } as Partial<OfferInputs>;
  if (fields.shares !== undefined || fields.strike !== undefined) result.equityMode = 'options';
  else if (fields.equityGrant !== undefined) result.equityMode = 'grant';
  return { fields: result, matched, ignored };
}
