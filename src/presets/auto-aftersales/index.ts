import { definePreset, type Preset } from '../preset.js';
import { autoAftersalesClassify } from './classify.js';
import { autoAftersalesLint } from './lint.js';
import { autoAftersalesSla } from './sla.js';

/**
 * Car dealer after-sales centre (汽车售后服务中心), from S3 售后服务中心流程细则: SLA calendar and policies, checker configuration and classification data.
 *
 * @example
 * ```ts
 * import { autoAftersales } from 'kefu/presets';
 * console.log(autoAftersales.name.zh, autoAftersales.sla.policies.length);
 * ```
 */
export const autoAftersales: Preset = definePreset({
  id: 'auto-aftersales',
  name: { zh: '汽车售后服务中心', en: 'Car dealer after-sales centre' },
  source: 'S3 售后服务中心流程细则',
  sla: autoAftersalesSla,
  lint: autoAftersalesLint,
  classify: autoAftersalesClassify,
});

export { autoAftersalesClassify, autoAftersalesLint, autoAftersalesSla };
export { autoAftersalesScripts } from './scripts.js';
export { ADOPTED_SUGGESTION_PRICE_FACTOR, APPOINTMENT_STEPS, SATISFACTION_SCALE } from './scripts.js';
export { AFTERSALES_CALLBACK_DAYS } from './sla.js';
