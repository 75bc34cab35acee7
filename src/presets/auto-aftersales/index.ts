import { classifyWithPolicies, definePreset, type Preset } from '../preset.js';
import { autoAftersalesClassifyData } from './classify.js';
import { autoAftersalesLint } from './lint.js';
import { autoAftersalesScripts } from './scripts.js';
import { autoAftersalesSla } from './sla.js';

/**
 * Car dealer after-sales centre (汽车售后服务中心), from S3 售后服务中心流程细则.
 *
 * ONE data object: the SLA set (calendar, policies, call limits, KPI targets), the checker
 * configuration, the scripts and the classification data (lexicon cues, machine limits, agent cues,
 * the scripts marking each step). The parts are written in this folder's files; a host reads, copies
 * or overrides the object as a whole.
 *
 * @example
 * ```ts
 * import { autoAftersales } from 'kefu/presets';
 * console.log(autoAftersales.name.zh, autoAftersales.sla.policies.length, Object.keys(autoAftersales.scripts));
 * ```
 */
export const autoAftersales: Preset = /* @__PURE__ */ definePreset({
  id: 'auto-aftersales',
  name: { zh: '汽车售后服务中心', en: 'Car dealer after-sales centre' },
  source: 'S3 售后服务中心流程细则',
  sla: autoAftersalesSla,
  lint: autoAftersalesLint,
  scripts: autoAftersalesScripts,
  classify: autoAftersalesClassifyData,
});

/**
 * The parts of {@link autoAftersales}, kept for code written before the preset became one object.
 *
 * @deprecated Read `autoAftersales.sla`, `autoAftersales.lint`, `autoAftersales.classify`, `autoAftersales.scripts` instead.
 * @example
 * ```ts
 * import { autoAftersales } from 'kefu/presets';
 * autoAftersales.classify.id; // 'auto-aftersales'
 * ```
 */
export const autoAftersalesClassify: Preset['classify'] = /* @__PURE__ */ classifyWithPolicies(autoAftersalesClassifyData, autoAftersalesSla);
export { autoAftersalesLint, autoAftersalesSla, autoAftersalesScripts };
export { ADOPTED_SUGGESTION_PRICE_FACTOR, APPOINTMENT_STEPS, SATISFACTION_SCALE } from './scripts.js';
export { AFTERSALES_CALLBACK_DAYS } from './sla.js';
