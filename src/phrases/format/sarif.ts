import type { Diagnostic } from '../types.js';
import { locatedDiagnostics } from './locate.js';
import type { LintFileResult, MessageLanguage, RuleDescriptor } from './types.js';

/**
 * The part of a SARIF 2.1.0 log kefu writes (see {@link createSarifLog}).
 *
 * @example
 * ```ts
 * const log: SarifLog = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [] };
 * ```
 */
export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly SarifRun[];
}

/**
 * One SARIF run: the tool, the column unit and the results.
 *
 * @example
 * ```ts
 * const run: SarifRun = { tool: { driver: { name: 'kefu', rules: [] } }, columnKind: 'utf16CodeUnits', results: [] };
 * ```
 */
export interface SarifRun {
  readonly tool: {
    readonly driver: {
      readonly name: string;
      readonly version?: string;
      readonly informationUri?: string;
      readonly rules: readonly SarifRule[];
    };
  };
  readonly columnKind: 'utf16CodeUnits';
  readonly results: readonly SarifResult[];
}

/**
 * A SARIF `reportingDescriptor`: a rule's id and, when known, its description and help page.
 *
 * @example
 * ```ts
 * const rule: SarifRule = { id: 'forbidden-phrase', shortDescription: { text: '禁用语' } };
 * ```
 */
export interface SarifRule {
  readonly id: string;
  readonly shortDescription?: { readonly text: string };
  readonly fullDescription?: { readonly text: string };
  readonly helpUri?: string;
  readonly defaultConfiguration?: { readonly level: 'error' | 'warning' };
  readonly properties?: { readonly domainRules: readonly string[] };
}

/**
 * A SARIF result: one finding with its rule, level, message and location.
 *
 * @example
 * ```ts
 * const result: SarifResult = {
 *   ruleId: 'forbidden-phrase', ruleIndex: 0, level: 'error', message: { text: '禁用语：“不知道”' },
 *   locations: [{ physicalLocation: { artifactLocation: { uri: 'a.txt' }, region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 8 } } }],
 * };
 * ```
 */
export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: 'error' | 'warning';
  readonly message: { readonly text: string };
  readonly locations: readonly {
    readonly physicalLocation: {
      readonly artifactLocation: { readonly uri: string };
      readonly region?: { readonly startLine: number; readonly startColumn: number; readonly endLine?: number; readonly endColumn?: number };
    };
  }[];
  readonly partialFingerprints?: Readonly<Record<string, string>>;
  readonly properties?: Readonly<Record<string, unknown>>;
}

/**
 * Options of {@link formatSarif} and {@link createSarifLog}.
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * const options: SarifOptions = { lang: 'en', toolVersion: '0.1.0', rules: createChecker().rules };
 * ```
 */
export interface SarifOptions {
  /** Message language, default `zh`. */
  readonly lang?: MessageLanguage;
  /** kefu's version, written as `tool.driver.version`. */
  readonly toolVersion?: string;
  /** Rule descriptions for `tool.driver.rules` (the checker's `rules` fit); rules seen only in results get their id. */
  readonly rules?: readonly RuleDescriptor[];
}

/**
 * The JSON schema URI of SARIF 2.1.0 (OASIS standard, errata 01).
 *
 * @example
 * ```ts
 * import { SARIF_SCHEMA_URI } from 'kefu/phrases';
 * SARIF_SCHEMA_URI.endsWith('sarif-schema-2.1.0.json'); // true
 * ```
 */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** A file path as a URI reference: `/` separators, each segment percent-encoded (spaces, Chinese). */
function toUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .split('/')
    .map((segment, i) => (i === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable fingerprint, not a security hash. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function level(severity: Diagnostic['severity']): 'error' | 'warning' {
  return severity === 'error' ? 'error' : 'warning';
}

/**
 * Build a SARIF 2.1.0 log object from results: one run with `tool.driver` named `kefu`, the rules
 * (described when `options.rules` says how), and one result per finding with `ruleId`, `level`
 * (`error`/`warning`), `message.text` and a physical location. Regions are 1-based; columns count UTF-16
 * code units (declared as the run's `columnKind: 'utf16CodeUnits'`) and `endColumn` points just past the
 * finding. Call-level findings have no region. `partialFingerprints['kefu/v1']` hashes the rule, the
 * catalog entry and the matched text, so a finding keeps its fingerprint when lines shift.
 *
 * @param results - one entry per checked call
 * @param options - language, tool version, rule descriptions
 * @example
 * ```ts
 * import { createSarifLog } from 'kefu/phrases';
 * createSarifLog([], { toolVersion: '0.1.0' }).runs[0]?.tool.driver.name; // 'kefu'
 * ```
 */
export function createSarifLog(results: readonly LintFileResult[], options: SarifOptions = {}): SarifLog {
  const lang = options.lang ?? 'zh';
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const addRule = (descriptor: RuleDescriptor): number => {
    const known = ruleIndex.get(descriptor.id);
    if (known !== undefined) return known;
    const description = descriptor.description === undefined ? undefined : lang === 'zh' ? descriptor.description.zh : descriptor.description.en;
    rules.push({
      id: descriptor.id,
      ...(description === undefined || description === '' ? {} : { shortDescription: { text: description } }),
      ...(descriptor.helpUri === undefined ? {} : { helpUri: descriptor.helpUri }),
      ...(descriptor.severity === undefined ? {} : { defaultConfiguration: { level: level(descriptor.severity) } }),
      ...(descriptor.domainRules === undefined || descriptor.domainRules.length === 0 ? {} : { properties: { domainRules: descriptor.domainRules } }),
    });
    ruleIndex.set(descriptor.id, rules.length - 1);
    return rules.length - 1;
  };
  for (const rule of options.rules ?? []) addRule(rule);

  const sarifResults: SarifResult[] = [];
  for (const entry of results) {
    const uri = toUri(entry.file);
    for (const d of locatedDiagnostics(entry.result.diagnostics, entry.turnSources)) {
      const index = addRule({ id: d.ruleId });
      const turn = d.turn === undefined ? undefined : entry.transcript.turns[d.turn];
      const matched = turn !== undefined && d.range !== undefined ? turn.text.slice(d.range.start, d.range.end) : d.message.en;
      const region =
        d.line === undefined
          ? undefined
          : {
              startLine: d.line,
              startColumn: d.column ?? 1,
              ...(d.endLine === undefined ? {} : { endLine: d.endLine }),
              ...(d.endColumn === undefined ? {} : { endColumn: d.endColumn }),
            };
      sarifResults.push({
        ruleId: d.ruleId,
        ruleIndex: index,
        level: level(d.severity),
        message: { text: lang === 'zh' ? d.message.zh : d.message.en },
        locations: [{ physicalLocation: { artifactLocation: { uri }, ...(region === undefined ? {} : { region }) } }],
        partialFingerprints: { 'kefu/v1': fnv1a(`${d.ruleId}\u0000${d.entryId ?? ''}\u0000${d.speaker ?? ''}\u0000${matched}`) },
        properties: {
          domainRules: d.domainRules,
          ...(d.turn === undefined ? {} : { turn: d.turn }),
          ...(d.time === undefined ? {} : { time: d.time }),
          ...(d.suggestions.length === 0 ? {} : { suggestions: d.suggestions.map((s) => (lang === 'zh' ? s.zh : s.en)) }),
        },
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'kefu', ...(options.toolVersion === undefined ? {} : { version: options.toolVersion }), rules } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

/**
 * Format results as SARIF 2.1.0 JSON text for code-scanning dashboards (see {@link createSarifLog}).
 *
 * @param results - one entry per checked call
 * @param options - language, tool version, rule descriptions
 * @returns pretty-printed JSON (no trailing line break)
 * @example
 * ```ts
 * import { createChecker, formatSarif } from 'kefu/phrases';
 * import { parseTranscriptText } from 'kefu/transcripts';
 * const checker = createChecker();
 * const { transcript, turnSources } = parseTranscriptText('客服：我不知道');
 * const sarif = formatSarif([{ file: 'a.txt', transcript, turnSources, result: checker.check(transcript) }], { rules: checker.rules });
 * ```
 */
export function formatSarif(results: readonly LintFileResult[], options: SarifOptions = {}): string {
  return JSON.stringify(createSarifLog(results, options), null, 2);
}
