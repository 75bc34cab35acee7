import { match } from 'ts-pattern';
import { compileMatcher, type MatcherOptions, type MatcherPattern, type PhraseMatch } from '../../text/matcher.js';
import { ASCII_FOLD_TABLE, foldCodePoint, type NormalizedText } from '../../text/normalize.js';
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
  /** Every entry occurrence, ordered by start then end; nested occurrences of different entries are all kept. */
  scan(text: string): CatalogMatch[];
  /** Same on a turn normalised once with the same options. */
  scanNormalized(normalized: NormalizedText): CatalogMatch[];
}

/** True when every code point of `text[from, to)` is dropped by normalisation. */
function onlySkipped(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (ASCII_FOLD_TABLE[c] !== 0) return false;
      i++;
      continue;
    }
    if (c >= 0x4e00 && c <= 0x9fff) return false;
    const cp = text.codePointAt(i) ?? c;
    if (cp >= 0xd800 && cp <= 0xdfff) return false;
    if (foldCodePoint(cp) !== '') return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return true;
}

/** True when the code point at `offset` is dropped by normalisation, or `offset` is the end. */
function pauseAt(text: string, offset: number): boolean {
  if (offset >= text.length) return true;
  const cp = text.codePointAt(offset) ?? 0;
  return onlySkipped(text, offset, offset + (cp > 0xffff ? 2 : 1));
}

/**
 * Compile a catalog for scanning turns. Build it once per catalog (e.g. in `createChecker`); each
 * scan normalises the turn once and walks one automaton.
 *
 * Context rules (rule: PHR-FORBID, PHR-FORBID-2, PHR-FILLER): an occurrence inside one of the entry's
 * `unless` phrases is dropped (“不管” in “不管怎样”); `at: 'start' | 'end' | 'whole'` require only
 * punctuation or spaces before/after it; `pauseAfter` requires punctuation, a space or the end right
 * after it (“不，” is a bare refusal, “不客气” is not); an occurrence of an entry nested in a longer
 * occurrence of the same entry (a variant inside the full text) is dropped.
 *
 * @param catalog - a validated catalog (see `validateCatalog`, `extendCatalog`)
 * @param options - matcher options (normalisation, storage)
 * @returns the compiled catalog
 * @example
 * ```ts
 * const m = compileCatalog(PHRASE_CATALOG);
 * m.scan('不，我不知道').map((x) => x.id); // ['refuse-01', 'refuse-02', 'forbid-01-a']
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

  const byStart = (a: PhraseMatch, b: PhraseMatch): number => a.normalizedStart - b.normalizedStart || b.normalizedEnd - a.normalizedEnd;

  const select = (hits: readonly PhraseMatch[], original: string, normalizedLength: number | undefined): CatalogMatch[] => {
    // Bucket by entry so context and nesting checks are sweeps, not all-pairs comparisons.
    const found = new Map<number, PhraseMatch[]>();
    const contexts = new Map<number, PhraseMatch[]>();
    for (const hit of hits) {
      const e = patternEntry[hit.pattern] as number;
      const bucket = patternIsContext[hit.pattern] === true ? contexts : found;
      const list = bucket.get(e);
      if (list === undefined) bucket.set(e, [hit]);
      else list.push(hit);
    }
    const result: CatalogMatch[] = [];
    for (const [e, list] of found) {
      const entry = catalog[e] as CatalogEntry;
      list.sort(byStart);
      const ctx = contexts.get(e)?.sort(byStart) ?? [];
      let c = 0;
      let contextEnd = -1;
      let lastEnd = -1;
      for (const hit of list) {
        // Contexts that start at or before this hit; covered when one of them reaches its end.
        while (c < ctx.length && (ctx[c] as PhraseMatch).normalizedStart <= hit.normalizedStart) {
          contextEnd = Math.max(contextEnd, (ctx[c] as PhraseMatch).normalizedEnd);
          c++;
        }
        if (contextEnd >= hit.normalizedEnd) continue;
        // Sorted by start, longest first: a hit ending inside an earlier one of the same entry is nested.
        if (lastEnd >= hit.normalizedEnd) continue;
        const atEnd = (): boolean => (normalizedLength === undefined ? onlySkipped(original, hit.end, original.length) : hit.normalizedEnd === normalizedLength);
        const positioned = match(entry.at ?? 'anywhere')
          .with('anywhere', () => true)
          .with('start', () => hit.normalizedStart === 0)
          .with('end', () => atEnd())
          .with('whole', () => hit.normalizedStart === 0 && atEnd())
          .exhaustive();
        if (!positioned) continue;
        if (entry.pauseAfter === true && !pauseAt(original, hit.end)) continue;
        lastEnd = hit.normalizedEnd;
        result.push({
          id: hit.id,
          entry,
          start: hit.start,
          end: hit.end,
          normalizedStart: hit.normalizedStart,
          normalizedEnd: hit.normalizedEnd,
        });
      }
    }
    return result.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  };

  return {
    catalog,
    scan: (text) => select(matcher.scan(text), text, undefined),
    scanNormalized: (normalized) => select(matcher.scanNormalized(normalized), normalized.original, normalized.text.length),
  };
}
