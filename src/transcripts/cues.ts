import type { Speaker } from '../model/enums.js';
import { defined } from '../model/invariant.js';
import type { Transcript, Turn } from '../model/transcript.js';
import { appendPieces, readCuePayload } from './cue-text.js';
import { parseErrorAt } from './errors.js';
import { clockToMs, leadingSpace, type SourceLine } from './lines.js';
import { SourcedText, type LineIndex, type TurnSource } from './source-map.js';
import type { CompiledLabels } from './speakers.js';
import type { ParsedTranscript } from './types.js';

/** A subtitle cue: its timing and payload lines. @internal */
export interface Cue {
  readonly start: number;
  readonly end: number;
  readonly timing: SourceLine;
  readonly payload: readonly SourceLine[];
}

const CUE_TIME = /^([0-9]+:)?([0-9]{1,2}):([0-9]{2})[.,]([0-9]{1,3})/;

/** A block of lines between blank lines: never empty. @internal */
export type Block = readonly [SourceLine, ...SourceLine[]];

/**
 * Split lines into blocks separated by blank lines.
 * @internal
 */
export function blocks(lines: readonly SourceLine[]): Block[] {
  const out: Block[] = [];
  let current: [SourceLine, ...SourceLine[]] | undefined;
  for (const line of lines) {
    if (leadingSpace(line.text) === line.text.length) current = undefined;
    else if (current === undefined) {
      current = [line];
      out.push(current);
    } else current.push(line);
  }
  return out;
}

/**
 * Read a timing line `00:00:01.000 --> 00:00:04.000` (`,` also accepted before the milliseconds; cue
 * settings after the end time are ignored).
 * @internal
 */
export function readTiming(line: SourceLine, index: LineIndex, format: 'vtt' | 'srt'): { start: number; end: number } {
  const text = line.text;
  const at = (column0: number) => index.position(line.start + column0);
  let i = leadingSpace(text);
  const first = readTime(i);
  i = first.next + leadingSpace(text, first.next);
  if (!text.startsWith('-->', i)) throw parseErrorAt(format, at(i), 'expected "-->" between the cue times', { value: text.slice(i, i + 10) });
  i += 3;
  i += leadingSpace(text, i);
  const endAt = i;
  const second = readTime(i);
  if (second.next < text.length && !/[ \t]/.test(text.charAt(second.next))) {
    throw parseErrorAt(format, at(second.next), 'unexpected text after the cue end time', { value: text.slice(second.next, second.next + 10) });
  }
  if (second.ms < first.ms) throw parseErrorAt(format, at(endAt), 'cue ends before it starts', { value: text.slice(endAt, second.next) });
  return { start: first.ms, end: second.ms };

  function readTime(from: number): { ms: number; next: number } {
    const match = CUE_TIME.exec(text.slice(from));
    if (match === null) {
      throw parseErrorAt(format, at(from), 'expected a cue time like 00:00:01.000', { value: text.slice(from, from + 12) });
    }
    // Only the hours group of CUE_TIME is optional.
    const minutes = defined(match[2], 'the minutes of a cue time');
    const seconds = defined(match[3], 'the seconds of a cue time');
    const fraction = defined(match[4], 'the milliseconds of a cue time');
    const ms = clockToMs(match[1]?.slice(0, -1), minutes, seconds, fraction.padEnd(3, '0'));
    if (typeof ms === 'string') throw parseErrorAt(format, at(from), `cue time ${ms}`, { value: match[0] });
    return { ms, next: from + match[0].length };
  }
}

/**
 * Turn cues into turns: each voice tag or label starts a turn with the cue's timing; a cue (or the
 * first part of one) without a speaker continues the previous turn and extends its end.
 * @internal
 */
export function cuesToTranscript(cues: readonly Cue[], labels: CompiledLabels, index: LineIndex, format: 'vtt' | 'srt', id: string | undefined): ParsedTranscript {
  const open: { speaker: Speaker; start: number; end: number; text: SourcedText; at: number }[] = [];
  for (const cue of cues) {
    for (const segment of readCuePayload(cue.payload, labels, index, format)) {
      if (segment.speaker === undefined) {
        const last = open[open.length - 1];
        if (last === undefined) {
          throw parseErrorAt(format, index.position(segment.at), `cue has no speaker: start it with a voice tag (<v 客服>) or a label (客服：)`);
        }
        appendPieces(last.text, segment.pieces);
        last.end = Math.max(last.end, cue.end);
        continue;
      }
      const text = new SourcedText();
      appendPieces(text, segment.pieces);
      open.push({ speaker: segment.speaker, start: cue.start, end: cue.end, text, at: segment.at });
    }
  }
  const turns: Turn[] = [];
  const turnSources: TurnSource[] = [];
  for (const turn of open) {
    const { text, source } = turn.text.finish(index, turn.at);
    turns.push({ speaker: turn.speaker, text, start: turn.start, end: turn.end });
    turnSources.push(source);
  }
  const transcript: Transcript = id === undefined ? { turns } : { id, turns };
  return { transcript, turnSources, format };
}
