import { classifyWithPolicies, definePreset, type Preset } from '../preset.js';
import { enterpriseHotlineClassifyData } from './classify.js';
import { enterpriseHotlineLint } from './lint.js';
import { enterpriseHotlineScripts } from './scripts.js';
import { enterpriseHotlineSla } from './sla.js';

/**
 * Company customer-service hotline (企业客服热线), from S1 template 4 客服部, S0 客服工作规范.
 *
 * ONE data object: the SLA set (calendar, policies, call limits, KPI targets), the checker
 * configuration, the scripts and the classification data (lexicon cues, machine limits, agent cues,
 * the scripts marking each step). The parts are written in this folder's files; a host reads, copies
 * or overrides the object as a whole.
 *
 * @example
 * ```ts
 * import { enterpriseHotline } from 'kefu/presets';
 * console.log(enterpriseHotline.name.zh, enterpriseHotline.sla.policies.length, Object.keys(enterpriseHotline.scripts));
 * ```
 */
export const enterpriseHotline: Preset = /* @__PURE__ */ definePreset({
  id: 'enterprise-hotline',
  name: { zh: '企业客服热线', en: 'Company customer-service hotline' },
  source: 'S1 template 4 客服部, S0 客服工作规范',
  sla: enterpriseHotlineSla,
  lint: enterpriseHotlineLint,
  scripts: enterpriseHotlineScripts,
  classify: enterpriseHotlineClassifyData,
});

/**
 * The parts of {@link enterpriseHotline}, kept for code written before the preset became one object.
 *
 * @deprecated Read `enterpriseHotline.sla`, `enterpriseHotline.lint`, `enterpriseHotline.classify`, `enterpriseHotline.scripts` instead.
 * @example
 * ```ts
 * import { enterpriseHotline } from 'kefu/presets';
 * enterpriseHotline.classify.id; // 'enterprise-hotline'
 * ```
 */
export const enterpriseHotlineClassify: Preset['classify'] = /* @__PURE__ */ classifyWithPolicies(enterpriseHotlineClassifyData, enterpriseHotlineSla);
export { enterpriseHotlineLint, enterpriseHotlineSla, enterpriseHotlineScripts };
