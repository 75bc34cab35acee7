import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classify/classifier.js';
import { extendIntentModel, loadIntentModel, trainIntentModel, type IntentExample } from '../../src/classify/intent-model.js';
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
