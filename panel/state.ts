/**
 * What the panel keeps for a document: every field exactly as the user typed it (text, not parsed
 * numbers), so closing and reopening the panel shows the same screen, invalid entries included.
 */
import { FieldSpec, OFFER_FIELDS, OfferKey, SHARE_FIELDS, ShareKey } from '../core/index';

/**
 * The fields of one offer, as typed: the offer's name, how equity is given, and one text per field
 * of the core's field table (core/offer/fields.ts), under the field's own name.
 */
export type OfferInputs = { label: string; equityMode: 'grant' | 'options' } & Record<PanelFieldKey, string>;

/** The panel's text inputs: every field of the offer, and equity's shares, strike and price, in the table's order. */
export type PanelFieldKey = OfferKey | ShareKey;
export const PANEL_FIELD_KEYS: readonly PanelFieldKey[] = [
  ...(Object.keys(OFFER_FIELDS) as OfferKey[]),
  ...(Object.keys(SHARE_FIELDS) as ShareKey[]),
];
export const PANEL_FIELDS: Readonly<Record<PanelFieldKey, FieldSpec>> = { ...OFFER_FIELDS, ...SHARE_FIELDS };

export interface BenchmarkInputs {
  /** which table the band comes from: an embedded table's id ("aitechconnect", "nexus") or "user", the imported table */
  source: string;
  role: string;
  level: string;
  /** which offer's base to place in the band (0-based) */
  offerIndex: number;
}

/** The sources the blend view can show: the two embedded tables and the user's imported table. */
export type BlendSourceKey = 'aitechconnect' | 'nexus' | 'user';
export const BLEND_SOURCE_KEYS: readonly BlendSourceKey[] = ['aitechconnect', 'nexus', 'user'];

export interface BlendSourceInputs {
  /** weight as typed (0.6, 60%, a sample size); blank in every source means equal weights */
  weight: string;
  /** the as-of date the user gives this source (yyyy-mm-dd); blank: the table's own, if it has one */
  asOf: string;
}

/** The blend view's inputs: one target date and ageing rate for all parts, a weight and date per source. */
export interface BlendInputs {
  /** the date every part is aged to (yyyy-mm-dd); blank: parts shown unaged */
  toDate: string;
  /** annual ageing rate as typed (4% or 0.04) */
  rate: string;
  sources: Record<BlendSourceKey, BlendSourceInputs>;
}

export interface PanelState {
  readonly version: 1;
  offers: OfferInputs[];
  benchmark: BenchmarkInputs;
  /** the pasted or uploaded band-table CSV, as text, so it survives closing the panel (issue 7) */
  bandTableCsv: string;
  /** the range name chosen for that table when it is inserted */
  bandTableName: string;
  blend: BlendInputs;
  /** the offer the others are matched against (its index), or null for the leader (issue 13) */
  rival: number | null;
  /** the comparison's horizon as picked ('' : the longest of the offers' own), issue 24 item 4 */
  compareYears: string;
}

export const MAX_OFFERS = 3;

/** Names a field was saved under before issue 24 gave each field one name: a saved offer still reads. */
const FORMER_NAMES: Readonly<Partial<Record<PanelFieldKey, string>>> = { bonusPayout: 'bonusPayouts' };

export function blankOffer(index: number): OfferInputs {
  const offer: OfferInputs = { label: `Offer ${String.fromCharCode(65 + index)}`, equityMode: 'grant' } as OfferInputs;
  for (const key of PANEL_FIELD_KEYS) offer[key] = PANEL_FIELDS[key].panel?.startsAs ?? '';
  return offer;
}

/** One saved offer read back: each field as it was typed, under its name or a former one; else its blank. */
function restoreOffer(saved: unknown, index: number): OfferInputs {
  const restored = blankOffer(index);
  if (!saved || typeof saved !== 'object') return restored;
  const o = saved as Record<string, unknown>;
  restored.label = text(o.label, restored.label);
  restored.equityMode = o.equityMode === 'options' ? 'options' : 'grant';
  for (const key of PANEL_FIELD_KEYS) {
    const former = FORMER_NAMES[key];
    restored[key] = text(o[key] ?? (former === undefined ? undefined : o[former]), restored[key]);
  }
  return restored;
}

export function blankBlend(): BlendInputs {
  return {
    toDate: '',
    rate: '',
    sources: {
      aitechconnect: { weight: '', asOf: '' },
      nexus: { weight: '', asOf: '' },
      user: { weight: '', asOf: '' },
    },
  };
}

export function initialState(): PanelState {
  return {
    version: 1,
    offers: [blankOffer(0)],
    benchmark: { source: 'aitechconnect', role: '', level: '', offerIndex: 0 },
    bandTableCsv: '',
    bandTableName: '',
    blend: blankBlend(),
    rival: null,
    compareYears: '',
  };
}

const text = (value: unknown, fallback: string): string =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : fallback;

/**
 * Reads a saved state defensively: a host may hand back anything (an older version, a hand-edited
 * property). Whatever cannot be read falls back to a blank field rather than breaking the panel.
 */
export function restoreState(saved: unknown): PanelState {
  const state = initialState();
  if (!saved || typeof saved !== 'object') return state;
  const raw = saved as {
    offers?: unknown;
    benchmark?: unknown;
    bandTableCsv?: unknown;
    bandTableName?: unknown;
    blend?: unknown;
    rival?: unknown;
    compareYears?: unknown;
  };
  if (Array.isArray(raw.offers) && raw.offers.length > 0) {
    state.offers = raw.offers.slice(0, MAX_OFFERS).map(restoreOffer);
  }
  if (raw.benchmark && typeof raw.benchmark === 'object') {
    const b = raw.benchmark as Record<string, unknown>;
    const index = typeof b.offerIndex === 'number' && Number.isInteger(b.offerIndex) ? b.offerIndex : 0;
    state.benchmark = {
      source: text(b.source, 'aitechconnect'),
      role: text(b.role, ''),
      level: text(b.level, ''),
      offerIndex: Math.min(Math.max(index, 0), state.offers.length - 1),
    };
  }
  state.bandTableCsv = typeof raw.bandTableCsv === 'string' ? raw.bandTableCsv : '';
  state.bandTableName = text(raw.bandTableName, '');
  state.compareYears = text(raw.compareYears, '');
  state.rival =
    typeof raw.rival === 'number' && Number.isInteger(raw.rival) && raw.rival >= 0 && raw.rival < state.offers.length
      ? raw.rival
      : null;
  if (raw.blend && typeof raw.blend === 'object') {
    const b = raw.blend as Record<string, unknown>;
    state.blend.toDate = text(b.toDate, '');
    state.blend.rate = text(b.rate, '');
    const sources = b.sources && typeof b.sources === 'object' ? (b.sources as Record<string, unknown>) : {};
    for (const key of BLEND_SOURCE_KEYS) {
      const s = sources[key] && typeof sources[key] === 'object' ? (sources[key] as Record<string, unknown>) : {};
      state.blend.sources[key] = { weight: text(s.weight, ''), asOf: text(s.asOf, '') };
    }
  }
  return state;
}
