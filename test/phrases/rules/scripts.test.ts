import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../../src/model/transcript.js';
import type { RuleEntry } from '../../../src/phrases/checker-config.js';
import { createChecker } from '../../../src/phrases/checker.js';
import { SCRIPTS } from '../../../src/presets/index.js';

const only = (id: string, options?: unknown, settings = {}) => {
  const off = Object.fromEntries(createChecker().rules.map((r) => [r.id, 'off' as const]));
  const rules: Record<string, RuleEntry> = { ...off, [id]: options === undefined ? 'error' : ['error', options] };
  return createChecker({ settings, rules });
};
const call = (...texts: string[]): Transcript => ({ turns: texts.map((text, i) => ({ speaker: i % 2 === 0 ? 'agent' : 'customer', text })) });
const turnsOf = (id: string, t: Transcript, options?: unknown, kind?: 'callback' | 'repair', settings = {}) =>
  only(id, options, settings)
    .check(t, kind === undefined ? {} : { callKind: kind })
    .diagnostics.map((d) => d.turn);

describe('greeting-script (SCR-GREET)', () => {
  const greet = { scripts: [SCRIPTS['gas-greet']] };
  it('accepts the standard greeting with any agent number, spaces and ASCII punctuation', () => {
    expect(turnsOf('greeting-script', call('您好,燃气公司 012 号客服员为您服务'), greet, 'repair', { company: '燃气公司' })).toEqual([]);
  });
  it('reports the first agent turn when it is not the greeting, or names another company', () => {
    expect(turnsOf('greeting-script', call('喂？'), greet)).toEqual([0]);
    expect(turnsOf('greeting-script', call('您好，自来水公司012号客服员为您服务'), greet, 'repair', { company: '燃气公司' })).toEqual([0]);
  });
  it('suggests the script with the known slots filled', () => {
    const [d] = only('greeting-script', greet, { company: '燃气公司' }).check(call('喂？')).diagnostics;
    expect(d?.suggestions[0]?.zh).toBe('您好，燃气公司{agentNo}号客服员为您服务');
    expect(d?.domainRules).toEqual(['SCR-GREET', 'CALL-8']);
  });
  it('leaves callbacks to callback-script', () => {
    expect(turnsOf('greeting-script', call('喂？'), greet, 'callback')).toEqual([]);
  });
});

describe('closing-script (SCR-CLOSE) and anything-else (SCR-ANYTHING-ELSE)', () => {
  it('wants the closing in one of the last two agent turns', () => {
    const close = { scripts: [SCRIPTS['gas-close']] };
    expect(turnsOf('closing-script', call('您好', '嗯', '感谢您的来电，如果有问题，请您与我们联系，再见！', '再见', '好的'), close)).toEqual([]);
    expect(turnsOf('closing-script', call('您好', '嗯', '好的', '再见', '拜拜'), close)).toEqual([4]);
  });
  it('wants “您还有其他问题吗？” after the first agent turn', () => {
    expect(turnsOf('anything-else', call('您好', '嗯', '请问您还有其他问题吗', '没有'))).toEqual([]);
    expect(turnsOf('anything-else', call('您好', '嗯', '好的，再见'))).toEqual([2]);
    expect(turnsOf('anything-else', call('您还有其他问题吗'))).toEqual([]);
  });
});

describe('identity-confirmation (SCR-VERIFY)', () => {
  it('accepts the record question with or without the address', () => {
    expect(turnsOf('identity-confirmation', call('您好', '嗯', '您是阳光小区3号楼201王明先生吗？'))).toEqual([]);
    expect(turnsOf('identity-confirmation', call('您好', '嗯', '您是王女士吗'))).toEqual([]);
  });
  it('reports a call that never confirms the record', () => {
    expect(turnsOf('identity-confirmation', call('您好', '嗯', '好的'))).toEqual([undefined]);
  });
});

describe('callback-script (SCR-CALLBACK)', () => {
  const gas = { openings: [SCRIPTS['gas-callback-open']], declines: [SCRIPTS['gas-callback-decline']], closings: [SCRIPTS['gas-callback-close']] };
  const open = '您好，我是燃气公司012号客服员，想对您做一下回访，能占用您一点时间吗？';
  it('runs only on callbacks', () => {
    expect(turnsOf('callback-script', call('喂'), gas, 'repair')).toEqual([]);
    expect(turnsOf('callback-script', call('喂'), gas)).toEqual([]);
  });
  it('accepts consent asked, then the thank-you closing', () => {
    expect(turnsOf('callback-script', call(open, '可以', '感谢您对我们工作的支持，如您有关于燃气方面的问题可以随时拨打96777电话，再见！'), gas, 'callback')).toEqual([]);
  });
  it('accepts a polite end after the customer declines, and reports anything else', () => {
    expect(turnsOf('callback-script', call(open, '不方便', '抱歉，打扰了，再见！'), gas, 'callback')).toEqual([]);
    expect(turnsOf('callback-script', call(open, '没空', '就一分钟'), gas, 'callback')).toEqual([2]);
  });
  it('reports a missing consent question and a missing closing', () => {
    expect(turnsOf('callback-script', call('您对维修满意吗', '满意', '拜拜'), gas, 'callback')).toEqual([0, 2]);
  });
});

describe('surname-address (PHR-ADDR, CALL-8)', () => {
  it('accepts a surname given and used, including in a full name', () => {
    expect(turnsOf('surname-address', call('请问您贵姓？', '免贵姓王', '王先生，您好'))).toEqual([]);
    expect(turnsOf('surname-address', call('请问您贵姓？', '我姓王', '您是王小明先生吗'))).toEqual([]);
  });
  it('reports a surname given but never used, or never asked', () => {
    expect(turnsOf('surname-address', call('您好', '我姓王', '好的'))).toEqual([undefined]);
    expect(turnsOf('surname-address', call('您好', '我家没气了', '好的'))).toEqual([undefined]);
    expect(turnsOf('surname-address', call('您好', '我家没气了', '好的'), { requireAsk: false })).toEqual([]);
  });
  it('reports a wrong surname unless the agent apologises in that turn or the next', () => {
    expect(turnsOf('surname-address', call('请问您贵姓？', '我姓王', '张先生您好', '我姓王', '王先生，好的'))).toEqual([2]);
    expect(turnsOf('surname-address', call('请问您贵姓？', '我姓王', '张先生您好', '我姓王', '对不起，王先生'))).toEqual([]);
  });
  it('does not take 那位先生 (a third party) for a surname', () => {
    expect(turnsOf('surname-address', call('请问您贵姓？', '我姓王', '王先生，那位先生是您家人吗？'))).toEqual([]);
  });
});
