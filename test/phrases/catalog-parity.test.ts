import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../src/phrases/catalog/compile.js';
import { PHRASE_CATALOG } from '../../src/phrases/catalog/entries.js';
import { createChecker } from '../../src/phrases/checker.js';

// One catalog semantics: the checker's forbidden-phrase rule and compileCatalog over the same entries
// find the same phrases at the same places (rule: PHR-FORBID, PHR-FORBID-2).
const FORBIDDEN = PHRASE_CATALOG.filter((e) => e.kind === 'forbidden' && (e.rule === 'PHR-FORBID' || e.rule === 'PHR-FORBID-2'));
const catalog = compileCatalog(FORBIDDEN);
const checker = createChecker({ rules: { 'forbidden-phrase': 'error' } });

function viaChecker(text: string): string[] {
  const result = checker.check({ turns: [{ speaker: 'agent', text }] });
  return result.diagnostics.flatMap((d) => (d.ruleId === 'forbidden-phrase' && d.range !== undefined ? [`${d.range.start}-${d.range.end}`] : []));
}
function viaCatalog(text: string): string[] {
  return catalog.scan(text).map((m) => `${m.start}-${m.end}`);
}

describe('one catalog semantics', () => {
  it('这个我不知道 is one finding, refuse-02, in both (was refuse-02 + forbid-01-a in compileCatalog)', () => {
    expect(catalog.scan('这个我不知道').map((m) => m.id)).toEqual(['refuse-02']);
    expect(viaChecker('这个我不知道')).toEqual(['2-6']);
  });

  it('the rule and compileCatalog agree on any mix of catalog phrases, contexts and noise', () => {
    const pieces = [...FORBIDDEN.flatMap((e) => [e.text, ...(e.variants ?? []), ...(e.unless ?? [])]), '，', ' ', '好的', '您', '这个', '。'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(viaChecker(text)).toEqual(viaCatalog(text));
      }),
      { numRuns: 300 },
    );
  });
});
