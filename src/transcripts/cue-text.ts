import type { Speaker } from '../model/enums.js';
import type { KefuError } from '../model/error.js';
import { defined, itemAt } from '../model/invariant.js';
import { parseErrorAt } from './errors.js';
import { leadingSpace, type SourceLine } from './lines.js';
import type { LineIndex, SourcedText } from './source-map.js';
import { lookupLabel, type CompiledLabels } from './speakers.js';
import { matchLabel, unknownLabelAt } from './text.js';

/** A piece of cue text and where it came from. @internal */
interface Piece {
  readonly text: string;
  readonly source: number;
  /** `true` when the piece is a verbatim copy of the source at `source`. */
  readonly verbatim: boolean;
}

/**
 * One speaker's part of a cue's payload: the speaker when a voice tag or label named one (otherwise it
 * continues the previous turn), and the text pieces.
 * @internal
 */
export interface CueSegment {
  readonly speaker: Speaker | undefined;
  /** Source offset where the segment starts, for messages and empty texts. */
  readonly at: number;
  readonly pieces: readonly Piece[];
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lrm: '\u200e',
  rlm: '\u200f',
};

const ENTITY = /^&(?:([a-zA-Z]+)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));/;
const VOICE = /^v(?:\.[^\s>]*)?[ \t]+(.*)$/;

/** A segment while it is being read. */
interface Segment {
  speaker: Speaker | undefined;
  at: number;
  readonly pieces: Piece[];
}

/**
 * Read a cue's payload lines: `<v Name>` voice tags and `label：` line prefixes start speaker segments;
 * other tags (`<i>`, `<c.x>`, `<00:00:01.000>`, `<font …>`) are dropped; character references are decoded.
 * @internal
 */
export function readCuePayload(lines: readonly SourceLine[], labels: CompiledLabels, index: LineIndex, format: 'vtt' | 'srt'): CueSegment[] {
  const segments: Segment[] = [];
  const begin = (speaker: Speaker | undefined, at: number): Segment => {
    const segment: Segment = { speaker, at, pieces: [] };
    segments.push(segment);
    return segment;
  };

  // The segment the previous line ended in: a line without a label continues it.
  let previous: Segment | undefined;
  for (const line of lines) {
    const text = line.text;
    let i = leadingSpace(text);
    const label = matchLabel(text, i, labels);
    let current: Segment;
    if (label !== undefined) {
      current = begin(label.speaker, line.start + label.textStart);
      i = label.textStart;
    } else {
      const unknown = i === 0 ? unknownLabelAt(text, 0) : undefined;
      if (unknown !== undefined) throw unknownLabel(format, index, line.start, unknown, labels);
      if (previous === undefined) current = begin(undefined, line.start + i);
      else {
        current = previous;
        if (current.pieces.length > 0) current.pieces.push({ text: '\n', source: line.start + i, verbatim: false });
      }
    }
    let runStart = i;
    while (i < text.length) {
      const c = text[i];
      if (c === '<') {
        const close = text.indexOf('>', i);
        if (close === -1) {
          i++;
          continue;
        }
        flushRun(current, line, runStart, i);
        const tag = text.slice(i + 1, close);
        const voice = VOICE.exec(tag);
        if (voice !== null) {
          // The name group is not optional in VOICE: it is there whenever the tag matched.
          const name = defined(voice[1], 'the name of a voice tag').trim();
          const speaker = lookupLabel(labels, name);
          if (speaker === undefined) throw unknownLabel(format, index, line.start + i + 1 + tag.indexOf(name), name, labels, 'voice');
          if (current.pieces.length === 0 || current.pieces.every((p) => p.text.trim() === '')) {
            // Only white space so far: the voice tag names the speaker of this segment.
            current.pieces.length = 0;
            current.speaker = speaker;
            current.at = line.start + close + 1;
          } else current = begin(speaker, line.start + close + 1);
        }
        i = close + 1;
        runStart = i;
        continue;
      }
      if (c === '&') {
        const entity = ENTITY.exec(text.slice(i, i + 12));
        const decoded = entity === null ? undefined : decodeEntity(entity);
        if (entity !== null && decoded !== undefined) {
          flushRun(current, line, runStart, i);
          current.pieces.push({ text: decoded, source: line.start + i, verbatim: false });
          i += entity[0].length;
          runStart = i;
          continue;
        }
      }
      i++;
    }
    flushRun(current, line, runStart, text.length);
    previous = current;
  }
  return segments;
}

/** Push the verbatim stretch `[from, to)` of a line as a piece. */
function flushRun(segment: { pieces: Piece[] }, line: SourceLine, from: number, to: number): void {
  if (to > from) segment.pieces.push({ text: line.text.slice(from, to), source: line.start + from, verbatim: true });
}

function decodeEntity(match: RegExpExecArray): string | undefined {
  const name = match[1];
  if (name !== undefined) return ENTITIES[name];
  const decimal = match[2];
  // One of the three alternatives of ENTITY matched: without a name or a decimal code, a hex code.
  const code = decimal !== undefined ? Number(decimal) : parseInt(defined(match[3], 'the hex code of a character reference'), 16);
  return code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? undefined : String.fromCodePoint(code);
}

function unknownLabel(format: 'vtt' | 'srt', index: LineIndex, offset: number, name: string, labels: CompiledLabels, kind: 'voice' | 'label' = 'label'): KefuError {
  return parseErrorAt(
    format,
    index.position(offset),
    `unknown speaker ${kind === 'voice' ? 'in voice tag' : 'label'} "${name}"; add it with the labels option (known: ${labels.names.join(', ')})`,
    { value: name },
  );
}

/**
 * Append segment pieces to a turn's text, trimming white space at both ends of the segment.
 * @internal
 */
export function appendPieces(target: SourcedText, pieces: readonly Piece[]): void {
  let first = 0;
  let last = pieces.length - 1;
  const isBlank = (p: Piece): boolean => p.text.trim() === '';
  while (first <= last && isBlank(itemAt(pieces, first))) first++;
  while (last >= first && isBlank(itemAt(pieces, last))) last--;
  if (first > last) return;
  if (target.length > 0) target.appendDecoded('\n', itemAt(pieces, first).source);
  for (let k = first; k <= last; k++) {
    const piece = itemAt(pieces, k);
    let { text, source } = piece;
    if (k === first) {
      const lead = text.length - text.trimStart().length;
      text = text.slice(lead);
      source += piece.verbatim ? lead : 0;
    }
    if (k === last) text = text.trimEnd();
    if (piece.verbatim) target.appendVerbatim(text, source);
    else target.appendDecoded(text, source);
  }
}
