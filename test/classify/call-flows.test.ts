import { describe, expect, it } from 'vitest';
import { createCallMachine, type CallEffect, type CallEvent } from '../../src/classify/call-machine.js';
import { at, replayed } from './samples.js';

// Flows found by driving real calls through the machine (issue: call flows never lose a matter).
const machine = createCallMachine({ policies: { repair: 'p/repair', emergency: 'p/emergency', complaint: 'p/complaint', appointment: 'p/appointment' } });

const run = (events: readonly CallEvent[]) => replayed(machine, events);
const opening: CallEvent[] = [
  { type: 'ring', at: at(0), callId: 'c-9' },
  { type: 'answer', at: at(2) },
  { type: 'greet', at: at(3) },
  { type: 'identify', at: at(5), surname: '李' },
  { type: 'verify', at: at(8) },
];
const kinds = (effects: readonly CallEffect[]) => effects.map((e) => (e.type === 'deviation' ? `deviation:${e.code}` : e.type));

describe('call flows keep every matter (CALL-3, CALL-4)', () => {
  it('a complaint handed to another agent is still recorded and forwarded: task and department notice', () => {
    const { state, effects } = run([
      ...opening,
      { type: 'classify', at: at(10), kind: 'complaint' },
      { type: 'collect', at: at(12), field: 'content' },
      { type: 'hand-over', at: at(15), to: '班长' },
      { type: 'collect', at: at(20), field: 'phone' },
      { type: 'classify', at: at(22), kind: 'complaint' },
      { type: 'collect', at: at(24), field: 'name' },
      { type: 'forward', at: at(30), department: '工程部' },
    ]);
    expect(state.name).toBe('complaint.forwarded');
    expect(kinds(effects)).toEqual(['hand-over', 'create-task', 'notify-department']);
    // Classifying the complaint again kept what was recorded: nothing is missing at the forward.
    expect(state.context.collected).toEqual(['content', 'phone', 'name']);
    expect(state.context.kinds).toEqual(['complaint']);
  });

  it('a handed-over complaint never forwarded is a missing hand-over at the close', () => {
    const { effects } = run([...opening, { type: 'classify', at: at(10), kind: 'complaint' }, { type: 'hand-over', at: at(15) }, { type: 'close', at: at(40) }]);
    expect(kinds(effects)).toContain('deviation:handover-missing');
  });

  it('classifying the same kind again after dispatch is the same matter: no new matter, no new task', () => {
    const { state, effects } = run([
      ...opening,
      { type: 'classify', at: at(10), kind: 'repair' },
      { type: 'dispatch', at: at(20) },
      { type: 'classify', at: at(25), kind: 'repair' },
    ]);
    expect(state.name).toBe('repair.dispatched');
    expect(state.context.kinds).toEqual(['repair']);
    expect(effects.filter((e) => e.type === 'create-task')).toHaveLength(1);
  });

  it('a second matter later in the call is a matter of its own, listed in the call record', () => {
    const { effects } = run([
      ...opening,
      { type: 'classify', at: at(10), kind: 'consultation' },
      { type: 'classify', at: at(20), kind: 'complaint' },
      { type: 'forward', at: at(30), department: '客服部' },
      { type: 'ask-anything-else', at: at(35) },
      { type: 'classify', at: at(40), kind: 'repair' },
      { type: 'dispatch', at: at(45) },
      { type: 'ask-anything-else', at: at(50) },
      { type: 'close', at: at(55) },
      { type: 'hang-up', at: at(58), by: 'customer' },
    ]);
    expect(effects.find((e) => e.type === 'record-call')).toMatchObject({ outcome: 'completed', kinds: ['consultation', 'complaint', 'repair'] });
    expect(effects.filter((e) => e.type === 'create-task').map((e) => e.type === 'create-task' && e.task.kind)).toEqual(['complaint', 'repair']);
  });

  it('leaving a matter before its hand-over is reported where it happened', () => {
    const { effects } = run([...opening, { type: 'classify', at: at(10), kind: 'complaint' }, { type: 'classify', at: at(20), kind: 'consultation' }]);
    expect(effects).toContainEqual({ type: 'deviation', code: 'handover-missing', at: at(20), rules: ['CALL-3', 'CALL-4'] });
  });
});

describe('a danger still to rule out keeps its priority (CALL-2)', () => {
  it('a repair needing confirmation stays high and keeps needsConfirmation', () => {
    const { state } = run([...opening, { type: 'classify', at: at(10), kind: 'repair', needsConfirmation: true }]);
    expect(state.context).toMatchObject({ kind: 'repair', priority: 'high', needsConfirmation: true });
    const given = run([...opening, { type: 'classify', at: at(10), kind: 'complaint', priority: 'urgent', needsConfirmation: true }]);
    expect(given.state.context).toMatchObject({ priority: 'urgent', needsConfirmation: true });
  });

  it('an emergency or a repair whose call drops before dispatch still becomes a task, with a call-back at once', () => {
    for (const kind of ['emergency', 'repair'] as const) {
      const { state, effects } = run([
        ...opening,
        { type: 'classify', at: at(10), kind },
        { type: 'collect', at: at(12), field: 'address' },
        { type: 'hang-up', at: at(15), by: 'system' },
      ]);
      expect(state.context.outcome).toBe('dropped');
      expect(kinds(effects)).toEqual(['deviation:handover-missing', 'create-task', 'schedule-callback', 'record-call']);
      expect(effects.find((e) => e.type === 'create-task')).toMatchObject({
        task: { id: 'c-9-T1', kind, priority: kind === 'emergency' ? 'urgent' : 'normal', createdAt: at(15) },
      });
      expect(effects.find((e) => e.type === 'schedule-callback')).toEqual({ type: 'schedule-callback', dueAt: at(15), random: false, rules: ['CALL-3'] });
    }
  });

  it('a booking that names its time has the time recorded (SCR-AUTO)', () => {
    const { effects } = run([
      ...opening,
      { type: 'classify', at: at(10), kind: 'appointment' },
      { type: 'collect', at: at(12), field: 'phone' },
      { type: 'book', at: at(20), appointmentAt: '2026-10-10T09:00:00+08:00' },
    ]);
    expect(kinds(effects)).toEqual(['create-task']);
    expect(effects[0]).toMatchObject({ task: { requestedBy: '2026-10-10T09:00:00+08:00' } });
  });
});

describe('due times read in the caller’s offset', () => {
  it('a deferred reply due 24 h later keeps +08:00 (HOT-SLA-4)', () => {
    const local = (t: string): CallEvent[] => [
      { type: 'ring', at: `2026-09-30T16:00:0${t}+08:00` },
      { type: 'answer', at: `2026-09-30T16:00:0${t}+08:00` },
    ];
    const { effects } = run([...local('1'), { type: 'classify', at: '2026-09-30T16:00:30+08:00', kind: 'consultation' }, { type: 'defer', at: '2026-09-30T16:01:00+08:00' }]);
    expect(effects.find((e) => e.type === 'schedule-reply')).toMatchObject({ dueAt: '2026-10-01T16:01:00+08:00' });
  });
});

describe('states the machine could not have reached are refused', () => {
  it('restore refuses an inconsistent context, naming the field', () => {
    const good = run([...opening, { type: 'classify', at: at(10), kind: 'repair' }, { type: 'dispatch', at: at(20) }]).state;
    const snapshot = machine.snapshot(good);
    const edited = { ...snapshot, state: { ...snapshot.state, context: { ...snapshot.state.context, kind: 'complaint', kinds: ['complaint'] } } };
    expect(() => machine.restore(edited)).toThrowError(/kind/);
    const noTask = { ...snapshot, state: { ...snapshot.state, context: { ...snapshot.state.context, taskId: undefined } } };
    expect(() => machine.restore(JSON.parse(JSON.stringify(noTask)))).toThrowError(/taskId/);
    expect(machine.restore(snapshot)).toEqual(good);
  });

  it('a hand-built state with an empty context is a refusal naming the field, not a TypeError', () => {
    const result = machine.transition({ name: 'answered', context: {} as never }, { type: 'greet', at: at(1) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ code: 'invalid_state', state: 'answered', event: 'greet' });
    expect(!result.ok && result.error.message).toMatch(/context\.rings/);
  });

  it('a state the machine made is not checked again (and runs as before)', () => {
    const made = run(opening).state;
    expect(machine.transition(made, { type: 'classify', at: at(9), kind: 'repair' })).toMatchObject({ ok: true, state: { name: 'repair.collecting' } });
    // A copy is not the machine's own object: it is checked, and it is valid.
    expect(machine.transition(structuredClone(made), { type: 'classify', at: at(9), kind: 'repair' })).toMatchObject({ ok: true, state: { name: 'repair.collecting' } });
  });
});
