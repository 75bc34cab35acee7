import { describe, expect, it } from 'vitest';
import { KefuError } from '../../src/model/error.js';
import { createChecker } from '../../src/phrases/index.js';
import { PRESET_IDS, getPreset, presets } from '../../src/presets/index.js';
import { createCalendar, validatePolicy } from '../../src/sla/index.js';

describe('presets', () => {
  it('ships one preset per organisation of the standards, keyed by its id', () => {
    expect(Object.keys(presets)).toEqual([...PRESET_IDS]);
    for (const id of PRESET_IDS) {
      const preset = presets[id];
      expect(preset.id).toBe(id);
      expect(preset.classify.id).toBe(id);
      expect(preset.lint.id).toBe(id);
    }
  });

  it.each(PRESET_IDS)('%s: its calendar builds, its policies validate and its checker compiles', (id) => {
    const preset = presets[id];
    expect(() => createCalendar(preset.sla.calendar)).not.toThrow();
    for (const policy of preset.sla.policies) expect(validatePolicy(policy)).toEqual(policy);
    expect(createChecker({ preset: preset.lint }).check({ turns: [] }).score).toBeLessThanOrEqual(100);
  });

  it.each(PRESET_IDS)('%s: every task kind the call machine maps to a policy names a policy of the same preset', (id) => {
    const preset = presets[id];
    const ids = new Set(preset.sla.policies.map((p) => p.id));
    for (const policyId of Object.values(preset.classify.policies)) expect(ids.has(policyId)).toBe(true);
  });

  it('maps gas-hotline repairs and emergencies to the HOT-SLA-1 policy', () => {
    expect(presets['gas-hotline'].classify.policies.repair).toBe('gas-hotline/repair');
    expect(presets['gas-hotline'].classify.policies.emergency).toBe('gas-hotline/repair');
    expect(presets['gas-hotline'].classify.policies['consultation-reply']).toBe('gas-hotline/consultation-reply');
  });

  it('presets are plain data that survive a JSON round trip', () => {
    for (const preset of Object.values(presets)) expect(JSON.parse(JSON.stringify(preset))).toEqual(preset);
  });

  it('getPreset finds a preset and names the known ids for an unknown one', () => {
    expect(getPreset('gas-service-hall')).toBe(presets['gas-service-hall']);
    expect(() => getPreset('bank-hotline')).toThrowError(KefuError);
    expect(() => getPreset('bank-hotline')).toThrowError(/preset "bank-hotline" is not one of gas-hotline, gas-service-hall/);
  });
});
