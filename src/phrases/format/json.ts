import type { Diagnostic, RuleSummary } from '../types.js';
import { locatedDiagnostics } from './locate.js';
import type { LintFileResult } from './types.js';

/**
 * One entry of {@link formatJson}'s array: the file, the call's id when it has one, its score and
 * counts, and every finding with both languages and its 1-based line/column in the file.
 *
 * @example
 * ```ts
 * const entry: JsonReportEntry = { file: 'a.txt', turns: 4, score: 100, errorCount: 0, warningCount: 0, diagnostics: [], summary: [] };
 * ```
 */
export interface JsonReportEntry {
  readonly file: string;
  readonly id?: string;
  /** Number of turns in the transcript. */
  readonly turns: number;
  readonly score: number;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly diagnostics: readonly Diagnostic[];
  readonly summary: readonly RuleSummary[];
}

/**
 * Format results as a JSON array, one {@link JsonReportEntry} per call (as ESLint's `json` formatter,
 * one object per file). Messages and suggestions keep both languages; diagnostics are located from
 * `turnSources` and sorted by position.
 *
 * @param results - one entry per checked call
 * @returns JSON text (no trailing line break)
 * @example
 * ```ts
 * import { createChecker, formatJson } from 'kefu/phrases';
 * import { parseTranscriptText } from 'kefu/transcripts';
 * const { transcript, turnSources } = parseTranscriptText('客服：您好');
 * const report = JSON.parse(formatJson([{ file: 'a.txt', transcript, turnSources, result: createChecker().check(transcript) }]));
 * report[0].file; // 'a.txt'
 * ```
 */
export function formatJson(results: readonly LintFileResult[]): string {
  const entries: JsonReportEntry[] = results.map((entry) => {
    const diagnostics = locatedDiagnostics(entry.result.diagnostics, entry.turnSources);
    let errorCount = 0;
    for (const d of diagnostics) if (d.severity === 'error') errorCount++;
    return {
      file: entry.file,
      ...(entry.transcript.id === undefined ? {} : { id: entry.transcript.id }),
      turns: entry.transcript.turns.length,
      score: entry.result.score,
      errorCount,
      warningCount: diagnostics.length - errorCount,
      diagnostics,
      summary: entry.result.summary,
    };
  });
  return JSON.stringify(entries);
}
