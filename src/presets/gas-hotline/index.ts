import { classifyWithPolicies, definePreset, type Preset } from '../preset.js';
import { gasHotlineClassifyData } from './classify.js';
import { gasHotlineLint } from './lint.js';
import { gasHotlineScripts } from './scripts.js';
import { gasHotlineSla } from './sla.js';

/**
 * Gas utility customer-service hotline (燃气客服热线), from S0 客户服务管理办法 / 客户服务标准.
 *
 * ONE data object: the SLA set (calendar, policies, call limits, KPI targets), the checker
 * configuration, the scripts and the classification data (lexicon cues, machine limits, agent cues,
 * the scripts marking each step). The parts are written in this folder's files; a host reads, copies
 * or overrides the object as a whole.
 *
 * @example
 * ```ts
 * import { gasHotline } from 'kefu/presets';
 * console.log(gasHotline.name.zh, gasHotline.sla.policies.length, Object.keys(gasHotline.scripts));
 * ```
 */
export const gasHotline: Preset = /* @__PURE__ */ definePreset({
  id: 'gas-hotline',
  name: { zh: '燃气客服热线', en: 'Gas utility customer-service hotline' },
  source: 'S0 客户服务管理办法 / 客户服务标准',
  sla: gasHotlineSla,
  lint: gasHotlineLint,
  scripts: gasHotlineScripts,
  classify: gasHotlineClassifyData,
});

/**
 * The parts of {@link gasHotline}, kept for code written before the preset became one object.
 *
 * @deprecated Read `gasHotline.sla`, `gasHotline.lint`, `gasHotline.classify`, `gasHotline.scripts` instead.
 * @example
 * ```ts
 * import { gasHotline } from 'kefu/presets';
 * gasHotline.classify.id; // 'gas-hotline'
 * ```
 */
export const gasHotlineClassify: Preset['classify'] = /* @__PURE__ */ classifyWithPolicies(gasHotlineClassifyData, gasHotlineSla);
export { gasHotlineLint, gasHotlineSla, gasHotlineScripts };
