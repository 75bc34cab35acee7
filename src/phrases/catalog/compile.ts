import { compileMatcher, type MatcherOptions, type MatcherPattern, type PhraseMatch } from '../../text/matcher.js';
import type { NormalizedText } from '../../text/normalize.js';
import { selectCatalogHits } from './select.js';
import type { CatalogEntry, PhraseCatalog } from './types.js';

/**
 * One catalog entry found in a turn, after its context conditions (`unless`, `at`, `pauseAfter`)
 * were applied. `start`/`end` are half-open UTF-16 offsets into the original turn.
 *
 * @example
 * ```ts
 * const m: CatalogMatch = { id: 'forbid-01-a', entry: PHRASE_CATALOG[0]!, start: 1, end: 4, normalizedStart: 1, normalizedEnd: 4 };
 * ```
 */
export interface CatalogMatch {
  readonly id: string;
  readonly entry: CatalogEntry;
  readonly start: number;
  readonly end: number;
  readonly normalizedStart: number;
  readonly normalizedEnd: number;
}

/**
 * A catalog compiled into one automaton (texts, variants and `unless` contexts together).
 *
 * @example
 * ```ts
 * const catalogMatcher = compileCatalog(PHRASE_CATALOG);
 * catalogMatcher.scan('不管怎样，我们都会帮您处理').some((m) => m.id === 'forbid-01-b'); // false
 * ```
 */
export interface CatalogMatcher {
  readonly catalog: PhraseCatalog;
  /** Every entry occurrence, ordered by start then end; an occurrence inside a longer one is dropped. */
  scan(text: string): CatalogMatch[];
  /** Same on a turn normalised once with the same options. */
  scanNormalized(normalized: NormalizedText): CatalogMatch[];
}

/**
 * Compile a catalog for scanning turns. Build it once per catalog (e.g. in `createChecker`); each
 * scan normalises the turn once and walks one automaton.
 *
 * Context rules (rule: PHR-FORBID, PHR-FORBID-2, PHR-FILLER): an occurrence inside one of the entry's
 * `unless` phrases is dropped (“不管” in “不管怎样”); `at: 'start' | 'end' | 'whole'` require only
 * punctuation or spaces before/after it; `pauseAfter` requires punctuation, a space or the end right
 * after it (“不，” is a bare refusal, “不客气” is not); an occurrence nested in a longer occurrence (of
 * any entry) is dropped: “我不知道” is one finding, not also “不知道”.
 *
 * @param catalog - a validated catalog (see `validateCatalog`, `extendCatalog`)
 * @param options - matcher options (normalisation, storage)
 * @returns the compiled catalog
 * @example
 * ```ts
 * const m = compileCatalog(PHRASE_CATALOG);
 * m.scan('不，我不知道').map((x) => x.id); // ['refuse-01', 'refuse-02']
 * ```
 */
export function compileCatalog(catalog: PhraseCatalog, options?: MatcherOptions): CatalogMatcher {
  const patterns: MatcherPattern[] = [];
  /** Entry index of each pattern, and whether the pattern is an `unless` context. */
  const patternEntry: number[] = [];
  const patternIsContext: boolean[] = [];
  catalog.forEach((entry, e) => {
    for (const text of [entry.text, ...(entry.variants ?? [])]) {
      patterns.push({ id: entry.id, text });
      patternEntry.push(e);
      patternIsContext.push(false);
    }
    for (const text of entry.unless ?? []) {
      patterns.push({ id: entry.id, text });
      patternEntry.push(e);
      patternIsContext.push(true);
    }
  });
  const matcher = compileMatcher(patterns, options);

  const select = (hits: readonly PhraseMatch[], original: string): CatalogMatch[] =>
    selectCatalogHits(
      catalog,
      hits.map((hit) => ({ entry: patternEntry[hit.pattern] ?? -1, context: patternIsContext[hit.pattern] === true, start: hit.start, end: hit.end, hit })),
      original,
    ).flatMap(({ entry, hit }) => {
      const found = catalog[entry];
      return found === undefined ? [] : [{ id: hit.id, entry: found, start: hit.start, end: hit.end, normalizedStart: hit.normalizedStart, normalizedEnd: hit.normalizedEnd }];
    });

  return {
    catalog,
    scan: (text) => select(matcher.scan(text), text),
    scanNormalized: (normalized) => select(matcher.scanNormalized(normalized), normalized.original),
  };
}
