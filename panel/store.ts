/**
 * The panel's state store: the state as typed, each offer's reading cached until that offer
 * changes, debounced saving through the bridge, and one change event that each section reads to
 * redraw only what it shows. Sections never call each other; they call `commit` and listen.
 */
import { HostBridge, rejectionMessage } from './bridge';
import { OfferReading } from './offer-input';
import { readForPanel } from './reading';
import { PanelState } from './state';

/** How long after the last keystroke the state is saved: every change is kept, without a host call per key. */
export const SAVE_DELAY_MS = 400;

export type Change =
  | { readonly topic: 'offer'; readonly index: number; readonly field: string }
  | { readonly topic: 'offers' } // added, removed, filled: cards are rebuilt
  | { readonly topic: 'benchmark' }
  | { readonly topic: 'blend' }
  | { readonly topic: 'bandTable' }
  | { readonly topic: 'rival' }; // the counter-offer's rival: only that section redraws, itself

type Listener = (change: Change) => void;

export class PanelStore {
  private cache: { key: string; reading: OfferReading }[] = [];
  private listeners: Listener[] = [];
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;

  constructor(
    public state: PanelState,
    private readonly bridge: HostBridge,
    private readonly onSaveResult: (error?: string) => void,
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

  /** Applies a change to the state, schedules the save, and tells every section. */
  commit(change: Change, mutate: (state: PanelState) => void): void {
    mutate(this.state);
    this.scheduleSave();
    for (const listener of this.listeners) listener(change);
  }

  private async save(): Promise<void> {
    this.saveTimer = undefined;
    try {
      await this.bridge.saveState(JSON.parse(JSON.stringify(this.state)) as PanelState);
      this.onSaveResult();
    } catch (reason) {
      this.onSaveResult(rejectionMessage(reason));
    }
  }

  private scheduleSave(): void {
    if (this.destroyed) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  async flush(): Promise<void> {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      await this.save();
    }
  }

  destroy(): void {
    this.destroyed = true;
    if (this.saveTimer) clearTimeout(this.saveTimer);
  }
}
