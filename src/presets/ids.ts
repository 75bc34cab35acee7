/**
 * Ids of the organisations kefu ships presets for (one per organisation of the source standards).
 *
 * @example
 * ```ts
 * import { PRESET_IDS } from 'kefu/presets';
 * PRESET_IDS.includes('gas-hotline'); // true
 * ```
 */
export const PRESET_IDS = ['gas-hotline', 'gas-service-hall', 'auto-aftersales', 'property-management', 'enterprise-hotline', 'equipment-support'] as const;

/** A preset id. @example `const id: PresetId = 'gas-hotline';` */
export type PresetId = (typeof PRESET_IDS)[number];
