import { anythingElse } from './anything-else.js';
import { callLength } from './call-length.js';
import { callbackScript } from './callback-script.js';
import { closingScript } from './closing-script.js';
import { complaintSoothing } from './complaint-soothing.js';
import { deferredAnswer } from './deferred-answer.js';
import { fillerWord } from './filler-word.js';
import { forbiddenPhrase } from './forbidden-phrase.js';
import { greetingScript } from './greeting-script.js';
import { hangUpOrder } from './hang-up-order.js';
import { holdConsent } from './hold-consent.js';
import { honorificNin } from './honorific-nin.js';
import { identityConfirmation } from './identity-confirmation.js';
import { interruption } from './interruption.js';
import { flowOrder } from './flow-order.js';
import { speakingRate } from './speaking-rate.js';
import { surnameAddress } from './surname-address.js';
import type { AnyRule } from './types.js';

export { anythingElse, callLength, callbackScript, closingScript, complaintSoothing, deferredAnswer, fillerWord, flowOrder, forbiddenPhrase };
export { greetingScript, hangUpOrder, holdConsent, honorificNin, identityConfirmation, interruption, speakingRate, surnameAddress };
export { defineRule, ruleDocsUrl } from './types.js';
export type {
  AnyRule,
  LintSettings,
  MessageData,
  PhraseHit,
  PhrasePattern,
  PhraseSetHandle,
  Rule,
  RuleCheck,
  RuleContext,
  RuleMessageIds,
  RuleMeta,
  RuleOptions,
  RuleReport,
  RuleSetup,
  RuleType,
  SuggestionReport,
} from './types.js';
export type { ScriptSlotSpec, ScriptSpec } from './script-pattern.js';

/**
 * Every built-in checker rule, in the order the checker runs them. `flowOrder` is not among them: it
 * replays the call through the call machine and classifier of `kefu/classify`, which a host that only
 * lints speech should not download; a host adds it with `extraRules: [flowOrder]`. The rule-id union
 * {@link BuiltinRuleId} and the keys a config may name are derived from this list.
 *
 * @example
 * ```ts
 * import { BUILTIN_RULES } from 'kefu/phrases';
 * BUILTIN_RULES.map((r) => r.meta.id).includes('forbidden-phrase'); // true
 * ```
 */
export const BUILTIN_RULES = [
  forbiddenPhrase,
  fillerWord,
  honorificNin,
  greetingScript,
  surnameAddress,
  identityConfirmation,
  holdConsent,
  anythingElse,
  closingScript,
  hangUpOrder,
  speakingRate,
  callLength,
  interruption,
  deferredAnswer,
  complaintSoothing,
  callbackScript,
] as const satisfies readonly AnyRule[];

/**
 * The id of a built-in rule, derived from {@link BUILTIN_RULES}: adding a rule there adds its id here.
 *
 * @example
 * ```ts
 * import type { BuiltinRuleId } from 'kefu/phrases';
 * const id: BuiltinRuleId = 'speaking-rate';
 * ```
 */
export type BuiltinRuleId = (typeof BUILTIN_RULES)[number]['meta']['id'];

/**
 * The built-in rule with id `Id`.
 *
 * @example
 * ```ts
 * import type { BuiltinRule, RuleOptions } from 'kefu/phrases';
 * const options: RuleOptions<BuiltinRule<'call-length'>> = { maxMs: 240000 };
 * ```
 */
export type BuiltinRule<Id extends BuiltinRuleId> = Extract<(typeof BUILTIN_RULES)[number], { readonly meta: { readonly id: Id } }>;

const BUILTIN_IDS: ReadonlySet<string> = new Set(BUILTIN_RULES.map((r) => r.meta.id));

/**
 * Whether `id` names a built-in rule.
 *
 * @example
 * ```ts
 * import { isBuiltinRuleId } from 'kefu/phrases';
 * isBuiltinRuleId('honorific-nin'); // true
 * isBuiltinRuleId('honorific'); // false
 * ```
 */
export function isBuiltinRuleId(id: unknown): id is BuiltinRuleId {
  return typeof id === 'string' && BUILTIN_IDS.has(id);
}
