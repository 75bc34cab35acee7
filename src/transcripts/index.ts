/**
 * kefu/transcripts — the parsers of every input format: plain text, WebVTT, SRT, Alibaba Cloud and
 * Tencent Cloud speech-recognition JSON, and kefu's own JSON, all into the `Transcript` model with a
 * source map per turn.
 *
 * @example
 * ```ts
 * import { parseTranscriptText } from 'kefu/transcripts';
 * const { transcript } = parseTranscriptText('客服：您好\n客户：你好');
 * transcript.turns.length; // 2
 * ```
 * @module transcripts
 */
export { parseTranscriptText } from './parse.js';
export { detectTranscriptFormat } from './detect.js';
export { parseTextTranscript } from './text.js';
export { parseVttTranscript } from './vtt.js';
export { parseSrtTranscript } from './srt.js';
export { parseAliyunTranscript } from './aliyun.js';
export { parseTencentTranscript } from './tencent.js';
export { parseKefuTranscript } from './kefu.js';
export { DEFAULT_SPEAKER_LABELS } from './speakers.js';
export { locateInSource, locateRangeInSource, type SourcePosition, type SourceRun, type TurnSource } from './source-map.js';
export { TRANSCRIPT_FORMATS, type ChannelMap, type ParsedTranscript, type ParseTranscriptOptions, type SpeakerLabels, type TranscriptFormat } from './types.js';
