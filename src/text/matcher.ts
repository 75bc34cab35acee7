/**
 * The multi-pattern matcher: one Aho–Corasick automaton over the normalised UTF-16 code units of all
 * patterns, compiled once, that reports every occurrence (overlapping and nested) in one pass.
 *
 * Layout: code units are first mapped to a small alphabet of the units that occur in any pattern
 * (class 0 = “in no pattern”, which always leads back to the root). When `states × classes` is small
 * enough the automaton is a complete DFA in one `Int32Array` (one table read per code unit, no
 * failure-link walks); a negative entry marks a target state that has output, so the hot loop tests
 * one sign bit. Larger pattern sets fall back to a sparse trie (CSR arrays) with failure links,
 * which is still linear: each failure step is paid for by an earlier forward step.
 *
 * @module
 */
import { KefuError } from '../model/error.js';
import { foldCodePoint, foldFast, normalizeText, normalizeUnits, type NormalizedText, type NormalizeOptions } from './normalize.js';

/**
 * One pattern to look for: its id (reported with each match) and its text (normalised like the
 * scanned text, so “请 稍等！” and “请稍等” are the same pattern).
 *
 * @example
 * ```ts
 * const pattern: MatcherPattern = { id: 'forbid-01a', text: '不知道' };
 * ```
 */
export interface MatcherPattern {
  readonly id: string;
  readonly text: string;
}

/**
 * One occurrence of a pattern. `start`/`end` are half-open UTF-16 offsets into the ORIGINAL text;
 * `normalizedStart`/`normalizedEnd` the same occurrence in the normalised text.
 *
 * @example
 * ```ts
 * const m: PhraseMatch = { id: 'forbid-01a', pattern: 0, start: 1, end: 6, normalizedStart: 1, normalizedEnd: 4 };
 * ```
 */
export interface PhraseMatch {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** Index of the pattern in the array given to {@link compileMatcher}. */
  readonly pattern: number;
  readonly normalizedStart: number;
  readonly normalizedEnd: number;
}

/**
 * Receives each match without allocating: the pattern index, the original half-open range and the
 * normalised half-open range.
 *
 * @example
 * ```ts
 * let count = 0;
 * const visit: MatchVisitor = () => { count++; };
 * ```
 */
export type MatchVisitor = (pattern: number, start: number, end: number, normalizedStart: number, normalizedEnd: number) => void;

/**
 * How the automaton is stored: `dense` (a complete DFA table, fastest), `sparse` (trie + failure
 * links, for very large pattern sets) or `auto` (dense unless the table would exceed ~8 MB).
 *
 * @example
 * ```ts
 * const r: MatcherRepresentation = 'auto';
 * ```
 */
export type MatcherRepresentation = 'auto' | 'dense' | 'sparse';

/**
 * Options of {@link compileMatcher}.
 *
 * @example
 * ```ts
 * const options: MatcherOptions = { representation: 'auto' };
 * ```
 */
export interface MatcherOptions {
  /** Normalisation applied to the patterns and to every scanned text. */
  readonly normalize?: NormalizeOptions;
  /** Storage of the automaton; `auto` by default. */
  readonly representation?: MatcherRepresentation;
}

/**
 * A compiled matcher. Compile once per pattern set; `scan` is linear in the text length plus the
 * number of matches.
 *
 * @example
 * ```ts
 * const matcher = compileMatcher([{ id: 'a', text: '明天再来' }, { id: 'b', text: '快下班了，明天再来' }]);
 * matcher.scan('快下班了，明天再来').map((m) => m.id); // ['b', 'a']
 * ```
 */
export interface PhraseMatcher {
  /** The patterns, in the order given. */
  readonly patterns: readonly MatcherPattern[];
  /** Normalised text of each pattern. */
  readonly normalizedPatterns: readonly string[];
  /** How the automaton ended up being stored. */
  readonly representation: 'dense' | 'sparse';
  /**
   * Every occurrence of every pattern in `text`, overlapping and nested, ordered by end offset and,
   * at the same end, longest first.
   */
  scan(text: string): PhraseMatch[];
  /**
   * Same matches, same order, handed to `visit` one by one instead of collected in an array: no
   * allocation per match, for hosts that only count or aggregate.
   */
  forEachMatch(text: string, visit: MatchVisitor): void;
  /**
   * Same as {@link PhraseMatcher.scan} on an already normalised text, so one turn can be normalised
   * once and scanned by several matchers. It must have been normalised with the same options.
   */
  scanNormalized(normalized: NormalizedText): PhraseMatch[];
  /**
   * Automaton steps (transitions + failure-link walks + reported matches) for `text`; a cost
   * measure that does not depend on the machine, used to test that scanning is linear.
   * @internal
   */
  countSteps(text: string): number;
}

/** Table entries above which `auto` chooses the sparse layout (2M entries = 8 MB). */
const DENSE_LIMIT = 1 << 21;

interface Automaton {
  /** Entries per row of `delta`: the classes, plus the dropped-unit column in the dense layout. */
  readonly stride: number;
  readonly classOf: Uint16Array;
  /**
   * Dense DFA: entry = target row base, or `~base` when the target has output. A row has a column per
   * class and, last, the column of dropped units, which leads back to the row itself.
   */
  readonly delta: Int32Array | undefined;
  /** Sparse trie in CSR form, with failure links. */
  readonly edgeStart: Int32Array | undefined;
  readonly edgeClass: Int32Array | undefined;
  readonly edgeTarget: Int32Array | undefined;
  readonly fail: Int32Array;
  readonly hasOutput: Uint8Array;
  /** Own outputs of each state: patterns ending exactly here. */
  readonly outStart: Int32Array;
  readonly outPatterns: Int32Array;
  /** Nearest state on the failure chain that has own outputs, or -1. */
  readonly dictLink: Int32Array;
  readonly patternLength: Int32Array;
  readonly ringMask: number;
}

function validatePatterns(patterns: readonly MatcherPattern[]): void {
  if (!Array.isArray(patterns)) {
    throw new KefuError('invalid_input', 'patterns must be an array', [{ path: ['patterns'], message: 'must be an array', value: patterns }]);
  }
  patterns.forEach((p: unknown, i) => {
    const candidate = p as { id?: unknown; text?: unknown } | null;
    if (typeof candidate !== 'object' || candidate === null) {
      throw new KefuError('invalid_input', `patterns[${i}] must be an object with id and text`, [
        { path: ['patterns', i], message: 'must be an object with id and text', value: p },
      ]);
    }
    if (typeof candidate.id !== 'string' || candidate.id === '') {
      throw new KefuError('invalid_input', `patterns[${i}].id must be a non-empty string`, [
        { path: ['patterns', i, 'id'], message: 'must be a non-empty string', value: candidate.id },
      ]);
    }
    if (typeof candidate.text !== 'string') {
      throw new KefuError('invalid_input', `patterns[${i}].text must be a string`, [{ path: ['patterns', i, 'text'], message: 'must be a string', value: candidate.text }]);
    }
  });
}

function build(normalized: readonly string[], representation: MatcherRepresentation): Automaton {
  const classOf = new Uint16Array(65536);
  let classes = 0;
  let maxLength = 0;
  for (const text of normalized) {
    maxLength = Math.max(maxLength, text.length);
    for (let j = 0; j < text.length; j++) {
      const u = text.charCodeAt(j);
      if (classOf[u] === 0) {
        if (classes === 65535) throw new KefuError('invalid_input', 'patterns use more distinct code units than the matcher supports (65535)');
        classOf[u] = ++classes;
      }
    }
  }
  const stride = classes + 1;

  // Trie with one Map per node; only used while building.
  const children: Map<number, number>[] = [new Map<number, number>()];
  // Every state index below children.length has its map: the fallback is never taken.
  const childrenOf = (state: number): Map<number, number> => children[state] ?? new Map<number, number>();
  const own: number[][] = [[]];
  normalized.forEach((text, p) => {
    let node = 0;
    for (let j = 0; j < text.length; j++) {
      const c = classOf[text.charCodeAt(j)] ?? 0;
      const map = childrenOf(node);
      let next = map.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        own.push([]);
        map.set(c, next);
      }
      node = next;
    }
    (own[node] ?? []).push(p);
  });
  const states = children.length;

  const fail = new Int32Array(states);
  const dictLink = new Int32Array(states).fill(-1);
  const hasOutput = new Uint8Array(states);
  const order: number[] = [0];
  for (let head = 0; head < order.length; head++) {
    const node = order[head] ?? 0;
    for (const [c, child] of childrenOf(node)) {
      if (node !== 0) {
        let f = fail[node] ?? 0;
        for (;;) {
          const hit = childrenOf(f).get(c);
          if (hit !== undefined) {
            fail[child] = hit;
            break;
          }
          if (f === 0) {
            fail[child] = 0;
            break;
          }
          f = fail[f] ?? 0;
        }
      }
      const f = fail[child] ?? 0;
      dictLink[child] = (own[f] ?? []).length > 0 ? f : (dictLink[f] ?? 0);
      order.push(child);
    }
  }
  for (let s = 0; s < states; s++) hasOutput[s] = (own[s] ?? []).length > 0 || dictLink[s] !== -1 ? 1 : 0;

  const outStart = new Int32Array(states + 1);
  const outList: number[] = [];
  for (let s = 0; s < states; s++) {
    outStart[s] = outList.length;
    for (const p of own[s] ?? []) outList.push(p);
  }
  outStart[states] = outList.length;
  const patternLength = Int32Array.from(normalized, (t) => t.length);
  let ring = 1;
  while (ring <= maxLength) ring <<= 1;

  const dense = representation === 'dense' || (representation === 'auto' && states * stride <= DENSE_LIMIT);
  let delta: Int32Array | undefined;
  let edgeStart: Int32Array | undefined;
  let edgeClass: Int32Array | undefined;
  let edgeTarget: Int32Array | undefined;
  const width = dense ? stride + 1 : stride;
  if (dense) {
    delta = new Int32Array(states * width);
    const encode = (s: number): number => (hasOutput[s] === 1 ? ~(s * width) : s * width);
    for (const node of order) {
      const row = node * width;
      if (node !== 0) {
        const failRow = (fail[node] ?? 0) * width;
        delta.copyWithin(row, failRow, failRow + stride);
      }
      for (const [c, child] of childrenOf(node)) delta[row + c] = encode(child);
      delta[row + stride] = row;
    }
  } else {
    edgeStart = new Int32Array(states + 1);
    let edges = 0;
    for (let s = 0; s < states; s++) edges += childrenOf(s).size;
    edgeClass = new Int32Array(edges);
    edgeTarget = new Int32Array(edges);
    let e = 0;
    for (let s = 0; s < states; s++) {
      edgeStart[s] = e;
      const sorted = [...childrenOf(s)].sort((a, b) => a[0] - b[0]);
      for (const [c, child] of sorted) {
        edgeClass[e] = c;
        edgeTarget[e] = child;
        e++;
      }
    }
    edgeStart[states] = e;
  }
  return {
    stride: width,
    classOf,
    delta,
    edgeStart,
    edgeClass,
    edgeTarget,
    fail,
    hasOutput,
    outStart,
    outPatterns: Int32Array.from(outList),
    dictLink,
    patternLength,
    ringMask: ring - 1,
  };
}

/** Sparse transition with failure links; `counter[0]` counts failure steps. */
function sparseStep(a: Automaton, state: number, cls: number, counter: Float64Array | undefined): number {
  if (cls === 0) return 0;
  const edgeStart = a.edgeStart as Int32Array;
  const edgeClass = a.edgeClass as Int32Array;
  const edgeTarget = a.edgeTarget as Int32Array;
  let s = state;
  for (;;) {
    let lo = edgeStart[s] ?? 0;
    let hi = (edgeStart[s + 1] ?? 0) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = edgeClass[mid] ?? 0;
      if (m === cls) return edgeTarget[mid] ?? 0;
      if (m < cls) lo = mid + 1;
      else hi = mid - 1;
    }
    if (s === 0) return 0;
    s = a.fail[s] ?? 0;
    if (counter !== undefined) counter[0] = (counter[0] ?? 0) + 1;
  }
}

/** Report every pattern ending in `state` (own outputs, then along the dictionary links). */
function emit(a: Automaton, state: number, unitsSoFar: number, end: number, startOf: ArrayLike<number>, mask: number, visit: MatchVisitor): number {
  let emitted = 0;
  for (let t = state; t !== -1; t = a.dictLink[t] ?? 0) {
    const last = a.outStart[t + 1] ?? 0;
    for (let o = a.outStart[t] ?? 0; o < last; o++) {
      const p = a.outPatterns[o] ?? 0;
      const normalizedStart = unitsSoFar - (a.patternLength[p] ?? 0);
      visit(p, startOf[normalizedStart & mask] ?? 0, end, normalizedStart, unitsSoFar);
      emitted++;
    }
  }
  return emitted;
}

/** Entry of the fused class table for a code unit that needs the full fold (NFKC) or is a surrogate. */
const FOLD_SLOWLY = -1;

/**
 * The fused class table: for every BMP code unit, what its normalised form does to the automaton, so
 * the hot loop normalises and classifies with one read and no branch for punctuation. An entry is
 * `column << 1 | kept`: a kept unit steps along its class column and counts as a normalised unit; a
 * dropped unit (punctuation, space) steps along `dropColumn`, where every state leads to itself, and
 * counts as nothing. Built from the same fold tables as the normaliser ({@link foldFast}), so the two
 * cannot disagree; what those tables do not cover is {@link FOLD_SLOWLY} and goes through
 * {@link foldCodePoint} exactly like the normaliser's slow path.
 */
function buildUnitClass(classOf: Uint16Array, dropColumn: number): Int32Array {
  const table = new Int32Array(65536);
  for (let u = 0; u < 65536; u++) {
    if (u >= 0x4e00 && u <= 0x9fff) {
      table[u] = ((classOf[u] ?? 0) << 1) | 1;
      continue;
    }
    const folded = u >= 0xd800 && u <= 0xdfff ? -1 : foldFast(u);
    table[u] = folded === 0 ? dropColumn << 1 : folded === -1 ? FOLD_SLOWLY : ((classOf[folded] ?? 0) << 1) | 1;
  }
  return table;
}

/** Ints per match in a match buffer: pattern, original start, original end, normalised end. */
const MATCH_INTS = 4;
/** Matches gathered before the sink is called: enough to keep the sink call out of the hot path. */
const MATCH_BUFFER_MATCHES = 256;

/**
 * Receives a full match buffer: `buffer[0, count)` holds `count / 4` matches as (pattern, original
 * start, original end, normalised end). The context (the array of a scan, the host's visitor) is
 * passed through so that a scan needs no closure.
 */
type MatchSink<Context> = (context: Context, buffer: Int32Array, count: number) => void;

/**
 * Append every pattern ending in `state` (own outputs, then along the dictionary links) to `buffer`
 * from `count`, handing a full buffer to `sink`; returns the new fill.
 */
function emitBuffered<Context>(
  a: Automaton,
  state: number,
  unitsSoFar: number,
  end: number,
  ring: Int32Array,
  buffer: Int32Array,
  count: number,
  sink: MatchSink<Context>,
  context: Context,
): number {
  const { dictLink, outStart, outPatterns, patternLength, ringMask } = a;
  let n = count;
  for (let t = state; t !== -1; t = dictLink[t] ?? 0) {
    const last = outStart[t + 1] ?? 0;
    for (let o = outStart[t] ?? 0; o < last; o++) {
      const p = outPatterns[o] ?? 0;
      if (n === buffer.length) {
        sink(context, buffer, n);
        n = 0;
      }
      buffer[n] = p;
      buffer[n + 1] = ring[(unitsSoFar - (patternLength[p] ?? 0)) & ringMask] ?? 0;
      buffer[n + 2] = end;
      buffer[n + 3] = unitsSoFar;
      n += MATCH_INTS;
    }
  }
  return n;
}

/**
 * Normalise and scan in one pass over the original text (dense layout, no converter). One read of the
 * fused class table per code unit; the ring keeps the original start offset of the last
 * `ringMask + 1` normalised units, enough for the longest pattern. Matches are gathered in `buffer`,
 * handed to `sink` whenever it is full; returns the fill of the last, partial batch, which the caller
 * takes from `buffer`.
 */
function runFused<Context>(a: Automaton, unitClass: Int32Array, text: string, ring: Int32Array, buffer: Int32Array, sink: MatchSink<Context>, context: Context): number {
  const delta = a.delta as Int32Array;
  const classOf = a.classOf;
  const stride = a.stride;
  const mask = a.ringMask;
  const n = text.length;
  let s = 0;
  let k = 0;
  let filled = 0;
  for (let i = 0; i < n; i++) {
    const entry = unitClass[text.charCodeAt(i)] ?? 0;
    if (entry >= 0) {
      ring[k & mask] = i;
      k += entry & 1;
      const next = delta[s + (entry >> 1)] ?? 0;
      if (next < 0) {
        s = ~next;
        filled = emitBuffered(a, (s / stride) | 0, k, i + 1, ring, buffer, filled, sink, context);
      } else s = next;
      continue;
    }
    // Surrogates, compatibility characters, rare punctuation: the normaliser's own slow path.
    const start = i;
    const c = text.charCodeAt(i);
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    const folded = cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : foldCodePoint(cp);
    for (let j = 0; j < folded.length; j++) {
      ring[k & mask] = start;
      k++;
      const next = delta[s + (classOf[folded.charCodeAt(j)] ?? 0)] ?? 0;
      if (next < 0) {
        s = ~next;
        filled = emitBuffered(a, (s / stride) | 0, k, i + 1, ring, buffer, filled, sink, context);
      } else s = next;
    }
  }
  return filled;
}

/** Scan already normalised units (either layout), optionally counting steps in `counter[0]`. */
function runUnits(
  a: Automaton,
  units: Uint16Array,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  length: number,
  visit: MatchVisitor,
  counter: Float64Array | undefined,
): void {
  const { classOf, delta, stride } = a;
  // Offsets are indexed directly: a mask of all ones leaves the index unchanged.
  const all = -1;
  let s = 0;
  let steps = 0;
  for (let k = 0; k < length; k++) {
    const cls = classOf[units[k] ?? 0] ?? 0;
    if (delta !== undefined) {
      const next = delta[s + cls] ?? 0;
      if (next < 0) {
        s = ~next;
        steps += emit(a, (s / stride) | 0, k + 1, ends[k] ?? 0, starts, all, visit);
      } else s = next;
    } else {
      s = sparseStep(a, s, cls, counter);
      if (a.hasOutput[s] === 1) steps += emit(a, s, k + 1, ends[k] ?? 0, starts, all, visit);
    }
    steps++;
  }
  if (counter !== undefined) counter[0] = (counter[0] ?? 0) + steps;
}

/**
 * Compile patterns into one automaton. Patterns are normalised with {@link normalizeText} (and the
 * given options); a pattern that normalises to nothing (only spaces/punctuation) is rejected.
 *
 * @param patterns - ids and texts; several patterns may share a text or an id
 * @param options - normalisation and storage options
 * @returns a matcher reporting every overlapping and nested occurrence
 * @throws KefuError `invalid_input` naming the pattern index when a pattern is malformed or empty
 * @example
 * ```ts
 * const matcher = compileMatcher([{ id: 'forbid-01a', text: '不知道' }]);
 * matcher.scan('我不 知道！'); // [{ id: 'forbid-01a', start: 1, end: 5, pattern: 0, normalizedStart: 1, normalizedEnd: 4 }]
 * ```
 */
export function compileMatcher(patterns: readonly MatcherPattern[], options?: MatcherOptions): PhraseMatcher {
  validatePatterns(patterns);
  const normalizeOptions = options?.normalize;
  const normalizedPatterns = patterns.map((p, i) => {
    const text = normalizeText(p.text, normalizeOptions).text;
    if (text === '') {
      throw new KefuError('invalid_input', `patterns[${i}].text has no characters left after normalisation`, [
        { path: ['patterns', i, 'text'], message: 'has no characters left after normalisation (only spaces or punctuation)', value: p.text },
      ]);
    }
    return text;
  });
  const automaton = build(normalizedPatterns, options?.representation ?? 'auto');
  const ids = patterns.map((p) => p.id);
  const frozenPatterns = Object.freeze(patterns.map((p) => Object.freeze({ id: p.id, text: p.text })));

  const fused = automaton.delta !== undefined && normalizeOptions?.toSimplified === undefined;
  const unitClass = fused ? buildUnitClass(automaton.classOf, automaton.stride - 1) : undefined;
  const patternLength = automaton.patternLength;

  // One scratch ring and match buffer per matcher, reused across scans; a re-entrant scan (from inside
  // a visitor) finds them taken and allocates its own.
  interface Scratch {
    readonly ring: Int32Array;
    readonly buffer: Int32Array;
  }
  const newScratch = (): Scratch => ({
    ring: new Int32Array(automaton.ringMask + 1),
    buffer: new Int32Array(MATCH_BUFFER_MATCHES * MATCH_INTS),
  });
  let scratch: Scratch | undefined = fused ? newScratch() : undefined;

  const checkText = (text: unknown): void => {
    if (typeof text !== 'string') {
      throw new KefuError('invalid_input', 'text must be a string', [{ path: ['text'], message: 'must be a string', value: text }]);
    }
  };

  // Two loops building the same objects, on purpose: the engine decides per object literal whether to
  // allocate its objects straight into the old generation. The matches of a huge text all survive and
  // earn that; the few matches of a turn (one buffer or less) die young and must not inherit it.
  const materialiseFew = (buffer: Int32Array, count: number): PhraseMatch[] => {
    const out = new Array<PhraseMatch>(count / MATCH_INTS);
    for (let j = 0, m = 0; j < count; j += MATCH_INTS, m++) {
      const pattern = buffer[j] ?? 0;
      const normalizedEnd = buffer[j + 3] ?? 0;
      out[m] = {
        id: ids[pattern] ?? '',
        start: buffer[j + 1] ?? 0,
        end: buffer[j + 2] ?? 0,
        pattern,
        normalizedStart: normalizedEnd - (patternLength[pattern] ?? 0),
        normalizedEnd,
      };
    }
    return out;
  };
  // The object literal repeats materialiseFew's on purpose: V8 decides pretenuring per allocation site, and
  // one shared site for large and small results made short-turn scans ~1.8× slower (measured).
  const pushMatches: MatchSink<PhraseMatch[]> = (out, buffer, count) => {
    for (let j = 0; j < count; j += MATCH_INTS) {
      const pattern = buffer[j] ?? 0;
      const normalizedEnd = buffer[j + 3] ?? 0;
      out.push({
        id: ids[pattern] ?? '',
        start: buffer[j + 1] ?? 0,
        end: buffer[j + 2] ?? 0,
        pattern,
        normalizedStart: normalizedEnd - (patternLength[pattern] ?? 0),
        normalizedEnd,
      });
    }
  };
  const visitMatches: MatchSink<MatchVisitor> = (visit, buffer, count) => {
    for (let j = 0; j < count; j += MATCH_INTS) {
      const pattern = buffer[j] ?? 0;
      const normalizedEnd = buffer[j + 3] ?? 0;
      visit(pattern, buffer[j + 1] ?? 0, buffer[j + 2] ?? 0, normalizedEnd - (patternLength[pattern] ?? 0), normalizedEnd);
    }
  };

  const forEachMatch = (text: string, visit: MatchVisitor, counter?: Float64Array): void => {
    checkText(text);
    if (counter === undefined && fused) {
      const own = scratch ?? newScratch();
      scratch = undefined;
      try {
        const tail = runFused(automaton, unitClass as Int32Array, text, own.ring, own.buffer, visitMatches, visit);
        // Still holding the scratch: a visitor that scans again gets a buffer of its own.
        visitMatches(visit, own.buffer, tail);
      } finally {
        scratch = own;
      }
      return;
    }
    const u = normalizeUnits(text, normalizeOptions);
    runUnits(automaton, u.units, u.starts, u.ends, u.length, visit, counter);
  };

  const collect = (run: (visit: MatchVisitor) => void): PhraseMatch[] => {
    const out: PhraseMatch[] = [];
    run((pattern, start, end, normalizedStart, normalizedEnd) => {
      out.push({ id: ids[pattern] ?? '', start, end, pattern, normalizedStart, normalizedEnd });
    });
    return out;
  };

  const scan = (text: string): PhraseMatch[] => {
    checkText(text);
    if (!fused) return collect((visit) => forEachMatch(text, visit));
    const own = scratch ?? newScratch();
    scratch = undefined;
    try {
      const many: PhraseMatch[] = [];
      const tail = runFused(automaton, unitClass as Int32Array, text, own.ring, own.buffer, pushMatches, many);
      if (many.length === 0) return materialiseFew(own.buffer, tail);
      pushMatches(many, own.buffer, tail);
      return many;
    } finally {
      scratch = own;
    }
  };

  return {
    patterns: frozenPatterns,
    normalizedPatterns: Object.freeze(normalizedPatterns),
    representation: automaton.delta === undefined ? 'sparse' : 'dense',
    scan,
    forEachMatch: (text, visit) => forEachMatch(text, visit),
    scanNormalized: (normalized) => {
      const text = normalized.text;
      const units = new Uint16Array(text.length);
      for (let k = 0; k < text.length; k++) units[k] = text.charCodeAt(k);
      return collect((visit) => runUnits(automaton, units, normalized.offsets, normalized.ends, text.length, visit, undefined));
    },
    countSteps: (text) => {
      const counter = new Float64Array(1);
      forEachMatch(text, () => {}, counter);
      return counter[0] ?? 0;
    },
  };
}
