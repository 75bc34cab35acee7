import { formatPath, KefuError } from '../model/error.js';
import { itemAt } from '../model/invariant.js';
import { safeParseTranscript } from '../model/transcript.js';
import { nodeAtPath, nodePosition, parseJsonDocument, stringSource, toPlainValue, type JsonDocument } from './json-ast.js';
import type { TurnSource } from './source-map.js';
import type { ParsedTranscript, ParseTranscriptOptions } from './types.js';

/**
 * Parse kefu's own transcript JSON (the `Transcript` model: `{ id?, language?, turns: [{ speaker, text,
 * start?, end?, … }] }`), validated like `parseTranscript`. Validation problems are reported as
 * `parse_error` with the line and column of the offending value.
 *
 * @param input - the JSON text
 * @param options - `id` overrides the document's own id
 * @throws KefuError `parse_error` with line and column: invalid JSON or a value the model rejects
 * @example
 * ```ts
 * import { parseKefuTranscript } from 'kefu/transcripts';
 * const { transcript, turnSources } = parseKefuTranscript('{"turns":[{"speaker":"agent","text":"您好"}]}');
 * turnSources[0]; // { line: 1, column: 38 }
 * ```
 */
export function parseKefuTranscript(input: string, options: ParseTranscriptOptions = {}): ParsedTranscript {
  return kefuFromDocument(parseJsonDocument(input, 'kefu'), options);
}

/** @internal */
export function kefuFromDocument(doc: JsonDocument, options: ParseTranscriptOptions): ParsedTranscript {
  const parsed = safeParseTranscript(toPlainValue(doc.root));
  if (!parsed.ok) {
    const issues = parsed.error.issues.map((issue) => ({ ...issue, ...nodePosition(doc, nodeAtPath(doc.root, issue.path)) }));
    // A failed validation reports at least one issue.
    const first = itemAt(issues, 0);
    throw new KefuError('parse_error', `Cannot parse kefu transcript: ${formatPath(first.path)} ${first.message} at line ${first.line}, column ${first.column}`, issues);
  }
  const transcript = options.id === undefined ? parsed.value : { ...parsed.value, id: options.id };
  const turnSources: TurnSource[] = transcript.turns.map((_, i) => {
    const node = nodeAtPath(doc.root, ['turns', i, 'text']);
    return node.kind === 'string' ? stringSource(doc, node) : nodePosition(doc, node);
  });
  return { transcript, turnSources, format: 'kefu' };
}
