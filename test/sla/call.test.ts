import { describe, expect, it } from 'vitest';
import { KefuError } from '../../src/model/error.js';
import { evaluateCall, selectCallPolicy, type CallPolicy, type SlaCall } from '../../src/sla/index.js';

const hotline: CallPolicy = {
  id: 'gas-hotline/call',
  name: 'Inbound hotline call',
  appliesTo: { directions: ['inbound'], channels: ['phone'] },
  limits: [
    { id: 'answer', measure: 'rings', max: 3, source: { rule: 'HOT-SLA-2', text: '电话振铃3声内接听电话。' } },
    { id: 'resolve', measure: 'handling-seconds', max: 180, goal: true, source: { rule: 'HOT-SLA-3', text: '尽量在3分钟内为客户解决问题' } },
  ],
};
const appointment: CallPolicy = {
  id: 'auto-aftersales/appointment-call',
  name: 'Appointment call',
  appliesTo: { kinds: ['appointment'], directions: ['inbound'] },
  limits: [{ id: 'answer', measure: 'wait-seconds', max: 10 }],
};
const payment: CallPolicy = {
  id: 'gas-service-hall/payment',
  name: 'Payment',
  limits: [
    { id: 'handling', measure: 'handling-seconds', average: 180 },
    { id: 'peak-wait', measure: 'wait-seconds', average: 900 },
  ],
};

const call = (patch: Partial<SlaCall>): SlaCall => ({ id: 'c1', direction: 'inbound', channel: 'phone', offeredAt: '2026-09-30T16:00:00+08:00', ...patch });
const states = (c: SlaCall, p: CallPolicy) => evaluateCall(c, p).limits.map((l) => [l.limitId, l.value, l.state]);

describe('evaluateCall', () => {
  it('three rings is in time, four is not (rule: HOT-SLA-2); a call over 3 minutes misses the goal (rule: HOT-SLA-3)', () => {
    const answered = { answeredAt: '2026-09-30T16:00:09+08:00', endedAt: '2026-09-30T16:03:00+08:00' };
    expect(states(call({ ...answered, rings: 3 }), hotline)).toEqual([
      ['answer', 3, 'met'],
      ['resolve', 171, 'met'],
    ]);
    const long = evaluateCall(call({ rings: 4, answeredAt: '2026-09-30T16:00:12+08:00', endedAt: '2026-09-30T16:03:13+08:00' }), hotline);
    expect(long.answered).toBe(true);
    expect(long.limits.map((l) => [l.state, l.goal])).toEqual([
      ['breached', false],
      ['breached', true],
    ]);
  });

  it('answered within 10 seconds: 10 s met, 12 s breached (rule: AUTO-SLA-1)', () => {
    expect(states(call({ kind: 'appointment', answeredAt: '2026-09-30T16:00:10+08:00' }), appointment)).toEqual([['answer', 10, 'met']]);
    expect(states(call({ kind: 'appointment', answeredAt: '2026-09-30T16:00:12.500+08:00' }), appointment)).toEqual([['answer', 12.5, 'breached']]);
  });

  it('an unanswered call breaches only once it rang or waited past the limit', () => {
    expect(states(call({ rings: 2, endedAt: '2026-09-30T16:00:06+08:00' }), hotline)).toEqual([
      ['answer', 2, 'unmeasured'],
      ['resolve', null, 'unmeasured'],
    ]);
    expect(states(call({ rings: 6, endedAt: '2026-09-30T16:00:30+08:00' }), hotline)[0]).toEqual(['answer', 6, 'breached']);
    expect(states(call({ kind: 'appointment', endedAt: '2026-09-30T16:00:25+08:00' }), appointment)).toEqual([['answer', 25, 'breached']]);
    expect(states(call({ kind: 'appointment', endedAt: '2026-09-30T16:00:04+08:00' }), appointment)).toEqual([['answer', 4, 'unmeasured']]);
    expect(states(call({}), hotline)).toEqual([
      ['answer', null, 'unmeasured'],
      ['resolve', null, 'unmeasured'],
    ]);
  });

  it('average limits are measured per call and judged over many (rule: HALL-SLA-1)', () => {
    const visit = call({ channel: 'walk-in', offeredAt: '2026-09-30T09:00:00+08:00', answeredAt: '2026-09-30T09:12:00+08:00', endedAt: '2026-09-30T09:16:00+08:00' });
    expect(evaluateCall(visit, payment).limits).toEqual([
      { limitId: 'handling', measure: 'handling-seconds', value: 240, max: null, average: 180, goal: false, state: 'averaged' },
      { limitId: 'peak-wait', measure: 'wait-seconds', value: 720, max: null, average: 900, goal: false, state: 'averaged' },
    ]);
  });

  it('times that run backwards → invalid_timeline naming the field', () => {
    expect(() => evaluateCall(call({ answeredAt: '2026-09-30T15:59:59+08:00' }), hotline)).toThrow(/answeredAt[\s\S]*15:59:59/);
    try {
      evaluateCall(call({ answeredAt: '2026-09-30T16:00:05+08:00', endedAt: '2026-09-30T16:00:01+08:00' }), hotline);
      expect.unreachable();
    } catch (error) {
      expect((error as KefuError).code).toBe('invalid_timeline');
      expect((error as KefuError).issues[0]?.path).toEqual(['endedAt']);
    }
  });

  it('bad rings and bad policies are rejected', () => {
    expect(() => evaluateCall(call({ rings: 2.5 }), hotline)).toThrow(/rings[\s\S]*2\.5/);
    const both = { ...hotline, limits: [{ id: 'answer', measure: 'rings', max: 3, average: 2 }] } as CallPolicy;
    expect(() => evaluateCall(call({}), both)).toThrow(KefuError);
    const measure = { ...hotline, limits: [{ id: 'answer', measure: 'ring-count', max: 3 }] } as unknown as CallPolicy;
    expect(() => evaluateCall(call({}), measure)).toThrow(/limits\[0\]\.measure[\s\S]*ring-count/);
  });
});

describe('selectCallPolicy', () => {
  it('matches kind, direction and channel in order; a policy without appliesTo only when passed', () => {
    const policies = [payment, appointment, hotline];
    expect(selectCallPolicy(call({ kind: 'appointment' }), policies)?.id).toBe('auto-aftersales/appointment-call');
    expect(selectCallPolicy(call({ kind: 'repair' }), policies)?.id).toBe('gas-hotline/call');
    expect(selectCallPolicy(call({}), policies)?.id).toBe('gas-hotline/call');
    expect(selectCallPolicy(call({ channel: 'walk-in' }), policies)).toBeUndefined();
    expect(selectCallPolicy(call({ direction: 'outbound' }), policies)).toBeUndefined();
  });
});
