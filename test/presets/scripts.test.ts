import { describe, it, expect } from 'vitest';
import { scriptsForRule } from '../../src/scripts/index.js';
import { normalizeText } from '../../src/text/normalize.js';
import { parseTemplate } from '../../src/text/template.js';
import { ALL_SCRIPTS, SCRIPTS, APPOINTMENT_STEPS, SATISFACTION_SCALE, presets } from '../../src/presets/index.js';

describe('the shipped scripts (rules: SCR-*)', () => {
  it('cover every SCR rule of DOMAIN', () => {
    expect([...new Set(ALL_SCRIPTS.map((s) => s.rule))].sort()).toEqual([
      'SCR-ANYTHING-ELSE',
      'SCR-AUTO',
      'SCR-CALLBACK',
      'SCR-CLOSE',
      'SCR-ENT',
      'SCR-GREET',
      'SCR-HALL',
      'SCR-HOLD',
      'SCR-VERIFY',
    ]);
    expect(scriptsForRule(ALL_SCRIPTS, 'SCR-CALLBACK').map((s) => s.id)).toEqual(['gas-callback-open', 'gas-callback-decline', 'gas-callback-close']);
  });

  it('are keyed by their own id and each preset carries shipped scripts', () => {
    for (const [key, script] of Object.entries(SCRIPTS)) expect(script.id).toBe(key);
    for (const preset of Object.values(presets)) for (const [key, script] of Object.entries(preset.scripts)) expect(SCRIPTS).toHaveProperty(key, script);
  });

  it('quote the seed: every fixed clause of a template occurs in the seed sentence kept in `quote`', () => {
    for (const script of ALL_SCRIPTS) {
      const quote = normalizeText(script.quote).text;
      for (const part of parseTemplate(script.template)) {
        if (part.kind !== 'text') continue;
        for (const clause of part.text.split(/[\p{P}\p{Z}]+/u)) {
          const n = normalizeText(clause).text;
          if (n !== '') expect(quote, `${script.id}: ${clause}`).toContain(n);
        }
      }
    }
  });

  it('keep the after-sales satisfaction scale and appointment steps (SCR-AUTO, S3 一 2, 六 2)', () => {
    expect(SATISFACTION_SCALE.map((l) => l.zh)).toEqual(['非常满意', '比较满意', '一般', '比较不满意', '非常不满意']);
    expect(SATISFACTION_SCALE.filter((l) => l.dissatisfied).map((l) => l.level)).toEqual([4, 5]);
    expect(APPOINTMENT_STEPS).toHaveLength(6);
  });
});
