import type { Transcript, Turn, WordTiming } from '../model/transcript.js';
import { parseJsonDocument, type JsonDocument, type JsonNode } from './json-ast.js';
import { JsonReader, type JsonObject } from './json-reader.js';
import type { TurnSource } from './source-map.js';
import { compileChannels } from './speakers.js';
import type { ParsedTranscript, ParseTranscriptOptions } from './types.js';

/**
 * Find the `Data` object or sentence list of a Tencent Cloud result: `{ ResultDetail }`,
 * `{ Data: { ResultDetail } }` or the API response `{ Response: { Data: { ResultDetail } } }`.
 * @internal
 */
export function tencentData(root: JsonNode): { readonly data: JsonObject; readonly path: readonly string[] } | undefined {
  if (root.kind !== 'object') return undefined;
  if (root.members.has('ResultDetail')) return { data: root, path: [] };
  const data = root.members.get('Data');
  if (data?.kind === 'object' && (data.members.has('ResultDetail') || data.members.has('StatusStr'))) return { data, path: ['Data'] };
  const response = root.members.get('Response');
  if (response?.kind === 'object') {
    const inner = response.members.get('Data');
    if (inner?.kind === 'object' && (inner.members.has('ResultDetail') || inner.members.has('StatusStr'))) return { data: inner, path: ['Response', 'Data'] };
  }
  return undefined;
}

/**
 * Parse a Tencent Cloud recording-file recognition (录音文件识别) result: `{ ResultDetail: […] }`,
 * `{ Data: { ResultDetail: […] } }` (DescribeTaskStatus's `Data`) or the whole API response
 * `{ Response: { Data: … } }`. The task must have been created with `ResTextFormat` 1–3 so that
 * `ResultDetail` is filled.
 *
 * Each sentence becomes a turn: `FinalSentence` → `text`, `StartMs`/`EndMs` → `start`/`end`, `SpeakerId`
 * (the channel for two-channel audio, the diarised speaker otherwise) → `speaker` through
 * `options.channels` (required), `Words[].OffsetStartMs/OffsetEndMs` (offsets from the sentence start) →
 * absolute word timings, `SpeechSpeed` (characters per second) → `speechRate` per minute, `SilenceTime` →
 * `silenceBefore` (read as milliseconds, like every other time field of the service). `EmotionalEnergy`
 * has no place in the model and is dropped.
 *
 * @param input - the JSON text
 * @param options - `channels` (required) and `id`
 * @throws KefuError `parse_error` with line and column: invalid JSON, a failed or unfinished task, a
 *   missing or wrongly typed field, a `SpeakerId` not in `channels`
 * @example
 * ```ts
 * import { parseTencentTranscript } from 'kefu/transcripts';
 * const json = '{"Data":{"ResultDetail":[{"FinalSentence":"您好","StartMs":0,"EndMs":900,"SpeakerId":0,"SpeechSpeed":2.5}]}}';
 * parseTencentTranscript(json, { channels: { 0: 'agent', 1: 'customer' } }).transcript.turns[0];
 * // { speaker: 'agent', text: '您好', start: 0, end: 900, speechRate: 150 }
 * ```
 */
export function parseTencentTranscript(input: string, options: ParseTranscriptOptions = {}): ParsedTranscript {
  return tencentFromDocument(parseJsonDocument(input, 'tencent'), options);
}

/** @internal */
export function tencentFromDocument(doc: JsonDocument, options: ParseTranscriptOptions): ParsedTranscript {
  const channels = compileChannels(options.channels);
  const read = new JsonReader(doc, 'tencent');
  const root = read.object(doc.root, []);
  const found = tencentData(root);
  if (found === undefined) throw read.fail(root, [], 'has none of "ResultDetail", "Data.ResultDetail", "Response.Data.ResultDetail"');
  const { data, path: dataPath } = found;
  const detail = read.member(data, 'ResultDetail');
  if (detail === undefined) {
    const status = read.member(data, 'StatusStr');
    if (status !== undefined && status.kind === 'string' && status.value !== 'success') {
      const message = read.member(data, 'ErrorMsg');
      const reason = message?.kind === 'string' && message.value !== '' ? `: ${message.value}` : '';
      throw read.fail(status, [...dataPath, 'StatusStr'], `is "${status.value}", the task has no result${reason}`, status.value);
    }
    throw read.fail(data, dataPath, 'has no "ResultDetail": create the task with ResTextFormat 1, 2 or 3 to get sentence details');
  }
  const detailPath = [...dataPath, 'ResultDetail'];
  const turns: Turn[] = [];
  const turnSources: TurnSource[] = [];
  read.array(detail, detailPath).forEach((node, i) => {
    const path = [...detailPath, i];
    const sentence = read.object(node, path);
    const start = read.requiredNumber(sentence, 'StartMs', path);
    const end = read.requiredNumberFrom(sentence, 'EndMs', path, start, 'StartMs');
    const speaker = read.speaker(channels, sentence, 'SpeakerId', path, 'channels');
    const { text, source } = read.text(sentence, 'FinalSentence', path);
    const words = readWords(read, sentence, path, start);
    const speed = read.optionalNumber(sentence, 'SpeechSpeed', path);
    const silence = read.optionalNumber(sentence, 'SilenceTime', path);
    turns.push({
      speaker,
      text,
      start,
      end,
      ...(words === undefined || words.length === 0 ? {} : { words }),
      // Characters per second → per minute, kept to two decimals so 3.3/s reads 198, not 197.99999999999997.
      ...(speed === undefined ? {} : { speechRate: Math.round(speed * 6000) / 100 }),
      ...(silence === undefined ? {} : { silenceBefore: silence }),
    });
    turnSources.push(source);
  });
  const transcript: Transcript = options.id === undefined ? { turns } : { id: options.id, turns };
  return { transcript, turnSources, format: 'tencent' };
}

function readWords(read: JsonReader, sentence: JsonObject, path: readonly (string | number)[], sentenceStart: number): WordTiming[] | undefined {
  const node = read.member(sentence, 'Words');
  if (node === undefined) return undefined;
  return read.array(node, [...path, 'Words']).map((w, k) => {
    const wordPath = [...path, 'Words', k];
    const word = read.object(w, wordPath);
    const offsetStart = read.requiredNumber(word, 'OffsetStartMs', wordPath);
    const offsetEnd = read.requiredNumberFrom(word, 'OffsetEndMs', wordPath, offsetStart, 'OffsetStartMs');
    const textNode = read.member(word, 'Word');
    const text = textNode === undefined ? '' : read.string(textNode, [...wordPath, 'Word']);
    return { text, start: sentenceStart + offsetStart, end: sentenceStart + offsetEnd };
  });
}
