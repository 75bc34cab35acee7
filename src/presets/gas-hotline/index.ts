import { definePreset, type Preset } from '../preset.js';
import { gasHotlineClassify } from './classify.js';
import { gasHotlineLint } from './lint.js';
import { gasHotlineSla } from './sla.js';

/**
 * Gas utility customer-service hotline (燃气客服热线), from S0 客户服务管理办法 / 客户服务标准: SLA calendar and policies, checker configuration and classification data.
 *
 * @example
 * ```ts
 * import { gasHotline } from 'kefu/presets';
 * console.log(gasHotline.name.zh, gasHotline.sla.policies.length);
 * ```
 */
export const gasHotline: Preset = definePreset({
  id: 'gas-hotline',
  name: { zh: '燃气客服热线', en: 'Gas utility customer-service hotline' },
  source: 'S0 客户服务管理办法 / 客户服务标准',
  sla: gasHotlineSla,
  lint: gasHotlineLint,
  classify: gasHotlineClassify,
});

export { gasHotlineClassify, gasHotlineLint, gasHotlineSla };
export { gasHotlineScripts } from './scripts.js';
