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
import { speakingRate } from './speaking-rate.js';
import { surnameAddress } from './surname-address.js';
import type { AnyRule } from './types.js';

export { anythingElse, callLength, callbackScript, closingScript, complaintSoothing, deferredAnswer, fillerWord, forbiddenPhrase };
export { greetingScript, hangUpOrder, holdConsent, honorificNin, identityConfirmation, interruption, speakingRate, surnameAddress };
export { defineRule } from './types.js';
export type { AnyRule, LintSettings, PhraseHit, PhrasePattern, PhraseSetHandle, Rule, RuleCheck, RuleContext, RuleEntry, RuleMeta, RuleReport, RuleSetup } from './types.js';
export type { ScriptSlotSpec, ScriptSpec } from './script-pattern.js';

/**
 * Every built-in checker rule, in the order the checker runs them.
 *
 * @example
 * ```ts
 * import { BUILTIN_RULES } from 'kefu/phrases';
 * BUILTIN_RULES.map((r) => r.meta.id).includes('forbidden-phrase'); // true
 * ```
 */
export const BUILTIN_RULES: readonly AnyRule[] = [
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
];

/**
 * The id of a built-in rule.
 *
 * @example
 * ```ts
 * const id: BuiltinRuleId = 'speaking-rate';
 * ```
 */
export type BuiltinRuleId =
  | 'forbidden-phrase'
  | 'filler-word'
  | 'honorific-nin'
  | 'greeting-script'
  | 'surname-address'
  | 'identity-confirmation'
  | 'hold-consent'
  | 'anything-else'
  | 'closing-script'
  | 'hang-up-order'
  | 'speaking-rate'
  | 'call-length'
  | 'interruption'
  | 'deferred-answer'
  | 'complaint-soothing'
  | 'callback-script';
