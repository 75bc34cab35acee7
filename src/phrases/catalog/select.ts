import { droppedByNormalization, pauseAt } from '../../text/normalize.js';
import type { CatalogEntry } from './types.js';

/**
 * A raw hit of a catalog pattern in a turn, before the entry's conditions are applied: the entry it
 * belongs to, whether it is one of the entry's `unless` contexts, and its original range.
 *
 * @internal
 */
export interface EntryHit {
  readonly entry: number;
  readonly context: boolean;
  readonly start: number;
  readonly end: number;
}

/** Hits that lie inside one of their own entry's `unless` contexts: one sweep per entry, by start. */
function cancelledByContext<H extends EntryHit>(hits: readonly H[]): Set<H> | undefined {
  if (!hits.some((hit) => hit.context)) return undefined;
  const byEntry = new Map<number, { contexts: H[]; hits: H[] }>();
  for (const hit of hits) {
    let group = byEntry.get(hit.entry);
    if (group === undefined) byEntry.set(hit.entry, (group = { contexts: [], hits: [] }));
    (hit.context ? group.contexts : group.hits).push(hit);
  }
  let cancelled: Set<H> | undefined;
  for (const { contexts, hits: own } of byEntry.values()) {
    if (contexts.length === 0) continue;
    contexts.sort((a, b) => a.start - b.start);
    own.sort((a, b) => a.start - b.start);
    let next = 0;
    let reach = -1;
    for (const hit of own) {
      for (let c = contexts[next]; c !== undefined && c.start <= hit.start; c = contexts[++next]) reach = Math.max(reach, c.end);
      if (reach >= hit.end) (cancelled ??= new Set()).add(hit);
    }
  }
  return cancelled;
}

const byStartLongestFirst = (a: EntryHit, b: EntryHit): number => a.start - b.start || b.end - a.end || a.entry - b.entry;

// Which ends of the turn a hit must touch, by anchor. A `Record` over the anchors, so a new anchor that is
// not placed here fails to compile.
const BOUNDARIES: Readonly<Record<NonNullable<CatalogEntry['at']>, { readonly before: boolean; readonly after: boolean }>> = {
  anywhere: { before: false, after: false },
  start: { before: true, after: false },
  end: { before: false, after: true },
  whole: { before: true, after: true },
};

/**
 * The one reading of a catalog (rule: PHR-FORBID, PHR-FORBID-2, PHR-FILLER), shared by
 * `compileCatalog` and the checker's rules: a hit inside one of its entry's `unless` phrases is
 * dropped (“不管” in “不管怎样”); `at: 'start' | 'end' | 'whole'` want only punctuation or spaces
 * before/after it; `pauseAfter` wants punctuation, a space or the end right after it (“不，” is a bare
 * refusal, “不客气” is not); and a hit inside a longer kept hit — of any entry — is the same words
 * seen twice (“我不知道” is one finding, not also “不知道”).
 *
 * @internal
 * @param entries - the entries the hits' `entry` indices point into
 * @param hits - raw hits, in any order
 * @param text - the original turn
 * @returns the kept hits, ordered by start, then end, then entry
 */
export function selectCatalogHits<H extends EntryHit>(entries: readonly CatalogEntry[], hits: readonly H[], text: string): H[] {
  const cancelled = cancelledByContext(hits);
  // What each entry wants around its hits, decided once per entry rather than per hit.
  const wants = new Map<number, { before: boolean; after: boolean; pause: boolean }>();
  const wantsOf = (index: number, entry: CatalogEntry): { before: boolean; after: boolean; pause: boolean } => {
    let found = wants.get(index);
    if (found === undefined) {
      const pause = entry.pauseAfter === true;
      found = { ...BOUNDARIES[entry.at ?? 'anywhere'], pause };
      wants.set(index, found);
    }
    return found;
  };
  const candidates: H[] = [];
  for (const hit of hits) {
    const entry = entries[hit.entry];
    if (hit.context || entry === undefined || cancelled?.has(hit) === true) continue;
    const want = wantsOf(hit.entry, entry);
    if (want.before && !droppedByNormalization(text, 0, hit.start)) continue;
    if (want.after && !droppedByNormalization(text, hit.end, text.length)) continue;
    if (want.pause && !pauseAt(text, hit.end)) continue;
    candidates.push(hit);
  }
  candidates.sort(byStartLongestFirst);
  // Sorted by start, longest first: a hit is nested exactly when an earlier kept hit reaches its end.
  const kept: H[] = [];
  let reach = -1;
  for (const hit of candidates) {
    if (reach >= hit.end) continue;
    kept.push(hit);
    reach = hit.end;
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.entry - b.entry);
}
