import { definePreset, type Preset } from '../preset.js';
import { propertyManagementClassify } from './classify.js';
import { propertyManagementLint } from './lint.js';
import { propertyManagementSla } from './sla.js';

/**
 * Property management customer service (物业管理客服), from S1 template 3 物业管理: SLA calendar and policies, checker configuration and classification data.
 *
 * @example
 * ```ts
 * import { propertyManagement } from 'kefu/presets';
 * console.log(propertyManagement.name.zh, propertyManagement.sla.policies.length);
 * ```
 */
export const propertyManagement: Preset = definePreset({
  id: 'property-management',
  name: { zh: '物业管理客服', en: 'Property management customer service' },
  source: 'S1 template 3 物业管理',
  sla: propertyManagementSla,
  lint: propertyManagementLint,
  classify: propertyManagementClassify,
});

export { propertyManagementClassify, propertyManagementLint, propertyManagementSla };
