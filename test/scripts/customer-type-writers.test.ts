import { describe, expect, it } from 'vitest';
import { CUSTOMER_HELD_BACK, CUSTOMER_TUNING, evaluateCustomerTypes, loadCustomerWriter } from '../../scripts/customer-type-writers.js';

// inferCustomerType (TIP-1 … TIP-6) on records written independently of kefu. The floors are the
// measured figures rounded down: a fall below them is a regression, not noise (the function is
// deterministic). Held back: writer b, never read while choosing keywords.
describe('customer types on independently written records', () => {
  it('tuning writer a: at least 84% (185/220 measured)', () => {
    const e = evaluateCustomerTypes(CUSTOMER_TUNING.flatMap(loadCustomerWriter));
    expect(e.correct / e.total).toBeGreaterThanOrEqual(0.84);
  });

  it('held-back writer b: at least 70% (156/220 measured)', () => {
    const e = evaluateCustomerTypes(CUSTOMER_HELD_BACK.flatMap(loadCustomerWriter));
    expect(e.total).toBe(220);
    expect(e.correct / e.total).toBeGreaterThanOrEqual(0.7);
  });
});
