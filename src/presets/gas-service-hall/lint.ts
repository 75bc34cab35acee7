import type { LintConfig } from '../../phrases/checker-config.js';
import { deepFrozen } from '../../model/freeze.js';
import { gasServiceHallScripts } from './scripts.js';
import { recommended } from '../../phrases/recommended.js';

/**
 * Checker configuration of the gas utility's walk-in service hall (S2 客服中心管理制度 六): counter
 * phrases of SCR-HALL — welcome (“欢迎光临，请随便参观”, “先生/小姐，您好，我叫{agentName}，有什么可以帮到您？”),
 * asking the customer's name (“您怎么称呼呀？”, then 以姓氏称呼顾客), apologising for a wait
 * (“不好意思，让您久等了”) and the farewell “再见。欢迎下次光临”; complaints answered within 3 days
 * (HALL-SLA-2). Phone-only rules (hang-up order, speaking rate, call length, record confirmation) are off.
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * import { gasServiceHallLint } from 'kefu/presets';
 * const checker = createChecker({ preset: gasServiceHallLint });
 * ```
 */
export const gasServiceHallLint: LintConfig = /* @__PURE__ */ deepFrozen({
  id: 'gas-service-hall',
  description: { zh: '燃气营业厅柜台服务质检', en: 'Gas service hall counter checks' },
  settings: {},
  extends: recommended,
  rules: {
    'greeting-script': [
      'error',
      {
        scripts: [gasServiceHallScripts['hall-welcome'], gasServiceHallScripts['hall-greet'], gasServiceHallScripts['hall-ask-name'], gasServiceHallScripts['hall-your-turn']],
        agentTurns: 1,
        skipCallKinds: [],
      },
    ],
    'surname-address': ['warn', { requireAsk: true, askPhrases: ['怎么称呼', '贵姓', '姓什么'] }],
    'identity-confirmation': 'off',
    'hold-consent': ['warn', { requests: ['请等一等', '麻烦您等一等', '请稍等'], apologies: [gasServiceHallScripts['hall-sorry-wait'].template, '让您久等了'] }],
    'anything-else': 'off',
    'closing-script': ['error', { scripts: [gasServiceHallScripts['hall-farewell'], { id: 'hall-farewell-slow', template: '请慢走，欢迎下次光临' }], skipCallKinds: [] }],
    'hang-up-order': 'off',
    'speaking-rate': 'off',
    'call-length': 'off',
    'deferred-answer': ['error', { maxMinutes: 3 * 24 * 60 }],
    'callback-script': 'off',
  },
});
