import type { LintConfig, RuleEntry } from './checker-config.js';
import type { BuiltinRuleId } from './rules/index.js';
import { deepFrozen } from '../model/freeze.js';

/**
 * The shareable config every organisation's config extends, as ESLint's `recommended`: the rules of the
 * written standards at the severity the standards call for — `error` where the standard says 严禁 / 必须
 * (forbidden phrases, greeting and closing scripts, holds without consent, the agent hanging up first,
 * deferred answers, callbacks), `warn` for what is a matter of degree (您, fillers, surname, record
 * confirmation, “anything else”, pace, call length, interruptions, complaint soothing). `flow-order`
 * is not here: it is an opt-in rule (`extraRules: [flowOrder]`) that needs an organisation's call flow.
 * `createChecker()` without a preset runs this config.
 *
 * @example
 * ```ts
 * import { createChecker, recommended, type LintConfig } from 'kefu/phrases';
 * const mine: LintConfig = { id: 'demo-hotline', extends: recommended, rules: { 'speaking-rate': 'off' } };
 * createChecker({ preset: mine });
 * ```
 */
export const recommended = /* @__PURE__ */ deepFrozen({
  id: 'recommended',
  description: { zh: '客服通话质检推荐配置', en: 'Recommended call checks' },
  rules: {
    'forbidden-phrase': 'error',
    'filler-word': 'warn',
    'honorific-nin': 'warn',
    'greeting-script': 'error',
    'surname-address': 'warn',
    'identity-confirmation': 'warn',
    'hold-consent': 'error',
    'anything-else': 'warn',
    'closing-script': 'error',
    'hang-up-order': 'error',
    'speaking-rate': 'warn',
    'call-length': 'warn',
    interruption: 'warn',
    'deferred-answer': 'error',
    'complaint-soothing': 'warn',
    'callback-script': 'error',
  },
  // Every built-in rule is named, so that adding one to the registry fails the build until it is placed here.
}) satisfies LintConfig & { readonly rules: Readonly<Record<BuiltinRuleId, RuleEntry>> };
