import { blocks, cuesToTranscript, readTiming, type Cue } from './cues.js';
import { parseErrorAt } from './errors.js';
import { splitLines } from './lines.js';
import { LineIndex } from './source-map.js';
import { compileLabels } from './speakers.js';
import type { ParsedTranscript, ParseTranscriptOptions } from './types.js';

/**
 * Parse a SubRip (SRT) transcript: numbered cues `1` / `00:00:01,000 --> 00:00:04,000` / text. SRT has
 * no voice tags, so each payload line names its speaker with a label prefix (`客服：…`) looked up in
 * `options.labels` (default {@link DEFAULT_SPEAKER_LABELS}); a cue without one continues the previous
 * turn. Formatting tags (`<i>`, `<font …>`) are dropped.
 *
 * @param input - the file's text
 * @param options - `labels` and `id`
 * @throws KefuError `parse_error` with the line and column of the first problem
 * @example
 * ```ts
 * import { parseSrtTranscript } from 'kefu/transcripts';
 * const srt = '1\n00:00:00,000 --> 00:00:03,200\n客服：您好，燃气公司012号客服员为您服务\n';
 * parseSrtTranscript(srt).transcript.turns[0];
 * // { speaker: 'agent', text: '您好，燃气公司012号客服员为您服务', start: 0, end: 3200 }
 * ```
 */
export function parseSrtTranscript(input: string, options: ParseTranscriptOptions = {}): ParsedTranscript {
  const labels = compileLabels(options.labels);
  const index = new LineIndex(input);
  const cues: Cue[] = [];
  for (const block of blocks(splitLines(input))) {
    const first = block[0];
    const timingAt = /^[ \t]*[0-9]+[ \t]*$/.test(first.text) ? 1 : 0;
    const timing = block[timingAt];
    if (timing === undefined || !timing.text.includes('-->')) {
      const where = timing ?? first;
      throw parseErrorAt('srt', index.position(where.start), 'expected a cue timing line like 00:00:01,000 --> 00:00:04,000', {
        value: where.text.slice(0, 30),
      });
    }
    const { start, end } = readTiming(timing, index, 'srt');
    cues.push({ start, end, timing, payload: block.slice(timingAt + 1) });
  }
  return cuesToTranscript(cues, labels, index, 'srt', options.id);
}
