import { classifyWithPolicies, definePreset, type Preset } from '../preset.js';
import { equipmentSupportClassifyData } from './classify.js';
import { equipmentSupportLint } from './lint.js';
import { equipmentSupportSla } from './sla.js';

/**
 * Equipment after-sales support desk (设备售后服务台), from S3 appended 售后服务的标准及要求.
 *
 * ONE data object: the SLA set (calendar, policies, call limits, KPI targets), the checker
 * configuration, the scripts and the classification data (lexicon cues, machine limits, agent cues,
 * the scripts marking each step). The parts are written in this folder's files; a host reads, copies
 * or overrides the object as a whole.
 *
 * @example
 * ```ts
 * import { equipmentSupport } from 'kefu/presets';
 * console.log(equipmentSupport.name.zh, equipmentSupport.sla.policies.length, Object.keys(equipmentSupport.scripts));
 * ```
 */
export const equipmentSupport: Preset = /* @__PURE__ */ definePreset({
  id: 'equipment-support',
  name: { zh: '设备售后服务台', en: 'Equipment after-sales support desk' },
  source: 'S3 appended 售后服务的标准及要求',
  sla: equipmentSupportSla,
  lint: equipmentSupportLint,
  scripts: {},
  classify: equipmentSupportClassifyData,
});

/**
 * The parts of {@link equipmentSupport}, kept for code written before the preset became one object.
 *
 * @deprecated Read `equipmentSupport.sla`, `equipmentSupport.lint`, `equipmentSupport.classify` instead.
 * @example
 * ```ts
 * import { equipmentSupport } from 'kefu/presets';
 * equipmentSupport.classify.id; // 'equipment-support'
 * ```
 */
export const equipmentSupportClassify: Preset['classify'] = /* @__PURE__ */ classifyWithPolicies(equipmentSupportClassifyData, equipmentSupportSla);
export { equipmentSupportLint, equipmentSupportSla };
