import { describe, it, expect } from 'vitest';
import { compileMatcher } from '../../src/text/matcher.js';
import { compileCatalog } from '../../src/phrases/catalog/compile.js';
import { PHRASE_CATALOG } from '../../src/phrases/catalog/entries.js';

// Adversarial for failure links: every prefix of the text is a prefix of some pattern, but no pattern
// ever completes, so a naive matcher restarts at each position (quadratic) and Aho–Corasick must not.
const patterns = [
  { id: 'long', text: `${'不'.repeat(64)}知道` },
  { id: 'mid', text: `${'不'.repeat(16)}管` },
  { id: 'short', text: '不不知' },
];
const nearMisses = (length: number): string => '不'.repeat(length);
const mixed = (length: number): string => '不 不，不知'.repeat(Math.ceil(length / 6)).slice(0, length);

describe('linear-time scanning (automaton steps, not wall clock)', () => {
  for (const representation of ['dense', 'sparse'] as const) {
    it(`${representation}: steps grow linearly from 100 KB to 1 MB of repeated near-matches`, () => {
      const matcher = compileMatcher(patterns, { representation });
      const small = matcher.countSteps(nearMisses(100_000));
      const large = matcher.countSteps(nearMisses(1_000_000));
      // Each code unit costs one transition plus at most one amortised failure step.
      expect(small).toBeLessThanOrEqual(2 * 100_000);
      expect(large).toBeLessThanOrEqual(2 * 1_000_000);
      expect(large / small).toBeGreaterThan(9.9);
      expect(large / small).toBeLessThan(10.1);
    });

    it(`${representation}: steps stay proportional to length plus matches on near-matches that do complete`, () => {
      const matcher = compileMatcher(patterns, { representation });
      const text = mixed(1_000_000);
      const matches = matcher.scan(text).length;
      expect(matches).toBeGreaterThan(0);
      expect(matcher.countSteps(text)).toBeLessThanOrEqual(2 * text.length + matches);
    });
  }

  it('the shipped catalog keeps its context rules exact on a 1 MB turn of repeated near-misses', () => {
    const catalog = compileCatalog(PHRASE_CATALOG);
    const unit = '不管怎样我不知道您';
    const turn = unit.repeat(Math.floor(1_000_000 / unit.length));
    const counts = new Map<string, number>();
    for (const m of catalog.scan(turn)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    const repeats = turn.length / unit.length;
    // 不管 is always inside 不管怎样 and 不知道 always inside 不知道您: both excused; 我不知道 is not.
    expect(counts.get('forbid-01-b')).toBeUndefined();
    expect(counts.get('forbid-01-a')).toBeUndefined();
    expect(counts.get('refuse-02')).toBe(repeats);
  });
});
