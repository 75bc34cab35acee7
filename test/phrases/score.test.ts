import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SCORE_WEIGHTS, scoreDiagnostics } from '../../src/phrases/score.js';
import type { Diagnostic } from '../../src/phrases/types.js';

const finding = (ruleId: string, severity: 'warn' | 'error'): Diagnostic => ({ ruleId, severity, domainRules: [], message: { zh: '', en: '' }, suggestions: [] });

describe('scoreDiagnostics', () => {
  it('is 100 without findings and costs 10 per error, 3 per warning', () => {
    expect(scoreDiagnostics([])).toBe(100);
    expect(scoreDiagnostics([finding('a', 'error'), finding('b', 'warn')])).toBe(87);
  });
  it('caps one rule’s cost at 30 (errors) and 9 (warnings)', () => {
    expect(scoreDiagnostics(Array.from({ length: 10 }, () => finding('honorific-nin', 'warn')))).toBe(91);
    expect(scoreDiagnostics(Array.from({ length: 10 }, () => finding('forbidden-phrase', 'error')))).toBe(70);
  });
  it('never goes below 0 and takes custom weights', () => {
    const many = Array.from({ length: 20 }, (_, i) => finding(`r${i}`, 'error'));
    expect(scoreDiagnostics(many)).toBe(0);
    expect(scoreDiagnostics([finding('a', 'warn')], { ...DEFAULT_SCORE_WEIGHTS, warn: 2 })).toBe(98);
  });
  it('stays within 0–100 and never rises when a finding is added', () => {
    const f = fc.record({ ruleId: fc.constantFrom('a', 'b', 'c'), severity: fc.constantFrom('warn' as const, 'error' as const) }).map((x) => finding(x.ruleId, x.severity));
    fc.assert(
      fc.property(fc.array(f, { maxLength: 30 }), f, (list, extra) => {
        const score = scoreDiagnostics(list);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(scoreDiagnostics([...list, extra])).toBeLessThanOrEqual(score);
      }),
    );
  });
});
