import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KefuError } from '../../src/model/error.js';
import { Transcript } from '../../src/model/transcript.js';
import {
  DEFAULT_SPEAKER_LABELS,
  detectTranscriptFormat,
  locateInSource,
  locateRangeInSource,
  parseAliyunTranscript,
  parseKefuTranscript,
  parseSrtTranscript,
  parseTencentTranscript,
  parseTextTranscript,
  parseTranscriptText,
  parseVttTranscript,
  type TurnSource,
} from '../../src/transcripts/index.js';

const fixture = (path: string): string => readFileSync(`test/fixtures/${path}`, 'utf8');
const CHANNELS = { 0: 'agent', 1: 'customer' } as const;

/** The error a call throws, asserted to be a parse_error KefuError. */
function parseError(run: () => unknown): KefuError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KefuError);
    expect((error as KefuError).code).toBe('parse_error');
    return error as KefuError;
  }
  throw new Error('expected a parse error');
}

function at(error: KefuError): [number | undefined, number | undefined] {
  return [error.issues[0]?.line, error.issues[0]?.column];
}

/** The source text a turn source points at, read back from the input. */
function sourceChar(input: string, source: TurnSource, offset: number): string {
  const { line, column } = locateInSource(source, offset);
  return input.split(/\r\n|\r|\n/)[line - 1]!.replace(/^\ufeff/, '')[column - 1]!;
}

describe('plain text transcripts', () => {
  it('reads labels, timestamps and continuation lines into exact turns', () => {
    const input = fixture('formats/call.txt');
    const { transcript, turnSources, format } = parseTextTranscript(input);
    expect(format).toBe('text');
    expect(transcript).toEqual({
      turns: [
        { speaker: 'agent', text: '您好，阳泉市煤气公司012号客服员为您服务', start: 0 },
        { speaker: 'customer', text: '你好，我家燃气表不走了', start: 4000 },
        { speaker: 'agent', text: '请问您贵姓？', start: 7000 },
        { speaker: 'customer', text: '姓王，地址是幸福路12号\n三单元401', start: 9000 },
        { speaker: 'agent', text: '好的王先生，我马上给您派单', start: 15000 },
        { speaker: 'customer', text: '谢谢' },
        { speaker: 'agent', text: '您还有其他问题吗？' },
      ],
    });
    expect(Transcript.parse(transcript)).toEqual(transcript);
    expect(turnSources.map((s) => [s.line, s.column])).toEqual([
      [1, 12],
      [2, 12],
      [3, 12],
      [4, 12],
      [6, 12],
      [7, 5],
      [8, 4],
    ]);
    // The continuation "三单元401" starts line 5 after two spaces of indent.
    expect(locateInSource(turnSources[3]!, 13)).toEqual({ line: 5, column: 3 });
    expect(sourceChar(input, turnSources[3]!, 15)).toBe('元');
  });

  it('accepts every timestamp shape: [mm:ss], [hh:mm:ss], hh:mm:ss.fff and a comma before ms', () => {
    const { transcript } = parseTextTranscript('[00:12] A: hi\n[00:01:02] B：好\n00:00:12.345 客服：嗯\n[1:00:00,5] customer: ok');
    expect(transcript.turns.map((t) => [t.speaker, t.start])).toEqual([
      ['agent', 12000],
      ['customer', 62000],
      ['agent', 12345],
      ['customer', 3600500],
    ]);
  });

  it('matches labels ignoring ASCII case and prefers the longest label (客服员 over 客服)', () => {
    const { transcript, turnSources } = parseTextTranscript('AGENT: Hello\nCustomer : hi\n客服员：您好');
    expect(transcript.turns).toEqual([
      { speaker: 'agent', text: 'Hello' },
      { speaker: 'customer', text: 'hi' },
      { speaker: 'agent', text: '您好' },
    ]);
    expect(turnSources[2]).toEqual({ line: 3, column: 5 });
  });

  it('uses custom labels instead of the defaults, and the defaults can be spread in', () => {
    expect(parseTextTranscript('经理：您好', { labels: { ...DEFAULT_SPEAKER_LABELS, 经理: 'agent' } }).transcript.turns[0]?.speaker).toBe('agent');
    const error = parseError(() => parseTextTranscript('客服：您好', { labels: { 坐席: 'agent', 来电: 'customer' } }));
    expect(error.message).toContain('unknown speaker label "客服" at the start of the line; add it with the labels option (known: 坐席, 来电)');
    expect(at(error)).toEqual([1, 1]);
  });

  it('rejects an unknown label with its line and column instead of guessing (never a silent speaker)', () => {
    const error = parseError(() => parseTextTranscript('客服：您好\n经理：我来处理'));
    expect(error.message).toMatch(/^Cannot parse text transcript: unknown speaker label "经理" at the start of the line; add it with the labels option/);
    expect(at(error)).toEqual([2, 1]);
    expect(error.issues[0]?.value).toBe('经理');
  });

  it('treats an indented line as a continuation even when it looks like a label', () => {
    const { transcript } = parseTextTranscript('客户：我的地址\n  地址：幸福路12号');
    expect(transcript.turns).toEqual([{ speaker: 'customer', text: '我的地址\n地址：幸福路12号' }]);
  });

  it('reports a timestamp without a label, and an impossible time, at their columns', () => {
    expect(at(parseError(() => parseTextTranscript('客服：您好\n[00:05]   您好')))).toEqual([2, 11]);
    const bad = parseError(() => parseTextTranscript('客服：您好\n  [00:75] 客户：喂'));
    expect(bad.message).toContain('timestamp seconds must be below 60');
    expect(at(bad)).toEqual([2, 3]);
  });

  it('reports text before the first turn', () => {
    const error = parseError(() => parseTextTranscript('\n\n  你好\n客服：您好'));
    expect(at(error)).toEqual([3, 3]);
  });

  it('handles CRLF, a byte-order mark and blank lines without shifting columns', () => {
    const input = '\ufeff客服：您好\r\n\r\n客户：喂\r\n';
    const { transcript, turnSources } = parseTextTranscript(input);
    expect(transcript.turns.map((t) => t.text)).toEqual(['您好', '喂']);
    expect(turnSources).toEqual([
      { line: 1, column: 4 },
      { line: 3, column: 4 },
    ]);
  });

  it('keeps an empty turn when a label has no text, located after the colon', () => {
    const { transcript, turnSources } = parseTextTranscript('客服：\n客户：喂');
    expect(transcript.turns[0]).toEqual({ speaker: 'agent', text: '' });
    expect(turnSources[0]).toEqual({ line: 1, column: 4 });
  });
});

describe('WebVTT transcripts', () => {
  it('reads voice tags, cue times, continuation cues, tags and entities into exact turns', () => {
    const input = fixture('formats/call.vtt');
    const { transcript, turnSources } = parseVttTranscript(input);
    expect(transcript).toEqual({
      turns: [
        { speaker: 'agent', text: '您好，阳泉市煤气公司012号客服员为您服务', start: 0, end: 3200 },
        { speaker: 'customer', text: '我家燃气表不走了\n已经两天了 & 没气', start: 3500, end: 7500 },
        { speaker: 'agent', text: '请您稍等', start: 8000, end: 9000 },
      ],
    });
    expect(turnSources[0]).toEqual({ line: 7, column: 7 });
    // "不" comes after the <b> tag; "没" after the &amp; entity on the continuation cue.
    expect(sourceChar(input, turnSources[1]!, 5)).toBe('不');
    expect(locateInSource(turnSources[1]!, 5)).toEqual({ line: 11, column: 20 });
    expect(sourceChar(input, turnSources[1]!, 17)).toBe('没');
    expect(locateInSource(turnSources[1]!, 15)).toEqual({ line: 14, column: 7 });
    expect(turnSources[2]).toEqual({ line: 17, column: 4 });
  });

  it('requires the WEBVTT header', () => {
    const error = parseError(() => parseVttTranscript('00:00.000 --> 00:01.000\n<v 客服>您好'));
    expect(error.message).toContain('expected the "WEBVTT" header');
    expect(at(error)).toEqual([1, 1]);
  });

  it('reports a broken timing line at the bad time', () => {
    const error = parseError(() => parseVttTranscript('WEBVTT\n\n00:00:01.000 --> 00:0x:02.000\n<v 客服>您好'));
    expect(error.message).toContain('expected a cue time like 00:00:01.000');
    expect(at(error)).toEqual([3, 18]);
    expect(at(parseError(() => parseVttTranscript('WEBVTT\n\n00:00:05.000 --> 00:00:02.000\n<v 客服>您好')))).toEqual([3, 18]);
    expect(at(parseError(() => parseVttTranscript('WEBVTT\n\nid\nno timing here\n')))).toEqual([4, 1]);
  });

  it('rejects a voice name not in the labels, pointing at the name', () => {
    const error = parseError(() => parseVttTranscript('WEBVTT\n\n00:00.000 --> 00:01.000\n<v 王经理>您好'));
    expect(error.message).toContain('unknown speaker in voice tag "王经理"');
    expect(at(error)).toEqual([4, 4]);
  });

  it('rejects a first cue with no speaker', () => {
    const error = parseError(() => parseVttTranscript('WEBVTT\n\n00:00.000 --> 00:01.000\n您好'));
    expect(error.message).toContain('cue has no speaker');
    expect(at(error)).toEqual([4, 1]);
  });

  it('splits a cue with two voice tags into two turns with the cue timing', () => {
    const { transcript } = parseVttTranscript('WEBVTT\n\n00:01.000 --> 00:02.500\n<v 客服>您好</v><v 客户>喂');
    expect(transcript.turns).toEqual([
      { speaker: 'agent', text: '您好', start: 1000, end: 2500 },
      { speaker: 'customer', text: '喂', start: 1000, end: 2500 },
    ]);
  });
});

describe('SRT transcripts', () => {
  it('reads numbered cues with label prefixes, CRLF line ends and italic tags', () => {
    const input = fixture('formats/call.srt');
    const { transcript, turnSources } = parseSrtTranscript(input);
    expect(transcript).toEqual({
      turns: [
        { speaker: 'agent', text: '您好，阳泉市煤气公司012号客服员为您服务', start: 0, end: 3200 },
        { speaker: 'customer', text: '我家燃气表不走了\n已经两天了', start: 3500, end: 7500 },
      ],
    });
    expect(turnSources[0]).toEqual({ line: 3, column: 4 });
    expect(locateInSource(turnSources[1]!, 9)).toEqual({ line: 11, column: 4 });
    expect(sourceChar(input, turnSources[1]!, 9)).toBe('已');
  });

  it('reports a block without a timing line and an unknown label', () => {
    expect(at(parseError(() => parseSrtTranscript('1\n客服：您好\n')))).toEqual([2, 1]);
    const error = parseError(() => parseSrtTranscript('1\n00:00:00,000 --> 00:00:01,000\n班长：您好\n'));
    expect(error.message).toContain('unknown speaker label "班长"');
    expect(at(error)).toEqual([3, 1]);
  });
});

describe('Alibaba Cloud file-transcription results', () => {
  it('reads the Result envelope: channels, times, speech rate, silence in ms and words by channel', () => {
    const input = fixture('asr/aliyun-result.json');
    const { transcript, turnSources, format } = parseAliyunTranscript(input, { channels: CHANNELS });
    expect(format).toBe('aliyun');
    expect(transcript).toEqual({
      turns: [
        {
          speaker: 'agent',
          text: '您好，阳泉市煤气公司012号客服员为您服务',
          start: 340,
          end: 3100,
          words: [{ text: '您好', start: 340, end: 800 }],
          speechRate: 130,
          silenceBefore: 0,
        },
        {
          speaker: 'customer',
          text: '我家燃气表不走了',
          start: 3500,
          end: 5200,
          words: [
            { text: '我家', start: 3500, end: 3700 },
            { text: '燃气表', start: 3700, end: 4300 },
            { text: '不走了', start: 4300, end: 5200 },
          ],
          speechRate: 282,
          silenceBefore: 1000,
        },
        { speaker: 'agent', text: '请问您贵姓？', start: 6000, end: 7400, words: [{ text: '请问', start: 6000, end: 6400 }], speechRate: 214, silenceBefore: 2000 },
      ],
    });
    expect(Transcript.parse(transcript)).toEqual(transcript);
    expect(turnSources[1]).toEqual({ line: 11, column: 54 });
    expect(sourceChar(input, turnSources[1]!, 2)).toBe('燃');
  });

  it('reads the flat { Sentences } shape with per-sentence words', () => {
    const { transcript } = parseAliyunTranscript(fixture('asr/aliyun-flat.json'), { channels: CHANNELS });
    expect(transcript.turns).toEqual([
      {
        speaker: 'agent',
        text: '喂，你找谁？',
        start: 0,
        end: 1200,
        words: [
          { text: '喂', start: 0, end: 300 },
          { text: '你找谁', start: 500, end: 1200 },
        ],
      },
      { speaker: 'customer', text: '我要报修', start: 1500, end: 2600 },
    ]);
  });

  it('requires the channel mapping, and rejects an unmapped channel at the ChannelId', () => {
    const input = fixture('asr/aliyun-result.json');
    const missing = parseError(() => parseAliyunTranscript(input));
    expect(missing.message).toContain('Result.Sentences[0].ChannelId 0 has no speaker: pass the channels option');
    expect(at(missing)).toEqual([10, 90]);
    const unmapped = parseError(() => parseAliyunTranscript(input, { channels: { 0: 'agent' } }));
    expect(unmapped.message).toContain('Result.Sentences[1].ChannelId 1 is not in the channels option (mapped: 0)');
    expect(at(unmapped)).toEqual([11, 78]);
  });

  it('maps text offsets through JSON escapes', () => {
    const input = '{"Sentences":[{"BeginTime":0,"EndTime":10,"ChannelId":0,"Text":"a\\n\\u4f60b"}]}';
    const { transcript, turnSources } = parseAliyunTranscript(input, { channels: CHANNELS });
    expect(transcript.turns[0]?.text).toBe('a\n你b');
    // a at column 65, the \n escape at 66, the \u4f60 escape at 68, b at 74.
    expect(locateInSource(turnSources[0]!, 0)).toEqual({ line: 1, column: 65 });
    expect(locateInSource(turnSources[0]!, 1)).toEqual({ line: 1, column: 66 });
    expect(locateInSource(turnSources[0]!, 2)).toEqual({ line: 1, column: 68 });
    expect(locateInSource(turnSources[0]!, 3)).toEqual({ line: 1, column: 74 });
    expect(locateRangeInSource(turnSources[0]!, { start: 2, end: 4 })).toEqual({ start: { line: 1, column: 68 }, end: { line: 1, column: 75 } });
  });

  it('reports JSON syntax errors and wrong field types with line and column', () => {
    const syntax = parseError(() => parseAliyunTranscript('{\n  "Sentences": [\n    {"BeginTime": 0,}\n  ]\n}', { channels: CHANNELS }));
    expect(syntax.message).toContain('invalid JSON: unexpected character "}", expected a string key');
    expect(at(syntax)).toEqual([3, 21]);
    const type = parseError(() => parseAliyunTranscript('{"Sentences":[{"BeginTime":"0","EndTime":1,"ChannelId":0,"Text":""}]}', { channels: CHANNELS }));
    expect(type.message).toContain('Sentences[0].BeginTime must be a number, got string');
    expect(at(type)).toEqual([1, 28]);
    const backwards = parseError(() => parseAliyunTranscript('{"Sentences":[{"BeginTime":5,"EndTime":1,"ChannelId":0,"Text":""}]}', { channels: CHANNELS }));
    expect(at(backwards)).toEqual([1, 40]);
  });

  it('refuses absurdly deep JSON with a located error instead of overflowing the stack', () => {
    const error = parseError(() => parseTranscriptText('['.repeat(100_000), { format: 'kefu' }));
    expect(error.message).toContain('nested deeper than 256 levels');
    expect(at(error)).toEqual([1, 258]);
  });

  it('explains an unfinished task instead of claiming the JSON is malformed', () => {
    const error = parseError(() => parseAliyunTranscript('{"TaskId":"x","StatusText":"RUNNING"}', { channels: CHANNELS }));
    expect(error.message).toContain('StatusText is "RUNNING"');
    expect(at(error)).toEqual([1, 28]);
  });
});

describe('Tencent Cloud recording-file recognition results', () => {
  it('reads the API response envelope: speakers, word offsets from the sentence start, speed per minute', () => {
    const input = fixture('asr/tencent-response.json');
    const { transcript, turnSources } = parseTencentTranscript(input, { channels: CHANNELS });
    expect(transcript).toEqual({
      turns: [
        {
          speaker: 'agent',
          text: '您好，阳泉市煤气公司012号客服员为您服务',
          start: 340,
          end: 3100,
          words: [
            { text: '您好', start: 340, end: 800 },
            { text: '阳泉市', start: 800, end: 1340 },
          ],
          speechRate: 432,
          silenceBefore: 340,
        },
        {
          speaker: 'customer',
          text: '我家燃气表不走了',
          start: 3500,
          end: 5200,
          words: [
            { text: '我家', start: 3500, end: 3700 },
            { text: '燃气表', start: 3700, end: 4300 },
            { text: '不走了', start: 4300, end: 5200 },
          ],
          speechRate: 282,
          silenceBefore: 400,
        },
      ],
    });
    expect(turnSources).toEqual([
      { line: 11, column: 29 },
      { line: 28, column: 29 },
    ]);
  });

  it('reads the { Data } and bare { ResultDetail } shapes alike', () => {
    const sentence = '{"FinalSentence":"您好","StartMs":0,"EndMs":900,"SpeakerId":1,"SpeechSpeed":3.3}';
    for (const input of [`{"Data":{"ResultDetail":[${sentence}]}}`, `{"ResultDetail":[${sentence}]}`]) {
      expect(parseTencentTranscript(input, { channels: { 0: 'customer', 1: 'agent' } }).transcript.turns).toEqual([
        { speaker: 'agent', text: '您好', start: 0, end: 900, speechRate: 198 },
      ]);
    }
  });

  it('rejects an unmapped SpeakerId, a missing one, and a failed task, each located', () => {
    const input = '{"ResultDetail":[{"FinalSentence":"您好","StartMs":0,"EndMs":900,"SpeakerId":2}]}';
    const unmapped = parseError(() => parseTencentTranscript(input, { channels: CHANNELS }));
    expect(unmapped.message).toContain('ResultDetail[0].SpeakerId 2 is not in the channels option');
    expect(at(unmapped)).toEqual([1, 76]);
    const missing = parseError(() => parseTencentTranscript('{"ResultDetail":[{"FinalSentence":"您好","StartMs":0,"EndMs":900}]}', { channels: CHANNELS }));
    expect(missing.message).toContain('is missing "SpeakerId", so kefu cannot tell who spoke');
    expect(at(missing)).toEqual([1, 18]);
    const failed = parseError(() =>
      parseTencentTranscript('{"Data":{"Status":3,"StatusStr":"failed","ErrorMsg":"Failed to download audio file!","ResultDetail":null}}', { channels: CHANNELS }),
    );
    expect(failed.message).toContain('Data.StatusStr is "failed", the task has no result: Failed to download audio file!');
    expect(at(failed)).toEqual([1, 33]);
  });
});

describe('kefu JSON transcripts', () => {
  it('validates with the model and maps each text, escapes included', () => {
    const input = fixture('formats/call.kefu.json');
    const { transcript, turnSources } = parseKefuTranscript(input);
    expect(transcript).toEqual(JSON.parse(input));
    expect(turnSources[0]).toEqual({ line: 5, column: 36 });
    expect(locateInSource(turnSources[1]!, 9)).toEqual({ line: 6, column: 49 });
    expect(sourceChar(input, turnSources[1]!, 9)).toBe('已');
  });

  it('reports a model violation at the offending value', () => {
    const error = parseError(() => parseKefuTranscript('{\n  "turns": [\n    { "speaker": "boss", "text": "x" }\n  ]\n}'));
    expect(error.message).toContain('turns[0].speaker');
    expect(at(error)).toEqual([3, 18]);
    const unknown = parseError(() => parseKefuTranscript('{"turns":[],"extra":1}'));
    expect(unknown.issues[0]).toMatchObject({ path: ['extra'], message: 'unknown field', line: 1, column: 21 });
  });

  it('lets the id option override the document id', () => {
    expect(parseKefuTranscript(fixture('formats/call.kefu.json'), { id: 'x-1' }).transcript.id).toBe('x-1');
  });
});

describe('format detection (format: auto)', () => {
  it('detects every fixture by content', () => {
    expect(detectTranscriptFormat(fixture('formats/call.txt'))).toBe('text');
    expect(detectTranscriptFormat(fixture('formats/call.vtt'))).toBe('vtt');
    expect(detectTranscriptFormat(fixture('formats/call.srt'))).toBe('srt');
    expect(detectTranscriptFormat(fixture('formats/call.kefu.json'))).toBe('kefu');
    expect(detectTranscriptFormat(fixture('asr/aliyun-result.json'))).toBe('aliyun');
    expect(detectTranscriptFormat(fixture('asr/aliyun-flat.json'))).toBe('aliyun');
    expect(detectTranscriptFormat(fixture('asr/tencent-response.json'))).toBe('tencent');
  });

  it('parses through parseTranscriptText with the detected format', () => {
    const parsed = parseTranscriptText(fixture('asr/tencent-response.json'), { channels: CHANNELS });
    expect(parsed.format).toBe('tencent');
    expect(parsed.transcript.turns).toHaveLength(2);
    expect(parseTranscriptText('[00:01] 客服：您好').format).toBe('text');
  });

  it('rejects ambiguous or unknown content, and uses the file extension only to settle dot-millisecond cues', () => {
    const both = parseError(() => detectTranscriptFormat('{"turns":[],"Sentences":[]}'));
    expect(both.message).toContain('JSON fits more than one format (kefu, aliyun)');
    expect(parseError(() => detectTranscriptFormat('{"a":1}')).message).toContain('JSON is not a transcript kefu knows');
    const cues = '1\n00:00:01.000 --> 00:00:02.000\n客服：您好';
    expect(parseError(() => detectTranscriptFormat(cues)).message).toContain('has no WEBVTT header');
    expect(detectTranscriptFormat(cues, { fileName: 'call.SRT' })).toBe('srt');
    expect(parseTranscriptText(cues, { fileName: 'a.srt' }).transcript.turns[0]).toEqual({ speaker: 'agent', text: '您好', start: 1000, end: 2000 });
  });

  it('rejects an unknown format and non-string input as invalid_input', () => {
    expect(() => parseTranscriptText('x', { format: 'docx' as never })).toThrow(/format must be auto or one of/);
    expect(() => parseTranscriptText(42 as never)).toThrow(KefuError);
    expect(() => parseTranscriptText('客服：hi', { labels: { '': 'agent' } })).toThrow(/cannot be a speaker label/);
    expect(() => parseTranscriptText('{"Sentences":[]}', { channels: { 0: 'boss' as never } })).toThrow(/channels.0 must be agent, customer or system/);
  });
});
