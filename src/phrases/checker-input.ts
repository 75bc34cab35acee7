import { parseTranscript, type Transcript } from '../model/transcript.js';

// A hand-written mirror of the Transcript schema for the hot path. It only ever answers "certainly valid";
// on any doubt the zod schema decides and produces the readable error, so the two cannot disagree on
// what is accepted. zod costs ~25 µs for a 40-turn call, more than the whole check.

const SPEAKERS = new Set(['agent', 'customer', 'system']);
const HANG_UP_BY = SPEAKERS;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function optionalTime(value: unknown): boolean {
  return value === undefined || isTime(value);
}

function isEvent(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const type = value['type'];
  for (const key in value) {
    if (key === 'type' || key === 'at') continue;
    if (type === 'hold-start' && key === 'consent') continue;
    if (type === 'transfer' && key === 'to') continue;
    if (type === 'hang-up' && key === 'by') continue;
    return false;
  }
  if (!optionalTime(value['at'])) return false;
  switch (type) {
    case 'hold-start':
      return value['consent'] === undefined || typeof value['consent'] === 'boolean';
    case 'hold-end':
      return true;
    case 'transfer': {
      const to = value['to'];
      return to === undefined || (typeof to === 'string' && to.length > 0);
    }
    case 'hang-up':
      return typeof value['by'] === 'string' && HANG_UP_BY.has(value['by']);
    default:
      return false;
  }
}

function isWord(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  for (const key in value) if (key !== 'text' && key !== 'start' && key !== 'end') return false;
  const start = value['start'];
  const end = value['end'];
  return typeof value['text'] === 'string' && isTime(start) && isTime(end) && end >= start;
}

function isArrayOf(value: unknown, item: (v: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!(i in value) || !item(value[i])) return false;
  return true;
}

function isTurn(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  for (const key in value) {
    switch (key) {
      case 'speaker':
      case 'text':
      case 'start':
      case 'end':
      case 'events':
      case 'words':
      case 'confidence':
      case 'speechRate':
      case 'silenceBefore':
        continue;
      default:
        return false;
    }
  }
  const speaker = value['speaker'];
  if (typeof speaker !== 'string' || !SPEAKERS.has(speaker) || typeof value['text'] !== 'string') return false;
  const start = value['start'];
  const end = value['end'];
  if (!optionalTime(start) || !optionalTime(end)) return false;
  if (isTime(start) && isTime(end) && end < start) return false;
  if (value['events'] !== undefined && !isArrayOf(value['events'], isEvent)) return false;
  if (value['words'] !== undefined && !isArrayOf(value['words'], isWord)) return false;
  const confidence = value['confidence'];
  if (confidence !== undefined && !(isTime(confidence) && confidence <= 1)) return false;
  return optionalTime(value['speechRate']) && optionalTime(value['silenceBefore']);
}

function isCertainlyTranscript(value: unknown): value is Transcript {
  if (!isPlainObject(value)) return false;
  for (const key in value) if (key !== 'id' && key !== 'language' && key !== 'turns') return false;
  const id = value['id'];
  if (id !== undefined && !(typeof id === 'string' && id.length >= 1)) return false;
  const language = value['language'];
  if (language !== undefined && !(typeof language === 'string' && language.length >= 2)) return false;
  return isArrayOf(value['turns'], isTurn);
}

/**
 * Validate a transcript handed to the checker: the value itself when it is certainly valid (fast path),
 * otherwise the zod schema's verdict — the parsed value or a `KefuError` naming the field.
 *
 * @internal
 * @example
 * ```ts
 * const transcript = acceptTranscript({ turns: [{ speaker: 'agent', text: '您好' }] });
 * ```
 */
export function acceptTranscript(input: unknown): Transcript {
  return isCertainlyTranscript(input) ? input : parseTranscript(input);
}
