import type { LintConfig } from '../../phrases/checker-config.js';
import { deepFrozen } from '../../model/freeze.js';
import { recommended } from '../../phrases/recommended.js';

/**
 * Checker configuration of a property-management service desk (S1 模板3): complaints and their callbacks.
 * The template gives no call scripts, so the generic checks apply — 您好 to open and 再见 to close
 * (PHR-3-3-4), no forbidden phrases, 您 for the customer, soothing on complaints (PHR-COMPLAINT), a
 * deferred answer with apology, time and contact (CALL-5), and callbacks that ask for consent first.
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * import { propertyManagementLint } from 'kefu/presets';
 * const checker = createChecker({ preset: propertyManagementLint });
 * ```
 */
export const propertyManagementLint: LintConfig = /* @__PURE__ */ deepFrozen({
  id: 'property-management',
  description: { zh: '物业服务中心通话质检', en: 'Property management desk call checks' },
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
    'complaint-soothing': 'error',
    'callback-script': [
      'error',
      {
        closings: [
          { id: 'pm-callback-thanks', template: '感谢您对我们工作的支持' },
          { id: 'pm-callback-goodbye', template: '再见' },
        ],
      },
    ],
  },
});
