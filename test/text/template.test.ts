import { describe, it, expect, expectTypeOf } from 'vitest';
import { render, slotNames, type SlotName } from '../../src/text/template.js';
import { SCRIPTS, ALL_SCRIPTS, SCRIPTS_BY_PRESET, scriptsForRule, SATISFACTION_SCALE, APPOINTMENT_STEPS } from '../../src/scripts/catalog.js';
import { KefuError } from '../../src/model/error.js';
import { normalizeText } from '../../src/text/normalize.js';
import { parseTemplate } from '../../src/text/template.js';

describe('render', () => {
  it('fills the slots of SCR-GREET (S0 第十二条(四))', () => {
    expect(render(SCRIPTS['gas-greet'], { company: '阳泉市煤气公司', agentNo: '12' })).toBe('您好，阳泉市煤气公司12号客服员为您服务');
  });

  it('renders SCR-CLOSE and SCR-ANYTHING-ELSE verbatim (no slots)', () => {
    expect(render(SCRIPTS['gas-anything-else'], {})).toBe('您还有其他问题吗？');
    expect(render(SCRIPTS['gas-close'], {})).toBe('感谢您的来电，如果有问题，请您与我们联系，再见！');
  });

  it('renders SCR-CALLBACK closing with the hotline (S0 第十六条(四))', () => {
    expect(render(SCRIPTS['gas-callback-close'], { hotline: '0353-1234567' })).toBe(
      '感谢您对我们工作的支持，如您有关于燃气方面的问题可以随时拨打0353-1234567电话，再见！',
    );
  });

  it('infers slot names from the template literal at compile time', () => {
    expectTypeOf<SlotName<'您好，{company}{agentNo}号客服员为您服务'>>().toEqualTypeOf<'company' | 'agentNo'>();
    expectTypeOf<SlotName<'您还有其他问题吗？'>>().toEqualTypeOf<never>();
    // @ts-expect-error agentNum is not a slot of the greeting
    expect(() => render(SCRIPTS['gas-greet'], { company: 'x', agentNum: '1' })).toThrow(KefuError);
    // @ts-expect-error hotline is missing
    expect(() => render(SCRIPTS['gas-callback-close'], {})).toThrow(/slots\.hotline/);
  });

  it('throws missing_slot for a missing or blank value, naming the slot', () => {
    try {
      render('您好，{company}', { company: '  ' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KefuError);
      expect((error as KefuError).code).toBe('missing_slot');
      expect((error as KefuError).issues[0]?.path).toEqual(['slots', 'company']);
    }
  });

  it('rejects a value a closed slot does not allow (SCR-VERIFY: 先生/女士)', () => {
    expect(render(SCRIPTS['gas-verify'], { address: '桃园小区3号楼2单元101号', fullName: '王明', title: '先生' })).toBe('您是桃园小区3号楼2单元101号王明先生吗？');
    expect(() => render(SCRIPTS['gas-verify'], { address: 'x', fullName: 'y', title: '老板' })).toThrow(/slots\.title must be one of 先生, 女士/);
  });

  it('rejects malformed slot syntax instead of treating it as text', () => {
    expect(() => render('您好，{company', {} as never)).toThrow(/malformed slot/);
    expect(() => slotNames('{1x}')).toThrow(KefuError);
  });

  it('slotNames lists slots in order', () => {
    expect(slotNames(SCRIPTS['auto-appt-readback'])).toEqual(['surname', 'title', 'month', 'day', 'hour', 'minute', 'items', 'technician']);
  });
});

describe('the shipped scripts (rules: SCR-*)', () => {
  it('cover every SCR rule of DOMAIN', () => {
    expect([...new Set(ALL_SCRIPTS.map((s) => s.rule))].sort()).toEqual(
      ['SCR-ANYTHING-ELSE', 'SCR-AUTO', 'SCR-CALLBACK', 'SCR-CLOSE', 'SCR-ENT', 'SCR-GREET', 'SCR-HALL', 'SCR-HOLD', 'SCR-VERIFY'],
    );
    expect(scriptsForRule('SCR-CALLBACK').map((s) => s.id)).toEqual(['gas-callback-open', 'gas-callback-decline', 'gas-callback-close']);
  });

  it('are keyed by their own id and every preset list names existing scripts', () => {
    for (const [key, script] of Object.entries(SCRIPTS)) expect(script.id).toBe(key);
    for (const list of Object.values(SCRIPTS_BY_PRESET)) for (const id of list) expect(SCRIPTS).toHaveProperty(id);
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
