/**
 * The panel's state store: the state as typed, each offer's reading cached until that offer
 * changes, debounced saving through the bridge, and one change event that each section reads to
 * redraw only what it shows. Sections never call each other; they call `commit` and listen.
 *
 * Saving is relative to what the host kept (`base`): a save sends the version the pane started
 * from and the fields changed since, and the host merges them onto what it keeps now
 * (core/state-merge.ts), so another pane's changes to other fields are never erased. A store
 * exists only once the saved inputs were loaded, or the user chose to start new without them
 * (panel/first-load.ts): nothing is saved before that.
 */
import { applyChanges, changesBetween } from '../core/index';
import type { FieldConflict, FieldPath, KeptState } from '../core/index';
import { HostBridge, rejectionMessage } from './bridge';
import { OfferReading } from './offer-input';
import { readForPanel } from './reading';
import { initialState, PanelState, restoreState } from './state';

/** How long after the last keystroke the state is saved: every change is kept, without a host call per key. */
export const SAVE_DELAY_MS = 400;

export type Change =
  | { readonly topic: 'offer'; readonly index: number; readonly field: string }
  | { readonly topic: 'offers' } // added, removed, filled: cards are rebuilt
  | { readonly topic: 'benchmark' }
  | { readonly topic: 'blend' }
  | { readonly topic: 'bandTable' }
  | { readonly topic: 'rival' } // the counter-offer's rival: only that section redraws, itself
  | { readonly topic: 'compare' } // the comparison's horizon: that section redraws, itself
  | { readonly topic: 'replaced'; readonly fields: readonly FieldPath[] }; // another pane's saved changes came in

/** What a save or a refresh has to tell the user (panel/save-news.ts words it). */
export interface SaveNews {
  /** the save failed: nothing of it was kept */
  readonly error?: string;
  /** fields this pane and another both changed: this pane's value was kept */
  readonly conflicts?: readonly FieldConflict[];
  /** fields another pane changed, now shown here */
  readonly fromOthers?: readonly FieldPath[];
  /** the state these paths are read against (labels of offers): as shown now, and as it was before the news */
  readonly state: PanelState;
  readonly before?: PanelState;
}

type Listener = (change: Change) => void;

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export class PanelStore {
  private cache: { key: string; reading: OfferReading }[] = [];
  private listeners: Listener[] = [];
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  /** a save is on its way: another waits for its answer (its base is that answer) */
  private saving: Promise<void> | undefined;
  private saveAgain = false;

  /**
   * @param base what the host kept when the pane loaded (state null: nothing, or not loaded
   *   because the user chose to start new): every save is relative to it.
   */
  constructor(
    public state: PanelState,
    private base: KeptState,
    private readonly bridge: HostBridge,
    private readonly report: (news: SaveNews) => void,
  ) {}

  reading(index: number): OfferReading {
    const offer = this.state.offers[index];
    if (!offer) return { status: 'empty' };
    const key = JSON.stringify(offer);
    const cached = this.cache[index];
    if (cached && cached.key === key) return cached.reading;
    const reading = readForPanel(offer);
    this.cache[index] = { key, reading };
    return reading;
  }

  readings(): OfferReading[] {
    return this.state.offers.map((_, i) => this.reading(i));
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }

  private tell(change: Change): void {
    for (const listener of this.listeners) listener(change);
  }

  /** Applies a change to the state, schedules the save, and tells every section. */
  commit(change: Change, mutate: (state: PanelState) => void): void {
    mutate(this.state);
    this.scheduleSave();
    this.tell(change);
  }

  /** The state the base stands for: a blank panel when nothing was kept (or nothing loaded). */
  private baseState(): unknown {
    return this.base.state ?? initialState();
  }

  /**
   * Shows what the host keeps now (`kept`) with this pane's changes since `sent` on top, and tells
   * the sections which fields changed; answers those fields.
   */
  private adopt(kept: unknown, sent: unknown): FieldPath[] {
    const typed = changesBetween(sent, this.state);
    const next = restoreState(typed.length ? applyChanges(kept, typed).state : kept);
    const fields = changesBetween(this.state, next).map((change) => change.path);
    if (!fields.length) return [];
    this.state = next;
    this.tell({ topic: 'replaced', fields });
    return fields;
  }

  private async save(): Promise<void> {
    this.saveTimer = undefined;
    if (this.saving) {
      this.saveAgain = true;
      return this.saving;
    }
    const sent = copy(this.state);
    const from = this.baseState();
    const changes = changesBetween(from, sent);
    if (!changes.length) return;
    const request = {
      version: this.base.version,
      changes,
      ...(this.base.state === null || this.base.state === undefined ? { blank: initialState() } : {}),
    };
    this.saving = (async () => {
      try {
        const answer = await this.bridge.saveState(request);
        this.base = { state: answer.state === undefined ? sent : answer.state, version: answer.version };
        const before = this.state;
        const fromOthers = answer.state === undefined ? [] : this.adopt(answer.state, sent);
        this.report({ conflicts: answer.conflicts, fromOthers, state: this.state, before });
      } catch (reason) {
        this.report({ error: rejectionMessage(reason), state: this.state });
      }
    })();
    await this.saving;
    this.saving = undefined;
    // What was typed while the save was on its way goes in the next one.
    if (this.saveAgain || changesBetween(sent, this.state).length) {
      this.saveAgain = false;
      if (!this.destroyed) this.scheduleSave();
    }
  }

  /**
   * Asks the host what it keeps now; if another pane saved since, shows its changes with this
   * pane's unsaved ones on top (they are saved next, onto the new version). A failed read changes
   * nothing: the next save merges anyway.
   */
  async refresh(): Promise<void> {
    if (this.saving || this.destroyed) return;
    const loadedFrom = this.base;
    let kept: KeptState;
    try {
      kept = await this.bridge.loadState();
    } catch {
      return;
    }
    // A save that went and came meanwhile has a newer base than this read.
    if (this.saving || this.destroyed || this.base !== loadedFrom || kept.version === loadedFrom.version) return;
    const sent = this.baseState();
    this.base = kept;
    const before = this.state;
    const fromOthers = this.adopt(kept.state ?? initialState(), sent);
    if (fromOthers.length) this.report({ fromOthers, state: this.state, before });
  }

  private scheduleSave(): void {
    if (this.destroyed) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  /** Saves now whatever is not saved yet (a debounced change, or one whose save failed). */
  async flush(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    await this.save();
  }

  destroy(): void {
    this.destroyed = true;
    if (this.saveTimer) clearTimeout(this.saveTimer);
  }
}
