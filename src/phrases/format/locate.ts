import { locateInSource, locateRangeInSource, type TurnSource } from '../../transcripts/source-map.js';
import type { Diagnostic } from '../types.js';

/**
 * Give a diagnostic its 1-based `line`/`column` (and `endLine`/`endColumn` for a range) in the source
 * file, from the parser's `turnSources`. A diagnostic that already carries a line keeps it; a call-level
 * finding (no `turn`) or a transcript without sources stays unlocated. Columns count UTF-16 code units.
 *
 * @param diagnostic - a finding of the checker
 * @param turnSources - the parse result's `turnSources`, parallel to the transcript's turns
 * @returns the diagnostic, located when possible (a new object; the input is not changed)
 * @example
 * ```ts
 * import { locateDiagnostic } from 'kefu/phrases';
 * const d = locateDiagnostic(
 *   { ruleId: 'forbidden-phrase', severity: 'error', domainRules: ['PHR-FORBID'], message: { zh: '禁用语', en: 'Forbidden phrase' },
 *     turn: 1, range: { start: 1, end: 4 }, suggestions: [] },
 *   [{ line: 1, column: 4 }, { line: 2, column: 4 }],
 * );
 * [d.line, d.column, d.endLine, d.endColumn]; // [2, 5, 2, 8]
 * ```
 */
export function locateDiagnostic(diagnostic: Diagnostic, turnSources: readonly TurnSource[] | undefined): Diagnostic {
  if (diagnostic.line !== undefined || diagnostic.turn === undefined || turnSources === undefined) return diagnostic;
  const source = turnSources[diagnostic.turn];
  if (source === undefined) return diagnostic;
  if (diagnostic.range === undefined) {
    const at = locateInSource(source, 0);
    return { ...diagnostic, line: at.line, column: at.column };
  }
  const { start, end } = locateRangeInSource(source, diagnostic.range);
  return { ...diagnostic, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/**
 * Order for reports: call-level findings first, then by line and column (or turn and offset when
 * unlocated), then rule id for a stable order.
 * @internal
 */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const key = (d: Diagnostic): [number, number] => (d.line !== undefined ? [d.line, d.column ?? 0] : d.turn !== undefined ? [d.turn + 1, d.range?.start ?? 0] : [0, 0]);
  const [la, ca] = key(a);
  const [lb, cb] = key(b);
  return la - lb || ca - cb || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/**
 * The findings of one entry, located and in report order.
 * @internal
 */
export function locatedDiagnostics(diagnostics: readonly Diagnostic[], turnSources: readonly TurnSource[] | undefined): Diagnostic[] {
  return diagnostics.map((d) => locateDiagnostic(d, turnSources)).sort(compareDiagnostics);
}
