/**
 * What the panel keeps for a document: every field exactly as the user typed it (text, not parsed
 * numbers), so closing and reopening the panel shows the same screen, invalid entries included.
 */

/** The fields of one offer, as typed. */
export interface OfferInputs {
  label: string;
  base: string;
  /** target bonus as a fraction of base (0.15) or a percent (15%), as in a spreadsheet cell */
  bonusTarget: string;
  /** actual payout ratios of recent years (actual / target: 0.9 or 90%), separated by commas or spaces */
  bonusPayouts: string;
  /** equity as a grant value, or as options (shares, strike, price) */
  equityMode: 'grant' | 'options';
  equityGrant: string;
  shares: string;
  strike: string;
  price: string;
  companyType: string;
  /** fraction (0.5) or percent (50%) taken off the equity; blank for the company type's default */
  discount: string;
  /** vesting schedule with its cliff, as the core reads it: 4y-1y-cliff-monthly, 4y-6m-cliff, 3y, 5/15/40/40 */
  schedule: string;
  signOn: string;
  /** horizon in years */
  years: string;
  /** value of each annual refresh grant */
  refresh: string;
}

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
}

export const MAX_OFFERS = 3;

export const OFFER_FIELDS: readonly (keyof OfferInputs)[] = [
  'label',
  'base',
  'bonusTarget',
  'bonusPayouts',
  'equityMode',
  'equityGrant',
  'shares',
  'strike',
  'price',
  'companyType',
  'discount',
  'schedule',
  'signOn',
  'years',
  'refresh',
];

export function blankOffer(index: number): OfferInputs {
  return {
    label: `Offer ${String.fromCharCode(65 + index)}`,
    base: '',
    bonusTarget: '',
    bonusPayouts: '',
    equityMode: 'grant',
    equityGrant: '',
    shares: '',
    strike: '',
    price: '',
    companyType: 'public',
    discount: '',
    schedule: '',
    signOn: '',
    years: '4',
    refresh: '',
  };
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
  };
  if (Array.isArray(raw.offers) && raw.offers.length > 0) {
    state.offers = raw.offers.slice(0, MAX_OFFERS).map((offer, index) => {
      const blank = blankOffer(index);
      if (!offer || typeof offer !== 'object') return blank;
      const o = offer as Record<string, unknown>;
      const restored = { ...blank };
      for (const field of OFFER_FIELDS) {
        if (field === 'equityMode') restored.equityMode = o.equityMode === 'options' ? 'options' : 'grant';
        else restored[field] = text(o[field], blank[field]);
      }
      return restored;
    });
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
