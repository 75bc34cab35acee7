import { describe, expect, it } from 'vitest';
import { parseAgent, parseCall, parseTask, parseTranscript, safeParseAgent, safeParseCall, safeParseTask, safeParseTranscript } from '../../src/model/index.js';

function paths(result: { ok: boolean; error?: { issues: readonly { path: readonly (string | number)[] }[] } }) {
  expect(result.ok).toBe(false);
  return result.error?.issues.map((i) => [...i.path]);
}

const call = {
  id: 'call-20260930-001',
  direction: 'inbound',
  channel: 'phone',
  kind: 'repair',
  offeredAt: '2026-09-30T16:00:00+08:00',
  answeredAt: '2026-09-30T16:00:08+08:00',
  endedAt: '2026-09-30T16:02:30+08:00',
  rings: 2,
  hungUpBy: 'customer',
  agent: { id: 'a-12', agentNo: '012', name: '李静' },
  customer: { id: 'c-1', name: '王明', surname: '王', honorific: '先生', phones: ['13800138000'], tags: [] },
  transcript: {
    turns: [
      { speaker: 'agent', text: '您好，燃气公司012号客服员为您服务', start: 0, end: 3200 },
      { speaker: 'customer', text: '我家燃气表不走了', start: 3500, end: 5200 },
      { speaker: 'agent', text: '感谢您的来电，如果有问题，请您与我们联系，再见！', start: 140000, end: 146000, events: [{ type: 'hang-up', by: 'customer', at: 150000 }] },
    ],
  },
  notes: '已派单',
};

describe('Agent (rule: SCR-GREET)', () => {
  it('keeps the leading zeros of the agent number 工号', () => {
    expect(parseAgent({ id: 'a', agentNo: '012' }).agentNo).toBe('012');
  });
  it('rejects a non-numeric agent number', () => {
    expect(paths(safeParseAgent({ id: 'a', agentNo: '十二' }))).toEqual([['agentNo']]);
  });
});

describe('Call (rules: CALL-1, CALL-8, HOT-SLA-2)', () => {
  it('accepts a full inbound repair call and round-trips through JSON', () => {
    const parsed = parseCall(call);
    expect(parsed).toEqual(call);
    expect(parseCall(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
  });
  it('defaults the channel to phone', () => {
    expect(parseCall({ id: 'c', direction: 'outbound', kind: 'callback', offeredAt: '2026-10-01T09:00:00Z' }).channel).toBe('phone');
  });
  it('rejects unknown kinds, negative rings, a time without offset, and a bad hang-up party', () => {
    expect(paths(safeParseCall({ ...call, kind: 'sales', rings: -1, offeredAt: '2026-09-30 16:00', hungUpBy: 'nobody' }))).toEqual([
      ['kind'],
      ['offeredAt'],
      ['rings'],
      ['hungUpBy'],
    ]);
  });
  it('rejects an answer before the offer and an end before the answer', () => {
    expect(paths(safeParseCall({ ...call, answeredAt: '2026-09-30T15:59:00+08:00', endedAt: '2026-09-30T15:58:00+08:00' }))).toEqual([['answeredAt'], ['endedAt']]);
  });
  it('reports a bad nested agent number and a bad turn speaker with full paths', () => {
    expect(
      paths(
        safeParseCall({
          ...call,
          agent: { id: 'a', agentNo: 'x' },
          transcript: { turns: [{ speaker: 'robot', text: '您好' }] },
        }),
      ),
    ).toEqual([
      ['agent', 'agentNo'],
      ['transcript', 'turns', 0, 'speaker'],
    ]);
  });
});

describe('Transcript and Turn', () => {
  it('accepts turns with word timings, ASR extras and hold events', () => {
    const t = {
      id: 't1',
      turns: [
        {
          speaker: 'agent',
          text: '请您稍等',
          start: 1000,
          end: 2000,
          words: [
            { text: '请您', start: 1000, end: 1400 },
            { text: '稍等', start: 1400, end: 2000 },
          ],
          confidence: 0.93,
          speechRate: 132,
          silenceBefore: 300,
          events: [{ type: 'hold-start', consent: true, at: 2000 }],
        },
        {
          speaker: 'system',
          text: '',
          events: [
            { type: 'hold-end', at: 32000 },
            { type: 'transfer', to: '维修部' },
          ],
        },
      ],
    };
    expect(parseTranscript(t)).toEqual(t);
  });
  it('rejects an end before the start, a confidence above 1 and an unknown event type', () => {
    expect(
      paths(
        safeParseTranscript({
          turns: [
            { speaker: 'agent', text: 'a', start: 500, end: 100 },
            { speaker: 'agent', text: 'b', confidence: 1.5 },
            { speaker: 'agent', text: 'c', events: [{ type: 'mute' }] },
          ],
        }),
      ),
    ).toEqual([
      ['turns', 0, 'end'],
      ['turns', 1, 'confidence'],
      ['turns', 2, 'events', 0, 'type'],
    ]);
  });
});

describe('Task (rules: REC-3, AUTO-SLA-3, SUP-SLA-1)', () => {
  const task = {
    id: 'T-1',
    kind: 'repair',
    priority: 'high',
    createdAt: '2026-09-30T16:00:00+08:00',
    policyId: 'gas-hotline/repair',
    links: { callId: 'call-20260930-001', customerId: 'c-1' },
    timeline: [
      { type: 'created', at: '2026-09-30T16:00:00+08:00' },
      { type: 'dispatched', at: '2026-09-30T16:05:00+08:00', by: '维修一班' },
      { type: 'paused', at: '2026-09-30T17:00:00+08:00', reason: '等待客户在家' },
      { type: 'resumed', at: '2026-10-01T09:00:00+08:00' },
      { type: 'resolved', at: '2026-10-01T10:30:00+08:00' },
    ],
  };
  it('accepts a repair order with its timeline and round-trips through JSON', () => {
    const parsed = parseTask(task);
    expect(parsed).toEqual(task);
    expect(parseTask(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
  });
  it('links a follow-up case raised in a callback to its original task (REC-3)', () => {
    const followUp = parseTask({ id: 'T-2', kind: 'follow-up', createdAt: '2026-10-03T10:00:00+08:00', links: { parentTaskId: 'T-1' } });
    expect(followUp).toEqual({ id: 'T-2', kind: 'follow-up', priority: 'normal', createdAt: '2026-10-03T10:00:00+08:00', links: { parentTaskId: 'T-1' }, timeline: [] });
  });
  it('rejects a timeline that goes backwards, naming the event', () => {
    const backwards = { ...task, timeline: [...task.timeline, { type: 'closed', at: '2026-10-01T10:00:00+08:00' }] };
    expect(paths(safeParseTask(backwards))).toEqual([['timeline', 5, 'at']]);
  });
  it('rejects an event before the task was created, and a task that is its own parent', () => {
    expect(paths(safeParseTask({ ...task, links: { parentTaskId: 'T-1' }, timeline: [{ type: 'created', at: '2026-09-30T15:00:00+08:00' }] }))).toEqual([
      ['timeline', 0, 'at'],
      ['links', 'parentTaskId'],
    ]);
  });
  it('rejects an unknown event type, a non-positive estimate and a missing createdAt', () => {
    expect(paths(safeParseTask({ id: 'T', kind: 'repair', estimatedMinutes: 0, timeline: [{ type: 'fixed', at: '2026-09-30T16:00:00Z' }] }))).toEqual([
      ['createdAt'],
      ['estimatedMinutes'],
      ['timeline', 0, 'type'],
    ]);
  });
});
