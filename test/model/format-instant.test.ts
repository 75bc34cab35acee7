import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant, instantMs, instantOffset, KefuError } from '../../src/model/index.js';

describe('formatInstant and instantOffset', () => {
  it.each([
    [1790755200000, 480, '2026-09-30T16:00:00+08:00'],
    [1790755200000, 0, '2026-09-30T08:00:00Z'],
    [1790755200500, -300, '2026-09-30T03:00:00.500-05:00'],
    [1790755200000, 345, '2026-09-30T13:45:00+05:45'],
  ])('%d at %d → %s', (ms, offset, text) => {
    expect(formatInstant(ms, offset)).toBe(text);
    expect(instantOffset(text)).toBe(offset);
  });

  it('written text reads back to the same instant and offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), fc.integer({ min: -1439, max: 1439 }), (ms, offset) => {
        const text = formatInstant(ms, offset);
        expect(instantMs(text)).toBe(ms);
        expect(instantOffset(text)).toBe(offset);
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('names a bad argument', () => {
    expect(() => formatInstant(Number.NaN)).toThrowError(KefuError);
    expect(() => formatInstant(0, 1440)).toThrowError(/offsetMinutes/);
    expect(instantOffset('2026-09-30T16:00:00')).toBeUndefined();
  });
});
