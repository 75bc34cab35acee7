import { describe, expect, it } from 'vitest';
import { parseTranscriptText } from '../../src/transcripts/index.js';

// Layout characters that real exports carry: they separate or decorate, they are not speech.
const turns = (text: string) => parseTranscriptText(text).transcript.turns.map((t) => [t.speaker, t.text]);

describe('text transcripts: Unicode layout', () => {
  it('U+2028 and U+2029 end a line, so the customer’s words are the customer’s', () => {
    expect(turns('客服：您好\u2028客户：我家漏气了\u2029客服：马上派人')).toEqual([
      ['agent', '您好'],
      ['customer', '我家漏气了'],
      ['agent', '马上派人'],
    ]);
  });

  it('a direction mark or zero-width space before a label or after its colon is layout', () => {
    expect(turns('\u200f客服：您好\n\u200b客户：\u2060你好')).toEqual([
      ['agent', '您好'],
      ['customer', '你好'],
    ]);
  });

  it('the vertical, small and ratio colons (︰ ﹕ ∶) mark a label as ： does', () => {
    expect(turns('客服︰您好\n客户﹕你好\n客服∶请讲')).toEqual([
      ['agent', '您好'],
      ['customer', '你好'],
      ['agent', '请讲'],
    ]);
  });

  it('positions still point into the original text: 您好 is column 5, after the mark, the label and the colon', () => {
    const { transcript, turnSources } = parseTranscriptText('\u200f客服：您好');
    expect(transcript.turns[0]?.text).toBe('您好');
    expect(turnSources).toEqual([{ line: 1, column: 5 }]);
  });
});
