/**
 * The learned layer of intent classification: a multinomial naive Bayes model over character n-grams
 * of the normalised text. Lexicon cues miss what callers say in their own words; counts of short
 * character sequences, learned from labelled utterances, carry those words without anyone listing
 * them. The model is plain data (counts), so it is pure, deterministic, serialisable, explainable (the
 * n-grams that moved the decision) and extendable: naive Bayes counts add, so a host's own labelled
 * examples — with labels of its own, such as `sales` — extend a shipped model without retraining it.
 *
 * @module
 */
import { KefuError } from '../model/error.js';
import { normalizeText, type NormalizeOptions } from '../text/normalize.js';

/**
 * A labelled utterance to learn from.
 *
 * @example
 * ```ts
 * const example: IntentExample = { text: '灶台打不着火了', label: 'repair' };
 * ```
 */
export interface IntentExample {
  readonly text: string;
  /** A call kind, or a label of the host's own (e.g. `sales`). */
  readonly label: string;
}

/**
 * Options of {@link trainIntentModel}.
 *
 * @example
 * ```ts
 * const options: TrainIntentOptions = { order: 2, smoothing: 0.2, minCount: 2 };
 * ```
 */
export interface TrainIntentOptions {
  /** Longest n-gram, in characters of the normalised text (default 2: characters and their pairs). */
  readonly order?: number;
  /** Additive (Lidstone) smoothing of the n-gram counts (default 0.2). */
  readonly smoothing?: number;
  /** An n-gram seen fewer times than this over all examples is not kept (default 2; size, not accuracy). */
  readonly minCount?: number;
  /** Text normalisation before counting (e.g. a traditional→simplified converter). */
  readonly normalize?: NormalizeOptions;
}

/**
 * A trained model as plain, JSON-serialisable data. `grams` holds, per kept n-gram, how many examples
 * of each label (in `labels` order) contain it; `vocabulary` counts every n-gram seen, kept or not,
 * so that smoothing does not change when rare n-grams are dropped.
 *
 * @example
 * ```ts
 * import { trainIntentModel } from 'kefu/classify';
 * const data: IntentModelData = trainIntentModel([{ text: '漏气了', label: 'emergency' }], { minCount: 1 });
 * data.labels; // ['emergency']
 * ```
 */
export interface IntentModelData {
  readonly format: 'kefu-intent-nb/1';
  readonly labels: readonly string[];
  readonly order: number;
  readonly smoothing: number;
  readonly minCount: number;
  /** Examples per label. */
  readonly documents: readonly number[];
  /** N-gram occurrences per label (over all n-grams, kept or not). */
  readonly totals: readonly number[];
  readonly vocabulary: number;
  readonly grams: { readonly [gram: string]: readonly number[] };
}

/**
 * One n-gram's pull on the decision: how much more likely it made the winning label than the runner-up
 * (natural log).
 *
 * @example
 * ```ts
 * const g: IntentGramEvidence = { gram: '漏气', weight: 2.31 };
 * ```
 */
export interface IntentGramEvidence {
  readonly gram: string;
  readonly weight: number;
}

/**
 * What the model says about one text.
 *
 * @example
 * ```ts
 * const p: IntentPrediction = { label: 'repair', confidence: 0.93, probabilities: { repair: 0.93, consultation: 0.07 }, evidence: [], grams: 12 };
 * ```
 */
export interface IntentPrediction {
  readonly label: string;
  /** The winning label's posterior probability. */
  readonly confidence: number;
  readonly probabilities: { readonly [label: string]: number };
  /** The n-grams that favoured the label over the runner-up most, strongest first (at most 5). */
  readonly evidence: readonly IntentGramEvidence[];
  /**
   * How many distinct n-grams of the text the model knows. With none (嗯, an empty line) the label is
   * only the commonest label of the training data: the model has no view of this text.
   */
  readonly grams: number;
}

/**
 * A loaded model: log-probabilities computed once, `predict` linear in the text.
 *
 * @example
 * ```ts
 * import { loadIntentModel, trainIntentModel } from 'kefu/classify';
 * const model: IntentModel = loadIntentModel(trainIntentModel([{ text: '漏气', label: 'emergency' }, { text: '交费', label: 'business' }], { minCount: 1 }));
 * model.predict('家里漏气').label; // 'emergency'
 * ```
 */
export interface IntentModel {
  readonly data: IntentModelData;
  /** The normalisation the model applies before counting (the one it was loaded with). */
  readonly normalize: NormalizeOptions | undefined;
  /** The likeliest label of a text, with every label's probability and the n-grams behind it. */
  predict(text: string): IntentPrediction;
  /**
   * {@link IntentModel.predict} of a text already normalised with this model's `normalize`
   * (`normalizeText(text, model.normalize).text`): a classifier that has normalised the text for
   * its lexicon does not pay for it twice.
   */
  predictNormalized(normalized: string): IntentPrediction;
}

const FORMAT = 'kefu-intent-nb/1';
const MAX_ORDER = 4;
const EVIDENCE_SIZE = 5;

/**
 * What a bad argument is, not what it says: examples are callers' words (rule: REC-2, customer data is
 * confidential), so an error names the type and size of the value, never its text.
 */
function shapeOf(value: unknown): string {
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return `a string of ${value.length} characters`;
  return value === null ? 'null' : typeof value;
}

function invalid(path: string, message: string, value: unknown): KefuError {
  return new KefuError('invalid_input', `${path} ${message}`, [{ path: path.split('.'), message, value }]);
}

/** The distinct n-grams of a text, order 1..`order`, over its normalised characters. */
function gramsOf(text: string, order: number, normalize: NormalizeOptions | undefined): Set<string> {
  const characters = Array.from(normalizeText(text, normalize).text);
  const grams = new Set<string>();
  for (let n = 1; n <= order; n++) {
    for (let i = 0; i + n <= characters.length; i++) grams.add(characters.slice(i, i + n).join(''));
  }
  return grams;
}

function checkCount(path: string, value: unknown, { min, integer }: { min: number; integer: boolean }): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    throw invalid(path, `must be ${integer ? 'an integer' : 'a number'} ≥ ${min}`, value);
  }
  return value;
}

/**
 * Learn a model from labelled examples. Deterministic: the same examples in the same order give the
 * same data.
 *
 * @param examples - labelled utterances (at least one)
 * @param options - n-gram order, smoothing, pruning and normalisation
 * @returns the model as data, for {@link loadIntentModel} or to store as JSON
 * @throws KefuError `invalid_input` naming the example or option that is malformed
 * @example
 * ```ts
 * import { loadIntentModel, trainIntentModel } from 'kefu/classify';
 * const data = trainIntentModel(
 *   [
 *     { text: '我想买一台新的热水器', label: 'sales' },
 *     { text: '热水器坏了打不着', label: 'repair' },
 *   ],
 *   { minCount: 1 },
 * );
 * loadIntentModel(data).predict('想买个新的').label; // 'sales'
 * ```
 */
export function trainIntentModel(examples: readonly IntentExample[], options: TrainIntentOptions = {}): IntentModelData {
  const order = checkCount('options.order', options.order ?? 2, { min: 1, integer: true });
  if (order > MAX_ORDER) throw invalid('options.order', `must be at most ${MAX_ORDER}`, order);
  const smoothing = checkCount('options.smoothing', options.smoothing ?? 0.2, { min: Number.MIN_VALUE, integer: false });
  const minCount = checkCount('options.minCount', options.minCount ?? 2, { min: 1, integer: true });
  if (!Array.isArray(examples) || examples.length === 0) throw invalid('examples', 'must be a non-empty array of { text, label }', shapeOf(examples));
  return countInto(emptyData(order, smoothing, minCount), examples, 1, options.normalize);
}

function emptyData(order: number, smoothing: number, minCount: number): IntentModelData {
  return { format: FORMAT, labels: [], order, smoothing, minCount, documents: [], totals: [], vocabulary: 0, grams: {} };
}

/** Counts of `base` scaled by `baseWeight`, plus `examples`, pruned by `minCount`. */
function countInto(base: IntentModelData, examples: readonly IntentExample[], baseWeight: number, normalize: NormalizeOptions | undefined): IntentModelData {
  const labels = [...base.labels];
  const documents = base.documents.map((n) => n * baseWeight);
  const totals = base.totals.map((n) => n * baseWeight);
  const grams = new Map<string, number[]>(Object.entries(base.grams).map(([gram, counts]) => [gram, counts.map((n) => n * baseWeight)]));
  let vocabulary = base.vocabulary;
  const seen = new Set(Object.keys(base.grams));
  examples.forEach((example, index) => {
    if (typeof example !== 'object' || example === null) throw invalid(`examples.${index}`, 'must be { text, label }', shapeOf(example));
    const { text, label } = example;
    if (typeof text !== 'string') throw invalid(`examples.${index}.text`, 'must be a string', shapeOf(text));
    if (typeof label !== 'string' || label === '') throw invalid(`examples.${index}.label`, 'must be a non-empty string', label);
    let k = labels.indexOf(label);
    if (k < 0) {
      k = labels.push(label) - 1;
      documents.push(0);
      totals.push(0);
      for (const counts of grams.values()) counts.push(0);
    }
    documents[k] = (documents[k] ?? 0) + 1;
    for (const gram of gramsOf(text, base.order, normalize)) {
      let counts = grams.get(gram);
      if (counts === undefined) {
        counts = labels.map(() => 0);
        grams.set(gram, counts);
      }
      if (!seen.has(gram)) {
        seen.add(gram);
        vocabulary++;
      }
      counts[k] = (counts[k] ?? 0) + 1;
      totals[k] = (totals[k] ?? 0) + 1;
    }
  });
  const kept: Record<string, readonly number[]> = {};
  // A gram the base kept stays (scaling its counts must not prune it); a new one needs minCount.
  for (const [gram, counts] of grams) if (Object.hasOwn(base.grams, gram) || counts.reduce((a, b) => a + b, 0) >= base.minCount) kept[gram] = counts;
  return { format: FORMAT, labels, order: base.order, smoothing: base.smoothing, minCount: base.minCount, documents, totals, vocabulary, grams: kept };
}

/**
 * Add a host's labelled examples to a model (naive Bayes counts add), optionally weighing the
 * existing counts less — e.g. `0.5` to let a centre's own calls count double against the shipped ones.
 * New labels are welcome.
 *
 * @param data - a model's data (shipped or trained)
 * @param examples - the host's labelled utterances
 * @param options - `baseWeight` (0 < w ≤ 1, default 1) scales the existing counts
 * @returns new model data; `data` is not changed
 * @throws KefuError `invalid_input` naming the malformed example, option or model field
 * @example
 * ```ts
 * import { extendIntentModel, loadIntentModel, trainIntentModel } from 'kefu/classify';
 * const base = trainIntentModel([{ text: '燃气表坏了', label: 'repair' }], { minCount: 1 });
 * const extended = extendIntentModel(base, [{ text: '我想买新灶具', label: 'sales' }]);
 * extended.labels; // ['repair', 'sales']
 * loadIntentModel(extended).predict('买灶具').label; // 'sales'
 * ```
 */
export function extendIntentModel(
  data: IntentModelData,
  examples: readonly IntentExample[],
  options: { readonly baseWeight?: number; readonly normalize?: NormalizeOptions } = {},
): IntentModelData {
  checkData(data);
  const baseWeight = checkCount('options.baseWeight', options.baseWeight ?? 1, { min: Number.MIN_VALUE, integer: false });
  if (baseWeight > 1) throw invalid('options.baseWeight', 'must be at most 1', baseWeight);
  if (!Array.isArray(examples)) throw invalid('examples', 'must be an array of { text, label }', shapeOf(examples));
  return countInto(data, examples, baseWeight, options.normalize);
}

function checkData(data: IntentModelData): void {
  if (typeof data !== 'object' || data === null) throw invalid('model', 'must be intent model data', data);
  if (data.format !== FORMAT) throw invalid('model.format', "must be 'kefu-intent-nb/1'", data.format);
  const labels: unknown = data.labels;
  if (!Array.isArray(labels) || labels.length === 0 || !labels.every((l) => typeof l === 'string')) throw invalid('model.labels', 'must be a non-empty array of strings', labels);
  const width = labels.length;
  const order = checkCount('model.order', data.order, { min: 1, integer: true });
  if (order > MAX_ORDER) throw invalid('model.order', `must be at most ${MAX_ORDER}`, order);
  checkCount('model.smoothing', data.smoothing, { min: Number.MIN_VALUE, integer: false });
  checkCount('model.minCount', data.minCount, { min: 1, integer: true });
  checkCount('model.vocabulary', data.vocabulary, { min: 1, integer: false });
  for (const field of ['documents', 'totals'] as const) {
    const counts: unknown = data[field];
    if (!Array.isArray(counts) || counts.length !== width) throw invalid(`model.${field}`, `must be ${width} counts, one per label`, counts);
    counts.forEach((n: unknown, i) => checkCount(`model.${field}.${i}`, n, { min: 0, integer: false }));
  }
  if (typeof data.grams !== 'object' || data.grams === null) throw invalid('model.grams', 'must be an object of counts per n-gram', data.grams);
  for (const [gram, counts] of Object.entries(data.grams)) {
    if (!Array.isArray(counts) || counts.length !== width || !counts.every((n) => typeof n === 'number' && n >= 0)) {
      throw invalid(`model.grams.${gram}`, `must be ${width} non-negative counts`, counts);
    }
  }
}

/**
 * Check model data and prepare it for prediction (log-probabilities computed once).
 *
 * @param data - model data from {@link trainIntentModel}, {@link extendIntentModel} or `kefu/classify/model`
 * @param options - the normalisation used when the model was trained
 * @returns the model
 * @throws KefuError `invalid_input` naming the malformed field
 * @example
 * ```ts
 * import { loadIntentModel } from 'kefu/classify';
 * import { SHIPPED_INTENT_MODEL } from 'kefu/classify/model';
 * loadIntentModel(SHIPPED_INTENT_MODEL).predict('燃气表不走字了').label; // 'repair'
 * ```
 */
export function loadIntentModel(data: IntentModelData, options: { readonly normalize?: NormalizeOptions } = {}): IntentModel {
  checkData(data);
  const width = data.labels.length;
  const documentsTotal = data.documents.reduce((a, b) => a + b, 0);
  const prior = data.documents.map((n) => Math.log((n + data.smoothing) / (documentsTotal + data.smoothing * width)));
  // Per kept n-gram, its smoothed log-likelihood under each label: row r of `table`. An n-gram absent
  // from the table (never seen, or pruned) is left out of the sum for every label, as words outside a
  // vocabulary are.
  const grams = Object.entries(data.grams);
  const table = new Float64Array(grams.length * width);
  const texts: string[] = [];
  // Characters and pairs of basic-plane characters live in one open-addressing table keyed by their
  // UTF-16 units (a pair's first unit is never 0, so the two key ranges cannot meet); anything else
  // (astral characters, longer n-grams) in a Map by text. A lookup is then a multiply and a probe.
  const keyed: { key: number; row: number }[] = [];
  const byText = new Map<string, number>();
  grams.forEach(([gram, counts], r) => {
    for (let k = 0; k < width; k++) {
      const total = data.totals[k] ?? 0;
      table[r * width + k] = Math.log(((counts[k] ?? 0) + data.smoothing) / (total + data.smoothing * data.vocabulary));
    }
    texts.push(gram);
    const key = unitKey(gram);
    if (key === undefined) byText.set(gram, r);
    else keyed.push({ key, row: r });
  });
  let bits = 4;
  while (1 << bits < keyed.length * 2) bits++;
  const mask = (1 << bits) - 1;
  const shift = 32 - bits;
  const slotKeys = new Uint32Array(1 << bits);
  const slotRows = new Int32Array(1 << bits).fill(-1);
  for (const { key, row } of keyed) {
    let slot = Math.imul(key, HASH) >>> shift;
    while (slotRows[slot] !== -1) slot = (slot + 1) & mask;
    slotKeys[slot] = key;
    slotRows[slot] = row;
  }
  const lookup = (key: number): number => {
    for (let slot = Math.imul(key, HASH) >>> shift; ; slot = (slot + 1) & mask) {
      const row = slotRows[slot] ?? -1;
      if (row === -1 || slotKeys[slot] === key) return row;
    }
  };
  const order = data.order;
  const seenIn = new Int32Array(grams.length);
  let predictions = 0;

  const predictNormalized = (text: string): IntentPrediction => {
    if (typeof text !== 'string') throw invalid('text', 'must be a string', typeof text);
    const scores = Float64Array.from(prior);
    // The distinct n-grams that the table holds, each counted once (as in training). `seenIn` marks a
    // row with the number of the prediction that last counted it: a scratch array that no result
    // depends on, which spares a Set per prediction.
    if (++predictions === 0x7fffffff) {
      seenIn.fill(0);
      predictions = 1;
    }
    const stamp = predictions;
    const hit: number[] = [];
    const add = (r: number): void => {
      if (r === -1 || seenIn[r] === stamp) return;
      seenIn[r] = stamp;
      hit.push(r);
      for (let k = 0; k < width; k++) scores[k] = (scores[k] ?? 0) + (table[r * width + k] ?? 0);
    };
    // Basic-plane text (nearly all Chinese) is read by UTF-16 unit; other text by code point.
    const basic = !SURROGATE.test(text);
    const points = basic ? undefined : Array.from(text);
    const length = points === undefined ? text.length : points.length;
    for (let n = 1; n <= order; n++) {
      for (let i = 0; i + n <= length; i++) {
        if (basic && n <= 2) {
          const first = text.charCodeAt(i);
          add(lookup(n === 1 ? first : first * 0x10000 + text.charCodeAt(i + 1)));
        } else {
          const gram = points === undefined ? text.slice(i, i + n) : points.slice(i, i + n).join('');
          const key = unitKey(gram);
          add(key === undefined ? (byText.get(gram) ?? -1) : lookup(key));
        }
      }
    }
    let best = 0;
    let second = width > 1 ? 1 : 0;
    if (width > 1 && (scores[1] ?? 0) > (scores[0] ?? 0)) [best, second] = [1, 0];
    for (let k = 2; k < width; k++) {
      const s = scores[k] ?? 0;
      if (s > (scores[best] ?? 0)) [best, second] = [k, best];
      else if (s > (scores[second] ?? 0)) second = k;
    }
    const top = scores[best] ?? 0;
    let sum = 0;
    for (let k = 0; k < width; k++) sum += Math.exp((scores[k] ?? 0) - top);
    const probabilities: Record<string, number> = {};
    data.labels.forEach((label, k) => (probabilities[label] = Math.exp((scores[k] ?? 0) - top) / sum));
    const label = data.labels[best] ?? '';
    return { label, confidence: probabilities[label] ?? 0, probabilities, evidence: strongest(hit, (r, k) => table[r * width + k] ?? 0, texts, best, second), grams: hit.length };
  };

  const predict = (text: string): IntentPrediction => {
    if (typeof text !== 'string') throw invalid('text', 'must be a string', typeof text);
    return predictNormalized(normalizeText(text, options.normalize).text);
  };

  return { data, normalize: options.normalize, predict, predictNormalized };
}

// Knuth's multiplicative hash constant (2³² / φ).
const HASH = 0x9e3779b1;

/** The table key of a gram of one or two basic-plane characters (first unit never 0), else undefined. */
function unitKey(gram: string): number | undefined {
  const a = gram.charCodeAt(0);
  if (gram.length === 1 && !isSurrogate(a)) return a;
  const b = gram.charCodeAt(1);
  if (gram.length === 2 && a !== 0 && !isSurrogate(a) && !isSurrogate(b)) return a * 0x10000 + b;
  return undefined;
}

const isSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdfff;
const SURROGATE = /[\ud800-\udfff]/;

/** The n-grams that favoured `best` over `second` most, strongest first (ties by n-gram text). */
function strongest(rows: Iterable<number>, cell: (row: number, label: number) => number, texts: readonly string[], best: number, second: number): IntentGramEvidence[] {
  const top: IntentGramEvidence[] = [];
  for (const r of rows) {
    const weight = Math.round((cell(r, best) - cell(r, second)) * 100) / 100;
    const last = top[EVIDENCE_SIZE - 1];
    if (weight <= 0 || (last !== undefined && weight < last.weight)) continue;
    const gram = texts[r] ?? '';
    let at = top.length;
    while (at > 0) {
      const before = top[at - 1];
      if (before === undefined || before.weight > weight || (before.weight === weight && before.gram < gram)) break;
      at--;
    }
    if (at < EVIDENCE_SIZE) {
      top.splice(at, 0, { gram, weight });
      if (top.length > EVIDENCE_SIZE) top.pop();
    }
  }
  return top;
}
