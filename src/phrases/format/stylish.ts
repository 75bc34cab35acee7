import type { Diagnostic } from '../types.js';
import { locatedDiagnostics } from './locate.js';
import { formatSummaryTable, summarizeResults } from './summary.js';
import { styles, table } from './text-table.js';
import type { LintFileResult, MessageLanguage } from './types.js';

/**
 * Options of {@link formatStylish}.
 *
 * @example
 * ```ts
 * const options: StylishOptions = { lang: 'en', color: true, summary: false };
 * ```
 */
export interface StylishOptions {
  /** Message language, default `zh`. */
  readonly lang?: MessageLanguage;
  /** ANSI colours (for a terminal), default off. */
  readonly color?: boolean;
  /** Append the summary table (files, calls, average score, findings by rule), default on. */
  readonly summary?: boolean;
}

const WORDS = {
  zh: { error: '错误', warning: '警告' },
  en: { error: 'error', warning: 'warning' },
} as const;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function totals(errors: number, warnings: number, lang: MessageLanguage): string {
  if (lang === 'zh') return `✖ ${errors + warnings} 个问题（${errors} 个错误，${warnings} 个警告）`;
  return `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
}

/** `line:column`; `#turn` for a turn without a source position; `0:0` for a call-level finding (as ESLint's file-level). */
function position(d: Diagnostic): string {
  if (d.line !== undefined) return `${d.line}:${d.column ?? 1}`;
  if (d.turn !== undefined) return `#${d.turn + 1}`;
  return '0:0';
}

/**
 * Format results the way ESLint's default "stylish" formatter does: per file a header and one row per
 * finding — `line:column  severity  message  ruleId`, columns aligned — then the problem totals and the
 * summary table. Files without findings are not listed. Lines and columns are 1-based (UTF-16 code
 * units) from the parser's `turnSources`; a turn without a source shows `#<turn number>`, a call-level
 * finding `0:0`.
 *
 * @param results - one entry per checked call
 * @param options - language (default `zh`), colour, summary table
 * @returns the report text, ending with a line break
 * @example
 * ```ts
 * import { createChecker, formatStylish } from 'kefu/phrases';
 * import { parseTranscriptText } from 'kefu/transcripts';
 * const { transcript, turnSources } = parseTranscriptText('客服：喂，你找谁？我不知道');
 * const result = createChecker().check(transcript);
 * console.log(formatStylish([{ file: 'call.txt', transcript, turnSources, result }], { lang: 'en' }));
 * ```
 */
export function formatStylish(results: readonly LintFileResult[], options: StylishOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const s = styles(options.color ?? false);
  const words = WORDS[lang];
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const entry of results) {
    const diagnostics = locatedDiagnostics(entry.result.diagnostics, entry.turnSources);
    if (diagnostics.length === 0) continue;
    const rows = diagnostics.map((d) => {
      if (d.severity === 'error') errors++;
      else warnings++;
      const message = (lang === 'zh' ? d.message.zh : d.message.en).replace(/\s*[\r\n]+\s*/g, ' ');
      return [position(d), d.severity === 'error' ? words.error : words.warning, message, d.ruleId];
    });
    const severityStyle = (cell: string): string => (cell === words.error ? s.red(cell) : s.yellow(cell));
    out.push('', s.underline(entry.file));
    out.push(...table(rows, { indent: '  ', style: [s.dim, severityStyle, undefined, s.dim] }));
  }
  if (errors + warnings > 0) {
    const line = totals(errors, warnings, lang);
    out.push('', s.bold(errors > 0 ? s.red(line) : s.yellow(line)));
  }
  let text = out.length === 0 ? '' : `${out.join('\n')}\n`;
  if (options.summary ?? true) text += `${text === '' ? '' : '\n'}${formatSummaryTable(summarizeResults(results), { lang, color: options.color ?? false })}`;
  return text;
}
