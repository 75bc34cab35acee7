import type * as z from 'zod/mini';
import type { CallKind } from '../../model/enums.js';
import type { Transcript, Turn } from '../../model/transcript.js';
import type { LintSettings } from '../settings.js';
import type { Bilingual, Severity, TextEdit, TextRange } from '../types.js';

export type { LintSettings } from '../settings.js';

/**
 * A fixed phrase a rule looks for. The checker merges every rule's phrases into one matcher built when the
 * checker is created, and scans each turn once per check.
 *
 * @example
 * ```ts
 * import type { PhrasePattern } from 'kefu/phrases';
 * const p: PhrasePattern = { id: 'forbid-1a', text: '不知道' };
 * ```
 */
export interface PhrasePattern {
  /** Id reported back with each hit; unique within one rule's phrase set. */
  readonly id: string;
  readonly text: string;
}

/**
 * One occurrence of a registered phrase in a turn: the pattern id and the half-open UTF-16 range in the
 * turn's original text.
 *
 * @example
 * ```ts
 * import type { PhraseHit } from 'kefu/phrases';
 * const hit: PhraseHit = { id: 'forbid-1a', start: 1, end: 4 };
 * ```
 */
export interface PhraseHit extends TextRange {
  readonly id: string;
}

/**
 * Opaque handle of a phrase set registered by a rule at creation time; pass it back to
 * `RuleContext.hits` during a check.
 *
 * @example
 * ```ts
 * import type { PhraseSetHandle, RuleSetup } from 'kefu/phrases';
 * const register = (setup: RuleSetup): PhraseSetHandle => setup.phrases([{ id: 'tic-1', text: '我晕' }]);
 * ```
 */
export interface PhraseSetHandle {
  /** @internal */
  readonly index: number;
}

/**
 * What a rule may use while it is being created (once per checker): the settings and the phrase registry.
 *
 * @example
 * ```ts
 * import type { RuleSetup } from 'kefu/phrases';
 * const tics = (setup: RuleSetup) => setup.phrases([{ id: 'tic', text: '我晕' }]);
 * ```
 */
export interface RuleSetup {
  readonly settings: LintSettings;
  /** Register fixed phrases; the checker scans each turn once for the phrases of all rules together. */
  phrases(patterns: readonly PhrasePattern[]): PhraseSetHandle;
}

/**
 * Values for the `{{name}}` placeholders of a rule's message templates. A bilingual value fills the
 * Chinese template with its `zh` and the English one with its `en` (durations, catalog wording).
 *
 * @example
 * ```ts
 * import type { MessageData } from 'kefu/phrases';
 * const data: MessageData = { phrase: '不知道', minutes: 30, took: { zh: '4分7秒', en: '4 min 7 s' } };
 * ```
 */
export type MessageData = Readonly<Record<string, string | number | Bilingual>>;

/**
 * A suggestion as a rule reports it: a message of the rule's `meta.messages` and, optionally, the edits
 * that carry it out. Suggestions are applied one at a time on request, never by a fix-all.
 *
 * @example
 * ```ts
 * import type { SuggestionReport } from 'kefu/phrases';
 * const s: SuggestionReport<'useWording'> = { messageId: 'useWording', data: { zh: '请您稍等', en: 'Please wait' } };
 * ```
 */
export interface SuggestionReport<MessageIds extends string = string> {
  readonly messageId: MessageIds;
  readonly data?: MessageData;
  readonly fix?: TextEdit | readonly TextEdit[];
}

/**
 * A finding as a rule reports it: a `messageId` of the rule's `meta.messages` with its `data`, where it
 * is, and optionally a fix and suggestions as text edits. The checker renders the message in both
 * languages and adds the rule id, severity, speaker, time range and excerpt.
 *
 * @example
 * ```ts
 * import type { RuleReport } from 'kefu/phrases';
 * const r: RuleReport<'forbidden'> = { messageId: 'forbidden', data: { phrase: '不知道' }, turn: 2, range: { start: 0, end: 3 } };
 * ```
 */
export interface RuleReport<MessageIds extends string = string> {
  readonly messageId: MessageIds;
  readonly data?: MessageData;
  /** 0-based turn index; leave out for a finding about the whole call. */
  readonly turn?: number;
  /** Range inside the turn's original text; leave out to point at the whole turn. */
  readonly range?: TextRange;
  /** Edits that correct the finding safely; only for a rule whose `meta.fixable` is `'text'`. */
  readonly fix?: TextEdit | readonly TextEdit[];
  /** Suggestions; only for a rule whose `meta.hasSuggestions` is `true`. */
  readonly suggest?: readonly SuggestionReport<MessageIds>[];
  readonly entryId?: string;
  /** Overrides the rule's `meta.domainRules` for this finding. */
  readonly domainRules?: readonly string[];
  /** Time range in ms when the rule knows better than the turn's timestamps (e.g. a hold). */
  readonly time?: { readonly start: number; readonly end: number };
  /**
   * A lower severity for this finding (e.g. a catalog entry marked `warn` inside an `error` rule). It can
   * only lower the configured severity, never raise it.
   */
  readonly severity?: Exclude<Severity, 'off'>;
}

/**
 * Everything a rule sees while it checks one transcript.
 *
 * @example
 * ```ts
 * import type { RuleContext } from 'kefu/phrases';
 * const check = (ctx: RuleContext<'empty'>) => {
 *   if (ctx.turns.length === 0) ctx.report({ messageId: 'empty' });
 * };
 * ```
 */
export interface RuleContext<MessageIds extends string = string> {
  readonly transcript: Transcript;
  readonly turns: readonly Turn[];
  /** The kind of call when the host knows it (`check(t, { callKind })`). */
  readonly callKind: CallKind | undefined;
  /**
   * Hits of a phrase set registered at creation in turn `turn`, overlapping and nested ones included,
   * ordered by end offset (longest first at the same end). Empty for a turn index out of range.
   */
  hits(set: PhraseSetHandle, turn: number): readonly PhraseHit[];
  /** Report one finding; the checker renders its message and adds the rule id, severity, speaker, time and excerpt. */
  report(finding: RuleReport<MessageIds>): void;
}

/**
 * The per-transcript part of a rule, returned by `create`.
 *
 * @example
 * ```ts
 * import type { RuleCheck } from 'kefu/phrases';
 * const check: RuleCheck = (ctx) => void ctx;
 * ```
 */
export type RuleCheck<MessageIds extends string = string> = (ctx: RuleContext<MessageIds>) => void;

/**
 * What kind of finding a rule makes, as ESLint's `meta.type`: `problem` — the call breaks a written
 * standard; `suggestion` — the call could follow the standard's wording or pace more closely.
 *
 * @example
 * ```ts
 * import type { RuleType } from 'kefu/phrases';
 * const type: RuleType = 'problem';
 * ```
 */
export type RuleType = 'problem' | 'suggestion';

/**
 * A rule's description, as ESLint's `meta`: stable id, type, bilingual description, the DOMAIN rule ids
 * it enforces, the page that documents it, its message templates (`{{name}}` placeholders filled from a
 * report's `data`), whether it fixes or suggests, and a zod schema for its options (defaults applied by
 * the schema; `{}` must be accepted). Severity is not here: it lives in configuration only.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import type { RuleMeta } from 'kefu/phrases';
 * const meta: RuleMeta<{ maxMs: number }, 'tooLong'> = {
 *   id: 'call-length', type: 'suggestion', domainRules: ['HOT-SLA-3'],
 *   description: { zh: '通话尽量在3分钟内', en: 'Resolve the call within 3 minutes' },
 *   docs: { url: 'https://example.com/rules/call-length' },
 *   messages: { tooLong: { zh: '通话时长{{took}}', en: 'The call took {{took}}' } },
 *   options: z.object({ maxMs: z._default(z.number(), 180000) }),
 * };
 * ```
 */
export interface RuleMeta<Options, MessageIds extends string = string, Id extends string = string> {
  readonly id: Id;
  readonly type: RuleType;
  readonly description: Bilingual;
  readonly domainRules: readonly string[];
  /** `url`: the rule's reference page (built-in rules: {@link ruleDocsUrl}). */
  readonly docs: { readonly url: string };
  /** Message templates by messageId, in both languages; `{{name}}` is filled from a report's `data`. */
  readonly messages: Readonly<Record<MessageIds, Bilingual>>;
  /** `'text'` when the rule's reports may carry a `fix`. */
  readonly fixable?: 'text';
  /** `true` when the rule's reports may carry `suggest`. */
  readonly hasSuggestions?: boolean;
  /** Validates and completes the options given in a config; `{}` must be accepted. A `zod/mini` or a classic `zod` schema. */
  readonly options: z.core.$ZodType<Options, unknown>;
}

/**
 * A checker rule: `meta` plus `create`, which runs once when a checker is built (compile phrases and
 * templates there) and returns the per-transcript check.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import type { Rule } from 'kefu/phrases';
 * const emptyCall: Rule<{}, 'empty'> = {
 *   meta: {
 *     id: 'empty-call', type: 'problem', domainRules: [], description: { zh: '空通话', en: 'Empty call' },
 *     docs: { url: 'https://example.com/rules/empty-call' }, messages: { empty: { zh: '空通话', en: 'Empty call' } }, options: z.object({}),
 *   },
 *   create: () => (ctx) => { if (ctx.turns.length === 0) ctx.report({ messageId: 'empty' }); },
 * };
 * ```
 */
export interface Rule<Options = unknown, MessageIds extends string = string, Id extends string = string> {
  readonly meta: RuleMeta<Options, MessageIds, Id>;
  /** Compile the rule once per checker from its validated options; returns the per-transcript check. */
  create(options: Options, setup: RuleSetup): RuleCheck<MessageIds>;
}

/**
 * A rule of any options type, as stored in a rule list.
 *
 * @example
 * ```ts
 * import type { AnyRule } from 'kefu/phrases';
 * const rules: readonly AnyRule[] = [];
 * ```
 */
// eslint-style registries hold rules of different option types side by side.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, string, string>;

/**
 * The options a rule's schema produces (what `create` receives).
 *
 * @example
 * ```ts
 * import { callLength, type RuleOptions } from 'kefu/phrases';
 * const options: RuleOptions<typeof callLength> = { maxMs: 240000 };
 * ```
 */
export type RuleOptions<R extends AnyRule> = R extends Rule<infer Options, string, string> ? Options : never;

/**
 * The message ids a rule declares in `meta.messages`.
 *
 * @example
 * ```ts
 * import { callLength, type RuleMessageIds } from 'kefu/phrases';
 * const id: RuleMessageIds<typeof callLength> = 'tooLong';
 * ```
 */
export type RuleMessageIds<R extends AnyRule> = R extends Rule<unknown, infer M, string> ? M : never;

/**
 * Declare a rule with its id, option type and message ids inferred from `meta`: `options` from
 * `meta.options`, `ctx.report({ messageId })` checked against the keys of `meta.messages`.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { defineRule } from 'kefu/phrases';
 * export const shortCall = defineRule({
 *   meta: {
 *     id: 'acme/short-call', type: 'problem', domainRules: [], description: { zh: '通话过短', en: 'Call too short' },
 *     docs: { url: 'https://example.com/rules/short-call' },
 *     messages: { tooShort: { zh: '通话只有{{turns}}轮', en: 'Only {{turns}} turns' } },
 *     options: z.object({ minTurns: z._default(z.number(), 2) }),
 *   },
 *   create: (options) => (ctx) => {
 *     if (ctx.turns.length < options.minTurns) ctx.report({ messageId: 'tooShort', data: { turns: ctx.turns.length } });
 *   },
 * });
 * ```
 */
export function defineRule<const Id extends string, Options, const MessageIds extends string>(rule: Rule<Options, MessageIds, Id>): Rule<Options, MessageIds, Id> {
  return rule;
}

const DOCS_BASE = 'https://kefu-js.github.io/kefu/rules/';

/**
 * The reference page of a built-in rule: `https://kefu-js.github.io/kefu/rules/<rule-id>` (one page per
 * rule, generated from the rule's meta when the site is built; the scheme stays stable across versions).
 *
 * @param id - a rule id, e.g. `forbidden-phrase`
 * @returns the page's URL
 * @example
 * ```ts
 * import { ruleDocsUrl } from 'kefu/phrases';
 * ruleDocsUrl('honorific-nin'); // 'https://kefu-js.github.io/kefu/rules/honorific-nin'
 * ```
 */
export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}${id}`;
}
