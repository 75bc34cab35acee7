import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classify/classifier.js';
import { extendIntentModel, loadIntentModel, trainIntentModel, type IntentExample, type IntentModelData } from '../../src/classify/intent-model.js';
import { normalizeText } from '../../src/text/normalize.js';
import { SHIPPED_INTENT_MODEL } from '../../src/classify/model.js';
import { KefuError } from '../../src/model/error.js';
import { loadWriter, SHIPPED_TRAINING, WRITERS } from '../../scripts/intent-writers.js';

const toy: IntentExample[] = [
  { text: '漏气', label: 'emergency' },
  { text: '交费', label: 'business' },
];

describe('trainIntentModel', () => {
  it('counts each distinct n-gram once per example, per label', () => {
    const data = trainIntentModel(toy, { minCount: 1 });
    expect(data.labels).toEqual(['emergency', 'business']);
    expect(data.documents).toEqual([1, 1]);
    expect(data.totals).toEqual([3, 3]); // 漏, 气, 漏气 / 交, 费, 交费
    expect(data.vocabulary).toBe(6);
    expect(data.grams['漏气']).toEqual([1, 0]);
    expect(data.grams['费']).toEqual([0, 1]);
  });

  it('computes the smoothed posterior exactly', () => {
    // Text 漏: emergency 1 hit of (1+0.1)/(3+0.6), business (0+0.1)/(3+0.6); equal priors.
    const p = loadIntentModel(trainIntentModel(toy, { minCount: 1, smoothing: 0.1 })).predict('漏');
    expect(p.label).toBe('emergency');
    expect(p.probabilities['emergency']).toBeCloseTo(1.1 / 1.2, 12);
    expect(p.evidence).toEqual([{ gram: '漏', weight: Math.round(Math.log(11) * 100) / 100 }]);
  });

  it('drops n-grams seen fewer than minCount times but keeps the vocabulary for smoothing', () => {
    const data = trainIntentModel([...toy, { text: '漏水', label: 'repair' }], { minCount: 2 });
    expect(Object.keys(data.grams)).toEqual(['漏']);
    expect(data.vocabulary).toBe(8);
  });

  it('names the bad example or option in a KefuError', () => {
    expect(() => trainIntentModel([])).toThrow(KefuError);
    expect(() => trainIntentModel([{ text: 3, label: 'x' } as unknown as IntentExample])).toThrow(/examples\.0\.text must be a string/);
    expect(() => trainIntentModel(toy, { order: 9 })).toThrow(/options\.order must be at most 4/);
    expect(() => loadIntentModel({ ...trainIntentModel(toy), documents: [1] })).toThrow(/model\.documents must be 2 counts/);
  });

  it('never repeats a caller’s words in an error (REC-2): it names the value’s shape', () => {
    const secret = '我叫王小明电话13812345678';
    const errors: unknown[] = [];
    for (const bad of [[{ text: secret }], [{ text: secret, label: '' }], [secret]] as unknown as IntentExample[][]) {
      try {
        trainIntentModel(bad);
      } catch (error) {
        errors.push(error);
      }
    }
    try {
      extendIntentModel(trainIntentModel(toy), secret as unknown as IntentExample[]);
    } catch (error) {
      errors.push(error);
    }
    expect(errors).toHaveLength(4);
    for (const error of errors) {
      expect(error).toBeInstanceOf(KefuError);
      expect(JSON.stringify(error) + String(error)).not.toContain('13812345678');
    }
    try {
      trainIntentModel([secret] as unknown as IntentExample[]);
    } catch (error) {
      expect(error instanceof KefuError && error.issues[0]?.value).toBe('a string of 18 characters');
    }
  });
});

describe('extendIntentModel', () => {
  it('adds a host label and scales the base counts, without changing the base', () => {
    const base = trainIntentModel(toy, { minCount: 1 });
    const copy = structuredClone(base);
    const extended = extendIntentModel(base, [{ text: '买灶具', label: 'sales' }], { baseWeight: 0.5 });
    expect(base).toEqual(copy);
    expect(extended.labels).toEqual(['emergency', 'business', 'sales']);
    expect(extended.documents).toEqual([0.5, 0.5, 1]);
    expect(extended.grams['漏气']).toEqual([0.5, 0, 0]);
    expect(loadIntentModel(extended).predict('想买灶具').label).toBe('sales');
  });
});

describe('loaded model', () => {
  const model = loadIntentModel(SHIPPED_INTENT_MODEL);
  it('never throws on any string and its probabilities sum to 1', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const p = model.predict(text);
        const sum = Object.values(p.probabilities).reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(1, 9);
        expect(p.confidence).toBe(p.probabilities[p.label]);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  // The fast predictor (code-unit keys, open addressing) against the formula written plainly: the
  // distinct n-grams of the normalised text, summed log-likelihoods, softmax, top-5 evidence.
  function reference(data: IntentModelData, text: string) {
    const chars = Array.from(normalizeText(text).text);
    const grams = new Set<string>();
    for (let n = 1; n <= data.order; n++) for (let i = 0; i + n <= chars.length; i++) grams.add(chars.slice(i, i + n).join(''));
    const docs = data.documents.reduce((a, b) => a + b, 0);
    const scores = data.documents.map((d) => Math.log((d + data.smoothing) / (docs + data.smoothing * data.labels.length)));
    const hits = [...grams].filter((g) => Object.hasOwn(data.grams, g));
    const cell = (g: string, k: number) => Math.log(((data.grams[g]?.[k] ?? 0) + data.smoothing) / ((data.totals[k] ?? 0) + data.smoothing * data.vocabulary));
    for (const g of hits) scores.forEach((_, k) => (scores[k] = (scores[k] ?? 0) + cell(g, k)));
    const order = scores.map((v, k) => [v, k] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    const [best, second] = [order[0]?.[1] ?? 0, order[1]?.[1] ?? 0];
    const evidence = hits
      .map((gram) => ({ gram, weight: Math.round((cell(gram, best) - cell(gram, second)) * 100) / 100 }))
      .filter((e) => e.weight > 0)
      .sort((a, b) => b.weight - a.weight || (a.gram < b.gram ? -1 : 1))
      .slice(0, 5);
    return { label: data.labels[best], evidence };
  }

  it('predicts as the plain formula does, on any text, for the shipped model and an order-3 model', () => {
    const order3 = trainIntentModel(
      WRITERS.slice(0, 1)
        .flatMap((w) => loadWriter(w))
        .map((u) => ({ text: u.text, label: u.kind })),
      { order: 3, minCount: 1 },
    );
    const writers = WRITERS.flatMap((w) => loadWriter(w).slice(0, 40)).map((u) => u.text);
    for (const data of [SHIPPED_INTENT_MODEL, order3]) {
      const loaded = loadIntentModel(data);
      const texts = [...writers, '𠮷野家漏气𠮷', 'ａｂ燃气\u0000表', ''];
      for (const text of texts) expect({ label: loaded.predict(text).label, evidence: loaded.predict(text).evidence }).toEqual(reference(data, text));
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
          const p = loaded.predict(text);
          const r = reference(data, text);
          expect(p.evidence).toEqual(r.evidence);
          expect(p.probabilities[p.label]).toBeCloseTo(Math.max(...Object.values(p.probabilities)), 12);
          expect(loaded.predictNormalized(normalizeText(text).text)).toEqual(p);
        }),
        { numRuns: 200, seed: 11 },
      );
    }
  });

  it('the shipped data is what the training script makes from the writers (not stale)', () => {
    const examples = WRITERS.flatMap((w) => loadWriter(w)).map((u) => ({ text: u.text, label: u.kind }));
    expect(trainIntentModel(examples, SHIPPED_TRAINING)).toEqual(SHIPPED_INTENT_MODEL);
  });
});

describe('classifier with a model (CALL-2)', () => {
  const data = trainIntentModel(
    [
      { text: '家里漏气了味道很大', label: 'emergency' },
      { text: '漏气了快来', label: 'emergency' },
      { text: '怎么交燃气费', label: 'business' },
      { text: '燃气费在哪交', label: 'business' },
      { text: '报警器多少钱一个', label: 'consultation' },
      { text: '请问报警器在哪买', label: 'consultation' },
    ],
    { minCount: 1 },
  );
  const classifier = createClassifier(undefined, { model: loadIntentModel(data) });

  it("the model's emergency is urgent", () => {
    const r = classifier.classify('漏气了');
    expect([r.kind, r.priority, r.needsConfirmation]).toEqual(['emergency', 'urgent', false]);
    expect(r.model?.label).toBe('emergency');
  });

  it('a non-emergency label of the model decides the kind', () => {
    const r = classifier.classify('燃气费怎么交');
    expect([r.kind, r.priority]).toEqual(['business', 'normal']);
  });

  it('rejects an emergency threshold outside (0, 1] and a cue floor outside [0, 1]', () => {
    expect(() => createClassifier(undefined, { model: loadIntentModel(data), emergencyThreshold: 0 })).toThrow(/emergencyThreshold must be in \(0, 1\]/);
    expect(() => createClassifier(undefined, { model: loadIntentModel(data), emergencyCueFloor: 2 })).toThrow(/emergencyCueFloor must be in \[0, 1\]/);
  });
});

describe('unknown at low confidence', () => {
  const model = loadIntentModel(SHIPPED_INTENT_MODEL);
  const classifier = createClassifier(undefined, { model });
  it('an utterance the model is unsure of and no cue supports goes to a person', () => {
    const r = classifier.classify('那个谁在吗');
    expect((r.model?.confidence ?? 1) < 0.9).toBe(true);
    expect([r.kind, r.priority, r.needsConfirmation]).toEqual(['unknown', 'normal', false]);
  });

  it('so does one the model barely knows (喂？喂？, 嗯): fewer than 3 known n-grams is no reading, not the commonest label', () => {
    for (const text of ['喂？喂？', '嗯', '']) {
      const r = classifier.classify(text);
      expect((r.model?.grams ?? 0) < 3).toBe(true);
      expect(r.kind).toBe('unknown');
    }
  });

  it('never when danger is suggested, and never when a cue supports the guess', () => {
    expect(classifier.classify('那个谁在吗有点煤气味').kind).toBe('emergency');
    expect(classifier.classify('那个谁在吗我要投诉').kind).toBe('complaint');
  });

  it('unknownBelow 0 turns it off; outside [0, 1] it is refused', () => {
    expect(createClassifier(undefined, { model, unknownBelow: 0 }).classify('那个谁在吗').kind).not.toBe('unknown');
    expect(() => createClassifier(undefined, { model, unknownBelow: 2 })).toThrowError(/unknownBelow/);
  });
});
