/**
 * kefu/classify — what a call is about and where it stands.
 *
 * ## API
 * - `createClassifier(lexicon?, options?)` → `{ classify(textOrTranscript) }`: kind, priority,
 *   `needsConfirmation`, a score per kind and the evidence (cues with original offsets and turn).
 *   `classifyIntent(input, { preset?, lexicon? })` for one-off use. `DEFAULT_LEXICON`, `extendLexicon`.
 * - `trainIntentModel`, `extendIntentModel`, `loadIntentModel` — the learned layer (naive Bayes over
 *   character n-grams); pass a loaded model as the classifier's `model` option. The shipped model is
 *   the data of `kefu/classify/model`.
 * - `createCallMachine(options?)` — the inbound lifecycle (CALL-8): `initial`, `transition`,
 *   `allowedEvents`, `replay`, `snapshot`/`restore`, `toMermaid`; effects are data (tasks, escalation,
 *   due replies and callbacks, department notices, deviations from the standard order).
 * - `createCallbackMachine(options?)` — the outbound callback with the five-level satisfaction scale
 *   (its words are an organisation's `scale` option) and follow-up cases linked to the original (REC-3).
 * - `eventsFromTranscript(transcript, { preset })` / `createEventDeriver` — machine events from a
 *   transcript; the deriver steps the call machine and derives only what it allows next; the preset
 *   supplies the step scripts (`steps`) and agent phrases (`agentCues`) it listens for. The checker
 *   rule `flow-order` of `kefu/phrases` is built on them; `deviationMessage` words each deviation.
 * - `ClassifyPreset` — the shape of an organisation's classify data (`kefu/presets` ships six);
 *   `callMachineOptions(preset)`, `callbackMachineOptions(preset)` read the machines' options from it.
 *
 * @example
 * ```ts
 * import { createClassifier, createCallMachine } from 'kefu/classify';
 * const result = createClassifier().classify('我家里闻到很重的煤气味');
 * result.kind; // 'emergency'
 * result.priority; // 'urgent'
 * createCallMachine().allowedEvents(createCallMachine().initial()); // ['ring']
 * ```
 * @module classify
 */
export { createClassifier, classifyIntent } from './classifier.js';
export type { ClassifierOptions, ClassifyIntentOptions, IntentClassifier, IntentEvidence, IntentKind, IntentResult } from './classifier.js';
export { trainIntentModel, extendIntentModel, loadIntentModel } from './intent-model.js';
export type { IntentExample, IntentGramEvidence, IntentModel, IntentModelData, IntentPrediction, TrainIntentOptions } from './intent-model.js';
export { DEFAULT_LEXICON, extendLexicon } from './lexicon.js';
export type { Cue, CueLexicon, LexiconAddition } from './lexicon.js';
export { DEFAULT_HAZARDS } from './hazards.js';
export type { HazardPattern } from './hazards.js';
export {
  createCallMachine,
  defaultPriority,
  HOLDABLE_STATES,
  CALL_STATE_NAMES,
  CALL_EVENT_TYPES,
  COLLECT_FIELDS,
  DEVIATION_CODES,
  DEVIATION_RULES,
  CALL_MACHINE_VERSION,
} from './call-machine.js';
export type {
  CallContext,
  CallEffect,
  CallEvent,
  CallEventType,
  CallMachine,
  CallMachineOptions,
  CallOutcome,
  CallState,
  CallStateName,
  CollectField,
  DeviationCode,
  HoldableState,
  RecordingKind,
} from './call-machine.js';
export { createCallbackMachine, SATISFACTION_LEVELS, SATISFACTION_LEVEL_IDS, CALLBACK_STATE_NAMES, CALLBACK_EVENT_TYPES, CALLBACK_MACHINE_VERSION } from './callback-machine.js';
export type {
  CallbackContext,
  CallbackEffect,
  CallbackEvent,
  CallbackEventType,
  CallbackMachine,
  CallbackMachineOptions,
  CallbackOutcome,
  CallbackState,
  CallbackStateName,
  SatisfactionLevel,
  SatisfactionScale,
} from './callback-machine.js';
export type { MachineApi, MachineSnapshot, MachineState, MermaidOptions, ReplayResult, TransitionError, TransitionResult } from './machine-engine.js';
export { eventsFromTranscript, createEventDeriver } from './transcript-events.js';
export type { DerivedEvents, EventDeriver, EventsFromTranscriptOptions } from './transcript-events.js';
export { deviationMessage, CALL_STEP_NAMES_ZH } from './deviation-message.js';
export type { AgentCueRole, AgentCues, ClassifyPreset, ScriptStep, ScriptSteps } from './preset.js';
export { AGENT_CUE_ROLES, SCRIPT_STEPS, callMachineOptions, callbackMachineOptions } from './preset.js';
