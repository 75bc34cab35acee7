import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compileMatcher, type MatcherPattern, type PhraseMatch } from '../../src/text/matcher.js';
import { normalizeText } from '../../src/text/normalize.js';
import { KefuError } from '../../src/model/error.js';
import { createToSimplified } from '../../src/text/traditional.js';

const ranges = (matches: readonly PhraseMatch[]) => matches.map((m) => [m.id, m.start, m.end]);

/** Every occurrence of every pattern in the normalised text, by repeated indexOf (the reference). */
function naive(patterns: readonly MatcherPattern[], text: string): string[] {
  const n = normalizeText(text);
  const out: string[] = [];
  patterns.forEach((p, i) => {
    const needle = normalizeText(p.text).text;
    for (let at = n.text.indexOf(needle); at !== -1; at = n.text.indexOf(needle, at + 1)) {
      out.push(`${i}:${at}:${at + needle.length}:${n.offsets[at]}:${n.ends[at + needle.length - 1]}`);
    }
  });
  return out.sort();
}
const key = (m: PhraseMatch) => `${m.pattern}:${m.normalizedStart}:${m.normalizedEnd}:${m.start}:${m.end}`;

describe.each(['dense', 'sparse'] as const)('compileMatcher (%s)', (representation) => {
  const forbidden = [
    { id: 'forbid-09-a', text: '快下班了，明天再来' },
    { id: 'tomorrow', text: '明天再来' },
    { id: 'forbid-01-a', text: '不知道' },
    { id: 'refuse-02', text: '我不知道' },
  ];
  const matcher = compileMatcher(forbidden, { representation });

  it('reports nested matches with the original ranges (rule: PHR-FORBID (九))', () => {
    expect(matcher.representation).toBe(representation);
    expect(ranges(matcher.scan('快下班了，明天再来'))).toEqual([
      ['forbid-09-a', 0, 9],
      ['tomorrow', 5, 9],
    ]);
  });

  it('reports overlapping matches, ordered by end then longest first (rule: PHR-FORBID-2)', () => {
    expect(ranges(matcher.scan('嗯，我不 知 道！'))).toEqual([
      ['refuse-02', 2, 8],
      ['forbid-01-a', 3, 8],
    ]);
  });

  it('matches full-width and spaced text and reports normalised positions too', () => {
    const m = compileMatcher([{ id: 'ok', text: 'OK' }], { representation });
    expect(m.scan('好的，ｏ Ｋ！')).toEqual([{ id: 'ok', pattern: 0, start: 3, end: 6, normalizedStart: 2, normalizedEnd: 4 }]);
  });

  it('handles astral characters and overlapping self-matches', () => {
    const m = compileMatcher(
      [
        { id: 'x', text: '𠀀𠀀' },
        { id: 'aa', text: 'aa' },
      ],
      { representation },
    );
    expect(ranges(m.scan('𠀀𠀀𠀀'))).toEqual([
      ['x', 0, 4],
      ['x', 2, 6],
    ]);
    expect(ranges(m.scan('aaa'))).toEqual([
      ['aa', 0, 2],
      ['aa', 1, 3],
    ]);
  });

  it('reports every pattern sharing a text', () => {
    const m = compileMatcher(
      [
        { id: 'a', text: '再见' },
        { id: 'b', text: '再 见' },
      ],
      { representation },
    );
    expect(ranges(m.scan('再见！'))).toEqual([
      ['a', 0, 2],
      ['b', 0, 2],
    ]);
  });

  it('scanNormalized gives the same matches as scan', () => {
    const text = '快下班了，明天再来。我不知道！';
    expect(matcher.scanNormalized(normalizeText(text))).toEqual(matcher.scan(text));
  });

  it('property: never throws, every range lies inside the text, and results equal a naive indexOf reference', () => {
    const alphabet = fc.constantFrom('不', '知', '道', '我', '明', '天', '再', '来', ' ', '，', 'Ａ', 'a', '𠀀', '。');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 6 }),
        fc.oneof(
          fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')),
          fc.string({ unit: 'binary', maxLength: 40 }),
        ),
        (texts, text) => {
          const patterns = texts.filter((t) => normalizeText(t).text !== '').map((t, i) => ({ id: `p${i}`, text: t }));
          if (patterns.length === 0) return;
          const m = compileMatcher(patterns, { representation });
          const found = m.scan(text);
          for (const hit of found) {
            expect(hit.start).toBeGreaterThanOrEqual(0);
            expect(hit.end).toBeLessThanOrEqual(text.length);
            expect(hit.start).toBeLessThan(hit.end);
          }
          expect(found.map(key).sort()).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(() => matcher.scan(text)).not.toThrow();
      }),
    );
  });
});

describe('compileMatcher options and errors', () => {
  it('matches traditional text through a converter (both patterns and text are converted)', () => {
    const m = compileMatcher([{ id: 'forbid-01-a', text: '不知道' }], { normalize: { toSimplified: createToSimplified('t') } });
    expect(ranges(m.scan('這個我不知道'))).toEqual([['forbid-01-a', 3, 6]]);
  });

  it('rejects a pattern that normalises to nothing, naming its index', () => {
    expect(() =>
      compileMatcher([
        { id: 'a', text: '好' },
        { id: 'b', text: '，。 ' },
      ]),
    ).toThrow(KefuError);
    expect(() =>
      compileMatcher([
        { id: 'a', text: '好' },
        { id: 'b', text: '，。 ' },
      ]),
    ).toThrow(/patterns\[1\]\.text/);
  });

  it('rejects a non-string id or text and a non-string scan input', () => {
    expect(() => compileMatcher([{ id: '', text: '好' }])).toThrow(/patterns\[0\]\.id/);
    expect(() => compileMatcher([{ id: 'x', text: 3 as unknown as string }])).toThrow(/patterns\[0\]\.text/);
    expect(() => compileMatcher([{ id: 'x', text: '好' }]).scan(undefined as unknown as string)).toThrow(/text must be a string/);
  });

  it('chooses the dense table for a catalog-sized pattern set', () => {
    expect(compileMatcher([{ id: 'a', text: '您好' }]).representation).toBe('dense');
  });

  it('an empty pattern list matches nothing', () => {
    expect(compileMatcher([]).scan('不知道')).toEqual([]);
  });
});

describe('the fused scan agrees with normalise-then-scan', () => {
  it('property: scan(text) equals scanNormalized(normalizeText(text)) on any text, including punctuation and astral characters', () => {
    const m = compileMatcher([
      { id: 'a', text: '不知道' },
      { id: 'b', text: 'ok' },
      { id: 'c', text: '〇' },
      { id: 'd', text: 'ｱ' },
      { id: 'e', text: '𠀀不' },
    ]);
    const alphabet = fc.constantFrom('不', '知', '道', 'O', 'ｋ', '〇', '。', '“', '…', 'ｱ', 'ア', '𠀀', '\u00a0', '㈱', '\ud800', 'Ｏ');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')),
          fc.string({ unit: 'binary', maxLength: 30 }),
        ),
        (text) => {
          expect(m.scan(text)).toEqual(m.scanNormalized(normalizeText(text)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('forEachMatch visits the same matches as scan, in the same order', () => {
    const m = compileMatcher([
      { id: 'a', text: '明天再来' },
      { id: 'b', text: '快下班了，明天再来' },
    ]);
    const seen: number[][] = [];
    m.forEachMatch('快下班了，明天再来！', (pattern, start, end, ns, ne) => seen.push([pattern, start, end, ns, ne]));
    expect(seen).toEqual(m.scan('快下班了，明天再来！').map((x) => [x.pattern, x.start, x.end, x.normalizedStart, x.normalizedEnd]));
  });

  it('a scan started from inside a visitor is independent (re-entrant)', () => {
    const m = compileMatcher([{ id: 'a', text: '再见' }]);
    const inner: number[] = [];
    m.forEachMatch('，，再见', () => {
      for (const x of m.scan('再见')) inner.push(x.start);
    });
    expect(inner).toEqual([0]);
    expect(m.scan('，，再见').map((x) => x.start)).toEqual([2]);
  });
});
