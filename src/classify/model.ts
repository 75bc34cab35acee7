/**
 * kefu/classify/model — the shipped intent model as data, on its own entry so that a host that
 * classifies with the lexicon alone (or with its own model) does not carry it (≈ 68 KB gzipped).
 *
 * @example
 * ```ts
 * import { createClassifier, loadIntentModel } from 'kefu/classify';
 * import { SHIPPED_INTENT_MODEL } from 'kefu/classify/model';
 * const classifier = createClassifier(undefined, { model: loadIntentModel(SHIPPED_INTENT_MODEL) });
 * classifier.classify('我家厨房那个管子被老鼠咬了个口子，嘶嘶地响').kind; // 'emergency'
 * ```
 * @module classify/model
 */
export { SHIPPED_INTENT_MODEL } from './intent-model-data.js';
