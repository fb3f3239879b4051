/**
 * The Sheets host bridge (panel/bridge.ts) over google.script.run. Each call becomes a promise that
 * rejects with the server's own message, so the panel can show it beside the button. Only
 * JSON-like values cross: google.script.run drops Dates (they are sent as ISO text by the server).
 */
import type { HostBridge, WriteRequest, WriteResult } from '../../panel/bridge';
import { readStateSaved } from '../../core/index';
import type { KeptState, StateSave, StateSaved } from '../../core/index';

/** Apps Script sometimes prefixes a thrown message with its class; the user needs only the message. */
export function serverMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const message = raw.replace(/^(Error|Exception|ScriptError):\s*/, '').trim();
  return message || 'The spreadsheet did not answer; check your connection and try again.';
}

function callServer<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    google.script.run
      .withSuccessHandler((result: T) => resolve(result))
      .withFailureHandler((error: Error) => reject(new Error(serverMessage(error))))
      [name](...args);
  });
}

export function createSheetsBridge(): HostBridge {
  return {
    hostName: 'sheets',
    loadState: () => callServer<KeptState>('loadPanelState'),
    // The server merges under the document lock (sheets-addon/server/panel-state.ts); an answer
    // that is not a save's is refused here, so the panel never takes it for one.
    saveState: async (save: StateSave): Promise<StateSaved> => {
      const answer = readStateSaved(await callServer<unknown>('savePanelState', save));
      if (!answer)
        throw new Error('the spreadsheet answered the save in a form this panel does not read; reopen the sidebar');
      return answer;
    },
    readSelectedRow: () => callServer<Record<string, unknown>>('readSelectedRow'),
    // The preview values stay here (they are for hosts that show them); the check and the charts cross.
    writeCells: (request: WriteRequest) =>
      callServer<WriteResult>('writeCells', {
        formulas: request.formulas,
        overwrite: request.overwrite === true,
        ...(request.checked ? { checked: request.checked } : {}),
        ...(request.charts?.length ? { charts: request.charts } : {}),
      }),
    nameRange: (address: string, name: string) => callServer<void>('nameRange', address, name),
  };
}
