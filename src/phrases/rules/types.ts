import type * as z from 'zod';
import type { CallKind } from '../../model/enums.js';
import type { Transcript, Turn } from '../../model/transcript.js';
import type { Bilingual, Severity, TextRange } from '../types.js';

/**
 * Values that fill the slots of an organisation's scripts (company name, hotline number, …). Every rule
 * receives them when it is created, as ESLint rules receive `settings`. A slot left unset matches any
 * short text, so a checker without settings still recognises the script's shape.
 *
 * @example
 * ```ts
 * const settings: LintSettings = { company: '燃气公司', hotline: '96777' };
 * ```
 */
export interface LintSettings {
  /** The organisation's name as agents say it, e.g. `燃气公司` (slot `{company}`). */
  readonly company?: string;
  /** The hotline number read out in closings, e.g. `96777` (slot `{hotline}`). */
  readonly hotline?: string;
  /** A brand name (slot `{brand}`), e.g. the car make of a dealer. */
  readonly brand?: string;
  /** A dealer or service-centre name (slot `{centre}`). */
  readonly centre?: string;
  /** Any other slot, by name. */
  readonly slots?: Readonly<Record<string, string>>;
}

/**
 * A fixed phrase a rule looks for. The checker merges every rule's phrases into one matcher built when the
 * checker is created, and scans each turn once per check.
 *
 * @example
 * ```ts
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
 * // inside a rule's create():
 * // const fillers = setup.phrases([{ id: 'tic-1', text: '我晕' }]);
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
 * const create = (options: {}, setup: RuleSetup) => {
 *   const tics = setup.phrases([{ id: 'tic', text: '我晕' }]);
 *   return (ctx: RuleContext) => { for (const hit of ctx.hits(tics, 0)) ctx.report({ turn: 0, range: hit, message: { zh: '口头语', en: 'verbal tic' } }); };
 * };
 * ```
 */
export interface RuleSetup {
  readonly settings: LintSettings;
  /** Register fixed phrases; the checker scans each turn once for the phrases of all rules together. */
  phrases(patterns: readonly PhrasePattern[]): PhraseSetHandle;
}

/**
 * A finding as a rule reports it. The checker adds the rule id, severity, speaker, time range and excerpt.
 *
 * @example
 * ```ts
 * const r: RuleReport = { turn: 2, range: { start: 0, end: 3 }, message: { zh: '禁用语', en: 'Forbidden phrase' } };
 * ```
 */
export interface RuleReport {
  readonly message: Bilingual;
  /** 0-based turn index; leave out for a finding about the whole call. */
  readonly turn?: number;
  /** Range inside the turn's original text; leave out to point at the whole turn. */
  readonly range?: TextRange;
  readonly suggestions?: readonly Bilingual[];
  readonly entryId?: string;
  /** Overrides the rule's `meta.domainRules` for this finding. */
  readonly domainRules?: readonly string[];
  /** Time range in ms when the rule knows better than the turn's timestamps (e.g. a hold). */
  readonly time?: { readonly start: number; readonly end: number };
  /**
   * A lower severity for this finding (e.g. a catalog entry marked `warn` inside an `error` rule). It can
   * only lower the rule's configured severity, never raise it.
   */
  readonly severity?: Exclude<Severity, 'off'>;
}

/**
 * Everything a rule sees while it checks one transcript.
 *
 * @example
 * ```ts
 * const check = (ctx: RuleContext) => {
 *   if (ctx.turns.length === 0) ctx.report({ message: { zh: '空通话', en: 'Empty call' } });
 * };
 * ```
 */
export interface RuleContext {
  readonly transcript: Transcript;
  readonly turns: readonly Turn[];
  /** The kind of call when the host knows it (`check(t, { callKind })`). */
  readonly callKind: CallKind | undefined;
  /**
   * Hits of a phrase set registered at creation in turn `turn`, overlapping and nested ones included,
   * ordered by end offset (longest first at the same end). Empty for a turn index out of range.
   */
  hits(set: PhraseSetHandle, turn: number): readonly PhraseHit[];
  /** Report one finding; the checker adds the rule id, severity, speaker, time range and excerpt. */
  report(finding: RuleReport): void;
}

/**
 * The per-transcript part of a rule, returned by `create`.
 *
 * @example
 * ```ts
 * const check: RuleCheck = (ctx) => void ctx;
 * ```
 */
export type RuleCheck = (ctx: RuleContext) => void;

/**
 * A rule's description, as ESLint's `meta`: stable id, default severity, bilingual docs, the DOMAIN rule
 * ids it enforces and a zod schema for its options (defaults applied by the schema).
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * const meta: RuleMeta<{ maxMs: number }> = {
 *   id: 'call-length', defaultSeverity: 'warn', domainRules: ['HOT-SLA-3'],
 *   description: { zh: '通话尽量在3分钟内', en: 'Resolve the call within 3 minutes' },
 *   options: z.object({ maxMs: z.number().default(180000) }),
 * };
 * ```
 */
export interface RuleMeta<Options> {
  readonly id: string;
  readonly defaultSeverity: Exclude<Severity, 'off'>;
  readonly description: Bilingual;
  readonly domainRules: readonly string[];
  /** Validates and completes the options given in a config; `{}` must be accepted. */
  readonly options: z.ZodType<Options, unknown>;
}

/**
 * A checker rule: `meta` plus `create`, which runs once when a checker is built (compile phrases and
 * templates there) and returns the per-transcript check.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * const emptyCall: Rule<{}> = {
 *   meta: { id: 'empty-call', defaultSeverity: 'warn', domainRules: [], description: { zh: '空通话', en: 'Empty call' }, options: z.object({}) },
 *   create: () => (ctx) => { if (ctx.turns.length === 0) ctx.report({ message: { zh: '空通话', en: 'Empty call' } }); },
 * };
 * ```
 */
export interface Rule<Options = unknown> {
  readonly meta: RuleMeta<Options>;
  /** Compile the rule once per checker from its validated options; returns the per-transcript check. */
  create(options: Options, setup: RuleSetup): RuleCheck;
}

/**
 * A rule of any options type, as stored in a rule list.
 *
 * @example
 * ```ts
 * const rules: readonly AnyRule[] = [];
 * ```
 */
// eslint-style registries hold rules of different option types side by side.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

/**
 * How a config turns a rule on: a severity, or `[severity, options]` as in ESLint.
 *
 * @example
 * ```ts
 * const entries: Record<string, RuleEntry> = { 'call-length': ['warn', { maxMs: 240000 }], 'speaking-rate': 'off' };
 * ```
 */
export type RuleEntry = Severity | readonly [Severity] | readonly [Severity, unknown];

/**
 * Declare a rule with its option type inferred from `meta.options`.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { defineRule } from 'kefu/phrases';
 * export const shortCall = defineRule({
 *   meta: { id: 'short-call', defaultSeverity: 'warn', domainRules: [], description: { zh: '通话过短', en: 'Call too short' }, options: z.object({ minTurns: z.number().default(2) }) },
 *   create: (options) => (ctx) => { if (ctx.turns.length < options.minTurns) ctx.report({ message: { zh: '通话过短', en: 'Call too short' } }); },
 * });
 * ```
 */
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
