import { definePreset, type Preset } from '../preset.js';
import { gasServiceHallClassify } from './classify.js';
import { gasServiceHallLint } from './lint.js';
import { gasServiceHallSla } from './sla.js';

/**
 * Gas utility service hall (燃气营业厅), from S2 客服中心管理制度: SLA calendar and policies, checker configuration and classification data.
 *
 * @example
 * ```ts
 * import { gasServiceHall } from 'kefu/presets';
 * console.log(gasServiceHall.name.zh, gasServiceHall.sla.policies.length);
 * ```
 */
export const gasServiceHall: Preset = definePreset({
  id: 'gas-service-hall',
  name: { zh: '燃气营业厅', en: 'Gas utility service hall' },
  source: 'S2 客服中心管理制度',
  sla: gasServiceHallSla,
  lint: gasServiceHallLint,
  classify: gasServiceHallClassify,
});

export { gasServiceHallClassify, gasServiceHallLint, gasServiceHallSla };
export { gasServiceHallScripts } from './scripts.js';
