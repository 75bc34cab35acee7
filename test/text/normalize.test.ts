import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createLineIndex, normalizeText, toOriginalRange } from '../../src/text/normalize.js';
import { createToSimplified } from '../../src/text/traditional.js';

describe('normalizeText', () => {
  it('drops spaces and punctuation between characters (rule: PHR-FORBID — “不 知 道” is 不知道)', () => {
    const n = normalizeText('不 知 道。');
    expect(n.text).toBe('不知道');
    expect(Array.from(n.offsets)).toEqual([0, 2, 4, 6]);
    expect(Array.from(n.ends)).toEqual([1, 3, 5]);
  });

  it('folds full-width letters and digits to half-width and lower case; NFKC-kept “。” and “，” are dropped', () => {
    const n = normalizeText('ＡＢｃ１２３，好。');
    expect(n.text).toBe('abc123好');
    expect(Array.from(n.offsets)).toEqual([0, 1, 2, 3, 4, 5, 7, 9]);
  });

  it('keeps CJK compatibility ideographs comparable (NFKC maps them to the unified form)', () => {
    // U+F9D1 is a compatibility form of 六.
    expect(normalizeText('\uF9D1').text).toBe('六');
  });

  it('maps astral characters per code point: both code units point at the same original range', () => {
    const n = normalizeText('a𠀀b');
    expect(n.text).toBe('a𠀀b');
    expect(Array.from(n.offsets)).toEqual([0, 1, 1, 3, 4]);
    expect(Array.from(n.ends)).toEqual([1, 3, 3, 4]);
  });

  it('drops zero-width and control characters', () => {
    expect(normalizeText('不\u200b知\u0000道\t').text).toBe('不知道');
  });

  it('converts traditional to simplified when a converter is given, keeping offsets exact', () => {
    const toSimplified = createToSimplified('t');
    const n = normalizeText('我們 不知道這個', { toSimplified });
    expect(n.text).toBe('我们不知道这个');
    expect(n.offsets[2]).toBe(3);
  });

  it('falls back to per-code-point conversion when the converter changes the length', () => {
    const n = normalizeText('軟體好', { toSimplified: createToSimplified('twp') });
    // twp turns 軟體 into 软件 (same length here); a converter that changes length must still keep offsets.
    expect(n.text).toBe('软件好');
    const stretching = normalizeText('甲乙', { toSimplified: (t) => (t.length > 1 ? `${t}!!` : t === '甲' ? '一' : t) });
    expect(stretching.text).toBe('一乙');
    expect(Array.from(stretching.offsets)).toEqual([0, 1, 2]);
  });

  it('toOriginalRange maps a normalised range back, excluding trailing punctuation', () => {
    const n = normalizeText('请 稍 等！');
    expect(toOriginalRange(n, 0, 3)).toEqual({ start: 0, end: 5 });
  });

  it('property: the offset map is monotonic, inside the text, and every kept unit comes from its range', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (input) => {
        const n = normalizeText(input);
        expect(n.offsets.length).toBe(n.text.length + 1);
        expect(n.offsets[n.text.length]).toBe(input.length);
        for (let k = 0; k < n.text.length; k++) {
          const s = n.offsets[k] as number;
          const e = n.ends[k] as number;
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(input.length);
          expect(n.offsets[k + 1] as number).toBeGreaterThanOrEqual(s);
        }
      }),
    );
  });

  it('property: normalising twice changes nothing (idempotent)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (input) => {
        const once = normalizeText(input).text;
        expect(normalizeText(once).text).toBe(once);
      }),
    );
  });
});

describe('createLineIndex', () => {
  it('gives 1-based line and column for \\n, \\r\\n and \\r line breaks', () => {
    const at = createLineIndex('您好\r\n不知道\r再见\n');
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(4)).toEqual({ line: 2, column: 1 });
    expect(at(6)).toEqual({ line: 2, column: 3 });
    expect(at(8)).toEqual({ line: 3, column: 1 });
    expect(at(11)).toEqual({ line: 4, column: 1 });
  });
});
