import type { Turn } from '../model/transcript.js';
import type { PhraseMatcher } from './matcher.js';
import type { PhraseHit } from './rules/types.js';

/**
 * The turn separator of the one-pass scan: a CJK ideograph (kept by normalisation, so it breaks every
 * match) that the checker verifies no registered phrase contains.
 *
 * @internal
 */
export const TURN_SEPARATOR = '\u9fff';

// Wide punctuation and spaces (，。？！、“”…): the normaliser drops them, but folds each through NFKC
// first, which costs more than the rest of the scan. Writing an ASCII space in their place — also
// dropped, one code unit for one — gives the matcher the same normalised text and the same offsets.
// The table holds only characters that stay punctuation or space under NFKC, from the blocks Chinese
// text draws them from; anything else takes the normaliser's own path with the same result.
const WIDE_PUNCTUATION: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(65536);
  const punctuation = /^[\p{P}\p{Z}]$/u;
  const blocks: readonly (readonly [number, number])[] = [
    [0x00a0, 0x00bf],
    [0x2000, 0x206f],
    [0x3000, 0x303f],
    [0xfe10, 0xfe1f],
    [0xfe30, 0xfe6f],
    [0xff00, 0xff65],
  ];
  for (const [from, to] of blocks) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      if (punctuation.test(ch) && [...ch.normalize('NFKC')].every((x) => punctuation.test(x))) table[c] = 1;
    }
  }
  return table;
})();

const SEPARATOR_CODE = 0x9fff;

/**
 * The part of `TextDecoder` the scan uses (a `utf-16le` decoder, made once per checker).
 *
 * @internal
 */
export interface Utf16Decoder {
  decode(input: Uint16Array): string;
}

/**
 * The turns joined by the separator with wide punctuation written as spaces, or the plain join when the
 * text holds a surrogate (the decoder would rewrite a lone one).
 */
function scanText(turns: readonly Turn[], starts: Int32Array, decoder: Utf16Decoder): string {
  let total = turns.length - 1;
  for (const t of turns) total += t.text.length;
  const units = new Uint16Array(total);
  let k = 0;
  for (let t = 0; t < turns.length; t++) {
    if (t > 0) units[k++] = SEPARATOR_CODE;
    starts[t] = k;
    const text = (turns[t] as Turn).text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return turns.map((x) => x.text).join(TURN_SEPARATOR);
      units[k++] = WIDE_PUNCTUATION[c] === 1 ? 0x20 : c;
    }
  }
  return decoder.decode(units);
}

interface Hit extends PhraseHit {
  readonly set: number;
}

/**
 * Every registered phrase of every turn, found in one scan of the whole transcript.
 *
 * @internal
 */
export interface ScannedTurns {
  hits(set: number, turn: number): readonly PhraseHit[];
}

const EMPTY: readonly PhraseHit[] = Object.freeze([]);

/**
 * Scan all turns at once: join them with {@link TURN_SEPARATOR}, write wide punctuation as spaces, scan,
 * and hand each hit back to its turn with turn-relative offsets. Hits of one turn are grouped by phrase
 * set on first use.
 *
 * @internal
 */
export function scanTurns(
  matcher: PhraseMatcher | undefined,
  owners: readonly { readonly set: number; readonly id: string }[],
  turns: readonly Turn[],
  decoder: Utf16Decoder,
): ScannedTurns {
  if (matcher === undefined || turns.length === 0) return { hits: () => EMPTY };
  const starts = new Int32Array(turns.length);
  const matches = matcher.scan(scanText(turns, starts, decoder));
  const perTurn: (Hit[] | undefined)[] = new Array<Hit[] | undefined>(turns.length);
  let turn = 0;
  // Matches come ordered by end offset, so the turn index only moves forward.
  for (const m of matches) {
    while (turn + 1 < turns.length && m.start >= (starts[turn + 1] as number)) turn++;
    const base = starts[turn] as number;
    const owner = owners[m.pattern] as { set: number; id: string };
    (perTurn[turn] ??= []).push({ set: owner.set, id: owner.id, start: m.start - base, end: m.end - base });
  }
  const grouped: (Map<number, PhraseHit[]> | undefined)[] = new Array<Map<number, PhraseHit[]> | undefined>(turns.length);
  return {
    hits(set, t) {
      const raw = perTurn[t];
      if (raw === undefined) return EMPTY;
      let bySet = grouped[t];
      if (bySet === undefined) {
        bySet = new Map();
        for (const h of raw) {
          const list = bySet.get(h.set);
          if (list === undefined) bySet.set(h.set, [h]);
          else list.push(h);
        }
        grouped[t] = bySet;
      }
      return bySet.get(set) ?? EMPTY;
    },
  };
}
