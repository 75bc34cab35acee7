import { describe, expect, it } from 'vitest';
import { DEFAULT_HAZARDS, DEFAULT_LEXICON } from '../../src/classify/index.js';
import { deepFrozen } from '../../src/model/index.js';
import { createChecker, PHRASE_CATALOG, recommended } from '../../src/phrases/index.js';
import { gasHotline, gasHotlineClassify, gasHotlineLint, presets } from '../../src/presets/index.js';
import { DEFAULT_CUSTOMER_TYPE_KEYWORDS } from '../../src/scripts/index.js';

// Shared data is read by every checker and classifier a host builds: one host line must not change
// them all (issue: presets['gas-hotline'].lint.rules['forbidden-phrase'] = 'off').
const isDeepFrozen = (value: unknown): boolean =>
  typeof value !== 'object' || value === null || '_zod' in value || (Object.isFrozen(value) && Object.values(value).every(isDeepFrozen));

describe('shared data is frozen all the way down', () => {
  it.each([
    ['presets', presets],
    ['gasHotline', gasHotline],
    ['gasHotlineLint', gasHotlineLint],
    ['gasHotlineClassify', gasHotlineClassify],
    ['recommended', recommended],
    ['PHRASE_CATALOG', PHRASE_CATALOG],
    ['DEFAULT_LEXICON', DEFAULT_LEXICON],
    ['DEFAULT_HAZARDS', DEFAULT_HAZARDS],
    ['DEFAULT_CUSTOMER_TYPE_KEYWORDS', DEFAULT_CUSTOMER_TYPE_KEYWORDS],
  ])('%s', (_, value) => {
    expect(isDeepFrozen(value)).toBe(true);
  });

  it('an assignment throws (modules are strict) and later checkers are unchanged', () => {
    const rules = presets['gas-hotline'].lint.rules as Record<string, unknown>;
    expect(() => {
      rules['forbidden-phrase'] = 'off';
    }).toThrowError(TypeError);
    const result = createChecker({ preset: presets['gas-hotline'].lint }).check({ turns: [{ speaker: 'agent', text: '这个我不知道' }] });
    expect(result.diagnostics.some((d) => d.ruleId === 'forbidden-phrase')).toBe(true);
  });

  it('deepFrozen leaves zod schemas and functions alone and returns its argument', () => {
    const data = { list: [{ a: 1 }], fn: () => 1 };
    expect(deepFrozen(data)).toBe(data);
    expect(Object.isFrozen(data.list[0])).toBe(true);
  });
});
