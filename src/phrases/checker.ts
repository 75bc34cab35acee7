import { CallKind } from '../model/enums.js';
import { KefuError, describeValue } from '../model/error.js';
import type { Transcript, Turn } from '../model/transcript.js';
import { safeParseWith } from '../model/zod-error.js';
import { compileCategories, validateCategories, type CategoryDefinitionInput } from './categories.js';
import {
  mergeEntry,
  resolveConfigInput,
  optionsOf,
  severityOf,
  validateRuleEntries,
  validateSettings,
  validateWeights,
  type LintConfig,
  type RuleEntry,
  type RulesConfig,
} from './checker-config.js';
import { acceptTranscript } from './checker-input.js';
import { createTurnScanner, type PatternOwners, type ScannedTurns } from './checker-scan.js';
import { maskSensitive } from './mask.js';
import { compileMatcher, type PhraseMatcher } from '../text/matcher.js';
import { recommended } from './recommended.js';
import { BUILTIN_RULES } from './rules/index.js';
import type { AnyRule, LintSettings, MessageData, PhraseHit, PhrasePattern, PhraseSetHandle, Rule, RuleCheck, RuleContext, RuleReport, SuggestionReport } from './rules/types.js';
import { DEFAULT_SCORE_WEIGHTS, scoreDiagnostics, type ScoreWeights } from './score.js';
import type { Bilingual, CheckResult, Diagnostic, RuleSummary, Severity, Suggestion, TextEdit, TextRange } from './types.js';

/**
 * Options of {@link createChecker}. Everything is optional: `createChecker()` runs the
 * {@link recommended} config with wildcard script slots. `ExtraId` is the union of the ids of
 * `extraRules`, inferred from them, so that `rules` may name them too.
 *
 * @example
 * ```ts
 * import type { CheckerOptions } from 'kefu/phrases';
 * const options: CheckerOptions = {
 *   settings: { company: '燃气公司' },
 *   rules: { 'speaking-rate': ['warn', { tolerance: 10 }] },
 *   maskExcerpts: true,
 * };
 * ```
 */
export interface CheckerOptions<ExtraId extends string = never> {
  /** An organisation's lint config (from `kefu/presets`, or a host's own extending `recommended`); default {@link recommended}. */
  readonly preset?: LintConfig;
  /** Rule entries applied over the preset's: built-in ids, namespaced ids and the ids of `extraRules`. */
  readonly rules?: RulesConfig & Partial<Record<NoInfer<ExtraId>, RuleEntry>>;
  /** A host's own rules; off until a config or `rules` turns them on (severity lives in configuration). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly extraRules?: readonly Rule<any, string, ExtraId>[];
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
 * A rule as a built checker runs it; `helpUri` is the rule's `meta.docs.url`.
 *
 * @example
 * ```ts
 * import type { EnabledRule } from 'kefu/phrases';
 * const info: EnabledRule = { id: 'call-length', severity: 'warn', domainRules: ['HOT-SLA-3'], description: { zh: '', en: '' } };
 * ```
 */
export interface EnabledRule {
  readonly id: string;
  readonly severity: Exclude<Severity, 'off'>;
  readonly domainRules: readonly string[];
  readonly description: Bilingual;
  readonly helpUri?: string;
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
  readonly messages: Readonly<Record<string, CompiledMessage>>;
  readonly check: RuleCheck;
}

/**
 * A template cut at its placeholders once, when the checker is built: literal text at even indexes, and
 * for each placeholder its text as written followed by its name. Filling is then a join — it runs for
 * every finding, and a regular-expression replace there was a tenth of a check.
 */
type TemplateParts = readonly string[];

interface CompiledMessage {
  readonly zh: TemplateParts;
  readonly en: TemplateParts;
}

const PLACEHOLDER = /(\{\{\s*([A-Za-z_$][\w$]*)\s*\}\})/;

const templateParts = (template: string): TemplateParts => template.split(PLACEHOLDER);

function fillParts(parts: TemplateParts, data: MessageData | undefined, lang: 'zh' | 'en'): string {
  let out = parts[0] ?? '';
  // parts: literal, (placeholder as written, name, literal)*
  for (let i = 1; i < parts.length; i += 3) {
    const whole = parts[i] ?? '';
    const name = parts[i + 1] ?? '';
    const value = data !== undefined && Object.hasOwn(data, name) ? data[name] : undefined;
    out += (value === undefined ? whole : typeof value === 'object' ? value[lang] : String(value)) + (parts[i + 2] ?? '');
  }
  return out;
}

function compileMessages(messages: Readonly<Record<string, Bilingual>>): Readonly<Record<string, CompiledMessage>> {
  const out: Record<string, CompiledMessage> = {};
  for (const [id, { zh, en }] of Object.entries(messages)) out[id] = { zh: templateParts(zh), en: templateParts(en) };
  return out;
}

/**
 * Fill a template's `{{name}}` placeholders from `data` in one language; a bilingual value gives its
 * text in that language. A placeholder without data stays as written, as in ESLint, so that a missing
 * value shows instead of vanishing.
 *
 * @internal
 * @example
 * ```ts
 * fillTemplate('禁忌用语：“{{text}}”', { text: '不知道' }, 'zh'); // '禁忌用语：“不知道”'
 * ```
 */
export function fillTemplate(template: string, data: MessageData | undefined, lang: 'zh' | 'en'): string {
  return fillParts(templateParts(template), data, lang);
}

function renderMessage(messages: Readonly<Record<string, CompiledMessage>>, messageId: unknown, data: MessageData | undefined): Bilingual {
  const template = typeof messageId === 'string' && Object.hasOwn(messages, messageId) ? messages[messageId] : undefined;
  // A rule bug, not bad input: it surfaces as a finding of that rule ("rule failed").
  if (template === undefined) throw new Error(`reported messageId ${describeValue(messageId)}, which meta.messages does not declare (known: ${Object.keys(messages).join(', ')})`);
  return { zh: fillParts(template.zh, data, 'zh'), en: fillParts(template.en, data, 'en') };
}

function editsOf(fix: TextEdit | readonly TextEdit[] | undefined, turns: readonly Turn[]): readonly TextEdit[] | undefined {
  if (fix === undefined) return undefined;
  const edits: readonly TextEdit[] = 'turn' in fix ? [fix] : fix;
  for (const edit of edits) {
    const text = turns[edit.turn]?.text;
    const { start, end } = edit.range;
    if (text === undefined || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      throw new Error(`reported a fix outside the transcript (turn ${describeValue(edit.turn)}, range ${describeValue(edit.range)})`);
    }
  }
  return edits.map((e) => ({ turn: e.turn, range: { start: e.range.start, end: e.range.end }, text: e.text }));
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

// The typed value is the host's; this only guards hosts without TypeScript against a malformed rule.
function validateExtraRule(rule: unknown, index: number): void {
  const path = ['extraRules', index];
  if (!isObject(rule) || !isObject(rule['meta']) || typeof rule['create'] !== 'function') {
    throw new KefuError('invalid_input', `extraRules[${index}] is not a rule (meta + create)`, [{ path, message: 'is not a rule (meta + create)', value: rule }]);
  }
  const meta = rule['meta'];
  if (typeof meta['id'] !== 'string' || meta['id'] === '') {
    throw new KefuError('invalid_input', `extraRules[${index}].meta.id must be a non-empty string`, [
      { path: [...path, 'meta', 'id'], message: 'must be a non-empty string', value: meta['id'] },
    ]);
  }
  if (!isObject(meta['messages']) || !Object.values(meta['messages']).every((m) => isObject(m) && typeof m['zh'] === 'string' && typeof m['en'] === 'string')) {
    throw new KefuError('invalid_input', `extraRules[${index}].meta.messages must map message ids to { zh, en } templates`, [
      { path: [...path, 'meta', 'messages'], message: 'must map message ids to { zh, en } templates', value: meta['messages'] },
    ]);
  }
  const options = meta['options'];
  if (!isObject(options) || typeof options['safeParse'] !== 'function') {
    throw new KefuError('invalid_input', `extraRules[${index}].meta.options must be a zod schema`, [
      { path: [...path, 'meta', 'options'], message: 'must be a zod schema', value: options },
    ]);
  }
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
 * Configuration layers, later wins: the preset (default {@link recommended}) with the configs it
 * `extends` → `options.rules`. A rule no layer names is off; a category starts at its own `severity`.
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
export function createChecker<const ExtraId extends string = never>(options: CheckerOptions<ExtraId> = {}): Checker {
  return buildChecker(options, BUILTIN_RULES, recommended);
}

/**
 * A raw report of a rule as a checker received it, next to the finding made of it (for `RuleTester`).
 *
 * @internal
 * @example
 * ```ts
 * // const seen: ReportObserver = (report, diagnostic) => log.push({ report, diagnostic });
 * ```
 */
export type ReportObserver = (report: RuleReport, diagnostic: Diagnostic) => void;

/**
 * The checker over a given rule registry and base config: `createChecker` passes the built-in rules and
 * `recommended`; `RuleTester` passes the one rule under test and no base.
 *
 * @internal
 * @example
 * ```ts
 * // buildChecker({ rules: { 'acme/x': 'error' } }, [rule], undefined);
 * ```
 */
export function buildChecker(options: CheckerOptions<string>, builtins: readonly AnyRule[], base: LintConfig | undefined, observe?: ReportObserver): Checker {
  if (!isObject(options)) throw new KefuError('invalid_input', 'checker options must be an object', [{ path: [], message: 'must be an object', value: options }]);
  for (const key of Object.keys(options)) {
    if (!CHECKER_KEYS.has(key))
      throw new KefuError('invalid_input', `${key} is not a checker option`, [
        { path: [key], message: 'unknown field', value: Object.getOwnPropertyDescriptor(options, key)?.value },
      ]);
  }
  const preset = options.preset ?? base;
  const flat = preset === undefined ? undefined : resolveConfigInput(preset, 'LintConfig');
  const hostSettings = options.settings === undefined ? undefined : validateSettings(options.settings, 'settings');
  const presetSettings = flat?.settings;
  const settings: LintSettings = Object.freeze({
    ...presetSettings,
    ...hostSettings,
    ...(presetSettings?.slots !== undefined || hostSettings?.slots !== undefined ? { slots: { ...presetSettings?.slots, ...hostSettings?.slots } } : {}),
  });
  const hostEntries = options.rules === undefined ? undefined : validateRuleEntries(options.rules, 'rules');
  if (options.maskExcerpts !== undefined && typeof options.maskExcerpts !== 'boolean') {
    throw new KefuError('invalid_input', 'maskExcerpts must be a boolean', [{ path: ['maskExcerpts'], message: 'must be a boolean', value: options.maskExcerpts }]);
  }
  const context: unknown = options.excerptContext ?? 12;
  if (typeof context !== 'number' || !Number.isInteger(context) || context < 0) {
    throw new KefuError('invalid_input', 'excerptContext must be a non-negative integer', [
      { path: ['excerptContext'], message: 'must be a non-negative integer', value: context },
    ]);
  }
  const given = options.score === undefined ? {} : validateWeights(options.score);
  const weights: ScoreWeights = {
    error: given.error ?? DEFAULT_SCORE_WEIGHTS.error,
    warn: given.warn ?? DEFAULT_SCORE_WEIGHTS.warn,
    errorCap: given.errorCap ?? DEFAULT_SCORE_WEIGHTS.errorCap,
    warnCap: given.warnCap ?? DEFAULT_SCORE_WEIGHTS.warnCap,
  };
  const mask = options.maskExcerpts ?? true;

  // The registry: built-ins, then extra rules, then categories; ids must be unique.
  const registry = new Map<string, AnyRule>();
  const register = (rule: AnyRule, path: readonly (string | number)[]): void => {
    if (registry.has(rule.meta.id)) {
      throw new KefuError('invalid_input', `${path.join('.')}: rule id "${rule.meta.id}" is already taken`, [
        { path: [...path, 'meta', 'id'], message: 'is already taken', value: rule.meta.id },
      ]);
    }
    registry.set(rule.meta.id, rule);
  };
  for (const rule of builtins) register(rule, ['builtin']);
  const extraRules = options.extraRules ?? [];
  if (!Array.isArray(extraRules)) {
    throw new KefuError('invalid_input', 'extraRules must be an array', [{ path: ['extraRules'], message: 'must be an array', value: extraRules }]);
  }
  extraRules.forEach((rule: AnyRule, i: number) => {
    validateExtraRule(rule, i);
    register(rule, ['extraRules', i]);
  });
  const categoryDefinitions = [...validateCategories(flat?.categories ?? [], 'preset.categories'), ...validateCategories(options.categories ?? [], 'categories')];
  // A category's own severity is where a config starts for it.
  const entries = new Map<string, RuleEntry>(categoryDefinitions.map((d) => [`category/${d.id}`, d.severity]));
  compileCategories(categoryDefinitions).forEach((rule, i) => register(rule, ['categories', i]));

  const layers: [string, Iterable<[string, RuleEntry]> | undefined][] = [
    ['preset.rules', flat === undefined ? undefined : Object.entries(flat.rules)],
    ['rules', hostEntries === undefined ? undefined : Object.entries(hostEntries)],
  ];
  for (const [where, layer] of layers) {
    for (const [id, entry] of layer ?? []) {
      if (!registry.has(id)) {
        throw new KefuError('invalid_input', `${where}.${id} names no rule`, [
          { path: [...where.split('.'), id], message: `names no rule (known: ${[...registry.keys()].join(', ')})`, value: id },
        ]);
      }
      entries.set(id, mergeEntry(entries.get(id), entry));
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
    const entry = entries.get(id);
    if (entry === undefined) continue;
    const severity = severityOf(entry);
    if (severity === 'off') continue;
    const hostEntry = hostEntries?.[id];
    const where = hostEntry !== undefined && optionsOf(hostEntry) !== undefined ? `options of rules.${id}` : `options of rule ${id}`;
    const parsed = safeParseWith(rule.meta.options, optionsOf(entry) ?? {}, where);
    if (!parsed.ok) throw parsed.error;
    const check = rule.create(parsed.value, setup);
    const docsUrl: unknown = rule.meta.docs?.url;
    const info: EnabledRule = {
      id,
      severity,
      domainRules: rule.meta.domainRules,
      description: rule.meta.description,
      ...(typeof docsUrl === 'string' ? { helpUri: docsUrl } : {}),
    };
    compiled.push({ info: Object.freeze(info), messages: compileMessages(rule.meta.messages), check });
  }
  let matcher: PhraseMatcher | undefined;
  if (patterns.length > 0) {
    try {
      matcher = compileMatcher(patterns);
    } catch (error) {
      const index = error instanceof KefuError ? error.issues[0]?.path[1] : undefined;
      const owner = typeof index === 'number' ? owners[index] : undefined;
      throw new KefuError(
        'invalid_input',
        `a rule registered a phrase that cannot be matched${owner === undefined ? '' : ` (${owner.id})`}: ${error instanceof Error ? error.message : describeValue(error)}`,
      );
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
        if (!kind.ok)
          throw new KefuError('invalid_input', `callKind ${describeValue(checkOptions.callKind)} is not a call kind`, [
            { path: ['callKind'], message: 'is not a call kind', value: checkOptions.callKind },
          ]);
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
    const push = (index: number, diagnostic: Diagnostic): void => {
      counts[index] = (counts[index] ?? 0) + 1;
      diagnostics.push(diagnostic);
    };
    const suggestionOf = (messages: Readonly<Record<string, CompiledMessage>>, s: SuggestionReport): Suggestion => {
      const message = renderMessage(messages, s.messageId, s.data);
      const fix = editsOf(s.fix, turns);
      return fix === undefined ? message : { ...message, fix };
    };
    const emit = (report: RuleReport): void => {
      const rule = compiled[current];
      if (rule === undefined) return;
      const info = rule.info;
      const messageId = report.messageId;
      const message = renderMessage(rule.messages, messageId, report.data);
      const suggestions = report.suggest === undefined ? [] : report.suggest.map((s) => suggestionOf(rule.messages, s));
      const fix = editsOf(report.fix, turns);
      const turnIndex = report.turn;
      const turn = turnIndex === undefined || !Number.isInteger(turnIndex) ? undefined : turns[turnIndex];
      const severity = report.severity === 'warn' ? 'warn' : info.severity;
      const domainRules = report.domainRules ?? info.domainRules;
      // Plain literals rather than spreads: this runs for every finding.
      let diagnostic: { -readonly [K in keyof Diagnostic]: Diagnostic[K] };
      if (turn === undefined || turnIndex === undefined) {
        diagnostic =
          report.time === undefined
            ? { ruleId: info.id, messageId, severity, domainRules, message, suggestions }
            : { ruleId: info.id, messageId, severity, domainRules, message, suggestions, time: report.time };
      } else {
        const range = clampRange(report.range, turn.text.length);
        const time = report.time ?? timeOf(turn, report.range === undefined ? undefined : range);
        const excerpt = excerptOf(maskedText(turnIndex, turn.text), range, context);
        diagnostic =
          time === undefined
            ? { ruleId: info.id, messageId, severity, domainRules, message, suggestions, turn: turnIndex, speaker: turn.speaker, range, excerpt }
            : { ruleId: info.id, messageId, severity, domainRules, message, suggestions, turn: turnIndex, speaker: turn.speaker, range, time, excerpt };
      }
      // Last, so that every finding lists its keys in the same order (the JSON output shows it).
      if (report.entryId !== undefined) diagnostic.entryId = report.entryId;
      if (fix !== undefined) diagnostic.fix = fix;
      push(current, diagnostic);
      if (observe !== undefined) observe(report, diagnostic);
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
      const rule = compiled[current];
      if (rule === undefined) continue;
      try {
        rule.check(ctx);
      } catch (error) {
        // A valid transcript never makes the checker throw; a failing rule becomes a finding of that rule.
        const reason = error instanceof Error ? error.message : describeValue(error);
        push(current, {
          ruleId: rule.info.id,
          severity: rule.info.severity,
          domainRules: rule.info.domainRules,
          message: { zh: `规则执行失败：${reason}`, en: `Rule failed: ${reason}` },
          suggestions: [],
        });
      }
    }
    diagnostics.sort(compareDiagnostics);
    const summary: RuleSummary[] = compiled.map((c, i) => ({ ruleId: c.info.id, severity: c.info.severity, count: counts[i] ?? 0 }));
    return { diagnostics, score: scoreDiagnostics(diagnostics, weights), summary };
  };

  return Object.freeze({ rules, settings, check });
}
