import type { Transcript, Turn, WordTiming } from '../model/transcript.js';
import { parseJsonDocument, type JsonDocument, type JsonNode } from './json-ast.js';
import { JsonReader, type JsonObject } from './json-reader.js';
import type { TurnSource } from './source-map.js';
import { compileChannels } from './speakers.js';
import type { ParsedTranscript, ParseTranscriptOptions } from './types.js';

interface LocatedWord {
  readonly channel: number | undefined;
  readonly word: WordTiming;
}

/**
 * Find the sentence list of an Alibaba Cloud result: the flat `{ Sentences }` or the task-result
 * envelope `{ Result: { Sentences } }`. `undefined` when neither is there.
 * @internal
 */
export function aliyunSentences(root: JsonNode): { readonly holder: JsonObject; readonly sentences: JsonNode; readonly path: readonly string[] } | undefined {
  if (root.kind !== 'object') return undefined;
  const flat = root.members.get('Sentences');
  if (flat !== undefined) return { holder: root, sentences: flat, path: [] };
  const result = root.members.get('Result');
  if (result?.kind === 'object') {
    const sentences = result.members.get('Sentences');
    if (sentences !== undefined) return { holder: result, sentences, path: ['Result'] };
  }
  return undefined;
}

/**
 * Parse an Alibaba Cloud file-transcription (录音文件识别) result. Accepts the flat `{ Sentences: […] }`
 * and the task-result envelope `{ TaskId, StatusText, Result: { Sentences: […], Words?: […] } }`.
 *
 * Each sentence becomes a turn: `Text` → `text`, `BeginTime`/`EndTime` (ms) → `start`/`end`,
 * `ChannelId` → `speaker` through `options.channels` (required: kefu never guesses which channel is the
 * agent), `SpeechRate` (characters per minute) → `speechRate`, `SilenceDuration` (seconds) →
 * `silenceBefore` in ms. Word timings come from a sentence's own `Words` or, as the service returns them,
 * from the result-level `Words` list, assigned to the sentence of the same `ChannelId` whose time span
 * holds the word's `BeginTime`. `EmotionValue` has no place in the model and is dropped.
 *
 * @param input - the JSON text
 * @param options - `channels` (required) and `id`
 * @throws KefuError `parse_error` with line and column: invalid JSON, a missing or wrongly typed field,
 *   a `ChannelId` not in `channels`
 * @example
 * ```ts
 * import { parseAliyunTranscript } from 'kefu/transcripts';
 * const json = '{"Result":{"Sentences":[{"BeginTime":340,"EndTime":2365,"Text":"您好","ChannelId":0,"SpeechRate":177}]}}';
 * parseAliyunTranscript(json, { channels: { 0: 'agent', 1: 'customer' } }).transcript.turns[0];
 * // { speaker: 'agent', text: '您好', start: 340, end: 2365, speechRate: 177 }
 * ```
 */
export function parseAliyunTranscript(input: string, options: ParseTranscriptOptions = {}): ParsedTranscript {
  return aliyunFromDocument(parseJsonDocument(input, 'aliyun'), options);
}

/** @internal */
export function aliyunFromDocument(doc: JsonDocument, options: ParseTranscriptOptions): ParsedTranscript {
  const channels = compileChannels(options.channels);
  const read = new JsonReader(doc, 'aliyun');
  const root = read.object(doc.root, []);
  const found = aliyunSentences(root);
  if (found === undefined) {
    const status = root.members.get('StatusText');
    if (status?.kind === 'string' && status.value !== 'SUCCESS' && status.value !== 'SUCCESS_WITH_NO_VALID_FRAGMENT') {
      throw read.fail(status, ['StatusText'], `is "${status.value}": the task has no result yet or failed`, status.value);
    }
    if (status?.kind === 'string' && status.value === 'SUCCESS_WITH_NO_VALID_FRAGMENT') {
      return { transcript: withId({ turns: [] }, options.id), turnSources: [], format: 'aliyun' };
    }
    throw read.fail(root, [], 'has neither "Sentences" nor "Result.Sentences"');
  }
  const sentencesPath = [...found.path, 'Sentences'];
  const sentences = read.array(found.sentences, sentencesPath);
  const sharedWords = readSharedWords(read, found.holder, found.path);

  const turns: Turn[] = [];
  const turnSources: TurnSource[] = [];
  sentences.forEach((node, i) => {
    const path = [...sentencesPath, i];
    const sentence = read.object(node, path);
    const start = read.requiredNumber(sentence, 'BeginTime', path);
    const end = read.requiredNumberFrom(sentence, 'EndTime', path, start, 'BeginTime');
    const speaker = read.speaker(channels, sentence, 'ChannelId', path, 'channels');
    const channel = read.requiredNumber(sentence, 'ChannelId', path, { integer: true });
    const { text, source } = read.text(sentence, 'Text', path);
    const own = read.member(sentence, 'Words');
    const words =
      own !== undefined
        ? read.array(own, [...path, 'Words']).map((w, k) => readWord(read, w, [...path, 'Words', k]).word)
        : sharedWords === undefined
          ? undefined
          : wordsWithin(sharedWords, channel, start, end);
    const speechRate = read.optionalNumber(sentence, 'SpeechRate', path);
    const silence = read.optionalNumber(sentence, 'SilenceDuration', path);
    const turn: Turn = {
      speaker,
      text,
      start,
      end,
      ...(words === undefined || words.length === 0 ? {} : { words }),
      ...(speechRate === undefined ? {} : { speechRate }),
      // The service reports the silence before a sentence in seconds; the model keeps milliseconds.
      ...(silence === undefined ? {} : { silenceBefore: silence * 1000 }),
    };
    turns.push(turn);
    turnSources.push(source);
  });
  return { transcript: withId({ turns }, options.id), turnSources, format: 'aliyun' };
}

function withId(transcript: Transcript, id: string | undefined): Transcript {
  return id === undefined ? transcript : { id, ...transcript };
}

function readWord(read: JsonReader, node: JsonNode, path: readonly (string | number)[]): LocatedWord {
  const word = read.object(node, path);
  const start = read.requiredNumber(word, 'BeginTime', path);
  const end = read.requiredNumberFrom(word, 'EndTime', path, start, 'BeginTime');
  const textNode = read.member(word, 'Word');
  const text = textNode === undefined ? '' : read.string(textNode, [...path, 'Word']);
  const channelNode = read.member(word, 'ChannelId');
  const channel = channelNode === undefined ? undefined : read.number(channelNode, [...path, 'ChannelId'], { integer: true });
  return { channel, word: { text, start, end } };
}

function readSharedWords(read: JsonReader, holder: JsonObject, holderPath: readonly string[]): LocatedWord[] | undefined {
  const node = read.member(holder, 'Words');
  if (node === undefined) return undefined;
  const path = [...holderPath, 'Words'];
  const words = read.array(node, path).map((w, k) => readWord(read, w, [...path, k]));
  // Stable sort keeps the service's order among words that start together.
  return words.sort((a, b) => a.word.start - b.word.start);
}

function wordsWithin(words: readonly LocatedWord[], channel: number, start: number, end: number): WordTiming[] {
  // Binary search for the first word starting at or after the sentence start.
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const w = words[mid]; // lo <= mid < hi: always present
    if (w !== undefined && w.word.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: WordTiming[] = [];
  for (let i = lo; i < words.length; i++) {
    const w = words[i];
    if (w === undefined || w.word.start > end || (w.word.start === end && end > start)) break;
    if (w.channel === undefined || w.channel === channel) out.push(w.word);
  }
  return out;
}
