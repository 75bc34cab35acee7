import type { LintConfig } from '../../phrases/checker-config.js';
import { deepFrozen } from '../../model/freeze.js';
import { recommended } from '../../phrases/recommended.js';

/**
 * Checker configuration of an equipment after-sales support desk (S3 appended 售后服务要求, 热线操作步骤):
 * polite wording and no conflict with the customer (forbidden phrases, 您), and two categories that encode
 * the hotline steps as data — ask the customer's company first (第一要询问客户的公司名称) and tell the
 * customer a technician will contact them within 5 minutes (SUP-SLA-4). Deferred answers within 24 h
 * (SUP-SLA-1).
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * import { equipmentSupportLint } from 'kefu/presets';
 * const checker = createChecker({ preset: equipmentSupportLint });
 * ```
 */
export const equipmentSupportLint: LintConfig = /* @__PURE__ */ deepFrozen({
  id: 'equipment-support',
  description: { zh: '设备售后服务热线通话质检', en: 'Equipment support hotline call checks' },
  settings: {},
  extends: recommended,
  rules: {
    'greeting-script': 'warn',
    'surname-address': ['warn', { requireAsk: false }],
    'identity-confirmation': 'off',
    'hold-consent': 'warn',
    'anything-else': 'off',
    'closing-script': 'warn',
    'hang-up-order': 'warn',
    'speaking-rate': 'off',
    'call-length': 'off',
    // A technician's call-back within 5 minutes is the procedure itself, not an apology-worthy deferral.
    'deferred-answer': ['error', { maxMinutes: 24 * 60, requireApology: false }],
    'callback-script': 'warn',
  },
  categories: [
    {
      id: 'ask-company',
      name: { zh: '先询问客户的公司名称', en: 'Ask the customer’s company first' },
      mode: 'must-include',
      criteria: [{ phrases: ['公司名称', '哪家公司', '贵公司', '哪个公司'], speaker: 'agent', window: { firstTurns: 2 } }],
      severity: 'warn',
      domainRules: ['SUP-SLA-2'],
      callKinds: ['repair'],
      suggestions: [{ zh: '请问您是哪家公司？', en: 'Ask: 请问您是哪家公司？' }],
    },
    {
      id: 'technician-within-5-minutes',
      name: { zh: '告诉客户5分钟内安排技术人员联系', en: 'Tell the customer a technician will call within 5 minutes' },
      mode: 'must-include',
      criteria: [{ phrases: ['5分钟内', '五分钟内', '5分钟之内', '五分钟之内'], speaker: 'agent', window: { after: 'ask-company' } }],
      severity: 'error',
      domainRules: ['SUP-SLA-4'],
      callKinds: ['repair'],
      suggestions: [{ zh: '5分钟内我们会安排技术人员与您联系。', en: 'Say: 5分钟内我们会安排技术人员与您联系。' }],
    },
  ],
});
