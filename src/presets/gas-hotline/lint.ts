import type { LintConfig } from '../../phrases/checker-config.js';
import { deepFrozen } from '../../model/freeze.js';
import { gasHotlineScripts } from './scripts.js';
import { recommended } from '../../phrases/recommended.js';

/**
 * Checker configuration of the gas utility hotline (S0 客户服务管理办法 / 客户服务标准): the full call flow
 * of 第十二条 (greeting SCR-GREET, surname, record confirmation SCR-VERIFY, hold with consent SCR-HOLD,
 * “您还有其他问题吗？” SCR-ANYTHING-ELSE, closing SCR-CLOSE, customer hangs up first CALL-8), callbacks by
 * 第十六条 (SCR-CALLBACK), deferred answers within 24 h (CALL-5, HOT-SLA-4), 3-minute calls (HOT-SLA-3)
 * and 120–140 characters a minute (VOICE-1). It extends `recommended` and states only what differs: the
 * organisation's scripts and hold phrases (the 3-minute and 24-hour limits are `recommended`'s defaults).
 *
 * The seed anonymises the company (阳泉市煤气公司 in one place, XX elsewhere) and the hotline (XXXXXXX):
 * `settings.company` defaults to the neutral 燃气公司 and the hotline is left open (any number matches);
 * hosts set their own with `createChecker({ preset: gasHotlineLint, settings: { company, hotline } })`.
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * import { gasHotlineLint } from 'kefu/presets';
 * const checker = createChecker({ preset: gasHotlineLint, settings: { company: '阳泉市煤气公司', hotline: '96777' } });
 * ```
 */
export const gasHotlineLint: LintConfig = /* @__PURE__ */ deepFrozen({
  id: 'gas-hotline',
  description: { zh: '燃气热线通话质检', en: 'Gas utility hotline call checks' },
  settings: { company: '燃气公司' },
  extends: recommended,
  rules: {
    'greeting-script': ['error', { scripts: [gasHotlineScripts['gas-greet']] }],
    'identity-confirmation': ['warn', { scripts: [gasHotlineScripts['gas-verify']] }],
    'hold-consent': [
      'error',
      {
        requests: [gasHotlineScripts['hold-wait'].template, gasHotlineScripts['hold-wait-trouble'].template, '请稍等', '稍等一下'],
        apologies: [gasHotlineScripts['hold-return'].template, '让您久等了'],
      },
    ],
    'anything-else': ['warn', { scripts: [gasHotlineScripts['gas-anything-else']] }],
    'closing-script': ['error', { scripts: [gasHotlineScripts['gas-close']] }],
    'callback-script': [
      'error',
      { openings: [gasHotlineScripts['gas-callback-open']], declines: [gasHotlineScripts['gas-callback-decline']], closings: [gasHotlineScripts['gas-callback-close']] },
    ],
  },
});
