/**
 * Ready-made data for the six organisations of the source standards — the only place organisations
 * exist. Each preset is ONE data object (`PresetSchema`): the SLA calendar, policies and KPI targets
 * (`kefu/sla`), the checker configuration (`kefu/phrases`), the scripts (`kefu/scripts`) and the
 * classification data with the deriver's agent cues and step scripts (`kefu/classify`). Presets import
 * the modules; the modules never import presets. A seventh organisation is one more folder.
 *
 * @example
 * ```ts
 * import { getPreset } from 'kefu/presets';
 * const preset = getPreset('gas-hotline');
 * ```
 * @module presets
 */
import { KefuError } from '../model/error.js';
import { deepFrozen } from '../model/freeze.js';
import { autoAftersales } from './auto-aftersales/index.js';
import { enterpriseHotline } from './enterprise-hotline/index.js';
import { equipmentSupport } from './equipment-support/index.js';
import { gasHotline } from './gas-hotline/index.js';
import { gasServiceHall } from './gas-service-hall/index.js';
import { PRESET_IDS, type PresetId } from './ids.js';
import type { Preset } from './preset.js';
import { propertyManagement } from './property-management/index.js';

export * from './ids.js';
export * from './preset.js';
export { PresetSchema, parsePreset } from './schema.js';
export * from './scripts.js';
export * from './agent-cues.js';
export * from './auto-aftersales/index.js';
export * from './enterprise-hotline/index.js';
export * from './equipment-support/index.js';
export * from './gas-hotline/index.js';
export * from './gas-service-hall/index.js';
export * from './property-management/index.js';

/**
 * Every shipped preset by id, in the order of {@link PRESET_IDS}.
 *
 * @example
 * ```ts
 * import { presets } from 'kefu/presets';
 * Object.keys(presets); // ['gas-hotline', 'gas-service-hall', …]
 * ```
 */
export const presets: Readonly<Record<PresetId, Preset>> = /* @__PURE__ */ deepFrozen({
  'gas-hotline': gasHotline,
  'gas-service-hall': gasServiceHall,
  'auto-aftersales': autoAftersales,
  'property-management': propertyManagement,
  'enterprise-hotline': enterpriseHotline,
  'equipment-support': equipmentSupport,
});

const isPresetId = (id: string): id is PresetId => PRESET_IDS.some((known) => known === id);

/**
 * Look a preset up by id; an unknown id is a `KefuError` (code `unknown_preset`) listing the known ones.
 *
 * @example
 * ```ts
 * import { getPreset } from 'kefu/presets';
 * getPreset('auto-aftersales').sla.policies[0]?.id; // 'auto-aftersales/reception'
 * ```
 */
export function getPreset(id: string): Preset {
  if (isPresetId(id)) return presets[id];
  throw new KefuError('unknown_preset', `preset "${id}" is not one of ${PRESET_IDS.join(', ')}`, [
    { path: ['preset'], message: `unknown preset; known: ${PRESET_IDS.join(', ')}`, value: id },
  ]);
}
