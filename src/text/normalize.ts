/**
 * Text normalisation for phrase matching: one pass per turn that folds the surface differences the
 * standards do not care about, and keeps a map back to the original offsets so that every finding
 * points at the customer-visible text.
 *
 * @module
 */
import { isSkippedCharacter } from './skip.js';

/**
 * A converter from traditional to simplified Chinese, e.g. the one `kefu/text/traditional`
 * builds from opencc-js. It should convert character by character (same number of code points in
 * and out); when it does not, kefu falls back to converting one code point at a time so the offset
 * map stays exact.
 *
 * @example
 * ```ts
 * const toSimplified: ToSimplified = (text) => text.replaceAll('說', '说');
 * ```
 */
export type ToSimplified = (text: string) => string;

/**
 * Options of {@link normalizeText}. The same options must be used for the patterns and the text
 * they are matched against (the matcher does this for you).
 *
 * @example
 * ```ts
 * const options: NormalizeOptions = { toSimplified: (t) => t.replaceAll('們', '们') };
 * ```
 */
export interface NormalizeOptions {
  /** Fold traditional characters to simplified before matching. Off unless a converter is given. */
  readonly toSimplified?: ToSimplified;
}

/**
 * A normalised text and its map back to the original.
 *
 * `offsets[k]` is the original UTF-16 offset where the character that produced normalised code unit
 * `k` starts, `ends[k]` where it ends. `offsets[text.length]` is the original length, so a
 * normalised half-open range `[s, e)` maps back to `[offsets[s], ends[e - 1])`.
 *
 * @example
 * ```ts
 * const n = normalizeText('不 知 道。');
 * n.text; // '不知道'
 * [n.offsets[0], n.ends[2]]; // [0, 5]
 * ```
 */
export interface NormalizedText {
  readonly text: string;
  /** Original UTF-16 offset of each normalised code unit; length `text.length + 1`. */
  readonly offsets: Int32Array | readonly number[];
  /** Original UTF-16 end offset of the character behind each normalised code unit; length `text.length`. */
  readonly ends: Int32Array | readonly number[];
  /** The text that was normalised. */
  readonly original: string;
}

/**
 * Normalised form of each ASCII code unit, 0 when it is skipped. Derived from the same predicate as
 * the slow path so that the ASCII fast path can never disagree with it.
 *
 * @internal
 */
export const ASCII_FOLD_TABLE: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (isSkippedCharacter(ch)) continue;
    table[c] = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  }
  return table;
})();

/**
 * The normalised form of one code point outside the ASCII and CJK fast paths: NFKC (full-width
 * forms, compatibility ideographs), then lower case, then skipped characters removed. NFKC alone
 * keeps the ideographic full stop “。”, which the skip predicate removes.
 *
 * @internal
 */
export function foldCodePoint(codePoint: number): string {
  const folded = String.fromCodePoint(codePoint).normalize('NFKC').toLowerCase();
  let out = '';
  for (const ch of folded) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) {
      const f = ASCII_FOLD_TABLE[c] ?? 0;
      if (f !== 0) out += String.fromCharCode(f);
    } else if (!isSkippedCharacter(ch)) out += ch;
  }
  return out;
}

/**
 * Precomputed folds of the non-CJK characters turns are full of — Latin-1, general punctuation
 * (“”‘’…—), CJK punctuation (，。、「」), vertical and small form variants (︰﹐﹒) and full-width
 * forms — so the hot loops skip NFKC for them.
 * Entry: 0 = dropped, -1 = not a single code unit (use {@link foldCodePoint}), else the folded unit.
 * Derived from {@link foldCodePoint}, so it cannot disagree with it.
 */
const FAST_FOLD: Int32Array = /* @__PURE__ */ (() => {
  const table = new Int32Array(640);
  const fill = (from: number, to: number, offset: number): void => {
    for (let c = from; c < to; c++) {
      const folded = foldCodePoint(c);
      table[offset + c - from] = folded.length === 0 ? 0 : folded.length === 1 ? folded.charCodeAt(0) : -1;
    }
  };
  fill(0x80, 0x100, 0);
  fill(0x2000, 0x2070, 128);
  fill(0x3000, 0x3040, 240);
  fill(0xff00, 0xfff0, 304);
  fill(0xfe10, 0xfe70, 544);
  return table;
})();

/**
 * The fold of a BMP code unit from the precomputed ranges: 0 when dropped, the folded unit, or -1
 * when the caller must use {@link foldCodePoint}.
 *
 * @internal
 */
export function foldFast(c: number): number {
  if (c < 0x100) return c < 0x80 ? (ASCII_FOLD_TABLE[c] as number) : (FAST_FOLD[c - 0x80] as number);
  if (c >= 0x3000) {
    if (c < 0x3040) return FAST_FOLD[c - 0x3000 + 240] as number;
    if (c >= 0xff00 && c < 0xfff0) return FAST_FOLD[c - 0xff00 + 304] as number;
    if (c >= 0xfe10 && c < 0xfe70) return FAST_FOLD[c - 0xfe10 + 544] as number;
    return -1;
  }
  if (c >= 0x2000 && c < 0x2070) return FAST_FOLD[c - 0x2000 + 128] as number;
  return -1;
}

/**
 * Normalised code units of a text with their original ranges, in growable typed arrays.
 *
 * @internal
 */
export interface NormalizedUnits {
  readonly units: Uint16Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly length: number;
}

/** Number of code points, counting a lone surrogate as one. */
function codePointCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/**
 * Apply a traditional→simplified converter while keeping one output code point per input code
 * point, so offsets can be mapped per code point. Returns an array of the converted code points'
 * strings, one per original code point.
 */
function convertPerCodePoint(input: string, toSimplified: ToSimplified): string[] {
  const whole = toSimplified(input);
  const originals = Array.from(input);
  if (codePointCount(whole) === originals.length) return Array.from(whole);
  // The converter changed the length (a phrase table hit): convert each code point alone.
  return originals.map((ch) => {
    const converted = toSimplified(ch);
    return codePointCount(converted) === 1 ? converted : ch;
  });
}

/**
 * Normalise into typed arrays. The hot loop handles CJK unified ideographs and ASCII inline; every
 * other code point goes through {@link foldCodePoint}.
 *
 * @internal
 */
export function normalizeUnits(input: string, options?: NormalizeOptions): NormalizedUnits {
  const n = input.length;
  let capacity = n + 16;
  let units = new Uint16Array(capacity);
  let starts = new Int32Array(capacity + 1);
  let ends = new Int32Array(capacity);
  let k = 0;
  const grow = (need: number): void => {
    while (capacity < need) capacity *= 2;
    const u = new Uint16Array(capacity);
    u.set(units.subarray(0, k));
    const s = new Int32Array(capacity + 1);
    s.set(starts.subarray(0, k));
    const e = new Int32Array(capacity);
    e.set(ends.subarray(0, k));
    units = u;
    starts = s;
    ends = e;
  };
  const pushString = (s: string, start: number, end: number): void => {
    if (k + s.length > capacity) grow(k + s.length);
    for (let j = 0; j < s.length; j++) {
      units[k] = s.charCodeAt(j);
      starts[k] = start;
      ends[k] = end;
      k++;
    }
  };

  const converted = options?.toSimplified === undefined ? undefined : convertPerCodePoint(input, options.toSimplified);
  let cpIndex = 0;
  let f = 0;
  for (let i = 0; i < n;) {
    const start = i;
    const c = input.charCodeAt(i++);
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i < n) {
      const d = input.charCodeAt(i);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (converted !== undefined) {
      const replacement = converted[cpIndex];
      if (replacement !== undefined) {
        const rc = replacement.codePointAt(0);
        if (rc !== undefined) cp = rc;
      }
    }
    cpIndex++;
    if (cp >= 0x4e00 && cp <= 0x9fff) {
      if (k >= capacity) grow(k + 1);
      units[k] = cp;
      starts[k] = start;
      ends[k] = i;
      k++;
    } else if (cp < 0x80) {
      f = ASCII_FOLD_TABLE[cp] ?? 0;
      if (f !== 0) {
        if (k >= capacity) grow(k + 1);
        units[k] = f;
        starts[k] = start;
        ends[k] = i;
        k++;
      }
    } else if (cp <= 0xffff && (f = foldFast(cp)) !== -1) {
      if (f !== 0) {
        if (k >= capacity) grow(k + 1);
        units[k] = f;
        starts[k] = start;
        ends[k] = i;
        k++;
      }
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      // A lone surrogate is kept as it is: it is not punctuation and has no normal form.
      pushString(String.fromCharCode(cp), start, i);
    } else {
      pushString(foldCodePoint(cp), start, i);
    }
  }
  starts[k] = n;
  return { units, starts, ends, length: k };
}

function unitsToString(units: Uint16Array, length: number): string {
  let text = '';
  // apply takes the typed array as it is (a spread would walk its iterator, slow for short turns);
  // chunks stay under the engine's argument limit.
  for (let i = 0; i < length; i += 8192) text += String(Reflect.apply(String.fromCharCode, null, units.subarray(i, Math.min(length, i + 8192))));
  return text;
}

/**
 * Normalise a turn for phrase matching, keeping a map back to the original offsets.
 *
 * What it folds (rule: PHR-FORBID — “不 知 道” is still 不知道):
 * - full-width forms to half-width (NFKC per code point), and the ideographic punctuation NFKC keeps;
 * - upper case to lower case;
 * - every space, punctuation mark, control and format character is dropped, so phrases match across them;
 * - traditional to simplified characters when `options.toSimplified` is given.
 *
 * Offsets are mapped per code point, so an astral character (two code units) maps to both of its units.
 *
 * @param input - the turn's text, untouched
 * @param options - see {@link NormalizeOptions}
 * @returns the normalised text and its offset map
 * @example
 * ```ts
 * const n = normalizeText('ＡＢ，不 知 道！');
 * n.text; // 'ab不知道'
 * n.offsets[2]; // 3 — “不” starts at offset 3 of the input
 * ```
 */
export function normalizeText(input: string, options?: NormalizeOptions): NormalizedText {
  const normalized = normalizeUnits(input, options);
  return {
    text: unitsToString(normalized.units, normalized.length),
    // Views, not copies: the arrays were made for this result alone.
    offsets: normalized.starts.subarray(0, normalized.length + 1),
    ends: normalized.ends.subarray(0, normalized.length),
    original: input,
  };
}

/**
 * Map a half-open range of the normalised text back to the original text.
 *
 * @param normalized - the result of {@link normalizeText}
 * @param start - normalised start offset
 * @param end - normalised end offset (exclusive), `end > start`
 * @returns the half-open original UTF-16 range
 * @example
 * ```ts
 * const n = normalizeText('请 稍 等');
 * toOriginalRange(n, 0, 3); // { start: 0, end: 5 }
 * ```
 */
export function toOriginalRange(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = normalized.offsets[start] ?? normalized.original.length;
  const e = end > start ? (normalized.ends[end - 1] ?? s) : s;
  return { start: s, end: e };
}

/**
 * A 1-based line and column (in UTF-16 code units) of an offset in a text.
 *
 * @example
 * ```ts
 * const at: LineColumn = { line: 2, column: 1 };
 * ```
 */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/**
 * Build a lookup from UTF-16 offsets to 1-based line/column for a text with `\n`, `\r\n` or `\r`
 * line breaks. Build it once per text; each lookup is a binary search.
 *
 * @param text - the text the offsets refer to
 * @returns a function from offset to line/column
 * @example
 * ```ts
 * const at = createLineIndex('您好\n不知道');
 * at(3); // { line: 2, column: 1 }
 * ```
 */
export function createLineIndex(text: string): (offset: number) => LineColumn {
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) lineStarts.push(i + 1);
    else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      lineStarts.push(i + 1);
    }
  }
  return (offset: number): LineColumn => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };
}

/**
 * Whether normalisation drops every character of `text[from, to)`: only punctuation, spaces and
 * controls stand there. This is how a catalog entry pinned to the start or end of an utterance, or
 * wanting a pause after it, reads its surroundings.
 *
 * @param text - the original text
 * @param from - start offset (UTF-16)
 * @param to - end offset (UTF-16, exclusive)
 * @returns `true` when nothing in the range survives normalisation
 * @example
 * ```ts
 * droppedByNormalization('，  不', 0, 3); // true
 * droppedByNormalization('，  不', 0, 4); // false
 * ```
 * @internal
 */
export function droppedByNormalization(text: string, from: number, to: number): boolean {
  for (let i = from; i < to;) {
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

/**
 * Whether a pause stands at `offset`: the end of the text, or a character normalisation drops.
 *
 * @param text - the original text
 * @param offset - a UTF-16 offset
 * @returns `true` at the end or before punctuation or a space
 * @example
 * ```ts
 * pauseAt('不，好的', 1); // true
 * pauseAt('不客气', 1); // false
 * ```
 * @internal
 */
export function pauseAt(text: string, offset: number): boolean {
  if (offset >= text.length) return true;
  const cp = text.codePointAt(offset) ?? 0;
  return droppedByNormalization(text, offset, offset + (cp > 0xffff ? 2 : 1));
}
