import { describe, expect, it } from 'vitest';
import { KefuError } from '../../src/model/error.js';
import { createChecker } from '../../src/phrases/index.js';
import { AFTERSALES_CALLBACK_DAYS, PRESET_IDS, PresetSchema, getPreset, presets } from '../../src/presets/index.js';
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

  it.each(PRESET_IDS)('%s: is ONE data object the preset schema accepts, with its own scripts, agent cues and step scripts', (id) => {
    const preset = presets[id];
    expect(PresetSchema.safeParse(preset).success).toBe(true);
    expect(Object.keys(preset.classify.agentCues).length).toBeGreaterThan(0);
    expect(preset.classify.steps.greet?.length).toBeGreaterThan(0);
    expect(preset.classify.steps.close?.length).toBeGreaterThan(0);
  });

  it('each organisation marks the call-flow steps with its own scripts (rules: SCR-GREET, SCR-CLOSE, SCR-ENT, SCR-AUTO, SCR-HALL)', () => {
    const greets = Object.fromEntries(PRESET_IDS.map((id) => [id, presets[id].classify.steps.greet?.map((s) => s.id)]));
    expect(greets).toEqual({
      'gas-hotline': ['gas-greet'],
      'gas-service-hall': ['hall-greet', 'hall-welcome'],
      'auto-aftersales': ['auto-appt-greet'],
      'property-management': ['gas-greet'],
      'enterprise-hotline': ['ent-greet'],
      'equipment-support': ['gas-greet'],
    });
    for (const id of ['gas-hotline', 'gas-service-hall', 'auto-aftersales', 'enterprise-hotline'] as const) {
      for (const scripts of Object.values(presets[id].classify.steps)) for (const script of scripts ?? []) expect(presets[id].scripts).toHaveProperty(script.id, script);
    }
  });

  it('the after-sales centre: 3-day callback policy (AUTO-SLA-4), 20% off for an adopted suggestion (S3 六3) and its five-level scale', () => {
    const auto = presets['auto-aftersales'];
    expect(auto.sla.policies.find((p) => p.id === 'auto-aftersales/repair')?.targets.find((t) => t.id === 'callback')?.limit).toEqual({
      duration: { days: AFTERSALES_CALLBACK_DAYS },
      clock: 'calendar',
      counting: 'civil-code',
    });
    expect(AFTERSALES_CALLBACK_DAYS).toBe(3);
    expect(auto.classify.callback?.adoptedSuggestionDiscount).toBe(0.2);
    expect(auto.classify.callback?.scale?.map((l) => l.zh)).toEqual(['非常满意', '比较满意', '一般', '比较不满意', '非常不满意']);
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
