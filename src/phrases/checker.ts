import { CallKind } from '../model/enums.js';
import { KefuError, describeValue } from '../model/error.js';
import type { Transcript, Turn } from '../model/transcript.js';
import { safeParseWith } from '../model/zod-error.js';
import { compileCategories, validateCategories, type CategoryDefinitionInput } from './categories.js';
import { validateLintConfig, validateRuleEntries, validateSettings, validateWeights, type LintConfig } from './checker-config.js';
import { acceptTranscript } from './checker-input.js';
import { createTurnScanner, type PatternOwners, type ScannedTurns } from './checker-scan.js';
import { maskSensitive } from './mask.js';
import { compileMatcher, type PhraseMatcher } from '../text/matcher.js';
import { BUILTIN_RULES } from './rules/index.js';
import type { AnyRule, LintSettings, PhraseHit, PhrasePattern, PhraseSetHandle, RuleCheck, RuleContext, RuleEntry, RuleReport } from './rules/types.js';
import { DEFAULT_SCORE_WEIGHTS, scoreDiagnostics, type ScoreWeights } from './score.js';
import type { Bilingual, CheckResult, Diagnostic, RuleSummary, Severity, TextRange } from './types.js';

/**
 * Options of {@link createChecker}. Everything is optional: `createChecker()` runs every built-in rule at
 * its default severity with wildcard script slots.
 *
 * @example
 * ```ts
 * const options: CheckerOptions = {
 *   settings: { company: '燃气公司' },
 *   rules: { 'speaking-rate': ['warn', { tolerance: 10 }] },
 *   maskExcerpts: true,
 * };
 * ```
 */
export interface CheckerOptions {
  /** An organisation's lint config, e.g. `gasHotlineLint` from `kefu/presets`. */
  readonly preset?: LintConfig;
  /** Rule entries applied over the preset's. */
  readonly rules?: Readonly<Record<string, RuleEntry>>;
  /** Rules from outside kefu (e.g. the call-flow rule of `kefu/classify`); on at their default severity. */
  readonly extraRules?: readonly AnyRule[];
  /** Categories added to the preset's (see `CategoryDefinition`). */
  readonly categories?: readonly CategoryDefinitionInput[];
  /** Script slot values, merged over the preset's settings. */
  readonly settings?: LintSettings;
  /** Mask phone and ID-card numbers in excerpts (rule: REC-2). Default `true`. */
  readonly maskExcerpts?: boolean;
  /** Characters of context on each side of a finding in its excerpt. Default 12. */
  readonly excerptContext?: number;
  /** Score weighting over {@link DEFAULT_SCORE_WEIGHTS}. */
  readonly score?: Partial<ScoreWeights>;
}

/**
 * Options of one `check` call.
 *
 * @example
 * ```ts
 * const options: CheckOptions = { callKind: 'complaint' };
 * ```
 */
export interface CheckOptions {
  /** The call's kind (rule: CALL-1), when the host knows it; rules for complaints and callbacks need it. */
  readonly callKind?: CallKind;
}

/**
 * A rule as a built checker runs it.
 *
 * @example
 * ```ts
 * const info: EnabledRule = { id: 'call-length', severity: 'warn', domainRules: ['HOT-SLA-3'], description: { zh: '', en: '' } };
 * ```
 */
export interface EnabledRule {
  readonly id: string;
  readonly severity: Exclude<Severity, 'off'>;
  readonly domainRules: readonly string[];
  readonly description: Bilingual;
}

/**
 * A compiled transcript checker: built once, it checks any number of transcripts without rebuilding.
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * const checker = createChecker();
 * checker.check({ turns: [{ speaker: 'agent', text: '不知道' }] }).diagnostics[0]?.ruleId; // 'forbidden-phrase'
 * ```
 */
export interface Checker {
  /** The rules this checker runs, in the order they run. */
  readonly rules: readonly EnabledRule[];
  /** The slot values in force. */
  readonly settings: LintSettings;
  /**
   * Check one transcript. Throws `KefuError` only when the input is not a valid `Transcript` (or the
   * options are invalid); on a valid transcript it never throws.
   */
  check(transcript: Transcript, options?: CheckOptions): CheckResult;
}

interface CompiledRule {
  readonly info: EnabledRule;
  readonly check: RuleCheck;
}

// The call kinds, for the per-check fast path; anything else goes through the schema for its error.
const CALL_KINDS: ReadonlySet<string> = new Set<string>(CallKind.options);

function isCallKind(value: unknown): value is CallKind {
  return typeof value === 'string' && CALL_KINDS.has(value);
}

const CHECKER_KEYS = new Set(['preset', 'rules', 'extraRules', 'categories', 'settings', 'maskExcerpts', 'excerptContext', 'score']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function severityOf(entry: RuleEntry): Severity {
  return typeof entry === 'string' ? entry : entry[0];
}

function optionsOf(entry: RuleEntry | undefined): unknown {
  return entry === undefined || typeof entry === 'string' || entry.length < 2 ? undefined : entry[1];
}

function validateExtraRule(rule: unknown, index: number): AnyRule {
  const path = ['extraRules', index];
  if (!isObject(rule) || !isObject(rule['meta']) || typeof rule['create'] !== 'function') {
    throw new KefuError('invalid_input', `extraRules[${index}] is not a rule (meta + create)`, [{ path, message: 'is not a rule (meta + create)', value: rule }]);
  }
  const meta = rule['meta'];
  if (typeof meta['id'] !== 'string' || meta['id'] === '') {
    throw new KefuError('invalid_input', `extraRules[${index}].meta.id must be a non-empty string`, [{ path: [...path, 'meta', 'id'], message: 'must be a non-empty string', value: meta['id'] }]);
  }
  if (meta['defaultSeverity'] !== 'warn' && meta['defaultSeverity'] !== 'error') {
    throw new KefuError('invalid_input', `extraRules[${index}].meta.defaultSeverity must be "warn" or "error"`, [
      { path: [...path, 'meta', 'defaultSeverity'], message: 'must be "warn" or "error"', value: meta['defaultSeverity'] },
    ]);
  }
  const options = meta['options'] as { safeParse?: unknown } | undefined;
  if (!isObject(options) || typeof options.safeParse !== 'function') {
    throw new KefuError('invalid_input', `extraRules[${index}].meta.options must be a zod schema`, [{ path: [...path, 'meta', 'options'], message: 'must be a zod schema', value: options }]);
  }
  return rule as unknown as AnyRule;
}

/** Where a finding lies in time: from word timings when the turn has them, else the turn's own span. */
function timeOf(turn: Turn, range: TextRange | undefined): { start: number; end: number } | undefined {
  const words = turn.words;
  if (range !== undefined && words !== undefined && words.length > 0) {
    let cursor = 0;
    let start = Infinity;
    let end = -Infinity;
    for (const word of words) {
      if (word.text === '') continue;
      const at = turn.text.indexOf(word.text, cursor);
      if (at < 0) continue;
      cursor = at + word.text.length;
      if (at < range.end && cursor > range.start) {
        start = Math.min(start, word.start);
        end = Math.max(end, word.end);
      }
    }
    if (start <= end) return { start, end };
  }
  if (turn.start !== undefined && turn.end !== undefined) return { start: turn.start, end: turn.end };
  return undefined;
}

function clampRange(range: TextRange | undefined, length: number): TextRange {
  if (range === undefined || !Number.isFinite(range.start) || !Number.isFinite(range.end)) return { start: 0, end: length };
  const start = Math.min(Math.max(0, Math.trunc(range.start)), length);
  const end = Math.min(Math.max(start, Math.trunc(range.end)), length);
  return { start, end };
}

function excerptOf(text: string, range: TextRange, context: number): string {
  const from = Math.max(0, range.start - context);
  const to = Math.min(text.length, range.end + context);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const ta = a.turn ?? Number.MAX_SAFE_INTEGER;
  const tb = b.turn ?? Number.MAX_SAFE_INTEGER;
  if (ta !== tb) return ta - tb;
  const sa = a.range?.start ?? 0;
  const sb = b.range?.start ?? 0;
  if (sa !== sb) return sa - sb;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}

/**
 * Build a transcript checker (ESLint for calls). Rules, options, categories and phrase matchers are
 * validated and compiled here, once; every phrase of every rule goes into one matcher, so a check scans
 * each turn once whatever the number of rules.
 *
 * Configuration layers, later wins: every built-in rule at its default severity → `preset.rules` →
 * `options.rules`. Extra rules and categories start at their own default severity.
 *
 * @param options - preset, rule entries, extra rules, categories, settings; see {@link CheckerOptions}
 * @returns the checker
 * @throws KefuError `invalid_input` naming the field for an unknown rule id, bad rule options, a bad
 *   category or a malformed preset
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * const checker = createChecker({ settings: { company: '燃气公司' }, rules: { 'call-length': 'error' } });
 * const result = checker.check({
 *   turns: [
 *     { speaker: 'agent', text: '您好，燃气公司012号客服员为您服务' },
 *     { speaker: 'customer', text: '我家燃气表不走了' },
 *     { speaker: 'agent', text: '你别急，我不知道' },
 *   ],
 * });
 * result.diagnostics.map((d) => d.ruleId); // includes 'honorific-nin' and 'forbidden-phrase'
 * result.score; // below 100
 * ```
 */
export function createChecker(options: CheckerOptions = {}): Checker {
  if (!isObject(options)) throw new KefuError('invalid_input', 'checker options must be an object', [{ path: [], message: 'must be an object', value: options }]);
  for (const key of Object.keys(options)) {
    if (!CHECKER_KEYS.has(key)) throw new KefuError('invalid_input', `${key} is not a checker option`, [{ path: [key], message: 'unknown field', value: options[key as keyof CheckerOptions] }]);
  }
  const preset = options.preset === undefined ? undefined : validateLintConfig(options.preset);
  const hostSettings = options.settings === undefined ? undefined : validateSettings(options.settings, 'settings');
  const settings: LintSettings = Object.freeze({
    ...preset?.settings,
    ...hostSettings,
    ...(preset?.settings?.slots !== undefined || hostSettings?.slots !== undefined ? { slots: { ...preset?.settings?.slots, ...hostSettings?.slots } } : {}),
  });
  const hostEntries = options.rules === undefined ? undefined : validateRuleEntries(options.rules, 'rules');
  if (options.maskExcerpts !== undefined && typeof options.maskExcerpts !== 'boolean') {
    throw new KefuError('invalid_input', 'maskExcerpts must be a boolean', [{ path: ['maskExcerpts'], message: 'must be a boolean', value: options.maskExcerpts }]);
  }
  const context: unknown = options.excerptContext ?? 12;
  if (typeof context !== 'number' || !Number.isInteger(context) || context < 0) {
    throw new KefuError('invalid_input', 'excerptContext must be a non-negative integer', [{ path: ['excerptContext'], message: 'must be a non-negative integer', value: context }]);
  }
  const weights: ScoreWeights = { ...DEFAULT_SCORE_WEIGHTS, ...(options.score === undefined ? {} : validateWeights(options.score)) };
  const mask = options.maskExcerpts ?? true;

  // The registry: built-ins, then extra rules, then categories; ids must be unique.
  const registry = new Map<string, AnyRule>();
  const register = (rule: AnyRule, path: readonly (string | number)[]): void => {
    if (registry.has(rule.meta.id)) {
      throw new KefuError('invalid_input', `${path.join('.')}: rule id "${rule.meta.id}" is already taken`, [{ path: [...path, 'meta', 'id'], message: 'is already taken', value: rule.meta.id }]);
    }
    registry.set(rule.meta.id, rule);
  };
  for (const rule of BUILTIN_RULES) register(rule, ['builtin']);
  if (options.extraRules !== undefined && !Array.isArray(options.extraRules)) {
    throw new KefuError('invalid_input', 'extraRules must be an array', [{ path: ['extraRules'], message: 'must be an array', value: options.extraRules }]);
  }
  (options.extraRules ?? []).forEach((rule, i) => register(validateExtraRule(rule, i), ['extraRules', i]));
  const categoryDefinitions = [
    ...validateCategories(preset?.categories ?? [], 'preset.categories'),
    ...validateCategories(options.categories ?? [], 'categories'),
  ];
  compileCategories(categoryDefinitions).forEach((rule, i) => register(rule, ['categories', i]));

  const layers: [string, Readonly<Record<string, RuleEntry>> | undefined][] = [
    ['preset.rules', preset?.rules],
    ['rules', hostEntries],
  ];
  for (const [where, entries] of layers) {
    for (const id of Object.keys(entries ?? {})) {
      if (!registry.has(id)) {
        throw new KefuError('invalid_input', `${where}.${id} names no rule`, [{ path: [...where.split('.'), id], message: `names no rule (known: ${[...registry.keys()].join(', ')})`, value: id }]);
      }
    }
  }

  // Phrase registry shared by every rule; compiled into one matcher after all rules are created.
  const patterns: PhrasePattern[] = [];
  const owners: { set: number; id: string }[] = [];
  let sets = 0;
  const setup = {
    settings,
    phrases(list: readonly PhrasePattern[]): PhraseSetHandle {
      const set = sets++;
      for (const p of list) {
        owners.push({ set, id: p.id });
        patterns.push({ id: String(patterns.length), text: p.text });
      }
      return Object.freeze({ index: set });
    },
  };

  const compiled: CompiledRule[] = [];
  for (const [id, rule] of registry) {
    const presetEntry = preset?.rules?.[id];
    const hostEntry = hostEntries?.[id];
    const entry = hostEntry ?? presetEntry;
    const severity = entry === undefined ? rule.meta.defaultSeverity : severityOf(entry);
    if (severity === 'off') continue;
    // Options: the host's entry if it carries options, else the preset's.
    const given = optionsOf(hostEntry) ?? optionsOf(presetEntry) ?? {};
    const where = hostEntry !== undefined && optionsOf(hostEntry) !== undefined ? `options of rules.${id}` : `options of rule ${id}`;
    const parsed = safeParseWith(rule.meta.options, given, where);
    if (!parsed.ok) throw parsed.error;
    const check = rule.create(parsed.value, setup);
    compiled.push({ info: Object.freeze({ id, severity, domainRules: rule.meta.domainRules, description: rule.meta.description }), check });
  }
  let matcher: PhraseMatcher | undefined;
  if (patterns.length > 0) {
    try {
      matcher = compileMatcher(patterns);
    } catch (error) {
      const index = error instanceof KefuError ? error.issues[0]?.path[1] : undefined;
      const owner = typeof index === 'number' ? owners[index] : undefined;
      throw new KefuError('invalid_input', `a rule registered a phrase that cannot be matched${owner === undefined ? '' : ` (${owner.id})`}: ${error instanceof Error ? error.message : describeValue(error)}`);
    }
  }
  const rules = Object.freeze(compiled.map((c) => c.info));
  const setCount = sets;
  const patternOwners: PatternOwners = { set: Int32Array.from(owners, (o) => o.set), id: owners.map((o) => o.id) };
  const scanner = createTurnScanner(matcher, patternOwners, setCount);

  const check = (input: Transcript, checkOptions?: CheckOptions): CheckResult => {
    const transcript = acceptTranscript(input);
    let callKind: CallKind | undefined;
    if (checkOptions !== undefined) {
      if (!isObject(checkOptions)) throw new KefuError('invalid_input', 'check options must be an object', [{ path: [], message: 'must be an object', value: checkOptions }]);
      if (isCallKind(checkOptions.callKind)) callKind = checkOptions.callKind;
      else if (checkOptions.callKind !== undefined) {
        const kind = safeParseWith(CallKind, checkOptions.callKind, 'callKind');
        if (!kind.ok) throw new KefuError('invalid_input', `callKind ${describeValue(checkOptions.callKind)} is not a call kind`, [{ path: ['callKind'], message: 'is not a call kind', value: checkOptions.callKind }]);
        callKind = kind.value;
      }
    }
    const turns = transcript.turns;
    const scanned = scanner.scan(turns);
    try {
      return runRules(transcript, callKind, scanned);
    } finally {
      scanner.release(scanned);
    }
  };

  const runRules = (transcript: Transcript, callKind: CallKind | undefined, scanned: ScannedTurns): CheckResult => {
    const turns = transcript.turns;

    const diagnostics: Diagnostic[] = [];
    const counts = new Array<number>(compiled.length).fill(0);
    const masked = new Map<number, string>();
    const maskedText = (t: number, text: string): string => {
      if (!mask) return text;
      let m = masked.get(t);
      if (m === undefined) {
        m = maskSensitive(text);
        masked.set(t, m);
      }
      return m;
    };
    let current = 0;
    const emit = (report: RuleReport): void => {
      const rule = compiled[current] as CompiledRule;
      const info = rule.info;
      const turnIndex = report.turn;
      const turn = turnIndex === undefined || !Number.isInteger(turnIndex) ? undefined : turns[turnIndex];
      const severity = report.severity === 'warn' ? 'warn' : info.severity;
      const domainRules = report.domainRules ?? info.domainRules;
      const suggestions = report.suggestions ?? [];
      // Plain literals rather than spreads: this runs for every finding.
      let diagnostic: { -readonly [K in keyof Diagnostic]: Diagnostic[K] };
      if (turn === undefined || turnIndex === undefined) {
        diagnostic =
          report.time === undefined
            ? { ruleId: info.id, severity, domainRules, message: report.message, suggestions }
            : { ruleId: info.id, severity, domainRules, message: report.message, suggestions, time: report.time };
      } else {
        const range = clampRange(report.range, turn.text.length);
        const time = report.time ?? timeOf(turn, report.range === undefined ? undefined : range);
        const excerpt = excerptOf(maskedText(turnIndex, turn.text), range, context);
        diagnostic =
          time === undefined
            ? { ruleId: info.id, severity, domainRules, message: report.message, suggestions, turn: turnIndex, speaker: turn.speaker, range, excerpt }
            : { ruleId: info.id, severity, domainRules, message: report.message, suggestions, turn: turnIndex, speaker: turn.speaker, range, time, excerpt };
      }
      // Last, so that every finding lists its keys in the same order (the JSON output shows it).
      if (report.entryId !== undefined) diagnostic.entryId = report.entryId;
      counts[current] = (counts[current] as number) + 1;
      diagnostics.push(diagnostic);
    };
    const ctx: RuleContext = {
      transcript,
      turns,
      callKind,
      hits(set: PhraseSetHandle, turn: number): readonly PhraseHit[] {
        return scanned.hits(set.index, turn);
      },
      report: emit,
    };
    for (current = 0; current < compiled.length; current++) {
      try {
        (compiled[current] as CompiledRule).check(ctx);
      } catch (error) {
        // A valid transcript never makes the checker throw; a failing rule becomes a finding of that rule.
        const reason = error instanceof Error ? error.message : describeValue(error);
        emit({ message: { zh: `规则执行失败：${reason}`, en: `Rule failed: ${reason}` } });
      }
    }
    diagnostics.sort(compareDiagnostics);
    const summary: RuleSummary[] = compiled.map((c, i) => ({ ruleId: c.info.id, severity: c.info.severity, count: counts[i] as number }));
    return { diagnostics, score: scoreDiagnostics(diagnostics, weights), summary };
  };

  return Object.freeze({ rules, settings, check });
}
