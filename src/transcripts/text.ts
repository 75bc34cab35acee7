import type { Speaker } from '../model/enums.js';
import { defined } from '../model/invariant.js';
import type { Transcript, Turn } from '../model/transcript.js';
import { parseErrorAt } from './errors.js';
import { clockToMs, invisibleRun, leadingSpace, splitLines, trimmedEnd, type SourceLine } from './lines.js';
import { LineIndex, SourcedText, type TurnSource } from './source-map.js';
import { compileLabels, type CompiledLabels } from './speakers.js';
import type { ParsedTranscript, ParseTranscriptOptions } from './types.js';

// `[00:12]`, `[00:01:02]`, `00:00:12.345`, `[1:02:03,5]` — brackets optional, hours optional.
const TIMESTAMP = /^(?:\[([0-9]{1,2}:)?([0-9]{1,2}):([0-9]{2})(?:[.,]([0-9]{1,3}))?\]|([0-9]{1,2}:)?([0-9]{1,2}):([0-9]{2})(?:[.,]([0-9]{1,3}))?(?=[ \t\u3000]))/;
// Something that looks like a label but is not a known one: letters (any script), digits, `_`, `-`,
// at least one letter, then a colon that does not start a URL's `//`.
const LABEL_LIKE = /^(?=[\p{N}_-]*\p{L})[\p{L}\p{N}_-]{1,12}[ \t]*[:：︰﹕∶](?!\/\/)/u;
/** The colons a label is written with: ASCII, full-width, the vertical and small forms, and the ratio sign input methods give. */
const COLONS = new Set([':', '：', '︰', '﹕', '∶']);

/** A speaker prefix found at `offset` of a line: who, and where the text after the colon starts. @internal */
export interface LabelMatch {
  readonly speaker: Speaker;
  readonly label: string;
  readonly textStart: number;
}

/** The offset after the spaces and invisible characters at `from`, in any order. */
function pastLayout(line: string, from: number): number {
  let i = from;
  for (let step = 1; step > 0; i += step) step = leadingSpace(line, i) + invisibleRun(line, i);
  return i;
}

/**
 * Match a known speaker label followed by a colon (`:` or `：`) at `from` in `line`; the text starts
 * after the colon and any spaces.
 * @internal
 */
export function matchLabel(line: string, at: number, labels: CompiledLabels): LabelMatch | undefined {
  const from = at + invisibleRun(line, at);
  const lower = line.toLowerCase();
  for (const { key, speaker } of labels.longestFirst) {
    if (!lower.startsWith(key, from)) continue;
    let i = from + key.length;
    i += leadingSpace(line, i);
    if (!COLONS.has(line.charAt(i))) continue;
    i++;
    i = pastLayout(line, i);
    return { speaker, label: line.slice(from, from + key.length), textStart: i };
  }
  return undefined;
}

/**
 * The label-like prefix at `from` when it is not a known label, for the error message.
 * @internal
 */
export function unknownLabelAt(line: string, from: number): string | undefined {
  const match = LABEL_LIKE.exec(line.slice(from));
  return match === null ? undefined : match[0].replace(/[ \t]*[:：︰﹕∶]$/, '');
}

interface OpenTurn {
  readonly speaker: Speaker;
  readonly start: number | undefined;
  readonly text: SourcedText;
  readonly fallbackOffset: number;
}

/**
 * Parse a plain-text transcript: one turn per line written `label：text` (full-width or ASCII colon),
 * optionally preceded by a timestamp (`[00:12]`, `[00:01:02]`, `00:00:12.345`) that becomes the turn's
 * `start` in ms. A line without a label — or any indented line — continues the previous turn (joined with
 * a line break). Blank lines are skipped.
 *
 * Labels come from `options.labels` (default {@link DEFAULT_SPEAKER_LABELS}, ASCII case ignored). A
 * line that starts with an unknown label (`经理：…`) is an error rather than a silent guess; indent it to
 * make it a continuation.
 *
 * @param input - the file's text
 * @param options - `labels` and `id`
 * @returns the transcript and where each turn's text starts
 * @throws KefuError `parse_error` with the line and column of the first problem
 * @example
 * ```ts
 * import { parseTextTranscript } from 'kefu/transcripts';
 * const { transcript } = parseTextTranscript('[00:00] 客服：您好，燃气公司012号客服员为您服务\n[00:04] 客户：我家燃气表不走了');
 * transcript.turns[1]; // { speaker: 'customer', text: '我家燃气表不走了', start: 4000 }
 * ```
 */
export function parseTextTranscript(input: string, options: ParseTranscriptOptions = {}): ParsedTranscript {
  const labels = compileLabels(options.labels);
  const index = new LineIndex(input);
  const turns: Turn[] = [];
  const turnSources: TurnSource[] = [];
  let open: OpenTurn | undefined;

  const close = (): void => {
    if (open === undefined) return;
    const { text, source } = open.text.finish(index, open.fallbackOffset);
    turns.push(open.start === undefined ? { speaker: open.speaker, text } : { speaker: open.speaker, text, start: open.start });
    turnSources.push(source);
    open = undefined;
  };

  for (const line of splitLines(input)) {
    const indent = leadingSpace(line.text);
    if (indent === line.text.length) continue;
    const stamp = readTimestamp(line, indent);
    if (stamp !== undefined) {
      const labelFrom = stamp.end + leadingSpace(line.text, stamp.end);
      const label = matchLabel(line.text, labelFrom, labels);
      if (label === undefined) throw missingLabel(line, labelFrom, 'after the timestamp');
      close();
      open = startTurn(line, label, stamp.ms);
      continue;
    }
    const label = matchLabel(line.text, indent, labels);
    if (label !== undefined && (indent === 0 || open === undefined)) {
      close();
      open = startTurn(line, label, undefined);
      continue;
    }
    if (indent === 0 && unknownLabelAt(line.text, 0) !== undefined) throw missingLabel(line, 0, 'at the start of the line');
    if (open === undefined) throw missingLabel(line, indent, 'before the first turn');
    const end = trimmedEnd(line.text);
    if (open.text.length > 0) open.text.appendDecoded('\n', line.start + indent);
    open.text.appendVerbatim(line.text.slice(indent, end), line.start + indent);
  }
  close();

  const transcript: Transcript = options.id === undefined ? { turns } : { id: options.id, turns };
  return { transcript, turnSources, format: 'text' };

  function startTurn(line: SourceLine, label: LabelMatch, start: number | undefined): OpenTurn {
    const text = new SourcedText();
    const end = trimmedEnd(line.text);
    if (label.textStart < end) text.appendVerbatim(line.text.slice(label.textStart, end), line.start + label.textStart);
    return { speaker: label.speaker, start, text, fallbackOffset: line.start + label.textStart };
  }

  function readTimestamp(line: SourceLine, from: number): { ms: number; end: number } | undefined {
    const match = TIMESTAMP.exec(line.text.slice(from));
    if (match === null) return undefined;
    const hours = (match[1] ?? match[5])?.slice(0, -1);
    // One of TIMESTAMP's two alternatives matched, and both require minutes and seconds.
    const minutes = defined(match[2] ?? match[6], 'the minutes of a timestamp');
    const seconds = defined(match[3] ?? match[7], 'the seconds of a timestamp');
    const ms = clockToMs(hours, minutes, seconds, match[4] ?? match[8]);
    if (typeof ms === 'string') throw parseErrorAt('text', index.position(line.start + from), `timestamp ${ms}`, { value: match[0] });
    return { ms, end: from + match[0].length };
  }

  function missingLabel(line: SourceLine, at: number, where: string): Error {
    const unknown = unknownLabelAt(line.text, at);
    const known = labels.names.join(', ');
    const message =
      unknown === undefined
        ? `expected a speaker label ${where} (one of: ${known})`
        : `unknown speaker label "${unknown}" ${where}; add it with the labels option (known: ${known}) or indent the line to continue the previous turn`;
    return parseErrorAt('text', index.position(line.start + at), message, unknown === undefined ? { value: line.text.slice(at, at + 20) } : { value: unknown });
  }
}
