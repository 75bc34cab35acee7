import * as z from 'zod';
import { CatalogEntrySchema, type CatalogEntry } from '../catalog/types.js';
import type { PhraseSetHandle, RuleContext, RuleSetup } from './types.js';

// Catalog entries are data; this reads their matching fields the way the catalog documents them:
// `text` and `variants` count, `unless` phrases that contain a hit cancel it, `at` pins the hit to the
// start/end of the utterance, `pauseAfter` wants a pause (punctuation, space, end) right after it.

/**
 * zod schema of a catalog-entry list inside rule options.
 *
 * @internal
 * @example
 * ```ts
 * CatalogEntries.parse([]);
 * ```
 */
export const CatalogEntries = z.array(CatalogEntrySchema);

/**
 * A catalog entry found in a turn.
 *
 * @internal
 * @example
 * ```ts
 * // const hit: CatalogHit = { entry, start: 1, end: 4 };
 * ```
 */
export interface CatalogHit {
  readonly entry: CatalogEntry;
  readonly start: number;
  readonly end: number;
}

/**
 * Catalog entries compiled into the checker's phrase registry.
 *
 * @internal
 * @example
 * ```ts
 * // const forbidden = compileCatalogPatterns(options.entries, setup);
 * // forbidden.find(ctx, 3);
 * ```
 */
export interface CatalogPatterns {
  /** Valid hits in the turn; a hit inside a longer hit is dropped (我不知道 is one finding, not two). */
  find(ctx: RuleContext, turn: number): CatalogHit[];
}

const SKIPPED = /[\p{P}\p{Z}\p{C}]/u;

/** Whether the code unit at `i` is punctuation, space or a control (a lone surrogate half counts, as \p{C}). */
function isSkippedAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // Ideographs are never skipped: spare the common case the regular expression.
  if (c >= 0x4e00 && c <= 0x9fff) return false;
  return i < text.length && SKIPPED.test(text.charAt(i));
}

function onlySkipped(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSkippedAt(text, i)) return false;
  return true;
}

/**
 * Register catalog entries (those not `severity: 'off'`) in the phrase registry.
 *
 * @internal
 * @example
 * ```ts
 * // in create(options, setup): const fillers = compileCatalogPatterns(options.entries, setup);
 * ```
 */
export function compileCatalogPatterns(entries: readonly CatalogEntry[], setup: RuleSetup): CatalogPatterns {
  const active = entries.filter((e) => e.severity !== 'off');
  const patterns: { id: string; text: string }[] = [];
  active.forEach((entry, i) => {
    for (const text of [entry.text, ...(entry.variants ?? [])]) patterns.push({ id: `${i}`, text });
    for (const text of entry.unless ?? []) patterns.push({ id: `${i}!`, text });
  });
  const set: PhraseSetHandle = setup.phrases(patterns);
  // The id of the `unless` phrases that cancel each entry's hits, built once rather than per hit.
  const cancelling = active.map((_, i) => `${i}!`);
  return {
    find(ctx, turn) {
      const hits = ctx.hits(set, turn);
      if (hits.length === 0) return [];
      const text = ctx.turns[turn]?.text ?? '';
      const found: CatalogHit[] = [];
      for (const h of hits) {
        if (h.id.endsWith('!')) continue;
        const index = Number(h.id);
        const entry = active[index] as CatalogEntry;
        const cancel = cancelling[index];
        const cancelled = hits.some((u) => u.id === cancel && u.start <= h.start && u.end >= h.end);
        if (cancelled) continue;
        const at = entry.at ?? 'anywhere';
        if ((at === 'start' || at === 'whole') && !onlySkipped(text, 0, h.start)) continue;
        if ((at === 'end' || at === 'whole') && !onlySkipped(text, h.end, text.length)) continue;
        if (entry.pauseAfter === true && h.end < text.length && !isSkippedAt(text, h.end)) continue;
        found.push({ entry, start: h.start, end: h.end });
      }
      if (found.length < 2) return found;
      // Longest first, then drop hits nested in a kept one; report in text order.
      found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const kept: CatalogHit[] = [];
      for (const f of found) if (!kept.some((k) => k.start <= f.start && k.end >= f.end)) kept.push(f);
      return kept.sort((a, b) => a.start - b.start || a.end - b.end);
    },
  };
}
