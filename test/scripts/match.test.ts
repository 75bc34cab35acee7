import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compileScript, compileScripts, matchScript } from '../../src/scripts/match.js';
import { render, slotNames, slotSpecOf, DEFAULT_SLOT_MAX_LENGTH } from '../../src/text/template.js';
import { SCRIPTS, ALL_SCRIPTS } from '../../src/presets/scripts.js';
import { normalizeText } from '../../src/text/normalize.js';
import { KefuError } from '../../src/model/error.js';

const all = compileScripts(ALL_SCRIPTS);

describe('compileScripts', () => {
  it('recognises SCR-GREET with unknown slots, tolerating spaces, punctuation and a filler', () => {
    const text = '您好，阳泉市煤气公司，嗯，12 号客服员为您服务。';
    const found = all.find(text).filter((m) => m.scriptId === 'gas-greet');
    expect(found).toEqual([
      { scriptId: 'gas-greet', rule: 'SCR-GREET', start: 0, end: 24, normalizedStart: 0, normalizedEnd: 20, slots: { 'company+agentNo': '阳泉市煤气公司，嗯，12' } },
    ]);
  });

  it('with known slot values, the slot must be that value and the rest is captured', () => {
    const greet = compileScript(SCRIPTS['gas-greet'], { slots: { company: '阳泉市煤气公司' } });
    expect(greet.find('您好，阳泉市煤气公司 12 号客服员，为您服务')[0]?.slots).toEqual({ company: '阳泉市煤气公司', agentNo: '12' });
    expect(greet.find('您好，太原燃气公司12号客服员为您服务')).toEqual([]);
  });

  it('recognises SCR-VERIFY with a closed slot (先生/女士) and SCR-CLOSE with a clause filler', () => {
    const t = '您是桃园小区3号楼2单元101号王明先生吗？好的。感谢您的来电，如果有问题呢，请您与我们联系，再见！';
    const found = all.find(t);
    expect(found.map((m) => [m.scriptId, m.start, m.end])).toEqual([
      ['gas-verify', 0, 21],
      ['gas-close', 25, 49],
    ]);
    expect(found[0]?.slots).toEqual({ 'address+fullName': '桃园小区3号楼2单元101号王明', title: '先生' });
  });

  it('rejects gaps longer than the slot allows (SCR-GREET agent number is at most 8 characters)', () => {
    // 24 (company) + 8 (agentNo) + 2 (fillers) = 34 characters at most between 您好 and 号客服员.
    expect(all.has(`您好，${'很'.repeat(34)}号客服员为您服务`, 'gas-greet')).toBe(true);
    expect(all.has(`您好，${'很'.repeat(35)}号客服员为您服务`, 'gas-greet')).toBe(false);
  });

  it('finds several scripts in one turn and in order (SCR-HALL)', () => {
    const t = '先生，您好，我叫小李，有什么可以帮到您？请您稍等。不好意思，让您久等了';
    expect(all.find(t).map((m) => m.scriptId)).toEqual(['hall-greet', 'hold-wait', 'hall-sorry-wait']);
    expect(all.find(t)[0]?.slots).toEqual({ salutation: '先生', greeting: '您好', agentName: '小李' });
  });

  it('matchScript finds the first occurrence (SCR-ANYTHING-ELSE)', () => {
    expect(matchScript(SCRIPTS['gas-anything-else'], '请问您还有 其他问题吗')).toMatchObject({ start: 2, end: 11 });
    expect(matchScript(SCRIPTS['gas-anything-else'], '您还有问题吗')).toBeUndefined();
  });

  it('findNormalized agrees with find', () => {
    const t = '您好！请问您是张三先生吗。那里是山东标金客服部，我的工号是007，请问此刻方便接听吗';
    expect(all.findNormalized(normalizeText(t))).toEqual(all.find(t));
    // 您是…先生吗 inside the callback opening is also a customer-verification question.
    expect(all.find(t).map((m) => m.scriptId)).toEqual(['ent-callback-open', 'gas-verify', 'ent-callback-intro']);
  });

  it('rejects a template with no fixed words', () => {
    expect(() => compileScripts([{ ...SCRIPTS['hold-wait'], template: '{x}' }])).toThrow(KefuError);
    expect(() => compileScripts([{ ...SCRIPTS['hold-wait'], template: '{x}' }])).toThrow(/scripts\[0\]\.template/);
  });
});

describe('render → match (one source of truth)', () => {
  const value = (max: number) =>
    fc.array(fc.constantFrom(...'阳泉市煤气公司山东标金王李张明小区号楼单元0123456789abcXYZ'), { minLength: 1, maxLength: Math.max(1, max) }).map((a) => a.join(''));

  it.each(ALL_SCRIPTS.map((s) => [s.id, s] as const))('property: rendering %s with any slot values and finding it succeeds', (_id, script) => {
    const names = slotNames(script);
    const arbitraries = Object.fromEntries(
      names.map((name) => {
        const spec = slotSpecOf(script, name);
        return [name, spec.values === undefined ? value(spec.maxLength ?? DEFAULT_SLOT_MAX_LENGTH) : fc.constantFrom(...spec.values)];
      }),
    );
    const matcher = compileScript(script);
    fc.assert(
      fc.property(fc.record(arbitraries), fc.constantFrom('', '嗯，', '好的。'), fc.constantFrom('', '。', '谢谢'), (slots, before, after) => {
        const rendered = render(script, slots as never);
        const text = `${before}${rendered}${after}`;
        const found = matcher.find(text);
        expect(found.length).toBeGreaterThan(0);
        const hit = found.find((m) => m.start >= before.length && m.end <= before.length + rendered.length);
        expect(hit).toBeDefined();
        // Known slot values compiled in: the match still holds and captures exactly those values.
        const known = compileScript(script, { slots: slots }).find(text)[0];
        for (const name of names) expect(normalizeText(known?.slots[name] ?? '').text).toBe(normalizeText((slots as Record<string, string>)[name] ?? '').text);
      }),
      { numRuns: 40 },
    );
  });
});
