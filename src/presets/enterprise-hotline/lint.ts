import type { LintConfig } from '../../phrases/checker-config.js';
import { deepFrozen } from '../../model/freeze.js';
import { enterpriseHotlineScripts } from './scripts.js';
import { recommended } from '../../phrases/recommended.js';

/**
 * Checker configuration of a company customer-service hotline (S1 模板4 电话客服, S0 客服工作规范): greeting
 * “您好，{company}，请问什么事情能够帮您” (SCR-ENT), closing with thanks (“多谢您打电话来” …, 再见), the
 * bare refusals of PHR-FORBID-2, an escalated question answered within 30 minutes (ENT-SLA-1), callbacks
 * that confirm the name, give the agent number and ask “请问此刻方便接听吗” (SCR-ENT).
 *
 * `settings.company` is left open (any name of up to 24 characters matches); hosts set theirs.
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * import { enterpriseHotlineLint } from 'kefu/presets';
 * const checker = createChecker({ preset: enterpriseHotlineLint, settings: { company: '标金公司' } });
 * ```
 */
export const enterpriseHotlineLint: LintConfig = /* @__PURE__ */ deepFrozen({
  id: 'enterprise-hotline',
  description: { zh: '企业客服热线通话质检', en: 'Company hotline call checks' },
  settings: {},
  extends: recommended,
  rules: {
    'greeting-script': ['error', { scripts: [enterpriseHotlineScripts['ent-greet']] }],
    // The company standard has no surname question and no record confirmation for inbound calls.
    'surname-address': ['warn', { requireAsk: false }],
    'identity-confirmation': 'off',
    'hold-consent': [
      'error',
      { requests: [enterpriseHotlineScripts['hold-wait'].template, '请稍等', '稍等一下'], apologies: [enterpriseHotlineScripts['hold-return'].template, '让您久等了'] },
    ],
    'closing-script': [
      'error',
      { scripts: [enterpriseHotlineScripts['ent-close-thanks-call'], enterpriseHotlineScripts['ent-close-thanks-notify'], { id: 'ent-goodbye', template: '再见' }] },
    ],
    'call-length': 'off',
    'deferred-answer': ['error', { maxMinutes: 30 }],
    'callback-script': [
      'error',
      {
        openings: [enterpriseHotlineScripts['ent-callback-intro']],
        openingTurns: 2,
        closings: [enterpriseHotlineScripts['ent-callback-close'], enterpriseHotlineScripts['ent-callback-followup']],
      },
    ],
  },
});
