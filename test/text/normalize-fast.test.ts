import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalizeText } from '../../src/text/normalize.js';
import { compileMatcher, type PhraseMatch } from '../../src/text/matcher.js';
import { createChecker } from '../../src/phrases/checker.js';

// The normaliser and the matcher fold through lookup tables; these tests hold them to the definition
// (NFKC per code point, lower case, punctuation/space/control dropped — rule: PHR-FORBID “不 知 道”).

const SKIPPED = /^[\p{P}\p{Z}\p{C}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]$/u;

/** The definition, one code point at a time, with no table: what every fast path must reproduce. */
function referenceFold(codePoint: number): string {
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return String.fromCharCode(codePoint);
  let out = '';
  for (const ch of String.fromCodePoint(codePoint).normalize('NFKC').toLowerCase()) if (!SKIPPED.test(ch)) out += ch;
  return out;
}

function referenceNormalize(input: string): { text: string; offsets: number[]; ends: number[] } {
  let text = '';
  const offsets: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < input.length;) {
    const cp = input.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const folded = referenceFold(cp);
    for (let j = 0; j < folded.length; j++) {
      offsets.push(i);
      ends.push(i + width);
    }
    text += folded;
    i += width;
  }
  offsets.push(input.length);
  return { text, offsets, ends };
}

// Characters Chinese turns are made of, and the awkward ones: full-width and CJK punctuation, vertical
// and small forms, general punctuation, Latin-1, compatibility characters that expand (㎏ → kg, ﬁ → fi),
// astral ideographs and emoji, lone surrogates, controls and format characters.
const awkward = [
  ...'，。？！、；：“”‘’（）《》【】「」『』…—～·　',
  ...'︰︱︳﹐﹑﹒﹔﹕﹖﹗﹙﹚﹝﹞＃％＆＊＠',
  ...'ＡＢｃｄ０１９ＸＹ',
  ...'\u00a0\u00b7\u00bfÀÉßµ\u2002\u2014\u2026\u203b\u2060\u200b\ufeff',
  ...'㎏ﬁ①⑩Ⅻ\uF9D1㈠',
  '𠀀',
  '😀',
  '\ud800',
  '\udc00',
  ...'\u0000\t\n\r',
  ...'不知道我明天再来好您请稍等ABCxyz 0-9',
];
const awkwardText = fc.array(fc.oneof(fc.constantFrom(...awkward), fc.string({ maxLength: 3, unit: 'binary' })), { maxLength: 30 }).map((parts) => parts.join(''));

describe('fast normalisation equals the NFKC definition', () => {
  it('for every BMP code unit on its own (rule: PHR-FORBID)', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const got = normalizeText(String.fromCharCode(c)).text;
      if (got !== referenceFold(c)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('property: on random text with astral characters, punctuation and surrogates, text and offsets agree', () => {
    fc.assert(
      fc.property(awkwardText, (input) => {
        const fast = normalizeText(input);
        const reference = referenceNormalize(input);
        expect(fast.text).toBe(reference.text);
        expect(Array.from(fast.offsets)).toEqual(reference.offsets);
        expect(Array.from(fast.ends)).toEqual(reference.ends);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the fused matcher scan agrees with the normaliser', () => {
  const key = (m: PhraseMatch): string => `${m.id}:${m.pattern}:${m.start}:${m.end}:${m.normalizedStart}:${m.normalizedEnd}`;

  it('property: scan, forEachMatch and scanNormalized find the same matches in the same order', () => {
    const word = fc.array(fc.constantFrom(...awkward), { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), awkwardText, (texts, input) => {
        const patterns = texts.map((text, i) => ({ id: `p${i}`, text })).filter((p) => normalizeText(p.text).text !== '');
        if (patterns.length === 0) return;
        const matcher = compileMatcher(patterns);
        const sparse = compileMatcher(patterns, { representation: 'sparse' });
        const scanned = matcher.scan(input).map(key);
        const visited: string[] = [];
        matcher.forEachMatch(input, (pattern, start, end, normalizedStart, normalizedEnd) => {
          visited.push(`${patterns[pattern]?.id}:${pattern}:${start}:${end}:${normalizedStart}:${normalizedEnd}`);
        });
        expect(visited).toEqual(scanned);
        expect(matcher.scanNormalized(normalizeText(input)).map(key)).toEqual(scanned);
        expect(sparse.scan(input).map(key)).toEqual(scanned);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every match of a long text and of a scan started from inside a visitor (rule: PHR-FORBID-2)', () => {
    const matcher = compileMatcher([
      { id: 'bu', text: '不' },
      { id: 'buzhidao', text: '不知道' },
    ]);
    const text = '我不知道，'.repeat(400);
    const all = matcher.scan(text);
    expect(all).toHaveLength(800);
    expect(all[798]).toEqual({ id: 'bu', pattern: 0, start: 1996, end: 1997, normalizedStart: 1597, normalizedEnd: 1598 });
    expect(all[799]).toEqual({ id: 'buzhidao', pattern: 1, start: 1996, end: 1999, normalizedStart: 1597, normalizedEnd: 1600 });
    let nested = 0;
    let outer = 0;
    matcher.forEachMatch(text, (pattern) => {
      outer++;
      if (pattern === 1) nested += matcher.scan('不知道不知道').length;
    });
    expect(outer).toBe(800);
    expect(nested).toBe(400 * 4);
  });
});

describe('checker phrase scan', () => {
  it('does not let a phrase run from one turn into the next (rule: PHR-FORBID)', () => {
    const checker = createChecker({ rules: { 'forbidden-phrase': 'error' } });
    const split = checker.check({
      turns: [
        { speaker: 'agent', text: '我不知' },
        { speaker: 'agent', text: '道' },
      ],
    });
    expect(split.diagnostics.filter((d) => d.ruleId === 'forbidden-phrase')).toEqual([]);
    const whole = checker.check({
      turns: [
        { speaker: 'agent', text: '好' },
        { speaker: 'agent', text: '我不，知道' },
      ],
    });
    expect(whole.diagnostics.filter((d) => d.ruleId === 'forbidden-phrase').map((d) => [d.turn, d.range])).toEqual([[1, { start: 0, end: 5 }]]);
  });
});
