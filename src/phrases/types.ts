import type { Speaker } from '../model/enums.js';

/**
 * How seriously a rule's findings count, as in ESLint: `off` disables the rule, `warn` reports without
 * failing, `error` fails the check (and makes `kefu lint` exit 1).
 *
 * @example
 * ```ts
 * const severity: Severity = 'warn';
 * ```
 */
export type Severity = (typeof SEVERITIES)[number];

/**
 * Every severity, mildest first: the one list the type, the config schema and the command line read.
 *
 * @example
 * ```ts
 * import { SEVERITIES } from 'kefu/phrases';
 * SEVERITIES; // ['off', 'warn', 'error']
 * ```
 */
export const SEVERITIES = ['off', 'warn', 'error'] as const;

/**
 * Text in both languages a user may read. Chinese is the standards' own wording.
 *
 * @example
 * ```ts
 * const m: Bilingual = { zh: '请使用“您”', en: 'Address the customer as 您' };
 * ```
 */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/**
 * A half-open range `[start, end)` of UTF-16 code-unit offsets into a turn's original text.
 *
 * @example
 * ```ts
 * const range: TextRange = { start: 0, end: 2 }; // the first two code units
 * ```
 */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * A text edit inside one turn, as ESLint's fixes: replace the half-open UTF-16 range `[start, end)` of
 * turn `turn`'s original text with `text` (an empty range inserts, an empty `text` deletes).
 *
 * @example
 * ```ts
 * const nin: TextEdit = { turn: 2, range: { start: 0, end: 1 }, text: '您' }; // 你 → 您
 * ```
 */
export interface TextEdit {
  readonly turn: number;
  readonly range: TextRange;
  readonly text: string;
}

/**
 * A suggestion of a finding: better wording (both languages) and, when the rule can say where it goes,
 * the edits that put it in (applied only on request, never by a fix-all).
 *
 * @example
 * ```ts
 * const s: Suggestion = { zh: '这个问题我帮您请更专业的人员回答好吗？', en: 'Let me ask a specialist', fix: [{ turn: 3, range: { start: 2, end: 5 }, text: '这个问题我帮您请更专业的人员回答好吗？' }] };
 * ```
 */
export interface Suggestion extends Bilingual {
  readonly fix?: readonly TextEdit[];
}

/**
 * One finding of the transcript checker, located as precisely as the input allows.
 *
 * @example
 * ```ts
 * const d: Diagnostic = {
 *   ruleId: 'forbidden-phrase', severity: 'error', domainRules: ['PHR-FORBID'],
 *   message: { zh: '禁用语：“不知道”', en: 'Forbidden phrase: 不知道' },
 *   turn: 3, speaker: 'agent', range: { start: 2, end: 5 }, excerpt: '我不知道', suggestions: [],
 * };
 * ```
 */
export interface Diagnostic {
  /** The rule that reported it, e.g. `forbidden-phrase`. */
  readonly ruleId: string;
  /** The key of the rule's `meta.messages` the message was rendered from; absent on a checker-made finding (a rule that failed). */
  readonly messageId?: string;
  readonly severity: Exclude<Severity, 'off'>;
  /** DOMAIN rule IDs the finding enforces, e.g. `['PHR-FORBID']`. */
  readonly domainRules: readonly string[];
  readonly message: Bilingual;
  /** 0-based index of the turn, or `undefined` for a call-level finding (e.g. call too long). */
  readonly turn?: number;
  readonly speaker?: Speaker;
  /** Where in the turn's original text, half-open UTF-16 offsets. */
  readonly range?: TextRange;
  /** 1-based line/column of the range start (and end) when the transcript came from a text file. */
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** Time range in ms from the call start, when the transcript has timestamps. */
  readonly time?: { readonly start: number; readonly end: number };
  /** The text around the finding, with phone and ID-card numbers masked by default (rule: REC-2). */
  readonly excerpt?: string;
  /** Better wording from the standards, e.g. for 不知道 → “这个问题我帮您请更专业的人员回答好吗？”. */
  readonly suggestions: readonly Suggestion[];
  /** Catalog entry or script id behind the finding, when there is one. */
  readonly entryId?: string;
  /** Edits that correct the finding safely (e.g. 你 → 您); `applyFixes` applies them. */
  readonly fix?: readonly TextEdit[];
}

/**
 * Per-rule totals of one check.
 *
 * @example
 * ```ts
 * const s: RuleSummary = { ruleId: 'honorific-nin', severity: 'warn', count: 2 };
 * ```
 */
export interface RuleSummary {
  readonly ruleId: string;
  readonly severity: Exclude<Severity, 'off'>;
  readonly count: number;
}

/**
 * What `check(transcript)` returns: every finding, a 0–100 quality score and per-rule totals.
 *
 * @example
 * ```ts
 * const result: CheckResult = { diagnostics: [], score: 100, summary: [] };
 * ```
 */
export interface CheckResult {
  readonly diagnostics: readonly Diagnostic[];
  /** 0–100; 100 means no finding. The weighting is documented with the checker. */
  readonly score: number;
  readonly summary: readonly RuleSummary[];
}
