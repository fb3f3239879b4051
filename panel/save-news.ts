/**
 * What a save or a refresh tells the user, in words, on the panel's status line: a failed save,
 * a field this pane and another both changed (whose value was kept), and another pane's changes
 * now shown here. Nothing a save did to someone's typing goes unsaid.
 */
import type { FieldConflict, FieldPath, Json } from '../core/index';
import { FIELD_LABELS } from './reading';
import type { OfferInputs, PanelState } from './state';
import type { SaveNews } from './store';

const TOP_LABELS: Readonly<Record<string, string>> = {
  offers: 'the offers',
  benchmark: 'the benchmark',
  blend: 'the blend',
  bandTableCsv: 'the pasted band table',
  bandTableName: "the band table's range name",
  rival: 'the offer matched against',
};

/** A field of the state as the user knows it: "Offer A: Base salary", "the pasted band table". */
export function fieldWords(path: FieldPath, state: PanelState, before?: PanelState): string {
  const [top, index, field] = path;
  if (top === 'offers' && typeof index === 'number') {
    // The offer as shown now; one no longer shown (removed elsewhere) by the name it had.
    const offer =
      state.offers[index]?.label || before?.offers[index]?.label || `Offer ${String.fromCharCode(65 + index)}`;
    const label = typeof field === 'string' ? FIELD_LABELS[field as keyof OfferInputs] : undefined;
    return label ? `${offer}: ${label}` : offer;
  }
  const words = TOP_LABELS[String(top)] ?? String(top);
  return path.length > 1 && top !== 'bandTableCsv' ? `${words} (${path.slice(1).join(' ')})` : words;
}

/** A value short enough to quote in a status line; a long one (a table) is not quoted. */
function quoted(value: Json | undefined): string {
  if (value === undefined) return 'removed';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text === '') return 'blank';
  return text.length <= 40 ? `"${text}"` : 'a longer text';
}

const listOf = (items: string[]): string =>
  items.length <= 3 ? items.join('; ') : `${items.slice(0, 3).join('; ')} and ${items.length - 3} more`;

function conflictWords(conflicts: readonly FieldConflict[], state: PanelState, before?: PanelState): string[] {
  const kept = conflicts.filter((c) => !c.dropped);
  const dropped = conflicts.filter((c) => c.dropped);
  const said: string[] = [];
  if (kept.length)
    said.push(
      `Another pane had also changed ${listOf(kept.map((c) => `${fieldWords(c.path, state, before)} (to ${quoted(c.theirs)})`))}: this pane's value was kept, and the other pane will show it.`,
    );
  if (dropped.length)
    said.push(
      `Not kept: ${listOf(dropped.map((c) => `${fieldWords(c.path, state, before)} ${quoted(c.mine)}`))}, because another pane removed the offer it belonged to; add it again if it is still wanted.`,
    );
  return said;
}

/** Another pane's changes: an offer with many changed fields is named once, with their count. */
function othersWords(news: SaveNews): string {
  const perOffer = new Map<number, number>();
  for (const [top, index] of news.fromOthers ?? [])
    if (top === 'offers' && typeof index === 'number') perOffer.set(index, (perOffer.get(index) ?? 0) + 1);
  const said: string[] = [];
  const named = new Set<number>();
  for (const path of news.fromOthers ?? []) {
    const [top, index] = path;
    const many = top === 'offers' && typeof index === 'number' && (perOffer.get(index) ?? 0) > 2;
    if (!many) said.push(fieldWords(path, news.state, news.before));
    else if (!named.has(index)) {
      named.add(index);
      said.push(`${fieldWords([top, index], news.state, news.before)} (${perOffer.get(index)} fields)`);
    }
  }
  return listOf(said);
}

/** The status line's text for `news`, and whether it is an error; undefined when there is nothing to say. */
export function saveNewsText(news: SaveNews): { text: string; error: boolean } | undefined {
  if (news.error) return { text: `Not saved: ${news.error}`, error: true };
  const said = conflictWords(news.conflicts ?? [], news.state, news.before);
  if (news.fromOthers?.length) said.push(`Changed in another pane, now shown here: ${othersWords(news)}.`);
  return said.length ? { text: said.join(' '), error: false } : undefined;
}
