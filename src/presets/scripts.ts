import type { Script } from '../scripts/index.js';
import { autoAftersalesScripts } from './auto-aftersales/scripts.js';
import { enterpriseHotlineScripts } from './enterprise-hotline/scripts.js';
import { gasHotlineScripts } from './gas-hotline/scripts.js';
import { gasServiceHallScripts } from './gas-service-hall/scripts.js';

/**
 * Every script the shipped presets carry, by id (the union of each preset's `scripts`). The literal
 * templates keep their slot names, so `render(SCRIPTS['gas-greet'], { company, agentNo })` is checked.
 *
 * @example
 * ```ts
 * import { SCRIPTS } from 'kefu/presets';
 * SCRIPTS['gas-close'].template; // '感谢您的来电，如果有问题，请您与我们联系，再见！'
 * ```
 */
export const SCRIPTS = { ...gasHotlineScripts, ...enterpriseHotlineScripts, ...autoAftersalesScripts, ...gasServiceHallScripts } as const;

/**
 * A shipped script id.
 *
 * @example
 * ```ts
 * import type { ScriptId } from 'kefu/presets';
 * const id: ScriptId = 'gas-greet';
 * ```
 */
export type ScriptId = keyof typeof SCRIPTS;

/**
 * Every shipped script, in catalog order (organisation by organisation).
 *
 * @example
 * ```ts
 * import { ALL_SCRIPTS } from 'kefu/presets';
 * ALL_SCRIPTS.filter((s) => s.rule === 'SCR-CALLBACK').length; // 3
 * ```
 */
export const ALL_SCRIPTS: readonly Script[] = Object.values(SCRIPTS);
