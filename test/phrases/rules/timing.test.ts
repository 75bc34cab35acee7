import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../../src/model/transcript.js';
import type { RuleEntry } from '../../../src/phrases/checker-config.js';
import { createChecker } from '../../../src/phrases/checker.js';

const only = (id: string, options?: unknown) => {
  const off = Object.fromEntries(createChecker().rules.map((r) => [r.id, 'off' as const]));
  const rules: Record<string, RuleEntry> = { ...off, [id]: options === undefined ? 'warn' : ['warn', options] };
  return createChecker({ rules });
};
const found = (id: string, t: Transcript, options?: unknown) => only(id, options).check(t).diagnostics;

describe('speaking-rate (VOICE-1)', () => {
  const turn = (ms: number) => ({ turns: [{ speaker: 'agent' as const, text: '您把表盖打开换上两节五号电池就可以了谢谢', start: 0, end: ms }] }); // 20 characters
  it('accepts 120–140 characters a minute with the default tolerance of 10', () => {
    expect(found('speaking-rate', turn(10_000))).toEqual([]); // 120 a minute
    expect(found('speaking-rate', turn(8_000))).toEqual([]); // 150 a minute: inside 140 + 10
  });
  it('reports a turn that is too fast or too slow, with the rate in the message', () => {
    const fast = found('speaking-rate', turn(6_000)); // 200 a minute
    expect(fast.map((d) => [d.turn, d.range, d.message.zh])).toEqual([[0, { start: 0, end: 20 }, '语速约每分钟200字，过快（标准为每分钟120-140个）']]);
    expect(found('speaking-rate', turn(15_000))[0]?.message.en).toBe('Speaking rate about 80 characters a minute, too slow (standard 120–140)');
  });
  it('honours the tolerance option and the recogniser’s own speechRate', () => {
    expect(found('speaking-rate', turn(8_000), { tolerance: 0 }).length).toBe(1);
    expect(found('speaking-rate', { turns: [{ speaker: 'agent', text: '您把表盖打开换上两节五号电池就可以了谢谢您', speechRate: 130 }] })).toEqual([]);
  });
  it('skips short turns and customer turns', () => {
    expect(found('speaking-rate', { turns: [{ speaker: 'agent', text: '好的', start: 0, end: 100 }] })).toEqual([]);
    expect(found('speaking-rate', { turns: [{ speaker: 'customer', text: '您把表盖打开换上两节五号电池就可以了谢谢您', start: 0, end: 1000 }] })).toEqual([]);
  });
});

describe('call-length (HOT-SLA-3)', () => {
  const call = (end: number): Transcript => ({
    turns: [
      { speaker: 'agent', text: '您好', start: 0, end: 1000 },
      { speaker: 'customer', text: '再见', start: end - 500, end },
    ],
  });
  it('accepts a call of exactly 3 minutes and reports one over it', () => {
    expect(found('call-length', call(180_000))).toEqual([]);
    expect(found('call-length', call(180_001)).map((d) => [d.turn, d.time])).toEqual([[undefined, { start: 0, end: 180_001 }]]);
  });
  it('does not judge a call without timestamps', () => {
    expect(found('call-length', { turns: [{ speaker: 'agent', text: '您好' }] })).toEqual([]);
  });
});

describe('hang-up-order (CALL-8)', () => {
  it('reports the agent hanging up, not the customer', () => {
    const t = (by: 'agent' | 'customer'): Transcript => ({ turns: [{ speaker: 'agent', text: '再见！', events: [{ type: 'hang-up', by, at: 5000 }] }] });
    expect(found('hang-up-order', t('customer'))).toEqual([]);
    expect(found('hang-up-order', t('agent')).map((d) => [d.turn, d.time])).toEqual([[0, { start: 5000, end: 5000 }]]);
  });
});

describe('interruption (PHR-STD 打断客户时)', () => {
  const call = (agentText: string, agentStart: number): Transcript => ({
    turns: [
      { speaker: 'customer', text: '我家的表时好时坏', start: 0, end: 5000 },
      { speaker: 'agent', text: agentText, start: agentStart, end: agentStart + 3000 },
    ],
  });
  it('reports an agent turn starting half a second or more before the customer stops', () => {
    expect(found('interruption', call('您换电池就好', 4000)).map((d) => [d.turn, d.time])).toEqual([[1, { start: 4000, end: 5000 }]]);
    expect(found('interruption', call('您换电池就好', 4600))).toEqual([]);
  });
  it('accepts the standard interruption phrase', () => {
    expect(found('interruption', call('对不起，我可以占用您一点儿时间吗？', 3000))).toEqual([]);
  });
});

describe('hold-consent (SCR-HOLD)', () => {
  const hold = (ask: string, answer: string, apology: string, holdMs: number, consent?: boolean): Transcript => ({
    turns: [
      { speaker: 'agent', text: ask },
      { speaker: 'customer', text: answer },
      { speaker: 'agent', text: '好的，请稍等。', events: [{ type: 'hold-start', at: 10_000, ...(consent === undefined ? {} : { consent }) }] },
      { speaker: 'agent', text: apology, events: [{ type: 'hold-end', at: 10_000 + holdMs }] },
    ],
  });
  it('accepts a hold the customer agreed to, and a short hold without an apology', () => {
    expect(found('hold-consent', hold('我帮您查一下，请您稍等好吗？', '好的。', '王先生，查到了。', 30_000))).toEqual([]);
  });
  it('reports a hold without the customer’s agreement', () => {
    expect(found('hold-consent', hold('我帮您查一下。', '嗯嗯。', '王先生，查到了。', 30_000)).map((d) => d.turn)).toEqual([2]);
    expect(found('hold-consent', hold('请您稍等好吗？', '不行，我赶时间。', '王先生，查到了。', 30_000)).map((d) => d.turn)).toEqual([2]);
  });
  it('follows the event’s own consent flag', () => {
    expect(found('hold-consent', hold('我帮您查一下。', '嗯。', '查到了。', 1000, true))).toEqual([]);
    expect(found('hold-consent', hold('请您稍等好吗？', '好的。', '查到了。', 1000, false)).length).toBe(1);
  });
  it('wants 让您久等了 after a hold longer than a minute', () => {
    const long = found('hold-consent', hold('请您稍等好吗？', '好的。', '王先生，查到了。', 61_000));
    expect(long.map((d) => [d.turn, d.time, d.message.zh])).toEqual([[3, { start: 10_000, end: 71_000 }, '客户等候1分1秒，回来后未致歉']]);
    expect(found('hold-consent', hold('请您稍等好吗？', '好的。', '对不起，让您久等了。', 61_000))).toEqual([]);
    expect(found('hold-consent', hold('请您稍等好吗？', '好的。', '王先生，查到了。', 61_000), { maxHoldMs: 120_000 })).toEqual([]);
  });
});
