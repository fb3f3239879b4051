/**
 * A bridge for running the panel outside Office and Sheets: state in localStorage, a demo tracker
 * row held in memory, and writes kept in an in-memory sheet shown as a preview table. It lets a
 * newcomer (or a test) see the whole panel working in any browser.
 */
import { CellContent, HostBridge, WriteRequest, WriteResult } from './bridge';
import { clear, el } from './dom';
import { columnLetters, keptText, rangeNameProblem, readKept, saveOnto } from '../core/index';
import type { KeptState, StateSave, StateSaved } from '../core/index';
import { blockFingerprint, cellsFingerprint, confirmationProblem, WriteCheck } from '../core/index';

const STATE_KEY = 'ai-offer-panel:state';

/**
 * The demo row is an example offer of the kind a tracker holds, not market data: the panel shows
 * it as "demo row", and every figure it leads to is computed from it by the core.
 */
export const DEMO_TRACKER_ROW: Readonly<Record<string, unknown>> = {
  Candidate: 'Demo row: Example Co.',
  'Base salary': 185000,
  'Target bonus': 0.15,
  'Payout history': '0.9; 1.1; 1.0',
  'Equity grant': 240000,
  'Company type': 'public',
  Vesting: '4y-1y-cliff-monthly',
  'Sign-on': 20000,
  Refresh: 40000,
};

export interface StandaloneOptions {
  /** where the state is kept (default: window.localStorage) */
  readonly storage?: Pick<Storage, 'getItem' | 'setItem'>;
  /** where written cells are previewed; if absent, nothing is drawn */
  readonly preview?: HTMLElement;
  readonly row?: Record<string, unknown>;
}

const columnName = columnLetters;

/** Cells of the in-memory sheet, by address; the block is always written from A1. */
/** A cell of the block as the preview shows it: a date by its day. */
const cellText = (cell: CellContent | undefined): string =>
  cell === undefined ? '' : typeof cell === 'object' ? cell.date : String(cell);

export class StandaloneBridge implements HostBridge {
  readonly hostName = 'standalone' as const;
  readonly sheet = new Map<string, CellContent>();
  /** range names given from the panel: name -> address, as a workbook's defined names would hold them */
  readonly names = new Map<string, string>();
  private readonly storage?: Pick<Storage, 'getItem' | 'setItem'>;

  constructor(private readonly options: StandaloneOptions = {}) {
    this.storage = options.storage ?? (typeof localStorage !== 'undefined' ? localStorage : undefined);
  }

  private kept(): KeptState {
    return readKept(this.storage?.getItem(STATE_KEY));
  }

  async loadState(): Promise<KeptState> {
    return this.kept();
  }

  /** Two tabs share local storage: each save is merged onto what is there now, in one task. */
  async saveState(save: StateSave): Promise<StateSaved> {
    if (!this.storage) throw new Error('this browser keeps no local storage, so the panel cannot save; keep it open');
    const { next, answer } = saveOnto(this.kept(), save);
    if (next) this.storage.setItem(STATE_KEY, keptText(next));
    return answer;
  }

  async readSelectedRow(): Promise<Record<string, unknown>> {
    return { ...(this.options.row ?? DEMO_TRACKER_ROW) };
  }

  /**
   * As the hosts do: without `overwrite`, writes only into empty cells, else answers with the cells
   * and a check; with it, writes only if the check still holds. The preview sheet has no
   * selection, so the address is always from A1, and charts are not drawn (the panel draws its own).
   */
  async writeCells(request: WriteRequest): Promise<WriteResult> {
    const rows = request.formulas.length;
    const cols = rows ? Math.max(...request.formulas.map((row) => row.length)) : 0;
    if (!rows || !cols) throw new Error('nothing to write: the block is empty');
    const address = `Preview!A1:${columnName(cols - 1)}${rows}`;
    const nonEmpty: string[] = [];
    const held: CellContent[][] = [];
    for (let r = 0; r < rows; r++) {
      held.push([]);
      for (let c = 0; c < cols; c++) {
        const key = `${columnName(c)}${r + 1}`;
        const existing = this.sheet.get(key) ?? '';
        held[r].push(existing);
        if (existing !== '') nonEmpty.push(key);
      }
    }
    const check: WriteCheck = {
      address,
      block: blockFingerprint(request.formulas),
      cells: cellsFingerprint(held, held),
    };
    if (request.overwrite) {
      if (!request.checked)
        return Promise.reject(
          new Error('the overwrite was not confirmed for a checked address, so nothing was written; insert again'),
        );
      const changed = confirmationProblem(request.checked, check);
      if (changed) return { written: false, address, nonEmpty, check, changed };
    } else if (nonEmpty.length) {
      return { written: false, address, nonEmpty, check };
    }
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const key = `${columnName(c)}${r + 1}`;
        const shown = request.values?.[r]?.[c];
        const formula = cellText(request.formulas[r][c]);
        this.sheet.set(key, formula === '' && shown !== undefined ? shown : formula);
      }
    }
    this.drawPreview(request, rows, cols);
    return { written: true, address };
  }

  /** Records the name, refusing what Excel or Sheets would refuse, and shows it under the preview. */
  async nameRange(address: string, name: string): Promise<void> {
    const problem = rangeNameProblem(name, this.hostName);
    if (!name || problem) throw new Error(problem ?? 'a range name is needed, e.g. TableA');
    const existing = [...this.names].find(([held]) => held.toLowerCase() === name.toLowerCase());
    if (existing && existing[1] !== address)
      throw new Error(
        `the name ${existing[0]} already refers to ${existing[1]}; choose another name, or remove that one first`,
      );
    this.names.set(existing?.[0] ?? name, address);
    const root = this.options.preview;
    if (!root) return;
    root.querySelector('.preview-names')?.remove();
    root.append(
      el('p', {
        className: 'preview-names',
        text: `Named ranges: ${[...this.names].map(([n, a]) => `${n} = ${a}`).join('; ')}`,
      }),
    );
  }

  /** The preview shows each cell's formula, and under it the value it stands for now. */
  private drawPreview(request: WriteRequest, rows: number, cols: number): void {
    const root = this.options.preview;
    if (!root) return;
    clear(root);
    const head = el(
      'tr',
      {},
      el('th', { text: '' }),
      ...Array.from({ length: cols }, (_, c) => el('th', { text: columnName(c) })),
    );
    const body = Array.from({ length: rows }, (_, r) =>
      el(
        'tr',
        {},
        el('th', { text: String(r + 1) }),
        ...Array.from({ length: cols }, (_, c) => {
          const formula = cellText(request.formulas[r][c]);
          const value = request.values?.[r]?.[c];
          const cell = el('td', { title: formula });
          if (formula.startsWith('=')) cell.append(el('code', { text: formula }));
          else if (formula) cell.append(formula);
          if (value !== undefined && value !== '' && value !== formula)
            cell.append(el('div', { className: 'preview-value', text: String(value) }));
          return cell;
        }),
      ),
    );
    root.append(
      el('h3', { text: 'Sheet preview (standalone mode: nothing leaves this page)' }),
      el(
        'div',
        { className: 'preview-scroll' },
        el('table', { className: 'preview' }, el('thead', {}, head), el('tbody', {}, ...body)),
      ),
    );
  }
}

export function createStandaloneBridge(options: StandaloneOptions = {}): StandaloneBridge {
  return new StandaloneBridge(options);
}
