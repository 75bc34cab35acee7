import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classify/classifier.js';
import { loadIntentModel } from '../../src/classify/intent-model.js';
import { SHIPPED_INTENT_MODEL } from '../../src/classify/model.js';

// Issue: classifying was quadratic in the number of cue matches (100 KB of 请问 took 14 s). Work is
// counted in steps (matcher transitions, positions and matches the cue indexes visit, n-grams the model
// reads), not time: 10× the text may cost at most 12× the steps, on the shapes that were quadratic.
const sized = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const classifier = createClassifier(undefined, { model: loadIntentModel(SHIPPED_INTENT_MODEL) });

describe('classification is linear in the text', () => {
  it.each([
    ['请问 everywhere', '请问'],
    ['negated emergency cues', '不漏气，'],
    ['negated without punctuation', '没有煤气味不漏气'],
    ['emergency cues', '我闻到煤气味'],
    ['questions about danger', '请问如果漏气怎么办'],
    ['cues inside neutral phrases', '打不着火'],
    ['an ordinary call', '您好我家燃气表不走了麻烦派师傅来看看谢谢'],
  ])('%s: 20 KB → 200 KB costs ≤ 12× the steps', (_, unit) => {
    const small = classifier.countSteps(sized(unit, 20_000));
    const large = classifier.countSteps(sized(unit, 200_000));
    expect(small).toBeGreaterThan(20_000);
    expect(large / small).toBeLessThanOrEqual(12);
  });

  it('counts steps of a transcript too, and the count grows with its turns', () => {
    const turn = { speaker: 'customer' as const, text: '请问如果漏气怎么办' };
    const few = classifier.countSteps({ turns: Array.from({ length: 100 }, () => turn) });
    const many = classifier.countSteps({ turns: Array.from({ length: 1000 }, () => turn) });
    expect(many / few).toBeGreaterThan(9);
    expect(many / few).toBeLessThanOrEqual(12);
  });

  it('counting steps does not change the result', () => {
    const text = sized('没有煤气味不漏气，请问如果漏气怎么办', 5_000);
    const plain = classifier.classify(text);
    classifier.countSteps(text);
    expect(classifier.classify(text)).toEqual(plain);
  });
});
