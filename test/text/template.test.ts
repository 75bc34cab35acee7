import { describe, it, expect, expectTypeOf } from 'vitest';
import { render, slotNames, type SlotName } from '../../src/text/template.js';
import { SCRIPTS } from '../../src/presets/scripts.js';
import { KefuError } from '../../src/model/error.js';

describe('render', () => {
  it('fills the slots of SCR-GREET (S0 第十二条(四))', () => {
    expect(render(SCRIPTS['gas-greet'], { company: '阳泉市煤气公司', agentNo: '12' })).toBe('您好，阳泉市煤气公司12号客服员为您服务');
  });

  it('renders SCR-CLOSE and SCR-ANYTHING-ELSE verbatim (no slots)', () => {
    expect(render(SCRIPTS['gas-anything-else'], {})).toBe('您还有其他问题吗？');
    expect(render(SCRIPTS['gas-close'], {})).toBe('感谢您的来电，如果有问题，请您与我们联系，再见！');
  });

  it('renders SCR-CALLBACK closing with the hotline (S0 第十六条(四))', () => {
    expect(render(SCRIPTS['gas-callback-close'], { hotline: '0353-1234567' })).toBe('感谢您对我们工作的支持，如您有关于燃气方面的问题可以随时拨打0353-1234567电话，再见！');
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
