import * as z from 'zod/mini';
import { selectCatalogHits } from '../catalog/select.js';
import { CatalogEntrySchema, type CatalogEntry } from '../catalog/types.js';
import type { PhraseSetHandle, RuleContext, RuleSetup } from './types.js';

// Catalog entries are data; the rules register their texts in the checker's shared automaton and read
// the hits with the catalog's one selection (the same as compileCatalog's).

/**
 * zod schema of a catalog-entry list inside rule options.
 *
 * @internal
 * @example
 * ```ts
 * CatalogEntries.parse([]);
 * ```
 */
export const CatalogEntries = /* @__PURE__ */ z.array(CatalogEntrySchema);

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
  return {
    find(ctx, turn) {
      const hits = ctx.hits(set, turn);
      if (hits.length === 0) return [];
      const entryHits = hits.map((h) => ({ entry: Number.parseInt(h.id, 10), context: h.id.endsWith('!'), start: h.start, end: h.end }));
      return selectCatalogHits(active, entryHits, ctx.turns[turn]?.text ?? '').flatMap(({ entry, start, end }) => {
        const found = active[entry];
        return found === undefined ? [] : [{ entry: found, start, end }];
      });
    },
  };
}
