import type { Speaker } from '../model/enums.js';
import type { Transcript } from '../model/transcript.js';
import type { TurnSource } from './source-map.js';

/**
 * The transcript formats kefu reads.
 *
 * - `text`: plain text, one turn per `label：text` line (see {@link parseTextTranscript}).
 * - `vtt`: WebVTT with `<v 客服>` voice tags or label prefixes.
 * - `srt`: SubRip subtitles with label prefixes.
 * - `aliyun`: Alibaba Cloud file-transcription (录音文件识别) result JSON.
 * - `tencent`: Tencent Cloud recording-file recognition (录音文件识别) result JSON.
 * - `kefu`: kefu's own `Transcript` JSON.
 *
 * @example
 * ```ts
 * const format: TranscriptFormat = 'vtt';
 * ```
 */
export type TranscriptFormat = 'text' | 'vtt' | 'srt' | 'aliyun' | 'tencent' | 'kefu';

/**
 * Every transcript format, in the order auto-detection reports them.
 *
 * @example
 * ```ts
 * import { TRANSCRIPT_FORMATS } from 'kefu/transcripts';
 * TRANSCRIPT_FORMATS.includes('srt'); // true
 * ```
 */
export const TRANSCRIPT_FORMATS: readonly TranscriptFormat[] = ['text', 'vtt', 'srt', 'aliyun', 'tencent', 'kefu'];

/**
 * Speaker labels as written in a transcript (`客服`, `customer`, `A`) mapped to who speaks. Matching
 * ignores ASCII case.
 *
 * @example
 * ```ts
 * const labels: SpeakerLabels = { 客服: 'agent', 客户: 'customer', 经理: 'agent' };
 * ```
 */
export type SpeakerLabels = Readonly<Record<string, Speaker>>;

/**
 * Speech-recognition channel or speaker ids mapped to who speaks: Alibaba Cloud's `ChannelId`, Tencent
 * Cloud's `SpeakerId` (the channel for two-channel audio, the diarised speaker otherwise).
 *
 * @example
 * ```ts
 * const channels: ChannelMap = { 0: 'agent', 1: 'customer' };
 * ```
 */
export type ChannelMap = Readonly<Record<number, Speaker>>;

/**
 * Options of the transcript parsers.
 *
 * @example
 * ```ts
 * const options: ParseTranscriptOptions = { format: 'aliyun', channels: { 0: 'agent', 1: 'customer' } };
 * ```
 */
export interface ParseTranscriptOptions {
  /** The input's format, or `'auto'` (the default) to detect it (see {@link detectTranscriptFormat}). */
  readonly format?: TranscriptFormat | 'auto';
  /**
   * Speaker labels for `text`, `vtt` and `srt`. Replaces the defaults ({@link DEFAULT_SPEAKER_LABELS});
   * spread the defaults in to extend them.
   */
  readonly labels?: SpeakerLabels;
  /** Channel/speaker ids for `aliyun` and `tencent`. Required for those formats: kefu never guesses who spoke. */
  readonly channels?: ChannelMap;
  /** A file name, used by auto-detection when the content alone is ambiguous (`.vtt`, `.srt`, `.json`, `.txt`). */
  readonly fileName?: string;
  /** Set as the transcript's `id` (kefu JSON keeps its own `id` unless this is given). */
  readonly id?: string;
}

/**
 * What a parser returns: the transcript, where each turn's text starts in the source (parallel to
 * `transcript.turns`), and the format that was read.
 *
 * @example
 * ```ts
 * import { parseTranscriptText } from 'kefu/transcripts';
 * const { transcript, turnSources } = parseTranscriptText('客服：您好\n客户：你好');
 * turnSources[1]; // { line: 2, column: 4 }
 * ```
 */
export interface ParsedTranscript {
  readonly transcript: Transcript;
  readonly turnSources: readonly TurnSource[];
  readonly format: TranscriptFormat;
}
