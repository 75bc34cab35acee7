import { classifyWithPolicies, definePreset, type Preset } from '../preset.js';
import { gasServiceHallClassifyData } from './classify.js';
import { gasServiceHallLint } from './lint.js';
import { gasServiceHallScripts } from './scripts.js';
import { gasServiceHallSla } from './sla.js';

/**
 * Gas utility service hall (燃气营业厅), from S2 客服中心管理制度.
 *
 * ONE data object: the SLA set (calendar, policies, call limits, KPI targets), the checker
 * configuration, the scripts and the classification data (lexicon cues, machine limits, agent cues,
 * the scripts marking each step). The parts are written in this folder's files; a host reads, copies
 * or overrides the object as a whole.
 *
 * @example
 * ```ts
 * import { gasServiceHall } from 'kefu/presets';
 * console.log(gasServiceHall.name.zh, gasServiceHall.sla.policies.length, Object.keys(gasServiceHall.scripts));
 * ```
 */
export const gasServiceHall: Preset = /* @__PURE__ */ definePreset({
  id: 'gas-service-hall',
  name: { zh: '燃气营业厅', en: 'Gas utility service hall' },
  source: 'S2 客服中心管理制度',
  sla: gasServiceHallSla,
  lint: gasServiceHallLint,
  scripts: gasServiceHallScripts,
  classify: gasServiceHallClassifyData,
});

/**
 * The parts of {@link gasServiceHall}, kept for code written before the preset became one object.
 *
 * @deprecated Read `gasServiceHall.sla`, `gasServiceHall.lint`, `gasServiceHall.classify`, `gasServiceHall.scripts` instead.
 * @example
 * ```ts
 * import { gasServiceHall } from 'kefu/presets';
 * gasServiceHall.classify.id; // 'gas-service-hall'
 * ```
 */
export const gasServiceHallClassify: Preset['classify'] = /* @__PURE__ */ classifyWithPolicies(gasServiceHallClassifyData, gasServiceHallSla);
export { gasServiceHallLint, gasServiceHallSla, gasServiceHallScripts };
