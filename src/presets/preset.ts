import { TaskKind as TaskKindSchema, type TaskKind } from '../model/enums.js';
import type { SlaPreset } from '../sla/policy-preset.js';
import { selectPolicy } from '../sla/policy.js';
import { deepFrozen } from '../model/freeze.js';
import type { Preset } from './schema.js';

export type { Preset } from './schema.js';

/**
 * A preset as its folder writes it: everything but the policy map of its classification data, which
 * {@link definePreset} derives from its SLA policies.
 *
 * @example
 * ```ts
 * import type { PresetData } from 'kefu/presets';
 * declare const data: PresetData;
 * data.classify.agentCues.dispatch; // the phrases that mark a dispatch
 * ```
 */
export type PresetData = Omit<Preset, 'classify'> & { readonly classify: Omit<Preset['classify'], 'policies'> };

/**
 * The SLA policy each task kind runs under, derived from a preset's ordered policies by the same
 * first-match rule `selectPolicy` applies (emergencies are matched at priority `urgent`, everything else at
 * `normal`). Kinds no policy covers are left out.
 *
 * @example
 * ```ts
 * import { policyIdsByKind, presets } from 'kefu/presets';
 * policyIdsByKind(presets['gas-hotline'].sla).repair; // 'gas-hotline/repair'
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
 * Put a preset together from its data, deriving the classification's policy map from the SLA
 * policies. Pure and cheap: it checks nothing (the shipped presets are checked by the test suite; a
 * host's data read from outside goes through `parsePreset`).
 *
 * @example
 * ```ts
 * import { definePreset, presets } from 'kefu/presets';
 * const base = presets['gas-hotline'];
 * const mine = definePreset({ ...base, id: 'demo-hotline', name: { zh: '示例燃气公司热线', en: 'Demo hotline' }, classify: { ...base.classify, id: 'demo-hotline' } });
 * mine.classify.policies.repair; // 'gas-hotline/repair' (the SLA policies were kept)
 * ```
 */
export function definePreset(data: PresetData): Preset {
  // Frozen: every checker and classifier built from a preset reads the same object.
  return deepFrozen({ ...data, classify: classifyWithPolicies(data.classify, data.sla) });
}

/**
 * A preset's classification data with the policy map {@link definePreset} derives from its SLA set; the
 * presets export their `…Classify` constants through it, so that a bundler can drop them when unused.
 *
 * @example
 * ```ts
 * import { classifyWithPolicies, gasHotline } from 'kefu/presets';
 * classifyWithPolicies(gasHotline.classify, gasHotline.sla).policies.repair; // 'gas-hotline/repair'
 * ```
 */
export function classifyWithPolicies(classify: PresetData['classify'], sla: SlaPreset): Preset['classify'] {
  return deepFrozen({ ...classify, policies: policyIdsByKind(sla) });
}
