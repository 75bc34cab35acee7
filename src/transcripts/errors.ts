import { formatPath, KefuError } from '../model/error.js';
import type { SourcePosition } from './source-map.js';

/**
 * A `parse_error` KefuError located at a 1-based line and column of the input. The headline names the
 * format, the position and the problem; the issue carries them as data.
 * @internal
 */
export function parseErrorAt(
  format: string,
  at: SourcePosition,
  message: string,
  details: { readonly path?: readonly (string | number)[]; readonly value?: unknown } = {},
): KefuError {
  const issue = {
    path: details.path ?? [],
    message,
    line: at.line,
    column: at.column,
    ...('value' in details ? { value: details.value } : {}),
  };
  const field = issue.path.length === 0 ? '' : `${formatPath(issue.path)} `;
  return new KefuError('parse_error', `Cannot parse ${format} transcript: ${field}${message} at line ${at.line}, column ${at.column}`, [issue]);
}
