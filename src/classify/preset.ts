/**
 * The shape of an organisation's classification data: its own cue words, which SLA policy each task
 * kind runs under, and the limits its call machines use. Presets are data; this module only reads them.
 *
 * @module
 */
import type { TaskKind } from '../model/enums.js';
import type { CallbackMachineOptions } from './callback-machine.js';
import type { CallMachineOptions } from './call-machine.js';
import type { LexiconAddition } from './lexicon.js';

/**
 * An organisation's classification data.
 *
 * @example
 * ```ts
 * const preset: ClassifyPreset = {
 *   id: 'gas-hotline',
 *   description: { zh: '燃气热线来电分类', en: 'Gas hotline call classification' },
 *   lexicon: { cues: { repair: ['自闭阀'] } },
 *   policies: { repair: 'gas-hotline/repair' },
 *   machine: { maxRings: 3 },
 * };
 * ```
 */
export interface ClassifyPreset {
  /** The preset id, e.g. `gas-hotline`. */
  readonly id: string;
  readonly description: { readonly zh: string; readonly en: string };
  /** Cue words of the organisation, added to the shipped lexicon. */
  readonly lexicon: LexiconAddition;
  /**
   * SLA policy id per task kind the machines create (e.g. repair → HOT-SLA-1's policy). The shipped
   * presets leave it out of their data and `definePreset` derives it from the preset's SLA policies.
   */
  readonly policies?: Partial<Readonly<Record<TaskKind, string>>>;
  /** Limits of the inbound call machine (policies come from `policies`). */
  readonly machine?: Omit<CallMachineOptions, 'policies'>;
  /** Options of the callback machine (policies come from `policies`). */
  readonly callback?: Omit<CallbackMachineOptions, 'policies'>;
}

/**
 * The inbound call machine's options from an organisation's classification data: its limits plus its
 * policy map (when it has one).
 *
 * @example
 * ```ts
 * import { createCallMachine, callMachineOptions } from 'kefu/classify';
 * import { gasHotline } from 'kefu/presets';
 * const machine = createCallMachine(callMachineOptions(gasHotline.classify));
 * ```
 */
export function callMachineOptions(preset: ClassifyPreset | undefined): CallMachineOptions {
  if (preset === undefined) return {};
  return { ...preset.machine, ...(preset.policies === undefined ? {} : { policies: preset.policies }) };
}
