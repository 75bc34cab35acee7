import { aliyunSentences } from './aliyun.js';
import { parseErrorAt } from './errors.js';
import { parseJsonDocument, type JsonDocument } from './json-ast.js';
import { LineIndex } from './source-map.js';
import { tencentData } from './tencent.js';
import type { TranscriptFormat } from './types.js';

const SUBTITLE_TIME = /^[ \t]*(?:[0-9]+:)?[0-9]{1,2}:[0-9]{2}([.,])[0-9]{1,3}[ \t]*-->/;

/**
 * The detected format, and the JSON document when the input was JSON (so it is parsed once).
 * @internal
 */
export interface Detection {
  readonly format: TranscriptFormat;
  readonly document?: JsonDocument;
}

/**
 * Work out a transcript's format from its content (the rules of {@link detectTranscriptFormat}).
 * @internal
 */
export function detect(input: string, fileName: string | undefined): Detection {
  let i = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < input.length && /\s/.test(input.charAt(i))) i++;
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(input.slice(i, i + 7))) return { format: 'vtt' };
  const first = input[i];
  // `[00:12] 客服：…` is a timestamped text line, not a JSON array.
  if (first === '{' || (first === '[' && !/^\[[ \t]*[0-9]{1,2}:/.test(input.slice(i, i + 8)))) return detectJson(parseJsonDocument(input, 'JSON'));

  // Subtitles: a timing line as the first or second line of the first block.
  const head = input.slice(i, i + 400).split(/\r\n|\r|\n/, 2);
  const timing = head.map((line) => SUBTITLE_TIME.exec(line)).find((m) => m !== null);
  if (timing != null) {
    if (timing[1] === ',') return { format: 'srt' };
    const ext = extension(fileName);
    if (ext === 'srt') return { format: 'srt' };
    if (ext === 'vtt') return { format: 'vtt' };
    throw parseErrorAt(
      'auto-detected',
      new LineIndex(input).position(i),
      'the input looks like subtitles with "." before the milliseconds but has no WEBVTT header; pass format "vtt" or "srt"',
    );
  }
  return { format: 'text' };
}

function detectJson(document: JsonDocument): Detection {
  const root = document.root;
  const candidates: TranscriptFormat[] = [];
  if (root.kind === 'object') {
    if (root.members.has('turns')) candidates.push('kefu');
    if (aliyunSentences(root) !== undefined || (root.members.has('TaskId') && root.members.has('StatusText'))) candidates.push('aliyun');
    if (tencentData(root) !== undefined) candidates.push('tencent');
  }
  const at = document.lines.position(root.start);
  const [format] = candidates;
  if (format === undefined) {
    throw parseErrorAt(
      'auto-detected',
      at,
      'JSON is not a transcript kefu knows: expected "turns" (kefu), "Sentences" or "Result.Sentences" (aliyun), "ResultDetail" or "Data.ResultDetail" (tencent)',
    );
  }
  if (candidates.length > 1) {
    throw parseErrorAt('auto-detected', at, `JSON fits more than one format (${candidates.join(', ')}); pass the format option`);
  }
  return { format, document };
}

function extension(fileName: string | undefined): string | undefined {
  return fileName === undefined ? undefined : /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
}

/**
 * Detect a transcript's format from its content, as `parseTranscriptText` does with `format: 'auto'`:
 *
 * 1. starts with `WEBVTT` (after a byte-order mark or white space) → `vtt`;
 * 2. starts with `{` or `[` → JSON, then by its keys: `turns` → `kefu`; `Sentences` or `Result.Sentences`
 *    (or an Alibaba task result with `TaskId` and `StatusText`) → `aliyun`; `ResultDetail`,
 *    `Data.ResultDetail` or `Response.Data.ResultDetail` → `tencent`; none or several → error;
 * 3. a cue timing line (`00:00:01,000 --> …`) on the first or second line → `srt` when the milliseconds
 *    follow a comma; with a dot, the file name's extension (`.srt`/`.vtt`) decides, otherwise error;
 * 4. anything else → `text`.
 *
 * @param input - the file's text
 * @param options - `fileName`, consulted only when the content is ambiguous
 * @throws KefuError `parse_error` for invalid JSON and ambiguous or unknown content
 * @example
 * ```ts
 * import { detectTranscriptFormat } from 'kefu/transcripts';
 * detectTranscriptFormat('1\n00:00:01,000 --> 00:00:02,000\n客服：您好'); // 'srt'
 * detectTranscriptFormat('{"Data":{"ResultDetail":[]}}'); // 'tencent'
 * ```
 */
export function detectTranscriptFormat(input: string, options: { readonly fileName?: string } = {}): TranscriptFormat {
  return detect(input, options.fileName).format;
}
