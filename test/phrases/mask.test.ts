import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskSensitive } from '../../src/phrases/mask.js';

describe('maskSensitive (REC-2)', () => {
  it('masks mobiles, landlines and ID-card numbers, keeping the first three and last four digits', () => {
    expect(maskSensitive('我的电话是13800138000')).toBe('我的电话是138****8000');
    expect(maskSensitive('+86 138 0013 8000')).toBe('+86 138 **** 8000');
    expect(maskSensitive('座机0571-87654321吧')).toBe('座机0571-****4321吧');
    expect(maskSensitive('身份证110101199003071234')).toBe('身份证110***********1234');
    expect(maskSensitive('11010119900307123X号')).toBe('110***********123X号');
  });
  // Issue 14: the forms real transcripts carry (ASR spacing, full-width input, slipped-in zero-width
  // characters), older and spaced ID cards, bank cards and e-mail addresses.
  it.each([
    ['138.1234.5678', '138.****.5678'],
    ['1381 2345 678', '138* ***5 678'],
    ['1 3 8 1 2 3 4 5 6 7 8', '1 3 8 * * * * 5 6 7 8'],
    ['138\u200b1234\u200b5678', '138\u200b****\u200b5678'],
    ['１３８１２３４５６７８', '１３８****５６７８'],
    ['013812345678', '0138****5678'],
    ['（010）62345678', '（010）****5678'],
    ['110101 19900307 1234', '110*** ******** 1234'],
    ['110101900307123', '110********7123'],
    ['6222 0212 3456 7890 123', '**** **** **** ***0 123'],
    ['wang.xm@example.com', 'w******@example.com'],
  ])('masks %s', (input, masked) => {
    expect(maskSensitive(input)).toBe(masked);
  });

  it('leaves hotline numbers, short numbers and plain text alone', () => {
    expect(maskSensitive('请拨打96777')).toBe('请拨打96777');
    expect(maskSensitive('3号楼2单元201')).toBe('3号楼2单元201');
    expect(maskSensitive('您好')).toBe('您好');
  });
  it('keeps the length, so offsets into the original stay valid, and hides a mobile between words', () => {
    fc.assert(
      fc.property(
        fc.string().map((s) => s.replace(/[\dXx+]/g, '')),
        fc.stringMatching(/^1[3-9]\d{9}$/),
        (text, phone) => {
          const input = text + phone + text;
          const masked = maskSensitive(input);
          expect(masked.length).toBe(input.length);
          expect(masked).not.toContain(phone);
        },
      ),
    );
  });
});
