import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KefuError } from '../../src/model/error.js';
import { Transcript } from '../../src/model/transcript.js';
import { locateInSource, parseTranscriptText, TRANSCRIPT_FORMATS, type TranscriptFormat } from '../../src/transcripts/index.js';

const OPTIONS = { channels: { 0: 'agent', 1: 'customer' } } as const;
const FORMATS: readonly (TranscriptFormat | 'auto')[] = ['auto', ...TRANSCRIPT_FORMATS];

// Fragments that steer random input into every parser's deeper paths.
const fragment = fc.constantFrom(
  '客服：',
  '客户: ',
  '经理：',
  '[00:12] ',
  '00:00:01.000 --> 00:00:02.000',
  '00:00:01,000 --> 00:00:00,500',
  'WEBVTT',
  'NOTE x',
  '<v 客服>',
  '<v 谁>',
  '</v>',
  '&amp;',
  '&#x1F600;',
  '&#99999999;',
  '1',
  '  ',
  '\n',
  '\r\n',
  '\r',
  '{',
  '}',
  '[',
  ']',
  '"',
  '\\u4f60',
  '\\x',
  ':',
  ',',
  '"Sentences":',
  '"Result":',
  '"ResultDetail":',
  '"Data":',
  '"turns":',
  '"Text":"您好"',
  '"FinalSentence":null',
  '"ChannelId":0',
  '"SpeakerId":7',
  '"BeginTime":-1',
  '"EndTime":1e400',
  '"Words":[',
  '"speaker":"agent"',
  '"text":',
  '您好',
  '\ufeff',
  '\ud800',
);
const structured = fc.array(fc.oneof(fragment, fc.string({ maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 200, unit: 'binary' }), structured);

describe('parsers on arbitrary input (property)', () => {
  it('throw nothing but KefuError, and what they return is a valid Transcript with a source per turn', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...FORMATS), (input, format) => {
        let parsed;
        try {
          parsed = parseTranscriptText(input, { ...OPTIONS, format });
        } catch (error) {
          expect(error).toBeInstanceOf(KefuError);
          const issue = (error as KefuError).issues[0];
          if ((error as KefuError).code === 'parse_error') {
            // Every parse error carries a 1-based position inside the input (or just past its end).
            expect(issue?.line).toBeGreaterThanOrEqual(1);
            expect(issue?.column).toBeGreaterThanOrEqual(1);
            expect(issue!.line!).toBeLessThanOrEqual(input.split(/\r\n|\r|\n/).length);
          }
          return;
        }
        expect(Transcript.safeParse(parsed.transcript).success).toBe(true);
        expect(parsed.turnSources).toHaveLength(parsed.transcript.turns.length);
        const lineCount = input.split(/\r\n|\r|\n/).length;
        parsed.transcript.turns.forEach((turn, i) => {
          for (const offset of [0, turn.text.length - 1]) {
            const at = locateInSource(parsed.turnSources[i]!, Math.max(0, offset));
            expect(at.line).toBeGreaterThanOrEqual(1);
            expect(at.line).toBeLessThanOrEqual(lineCount);
            expect(at.column).toBeGreaterThanOrEqual(1);
          }
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('map every verbatim character of a text transcript back to itself in the source', () => {
    const line = fc.tuple(
      fc.constantFrom('客服：', '客户: ', '  ', 'A: '),
      fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[\r\n:：]/.test(s) && s.trim() !== '' && !/^\s/.test(s)),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const input = ['客服：开始', ...lines.map(([label, text]) => label + text)].join('\n');
        const { transcript, turnSources } = parseTranscriptText(input, { format: 'text' });
        const sourceLines = input.split('\n');
        transcript.turns.forEach((turn, i) => {
          for (let k = 0; k < turn.text.length; k++) {
            if (turn.text[k] === '\n') continue;
            const at = locateInSource(turnSources[i]!, k);
            expect(sourceLines[at.line - 1]![at.column - 1]).toBe(turn.text[k]);
          }
        });
      }),
      { numRuns: 500 },
    );
  });
});
