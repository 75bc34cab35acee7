import { styles, table } from './text-table.js';
import type { LintFileResult, MessageLanguage } from './types.js';

/**
 * Totals over a batch of checked calls: distinct files, calls, findings by severity and by rule, and the
 * average 0–100 score.
 *
 * @example
 * ```ts
 * const summary: LintSummary = { files: 2, calls: 2, errors: 1, warnings: 0, averageScore: 95, rules: [{ ruleId: 'forbidden-phrase', errors: 1, warnings: 0 }] };
 * ```
 */
export interface LintSummary {
  readonly files: number;
  readonly calls: number;
  readonly errors: number;
  readonly warnings: number;
  /** Mean of the calls' scores, `undefined` when there are no calls. */
  readonly averageScore: number | undefined;
  /** Findings per rule, most frequent first (then by rule id). */
  readonly rules: readonly { readonly ruleId: string; readonly errors: number; readonly warnings: number }[];
}

/**
 * Add up a batch of results.
 *
 * @param results - one entry per checked call
 * @example
 * ```ts
 * import { summarizeResults } from 'kefu/phrases';
 * summarizeResults([]); // { files: 0, calls: 0, errors: 0, warnings: 0, averageScore: undefined, rules: [] }
 * ```
 */
export function summarizeResults(results: readonly LintFileResult[]): LintSummary {
  const files = new Set<string>();
  const byRule = new Map<string, { ruleId: string; errors: number; warnings: number }>();
  let errors = 0;
  let warnings = 0;
  let scoreSum = 0;
  for (const entry of results) {
    files.add(entry.file);
    scoreSum += entry.result.score;
    for (const d of entry.result.diagnostics) {
      let row = byRule.get(d.ruleId);
      if (row === undefined) byRule.set(d.ruleId, (row = { ruleId: d.ruleId, errors: 0, warnings: 0 }));
      if (d.severity === 'error') {
        row.errors++;
        errors++;
      } else {
        row.warnings++;
        warnings++;
      }
    }
  }
  const rules = [...byRule.values()].sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return {
    files: files.size,
    calls: results.length,
    errors,
    warnings,
    averageScore: results.length === 0 ? undefined : scoreSum / results.length,
    rules,
  };
}

const LABELS = {
  zh: { title: '汇总', files: '文件', calls: '通话', score: '平均得分', byRule: '按规则统计', rule: '规则', errors: '错误', warnings: '警告', total: '合计', none: '无问题' },
  en: {
    title: 'Summary',
    files: 'Files',
    calls: 'Calls',
    score: 'Average score',
    byRule: 'Findings by rule',
    rule: 'Rule',
    errors: 'Errors',
    warnings: 'Warnings',
    total: 'Total',
    none: 'No findings',
  },
} as const;

/**
 * Render a {@link LintSummary} as an aligned table (files, calls, average score to one decimal, then
 * findings by rule). Widths count Chinese characters as two columns.
 *
 * @param summary - totals from {@link summarizeResults}
 * @param options - message language (default `zh`) and ANSI colour (default off)
 * @example
 * ```ts
 * import { formatSummaryTable, summarizeResults } from 'kefu/phrases';
 * formatSummaryTable(summarizeResults([]), { lang: 'en' });
 * // 'Summary\n  Files          0\n  Calls          0\n  Average score  -\n\n  No findings\n'
 * ```
 */
export function formatSummaryTable(summary: LintSummary, options: { readonly lang?: MessageLanguage; readonly color?: boolean } = {}): string {
  const l = LABELS[options.lang ?? 'zh'];
  const s = styles(options.color ?? false);
  const score = summary.averageScore === undefined ? '-' : summary.averageScore.toFixed(1);
  const head = table(
    [
      [l.files, String(summary.files)],
      [l.calls, String(summary.calls)],
      [l.score, score],
    ],
    { indent: '  ' },
  );
  const lines = [s.bold(l.title), ...head, ''];
  if (summary.rules.length === 0) lines.push(`  ${s.green(l.none)}`);
  else {
    lines.push(`  ${l.byRule}`);
    const rows = [
      [l.rule, l.errors, l.warnings, l.total],
      ...summary.rules.map((r) => [r.ruleId, String(r.errors), String(r.warnings), String(r.errors + r.warnings)]),
      [l.total, String(summary.errors), String(summary.warnings), String(summary.errors + summary.warnings)],
    ];
    lines.push(...table(rows, { indent: '    ', align: ['left', 'right', 'right', 'right'] }));
  }
  return `${lines.join('\n')}\n`;
}
