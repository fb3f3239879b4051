/** The versions the Sheets sidebar puts on its saves (no google.script.run here, so Node tests import it). */

/**
 * Versions for the panel's saves. Saves overlap (each keystroke's save is its own server call) and
 * may finish in any order; the server keeps a save only if its version is above the stored one.
 * So versions rise with every save of this sidebar, start above what it loaded (another sidebar,
 * or another user's clock, may be ahead), and follow the clock so that of two sidebars on the same
 * document the later change wins.
 */
export function saveVersions(now: () => number = Date.now): { loaded(version: number): void; next(): number } {
  let last = 0;
  return {
    loaded: (version: number) => {
      if (Number.isFinite(version) && version > last) last = version;
    },
    next: () => (last = Math.max(Math.floor(now()), last + 1)),
  };
}
