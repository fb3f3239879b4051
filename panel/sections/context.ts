/** What every section of the panel is given: the store, the host, the one status line. */
import type { HostBridge } from '../bridge';
import type { Announcer } from '../announce';
import type { PanelStore } from '../store';
import type { BandTableImport } from '../band-table-import';

export interface PanelContext {
  readonly store: PanelStore;
  readonly bridge: HostBridge;
  readonly announcer: Announcer;
  /** the imported band table, once mounted */
  bandTable(): BandTableImport | undefined;
}
