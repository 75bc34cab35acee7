import type { ClassifyPreset } from '../classify/preset.js';
import type { TaskKind } from '../model/enums.js';
import { TaskKind as TaskKindSchema } from '../model/enums.js';
import type { LintConfig } from '../phrases/checker-config.js';
import type { Bilingual } from '../phrases/types.js';
import type { SlaPreset } from '../sla/policy-preset.js';
import { selectPolicy } from '../sla/policy.js';
import type { PresetId } from './ids.js';

/**
 * One organisation of the source standards as ready-made data: its SLA calendar, policies and KPI
 * targets, its transcript-checker configuration, and its classification data. Every part is plain data
 * a host can read, copy and override.
 *
 * @example
 * ```ts
 * import { presets } from 'kefu/presets';
 * const hotline = presets['gas-hotline'];
 * console.log(hotline.name.zh, hotline.sla.policies.map((p) => p.id));
 * ```
 */
export interface Preset {
  /** A shipped preset's id, or the id of a host's own organisation (e.g. `water-hotline`). */
  readonly id: PresetId | (string & {});
  readonly name: Bilingual;
  /** Which source document describes the organisation, e.g. `S0 客户服务管理办法`. */
  readonly source: string;
  readonly sla: SlaPreset;
  readonly lint: LintConfig;
  /** Classification data; `policies` is derived from `sla.policies` so the two can never disagree. */
  readonly classify: ClassifyPreset & { readonly policies: Partial<Readonly<Record<TaskKind, string>>> };
}

/**
 * The SLA policy each task kind runs under, derived from a preset's ordered policies by the same
 * first-match rule `selectPolicy` applies (emergencies are matched at priority `urgent`, everything else at
 * `normal`). Kinds no policy covers are left out.
 *
 * @example
 * ```ts
 * import { policyIdsByKind, gasHotlineSla } from 'kefu/presets';
 * policyIdsByKind(gasHotlineSla).repair; // 'gas-hotline/repair'
 * ```
 */
export function policyIdsByKind(sla: SlaPreset): Partial<Readonly<Record<TaskKind, string>>> {
  const out: Partial<Record<TaskKind, string>> = {};
  for (const kind of TaskKindSchema.options) {
    const policy = selectPolicy({ kind, priority: kind === 'emergency' ? 'urgent' : 'normal' }, sla.policies);
    if (policy !== undefined) out[kind] = policy.id;
  }
  return out;
}

/**
 * Put a preset together from its parts, deriving the classification's policy map from the SLA policies.
 *
 * @example
 * ```ts
 * import { definePreset, gasHotlineSla, gasHotlineLint, gasHotlineClassify } from 'kefu/presets';
 * const mine = definePreset({
 *   id: 'gas-hotline', name: { zh: '我司燃气热线', en: 'Our gas hotline' }, source: 'house rules',
 *   sla: gasHotlineSla, lint: gasHotlineLint, classify: gasHotlineClassify,
 * });
 * ```
 */
export function definePreset(parts: Omit<Preset, 'classify'> & { readonly classify: ClassifyPreset }): Preset {
  return { ...parts, classify: { ...parts.classify, policies: policyIdsByKind(parts.sla) } };
}
