import { KefuError } from '../model/error.js';
import { aliyunFromDocument } from './aliyun.js';
import { detect } from './detect.js';
import { parseJsonDocument, type JsonDocument } from './json-ast.js';
import { kefuFromDocument } from './kefu.js';
import { parseSrtTranscript } from './srt.js';
import { tencentFromDocument } from './tencent.js';
import { parseTextTranscript } from './text.js';
import { TRANSCRIPT_FORMATS, type ParsedTranscript, type ParseTranscriptOptions, type TranscriptFormat } from './types.js';
import { parseVttTranscript } from './vtt.js';

/**
 * Parse a transcript in any format kefu reads into the `Transcript` model, with where each turn's text
 * starts in the source. `format` defaults to `'auto'` (rules in {@link detectTranscriptFormat}).
 *
 * Speakers are never guessed: text, VTT and SRT labels go through `labels` (default
 * {@link DEFAULT_SPEAKER_LABELS}); Alibaba and Tencent channel or speaker ids need `channels`.
 *
 * @param input - the file's text
 * @param options - format, speaker mapping, file name (for detection), id
 * @returns the transcript, `turnSources` parallel to its turns, and the format read
 * @throws KefuError `parse_error` (line and column in the message and issues) for input that cannot be
 *   read; `invalid_input` for bad options
 * @example
 * ```ts
 * import { parseTranscriptText } from 'kefu/transcripts';
 * const { transcript, format } = parseTranscriptText('客服：您好，燃气公司012号客服员为您服务\n客户：我家燃气表不走了');
 * format; // 'text'
 * transcript.turns.map((t) => t.speaker); // ['agent', 'customer']
 *
 * const aliyunJson = '{"Sentences":[{"BeginTime":0,"EndTime":900,"Text":"您好","ChannelId":1}]}';
 * parseTranscriptText(aliyunJson, { channels: { 0: 'customer', 1: 'agent' } }).transcript.turns[0]?.speaker; // 'agent'
 * ```
 */
export function parseTranscriptText(input: string, options: ParseTranscriptOptions = {}): ParsedTranscript {
  if (typeof input !== 'string') {
    throw new KefuError('invalid_input', 'input must be a string', [{ path: [], message: 'must be a string', value: input }]);
  }
  const requested = options.format ?? 'auto';
  if (requested !== 'auto' && !TRANSCRIPT_FORMATS.includes(requested)) {
    throw new KefuError('invalid_input', `format must be auto or one of ${TRANSCRIPT_FORMATS.join(', ')}`, [
      { path: ['format'], message: `must be auto or one of ${TRANSCRIPT_FORMATS.join(', ')}`, value: requested },
    ]);
  }
  const detection = requested === 'auto' ? detect(input, options.fileName) : { format: requested, document: undefined };
  return parseAs(detection.format, input, options, detection.document);
}

function parseAs(format: TranscriptFormat, input: string, options: ParseTranscriptOptions, document: JsonDocument | undefined): ParsedTranscript {
  const json = (): JsonDocument => document ?? parseJsonDocument(input, format);
  switch (format) {
    case 'text':
      return parseTextTranscript(input, options);
    case 'vtt':
      return parseVttTranscript(input, options);
    case 'srt':
      return parseSrtTranscript(input, options);
    case 'aliyun':
      return aliyunFromDocument(json(), options);
    case 'tencent':
      return tencentFromDocument(json(), options);
    case 'kefu':
      return kefuFromDocument(json(), options);
    default: {
      const never: never = format;
      return never;
    }
  }
}
