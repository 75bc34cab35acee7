/**
 * The independently written caller utterances of test/fixtures/intents/writers, read for training and
 * evaluation, and the evaluation itself (counting, precision, recall), shared by the evaluation script
 * and the test that holds the figures. Writers a, b, f and g are the tuning groups; c, d and e are held back.
 */
import { readFileSync } from 'node:fs';
import {
  createClassifier,
  DEFAULT_LEXICON,
  extendLexicon,
  loadIntentModel,
  trainIntentModel,
  type ClassifierOptions,
  type IntentClassifier,
  type IntentKind,
  type IntentModel,
} from '../src/classify/index.js';
import { CALL_KINDS, type CallKind } from '../src/model/index.js';
import { getPreset, PRESET_IDS, type PresetId } from '../src/presets/index.js';

export interface Utterance {
  readonly id: string;
  readonly org: PresetId;
  readonly kind: CallKind;
  readonly text: string;
}

export const WRITERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export type Writer = (typeof WRITERS)[number];
export const TUNING: readonly Writer[] = ['a', 'b', 'f', 'g'];
export const HELD_BACK: readonly Writer[] = WRITERS.filter((w) => !TUNING.includes(w));

/** The training settings of the shipped model, chosen by training on one tuning writer and testing on the other. */
export const SHIPPED_TRAINING: { readonly order: number; readonly smoothing: number; readonly minCount: number } = { order: 2, smoothing: 0.1, minCount: 1 };

function isUtterance(value: unknown): value is Utterance {
  if (typeof value !== 'object' || value === null) return false;
  const { id, org, kind, text } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof text === 'string' && PRESET_IDS.some((p) => p === org) && CALL_KINDS.some((k) => k === kind);
}

export function loadWriter(writer: Writer): Utterance[] {
  const url = new URL(`../test/fixtures/intents/writers/writer-${writer}.jsonl`, import.meta.url);
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const value: unknown = JSON.parse(line);
      if (!isUtterance(value)) throw new Error(`writer-${writer}.jsonl line ${i + 1} is not { id, org, kind, text } with a known org and kind`);
      return value;
    });
}

/** Rows: the writer's label; columns: the classifier's answer, `unknown` included. */
export type Matrix = Record<CallKind, Record<IntentKind, number>>;

/** The classifier's answers, in column order. */
export const ANSWERS: readonly IntentKind[] = [...CALL_KINDS, 'unknown'];

export const emptyMatrix = (): Matrix => {
  const row = (): Record<IntentKind, number> => ({ consultation: 0, repair: 0, emergency: 0, complaint: 0, callback: 0, appointment: 0, invitation: 0, business: 0, unknown: 0 });
  return { consultation: row(), repair: row(), emergency: row(), complaint: row(), callback: row(), appointment: row(), invitation: row(), business: row() };
};

export function trainOn(writers: readonly Writer[], options: Partial<typeof SHIPPED_TRAINING> = {}): IntentModel {
  return loadIntentModel(
    trainIntentModel(
      writers.flatMap((w) => loadWriter(w)).map((u) => ({ text: u.text, label: u.kind })),
      { ...SHIPPED_TRAINING, ...options },
    ),
  );
}

/** Classify each utterance with its organisation's lexicon (as `classifyIntent` applies a preset) and count. */
export function evaluate(items: readonly Utterance[], model: IntentModel | undefined, options: Omit<ClassifierOptions, 'model'> = {}): Matrix {
  const matrix = emptyMatrix();
  const classifiers = new Map<string, IntentClassifier>();
  for (const u of items) {
    let classifier = classifiers.get(u.org);
    if (classifier === undefined) {
      classifier = createClassifier(extendLexicon(DEFAULT_LEXICON, getPreset(u.org).classify.lexicon), { ...options, ...(model === undefined ? {} : { model }) });
      classifiers.set(u.org, classifier);
    }
    matrix[u.kind][classifier.classify(u.text).kind]++;
  }
  return matrix;
}

export function add(into: Matrix, m: Matrix): Matrix {
  for (const a of CALL_KINDS) for (const p of ANSWERS) into[a][p] += m[a][p];
  return into;
}

export interface KindStats {
  readonly kind: CallKind;
  readonly n: number;
  readonly precision: number | null;
  readonly recall: number | null;
}

/** Accuracy (an `unknown` counts as not right) and each kind's precision and recall. */
export function stats(m: Matrix): { total: number; accuracy: number | null; unknown: number; perKind: KindStats[] } {
  let total = 0;
  let right = 0;
  let unknown = 0;
  const perKind = CALL_KINDS.map((k) => {
    const tp = m[k][k];
    const actual = ANSWERS.reduce((n, p) => n + m[k][p], 0);
    const predicted = CALL_KINDS.reduce((n, a) => n + m[a][k], 0);
    total += actual;
    right += tp;
    unknown += m[k].unknown;
    return { kind: k, n: actual, precision: predicted === 0 ? null : tp / predicted, recall: actual === 0 ? null : tp / actual };
  });
  return { total, accuracy: total === 0 ? null : right / total, unknown, perKind };
}
