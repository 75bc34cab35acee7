import type { Transcript } from '../../model/transcript.js';
import type { TurnSource } from '../../transcripts/source-map.js';
import type { Bilingual, CheckResult, Severity } from '../types.js';

/**
 * The check of one call, as the formatters take it: the file it came from, the transcript, the checker's
 * result, and — when the transcript was parsed from text — where each turn's text starts in the file
 * (the parser's `turnSources`), so findings point at lines and columns. Several entries may share a file
 * when one file holds several calls.
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * import { parseTranscriptText } from 'kefu/transcripts';
 * const { transcript, turnSources } = parseTranscriptText('客服：喂，你找谁');
 * const entry: LintFileResult = { file: 'calls/001.txt', transcript, turnSources, result: createChecker().check(transcript) };
 * ```
 */
export interface LintFileResult {
  readonly file: string;
  readonly transcript: Transcript;
  readonly result: CheckResult;
  readonly turnSources?: readonly TurnSource[];
}

/**
 * The language of messages a formatter writes: the standards' Chinese (`zh`) or the English gloss (`en`).
 *
 * @example
 * ```ts
 * const lang: MessageLanguage = 'en';
 * ```
 */
export type MessageLanguage = 'zh' | 'en';

/**
 * What a formatter may know about a rule beyond its id (the checker's `rules` list fits).
 *
 * @example
 * ```ts
 * const rule: RuleDescriptor = { id: 'forbidden-phrase', description: { zh: '禁用语', en: 'Forbidden phrases' }, domainRules: ['PHR-FORBID'] };
 * ```
 */
export interface RuleDescriptor {
  readonly id: string;
  readonly description?: Bilingual;
  readonly severity?: Exclude<Severity, 'off'>;
  readonly domainRules?: readonly string[];
  /** A page that documents the rule. */
  readonly helpUri?: string;
}
