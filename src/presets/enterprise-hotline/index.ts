import { definePreset, type Preset } from '../preset.js';
import { enterpriseHotlineClassify } from './classify.js';
import { enterpriseHotlineLint } from './lint.js';
import { enterpriseHotlineSla } from './sla.js';

/**
 * Company customer-service hotline (企业客服热线), from S1 template 4 客服部, S0 客服工作规范: SLA calendar and policies, checker configuration and classification data.
 *
 * @example
 * ```ts
 * import { enterpriseHotline } from 'kefu/presets';
 * console.log(enterpriseHotline.name.zh, enterpriseHotline.sla.policies.length);
 * ```
 */
export const enterpriseHotline: Preset = definePreset({
  id: 'enterprise-hotline',
  name: { zh: '企业客服热线', en: 'Company customer-service hotline' },
  source: 'S1 template 4 客服部, S0 客服工作规范',
  sla: enterpriseHotlineSla,
  lint: enterpriseHotlineLint,
  classify: enterpriseHotlineClassify,
});

export { enterpriseHotlineClassify, enterpriseHotlineLint, enterpriseHotlineSla };
export { enterpriseHotlineScripts } from './scripts.js';
