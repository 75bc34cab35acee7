import { classifyWithPolicies, definePreset, type Preset } from '../preset.js';
import { propertyManagementClassifyData } from './classify.js';
import { propertyManagementLint } from './lint.js';
import { propertyManagementSla } from './sla.js';

/**
 * Property management customer service (物业管理客服), from S1 template 3 物业管理.
 *
 * ONE data object: the SLA set (calendar, policies, call limits, KPI targets), the checker
 * configuration, the scripts and the classification data (lexicon cues, machine limits, agent cues,
 * the scripts marking each step). The parts are written in this folder's files; a host reads, copies
 * or overrides the object as a whole.
 *
 * @example
 * ```ts
 * import { propertyManagement } from 'kefu/presets';
 * console.log(propertyManagement.name.zh, propertyManagement.sla.policies.length, Object.keys(propertyManagement.scripts));
 * ```
 */
export const propertyManagement: Preset = /* @__PURE__ */ definePreset({
  id: 'property-management',
  name: { zh: '物业管理客服', en: 'Property management customer service' },
  source: 'S1 template 3 物业管理',
  sla: propertyManagementSla,
  lint: propertyManagementLint,
  scripts: {},
  classify: propertyManagementClassifyData,
});

/**
 * The parts of {@link propertyManagement}, kept for code written before the preset became one object.
 *
 * @deprecated Read `propertyManagement.sla`, `propertyManagement.lint`, `propertyManagement.classify` instead.
 * @example
 * ```ts
 * import { propertyManagement } from 'kefu/presets';
 * propertyManagement.classify.id; // 'property-management'
 * ```
 */
export const propertyManagementClassify: Preset['classify'] = /* @__PURE__ */ classifyWithPolicies(propertyManagementClassifyData, propertyManagementSla);
export { propertyManagementLint, propertyManagementSla };
