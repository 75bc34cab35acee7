/**
 * The shape of an organisation's classification data: its own cue words, which SLA policy each task
 * kind runs under, the limits its call machines use, and what the transcript deriver listens for (the
 * scripts that mark a step, the agent phrases that mark an action). Presets are data; this module
 * only reads them.
 *
 * @module
 */
import type { TaskKind } from '../model/enums.js';
import type { Script } from '../text/template.js';
import type { CallbackMachineOptions } from './callback-machine.js';
import type { CallMachineOptions } from './call-machine.js';
import type { LexiconAddition } from './lexicon.js';

/**
 * Steps of the call flow an organisation's scripts mark (rule: CALL-8).
 *
 * @example
 * ```ts
 * import { SCRIPT_STEPS } from 'kefu/classify';
 * SCRIPT_STEPS; // ['greet', 'verify', 'anything-else', 'close']
 * ```
 */
export const SCRIPT_STEPS = ['greet', 'verify', 'anything-else', 'close'] as const;

/**
 * A step of the call flow a script marks.
 *
 * @example
 * ```ts
 * import type { ScriptStep } from 'kefu/classify';
 * const step: ScriptStep = 'greet';
 * ```
 */
export type ScriptStep = (typeof SCRIPT_STEPS)[number];

/**
 * The scripts that mark each step, e.g. the greeting script marks `greet`. Script→step map of a preset.
 *
 * @example
 * ```ts
 * import type { ScriptSteps } from 'kefu/classify';
 * const steps: ScriptSteps = {
 *   greet: [{ id: 'demo-greet', rule: 'SCR-GREET', template: '您好，{company}为您服务', quote: '您好,示例燃气公司为您服务', source: 'house rules', gloss: 'Hello.' }],
 * };
 * ```
 */
export type ScriptSteps = { readonly [S in ScriptStep]?: readonly Script[] };

/**
 * What an agent's phrase can mark when no script has fixed words for it.
 *
 * @example
 * ```ts
 * import { AGENT_CUE_ROLES } from 'kefu/classify';
 * AGENT_CUE_ROLES.includes('dispatch'); // true
 * ```
 */
export const AGENT_CUE_ROLES = ['ask-name', 'ask-address', 'ask-phone', 'anything-else', 'close', 'dispatch', 'forward', 'defer', 'book', 'hand-over', 'hold-request'] as const;

/**
 * A role of an agent cue phrase.
 *
 * @example
 * ```ts
 * import type { AgentCueRole } from 'kefu/classify';
 * const role: AgentCueRole = 'hold-request';
 * ```
 */
export type AgentCueRole = (typeof AGENT_CUE_ROLES)[number];

/**
 * Agent phrases by role (派师傅 → dispatch, 请您稍等 → hold-request …), matched as plain substrings.
 *
 * @example
 * ```ts
 * import type { AgentCues } from 'kefu/classify';
 * const cues: AgentCues = { dispatch: ['派师傅'], close: ['再见'] };
 * ```
 */
export type AgentCues = { readonly [R in AgentCueRole]?: readonly string[] };

/**
 * An organisation's classification data.
 *
 * @example
 * ```ts
 * import type { ClassifyPreset } from 'kefu/classify';
 * const preset: ClassifyPreset = {
 *   id: 'demo-hotline',
 *   description: { zh: '示例燃气公司来电分类', en: 'Demo hotline call classification' },
 *   lexicon: { cues: { repair: ['自闭阀'] } },
 *   policies: { repair: 'demo-hotline/repair' },
 *   machine: { maxRings: 3 },
 *   agentCues: { dispatch: ['派师傅'], close: ['再见'] },
 * };
 * ```
 */
export interface ClassifyPreset {
  /** The preset id, e.g. `demo-hotline`. */
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
  /** Agent phrases the transcript deriver listens for; none without them. */
  readonly agentCues?: AgentCues;
  /** The organisation's scripts that mark each step of the call flow; none without them. */
  readonly steps?: ScriptSteps;
}

/**
 * The inbound call machine's options from an organisation's classification data: its limits plus its
 * policy map (when it has one).
 *
 * @example
 * ```ts
 * import { createCallMachine, callMachineOptions, type ClassifyPreset } from 'kefu/classify';
 * declare const preset: ClassifyPreset;
 * const machine = createCallMachine(callMachineOptions(preset));
 * ```
 */
export function callMachineOptions(preset: ClassifyPreset | undefined): CallMachineOptions {
  if (preset === undefined) return {};
  return { ...preset.machine, ...(preset.policies === undefined ? {} : { policies: preset.policies }) };
}

/**
 * The callback machine's options from an organisation's classification data: its scale, discount and
 * policy map.
 *
 * @example
 * ```ts
 * import { createCallbackMachine, callbackMachineOptions, type ClassifyPreset } from 'kefu/classify';
 * declare const preset: ClassifyPreset;
 * const machine = createCallbackMachine(callbackMachineOptions(preset));
 * ```
 */
export function callbackMachineOptions(preset: ClassifyPreset | undefined): CallbackMachineOptions {
  if (preset === undefined) return {};
  return { ...preset.callback, ...(preset.policies === undefined ? {} : { policies: preset.policies }) };
}
