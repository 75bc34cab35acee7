import { itemAt } from '../model/invariant.js';
import { blocks, cuesToTranscript, readTiming, type Cue } from './cues.js';
import { parseErrorAt } from './errors.js';
import { splitLines } from './lines.js';
import { LineIndex } from './source-map.js';
import { compileLabels } from './speakers.js';
import type { ParsedTranscript, ParseTranscriptOptions } from './types.js';

/**
 * Parse a WebVTT transcript. The speaker of a cue comes from its voice tag (`<v 客服>`, `<v.loud 客户>`)
 * or, without one, from a label prefix (`客服：…`), both looked up in `options.labels` (default
 * {@link DEFAULT_SPEAKER_LABELS}); an unknown name is an error. A cue with neither continues the previous
 * turn. Each turn takes its cue's start and end (ms); other tags are dropped and character references
 * (`&amp;`, `&#20320;`) decoded. `NOTE`, `STYLE` and `REGION` blocks are skipped.
 *
 * @param input - the file's text, starting with `WEBVTT`
 * @param options - `labels` and `id`
 * @throws KefuError `parse_error` with the line and column of the first problem
 * @example
 * ```ts
 * import { parseVttTranscript } from 'kefu/transcripts';
 * const vtt = 'WEBVTT\n\n00:00:00.000 --> 00:00:03.200\n<v 客服>您好，燃气公司012号客服员为您服务\n';
 * parseVttTranscript(vtt).transcript.turns[0];
 * // { speaker: 'agent', text: '您好，燃气公司012号客服员为您服务', start: 0, end: 3200 }
 * ```
 */
export function parseVttTranscript(input: string, options: ParseTranscriptOptions = {}): ParsedTranscript {
  const labels = compileLabels(options.labels);
  const index = new LineIndex(input);
  const lines = splitLines(input);
  // splitLines returns at least one line, empty for an empty input.
  const header = itemAt(lines, 0);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(header.text)) {
    throw parseErrorAt('vtt', index.position(header.start), 'expected the "WEBVTT" header on the first line', { value: header.text.slice(0, 20) });
  }
  // The header block runs to the first blank line.
  const [, ...body] = blocks(lines);
  const cues: Cue[] = [];
  for (const block of body) {
    const first = block[0];
    if (/^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first.text)) continue;
    const timingAt = first.text.includes('-->') ? 0 : 1;
    const timing = block[timingAt];
    if (timing === undefined || !timing.text.includes('-->')) {
      const where = timing ?? first;
      throw parseErrorAt('vtt', index.position(where.start), 'expected a cue timing line like 00:00:01.000 --> 00:00:04.000', {
        value: where.text.slice(0, 30),
      });
    }
    const { start, end } = readTiming(timing, index, 'vtt');
    cues.push({ start, end, timing, payload: block.slice(timingAt + 1) });
  }
  return cuesToTranscript(cues, labels, index, 'vtt', options.id);
}
