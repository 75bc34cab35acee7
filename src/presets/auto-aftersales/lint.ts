import type { LintConfig } from '../../phrases/checker-config.js';
import { deepFrozen } from '../../model/freeze.js';
import { PHRASE_CATALOG } from '../../phrases/catalog/entries.js';
import { autoAftersalesScripts } from './scripts.js';
import { recommended } from '../../phrases/recommended.js';

/**
 * Checker configuration of a car dealer's after-sales centre (S3 售后服务中心流程细则, SCR-AUTO): the inbound
 * appointment greeting with the centre's name (“您好！欢迎致电{brand}、{dealer}，请问有什么可以帮到您的？”),
 * asking phone and plate (“您好！请问您的电话号码及车牌号码是多少呢？”), the thank-you close; the 3-day
 * callback and the invitation call with their openings and closings (run for `callback` and `invitation`).
 *
 * The seed names a real brand and dealer; `settings.brand` and `settings.centre` are left open (any
 * name matches) for hosts to set.
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * import { autoAftersalesLint } from 'kefu/presets';
 * const checker = createChecker({ preset: autoAftersalesLint, settings: { brand: '长安汽车', centre: '致远4S店' } });
 * ```
 */
export const autoAftersalesLint: LintConfig = /* @__PURE__ */ deepFrozen({
  id: 'auto-aftersales',
  description: { zh: '汽车售后服务中心通话质检', en: 'Car after-sales centre call checks' },
  settings: {},
  extends: recommended,
  rules: {
    // The centre's own callback script says “非常感谢你到售后服务中心…”; reading it out is not a PHR-NIN slip.
    'honorific-nin': ['warn', { entries: PHRASE_CATALOG.filter((e) => e.id === 'nin-ni').map((e) => ({ ...e, unless: [...(e.unless ?? []), '非常感谢你到售后服务中心'] })) }],
    'greeting-script': ['error', { scripts: [autoAftersalesScripts['auto-appt-greet']] }],
    'surname-address': ['warn', { requireAsk: false }],
    // The appointment flow identifies the customer by phone number and plate (S3 一 2 ③).
    'identity-confirmation': ['warn', { scripts: [autoAftersalesScripts['auto-appt-ask-contact']] }],
    'anything-else': 'off',
    'closing-script': ['error', { scripts: [autoAftersalesScripts['auto-appt-thanks'], autoAftersalesScripts['auto-farewell']] }],
    'speaking-rate': 'off',
    'call-length': 'off',
    'callback-script': [
      'error',
      {
        callKinds: ['callback', 'invitation'],
        openings: [autoAftersalesScripts['auto-callback-open'], autoAftersalesScripts['auto-invite-open']],
        closings: [autoAftersalesScripts['auto-callback-close'], autoAftersalesScripts['auto-invite-close']],
      },
    ],
  },
});
