import { definePreset, type Preset } from '../preset.js';
import { equipmentSupportClassify } from './classify.js';
import { equipmentSupportLint } from './lint.js';
import { equipmentSupportSla } from './sla.js';

/**
 * Equipment after-sales support desk (设备售后服务台), from S3 appended 售后服务的标准及要求: SLA calendar and policies, checker configuration and classification data.
 *
 * @example
 * ```ts
 * import { equipmentSupport } from 'kefu/presets';
 * console.log(equipmentSupport.name.zh, equipmentSupport.sla.policies.length);
 * ```
 */
export const equipmentSupport: Preset = definePreset({
  id: 'equipment-support',
  name: { zh: '设备售后服务台', en: 'Equipment after-sales support desk' },
  source: 'S3 appended 售后服务的标准及要求',
  sla: equipmentSupportSla,
  lint: equipmentSupportLint,
  classify: equipmentSupportClassify,
});

export { equipmentSupportClassify, equipmentSupportLint, equipmentSupportSla };
