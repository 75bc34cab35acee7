import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALL_EVENT_TYPES, CALL_STATE_NAMES, createCallMachine, type CallEffect, type CallEvent, type CallState } from '../../src/classify/call-machine.js';
import { KefuError } from '../../src/model/error.js';
import { parseTask } from '../../src/model/task.js';
import { enumeratePaths, reachableStates } from './graph.js';
import { at, callSamples, replayed } from './samples.js';

const POLICIES = {
  repair: 'gas-hotline/repair',
  emergency: 'gas-hotline/emergency',
  complaint: 'gas-hotline/complaint',
  'consultation-reply': 'gas-hotline/consultation-reply',
  appointment: 'auto-aftersales/appointment',
} as const;
const machine = createCallMachine({ policies: POLICIES });

const run = (events: readonly CallEvent[]) => replayed(machine, events);

const opening: CallEvent[] = [
  { type: 'ring', at: at(0), callId: 'c-1' },
  { type: 'ring', at: at(2) },
  { type: 'answer', at: at(4) },
  { type: 'greet', at: at(5) },
  { type: 'identify', at: at(10), surname: '王' },
  { type: 'verify', at: at(20) },
];
const closing = (from: number): CallEvent[] => [
  { type: 'ask-anything-else', at: at(from) },
  { type: 'close', at: at(from + 5) },
  { type: 'hang-up', at: at(from + 8), by: 'customer' },
];

describe('call machine: the standard path (rule: CALL-8)', () => {
  it('walks ringing → answered → greeted → identified → verified → handling → wrap-up → closing → ended, keeping the ring count', () => {
    const result = machine.replay([...opening, { type: 'classify', at: at(30), kind: 'repair' }, { type: 'dispatch', at: at(60) }, ...closing(70)]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.path).toEqual([
      'idle',
      'ringing',
      'ringing',
      'answered',
      'greeted',
      'identified',
      'verified',
      'repair.collecting',
      'repair.dispatched',
      'wrap-up',
      'closing',
      'ended',
    ]);
    expect(result.state.context.rings).toBe(2);
    expect(result.state.context.surname).toBe('王');
    expect(result.state.context.outcome).toBe('completed');
    expect(result.state.context.hungUpBy).toBe('customer');
  });

  it('reports no order deviation on the standard path once every item is recorded (CALL-3)', () => {
    const fields = (['name', 'address', 'phone', 'content'] as const).map((field, i): CallEvent => ({ type: 'collect', at: at(31 + i), field }));
    const { effects } = run([...opening, { type: 'classify', at: at(30), kind: 'repair' }, ...fields, { type: 'dispatch', at: at(60) }, ...closing(70)]);
    expect(effects.filter((e) => e.type === 'deviation')).toEqual([]);
  });
});

describe('call machine: table-driven, every state × event (generated from the machine)', () => {
  const reachable = reachableStates(machine, callSamples);

  it('reaches every state of the table from the initial state', () => {
    expect([...reachable.keys()].sort()).toEqual([...CALL_STATE_NAMES].sort());
  });

  for (const name of CALL_STATE_NAMES) {
    for (const type of CALL_EVENT_TYPES) {
      const allowed = machine.targets(name, type).length > 0;
      it(`${name} × ${type}: ${allowed ? `leads to ${machine.targets(name, type).join(' | ')}` : 'is refused, naming state, event and allowed events'}`, () => {
        const entry = reachable.get(name);
        expect(entry).toBeDefined();
        if (entry === undefined) return;
        const samples = callSamples(type, at(entry.path.length + 1));
        const results = samples.map((event) => machine.transition(entry.state, event));
        if (!allowed) {
          for (const result of results) {
            expect(result.ok).toBe(false);
            if (result.ok) continue;
            expect(result.error).toMatchObject({ code: 'invalid_state', state: name, event: type, allowed: machine.allowedEvents(entry.state) });
            expect(result.error.message).toContain(`"${type}" is not allowed in state "${name}"`);
          }
          return;
        }
        const accepted = results.filter((r) => r.ok);
        expect(accepted.length).toBeGreaterThan(0);
        for (const result of accepted) if (result.ok) expect(machine.targets(name, type)).toContain(result.state.name);
      });
    }
  }
});

describe('call machine: every path up to 6 events', () => {
  const { paths } = enumeratePaths(machine, callSamples, 6);

  it('generates tens of thousands of paths, each step landing in a target the table declares', () => {
    expect(paths.length).toBeGreaterThan(10_000);
    for (const path of paths) {
      let state = machine.initial();
      for (const event of path) {
        const result = machine.transition(state, event);
        expect(result.ok).toBe(true);
        if (!result.ok) break;
        expect(machine.targets(state.name, event.type)).toContain(result.state.name);
        state = result.state;
      }
    }
  });

  it('replay equals stepwise transition, and a JSON snapshot of every prefix restores to the same behaviour', () => {
    for (const path of paths.filter((_, i) => i % 7 === 0)) {
      let state = machine.initial();
      const effects: CallEffect[] = [];
      for (const event of path) {
        const result = machine.transition(state, event);
        if (!result.ok) throw new Error(result.error.message);
        state = result.state;
        effects.push(...result.effects);
        const restored = machine.restore(JSON.parse(JSON.stringify(machine.snapshot(state))));
        expect(restored).toEqual(state);
        expect(machine.allowedEvents(restored)).toEqual(machine.allowedEvents(state));
      }
      const replayed = machine.replay(path);
      expect(replayed.ok).toBe(true);
      if (replayed.ok) {
        expect(replayed.state).toEqual(state);
        expect(replayed.effects).toEqual(effects);
      }
    }
  });

  it('every task effect on every path validates against the Task model', () => {
    for (const path of paths) {
      const result = machine.replay(path);
      if (!result.ok) continue;
      for (const effect of result.effects) if (effect.type === 'create-task') expect(parseTask(effect.task)).toEqual(effect.task);
    }
  });
});

describe('call machine: effects per kind', () => {
  const classified = (kind: CallEvent & { type: 'classify' }): CallEvent[] => [...opening, kind];

  it('repair: dispatch creates a task under the preset policy for HOT-SLA-1 (CALL-3)', () => {
    const { effects } = run([...classified({ type: 'classify', at: at(30), kind: 'repair' }), { type: 'dispatch', at: at(60) }]);
    const task = effects.find((e) => e.type === 'create-task');
    expect(task?.type === 'create-task' && parseTask(task.task)).toEqual({
      id: 'c-1-T1',
      kind: 'repair',
      priority: 'normal',
      createdAt: at(60),
      policyId: 'gas-hotline/repair',
      links: { callId: 'c-1' },
      timeline: [{ type: 'created', at: at(60) }],
    });
  });

  it('emergency: a major one (重大抢险) escalates to leadership at once; every one creates an urgent task (CALL-2)', () => {
    const plain = run([...classified({ type: 'classify', at: at(30), kind: 'emergency' }), { type: 'collect', at: at(40), field: 'address' }, { type: 'dispatch', at: at(50) }]);
    expect(plain.effects.filter((e) => e.type === 'escalate')).toEqual([]);
    expect(plain.effects.find((e) => e.type === 'create-task')).toMatchObject({ task: { kind: 'emergency', priority: 'urgent' } });
    const { effects } = run([
      ...classified({ type: 'classify', at: at(30), kind: 'emergency', priority: 'low', major: true }),
      { type: 'collect', at: at(40), field: 'address' },
      { type: 'dispatch', at: at(50) },
    ]);
    expect(effects.filter((e) => e.type === 'escalate')).toEqual([{ type: 'escalate', to: 'leadership', at: at(30), rules: ['CALL-2'] }]);
    const task = effects.find((e) => e.type === 'create-task');
    expect(task?.type === 'create-task' && task.task).toMatchObject({ kind: 'emergency', priority: 'urgent', policyId: 'gas-hotline/emergency' });
  });

  it('a major emergency needing confirmation is high, not escalated; confirming it escalates once and keeps what was recorded', () => {
    const start = run([
      ...classified({ type: 'classify', at: at(30), kind: 'emergency', needsConfirmation: true, major: true }),
      { type: 'collect', at: at(35), field: 'address' },
    ]);
    expect(start.state.context.priority).toBe('high');
    expect(start.effects.some((e) => e.type === 'escalate')).toBe(false);
    const confirm = machine.transition(start.state, { type: 'classify', at: at(40), kind: 'emergency', major: true });
    expect(confirm.ok && confirm.effects).toEqual([{ type: 'escalate', to: 'leadership', at: at(40), rules: ['CALL-2'] }]);
    expect(confirm.ok && confirm.state.context).toMatchObject({ priority: 'urgent', collected: ['address'], needsConfirmation: false });
    const again = confirm.ok ? machine.transition(confirm.state, { type: 'classify', at: at(41), kind: 'emergency', major: true }) : confirm;
    expect(again.ok && again.effects).toEqual([]);
  });

  it('deferred consultation: a reply task due 24 h later (HOT-SLA-4), and a random callback within 48 h at the end (HOT-SLA-5)', () => {
    const { effects } = run([...classified({ type: 'classify', at: at(30), kind: 'consultation' }), { type: 'defer', at: at(60) }, ...closing(70)]);
    expect(effects.find((e) => e.type === 'schedule-reply')).toEqual({
      type: 'schedule-reply',
      taskId: 'c-1-T1',
      dueAt: '2026-10-01T08:01:00Z',
      rules: ['CALL-5', 'HOT-SLA-4'],
    });
    expect(effects.find((e) => e.type === 'schedule-callback')).toEqual({ type: 'schedule-callback', dueAt: '2026-10-02T08:01:18Z', random: true, rules: ['HOT-SLA-5'] });
    const task = effects.find((e) => e.type === 'create-task');
    expect(task?.type === 'create-task' && parseTask(task.task).policyId).toBe('gas-hotline/consultation-reply');
  });

  it('an enterprise hotline replies within 30 minutes (ENT-SLA-1) and has no consultation callback', () => {
    const enterprise = createCallMachine({ replyWithinMinutes: 30, consultationCallbackWithinMinutes: null });
    const result = enterprise.replay([...classified({ type: 'classify', at: at(30), kind: 'consultation' }), { type: 'defer', at: at(60) }, ...closing(70)]);
    expect(result.ok && result.effects.find((e) => e.type === 'schedule-reply')).toMatchObject({ dueAt: '2026-09-30T08:31:00Z' });
    expect(result.ok && result.effects.some((e) => e.type === 'schedule-callback')).toBe(false);
  });

  it('complaint: forwarding creates a high-priority task and notifies the department (CALL-4)', () => {
    const { effects } = run([...classified({ type: 'classify', at: at(30), kind: 'complaint' }), { type: 'forward', at: at(60), department: '维修部' }]);
    expect(effects.find((e) => e.type === 'notify-department')).toEqual({ type: 'notify-department', department: '维修部', taskId: 'c-1-T1', at: at(60), rules: ['CALL-4'] });
    const task = effects.find((e) => e.type === 'create-task');
    expect(task?.type === 'create-task' && parseTask(task.task)).toMatchObject({ kind: 'complaint', priority: 'high', policyId: 'gas-hotline/complaint' });
  });

  it('complaint: a very agitated caller is handed to another agent and the call carries on (CALL-4)', () => {
    const result = machine.replay([...classified({ type: 'classify', at: at(30), kind: 'complaint' }), { type: 'hand-over', at: at(40), to: '班长' }, ...closing(50)]);
    expect(result.ok && result.path.slice(-4)).toEqual(['complaint.handed-over', 'wrap-up', 'closing', 'ended']);
  });

  it('appointment: booking creates a task with the requested time (SCR-AUTO)', () => {
    const { effects } = run([
      ...classified({ type: 'classify', at: at(30), kind: 'appointment' }),
      { type: 'collect', at: at(31), field: 'phone' },
      { type: 'collect', at: at(32), field: 'time' },
      { type: 'book', at: at(40), appointmentAt: '2026-10-02T09:00:00+08:00' },
    ]);
    const task = effects.find((e) => e.type === 'create-task');
    expect(task?.type === 'create-task' && parseTask(task.task)).toMatchObject({
      kind: 'appointment',
      requestedBy: '2026-10-02T09:00:00+08:00',
      policyId: 'auto-aftersales/appointment',
    });
    expect(effects.filter((e) => e.type === 'deviation')).toEqual([]);
  });

  it('repair guided on the phone (IC card, meter battery) needs no order (CALL-6); an emergency cannot be self-served', () => {
    const result = machine.replay([...classified({ type: 'classify', at: at(30), kind: 'repair' }), { type: 'self-serve', at: at(40) }]);
    expect(result.ok && result.state.name).toBe('repair.self-served');
    expect(result.ok && result.effects.some((e) => e.type === 'create-task')).toBe(false);
    const emergency = machine.replay([...classified({ type: 'classify', at: at(30), kind: 'emergency' }), { type: 'self-serve', at: at(40) }]);
    expect(!emergency.ok && emergency.error.code).toBe('invalid_state');
  });
});

describe('call machine: deviations from the standard order', () => {
  const codes = (effects: readonly CallEffect[]): string[] => effects.flatMap((e) => (e.type === 'deviation' ? [e.code] : []));

  it('more rings than allowed (HOT-SLA-2)', () => {
    const rings: CallEvent[] = [0, 1, 2, 3].map((s) => ({ type: 'ring', at: at(s) }));
    expect(codes(run([...rings, { type: 'answer', at: at(5) }]).effects)).toEqual(['answer-within-rings']);
    expect(codes(run([...rings.slice(0, 3), { type: 'answer', at: at(5) }]).effects)).toEqual([]);
  });

  it('classifying without a greeting, dispatching before verifying, closing without “anything else”, agent hanging up first', () => {
    const { effects } = run([
      { type: 'ring', at: at(0) },
      { type: 'answer', at: at(1) },
      { type: 'classify', at: at(2), kind: 'repair' },
      { type: 'dispatch', at: at(3) },
      { type: 'close', at: at(4) },
      { type: 'hang-up', at: at(5), by: 'agent' },
    ]);
    expect(codes(effects)).toEqual(['greet-before-classify', 'verify-before-dispatch', 'record-incomplete', 'anything-else-before-close', 'customer-hangs-up-first']);
  });

  it('an emergency dispatched with the address but before verification is not flagged (safety first)', () => {
    const { effects } = run([
      { type: 'ring', at: at(0) },
      { type: 'answer', at: at(1) },
      { type: 'greet', at: at(1) },
      { type: 'classify', at: at(2), kind: 'emergency' },
      { type: 'collect', at: at(3), field: 'address' },
      { type: 'dispatch', at: at(4) },
    ]);
    expect(codes(effects)).toEqual(['record-incomplete']);
  });

  it('hold without consent is flagged; resume returns to the node it was held from (SCR-HOLD)', () => {
    const { state, effects } = run([...opening, { type: 'classify', at: at(30), kind: 'complaint' }, { type: 'hold', at: at(31), consent: false }, { type: 'resume', at: at(40) }]);
    expect(codes(effects)).toEqual(['hold-without-consent']);
    expect(state.name).toBe('complaint.recording');
    expect(state.context.heldFrom).toBeUndefined();
  });

  it('a dropped line ends the call as dropped; an unanswered call as abandoned', () => {
    expect(run([...opening, { type: 'hang-up', at: at(30), by: 'system' }]).state.context.outcome).toBe('dropped');
    expect(
      run([
        { type: 'ring', at: at(0) },
        { type: 'hang-up', at: at(9), by: 'customer' },
      ]).state.context.outcome,
    ).toBe('abandoned');
  });
});

describe('call machine: refusals never throw and never echo the payload', () => {
  const state = run(opening).state;

  it('an unknown event type names the known ones', () => {
    const result = machine.transition(state, { type: 'teleport', at: at(30) } as unknown as CallEvent);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ code: 'invalid_input', state: 'verified', event: 'teleport', path: ['type'] });
  });

  it('a malformed payload names the field, not the value', () => {
    const result = machine.transition(state, { type: 'identify', at: at(30), surname: '13800138000-and-more' });
    expect(!result.ok && result.error).toMatchObject({ code: 'invalid_input', path: ['surname'] });
    expect(!result.ok && result.error.message).not.toContain('13800138000');
  });

  it('time running backwards is refused (invalid_timeline); a time without offset is invalid input', () => {
    const back = machine.transition(state, { type: 'classify', at: at(1), kind: 'repair' });
    expect(!back.ok && back.error.code).toBe('invalid_timeline');
    const local = machine.transition(state, { type: 'classify', at: '2026-09-30T16:00:40', kind: 'repair' });
    expect(!local.ok && local.error).toMatchObject({ code: 'invalid_input', path: ['at'] });
  });

  it('a collect of an item not recorded in that node is refused with the items recorded there', () => {
    const complaint = run([...opening, { type: 'classify', at: at(30), kind: 'complaint' }]).state;
    const result = machine.transition(complaint, { type: 'collect', at: at(31), field: 'plate' });
    expect(!result.ok && result.error.message).toBe('field "plate" is not recorded in state "complaint.recording"; recorded there: name, phone, content');
  });

  it('replay stops at the first refusal with its index and the state before it', () => {
    const result = machine.replay([
      { type: 'ring', at: at(0) },
      { type: 'close', at: at(1) },
    ]);
    expect(result.ok).toBe(false);
    expect(!result.ok && [result.index, result.state.name, result.error.allowed]).toEqual([1, 'ringing', ['ring', 'answer', 'hang-up']]);
  });

  it('garbage states and events are refused, not thrown', () => {
    expect(machine.transition(null as unknown as CallState, { type: 'ring', at: at(0) }).ok).toBe(false);
    expect(machine.transition({ name: 'limbo', context: {} } as unknown as CallState, { type: 'ring', at: at(0) }).ok).toBe(false);
    expect(machine.transition(state, null as unknown as CallEvent).ok).toBe(false);
  });
});

describe('call machine: snapshots', () => {
  const state = run([...opening, { type: 'classify', at: at(30), kind: 'repair' }, { type: 'hold', at: at(31), consent: true }]).state;

  it('round-trip through JSON and carry the machine id and version', () => {
    const snapshot = machine.snapshot(state);
    expect(snapshot).toMatchObject({ machine: 'kefu/call', version: 1 });
    expect(machine.restore(JSON.parse(JSON.stringify(snapshot)))).toEqual(state);
  });

  it('refuse another version, another machine or a malformed state with KefuError invalid_state', () => {
    const snapshot = machine.snapshot(state);
    for (const bad of [
      { ...snapshot, version: 2 },
      { ...snapshot, machine: 'kefu/callback' },
      { ...snapshot, state: { ...snapshot.state, name: 'limbo' } },
      { ...snapshot, state: { name: 'on-hold', context: { ...snapshot.state.context, heldFrom: undefined } } },
      'nope',
      null,
    ]) {
      expect(() => machine.restore(bad)).toThrowError(KefuError);
      try {
        machine.restore(bad);
      } catch (error) {
        expect((error as KefuError).code).toBe('invalid_state');
      }
    }
  });
});

describe('call machine: properties (fast-check)', () => {
  const anyEvent = fc.oneof(
    fc.constantFrom(...CALL_EVENT_TYPES).chain((type) => fc.constantFrom(...callSamples(type, at(0)))),
    fc.record({ type: fc.string(), at: fc.constant(at(0)) }) as fc.Arbitrary<unknown>,
    fc.anything(),
  );
  const timed = fc
    .array(anyEvent, { maxLength: 30 })
    .map((events) => events.map((e, i) => (typeof e === 'object' && e !== null && !Array.isArray(e) ? { ...e, at: at(i) } : e) as CallEvent));

  it('random event sequences never throw; every accepted prefix restores from its snapshot and continues identically', () => {
    fc.assert(
      fc.property(timed, fc.nat(), (events, cut) => {
        let state = machine.initial();
        const accepted: CallEvent[] = [];
        for (const event of events) {
          const result = machine.transition(state, event);
          if (result.ok) {
            state = result.state;
            accepted.push(event);
          }
        }
        const split = accepted.length === 0 ? 0 : cut % (accepted.length + 1);
        const head = machine.replay(accepted.slice(0, split));
        expect(head.ok).toBe(true);
        if (!head.ok) return;
        const restored = machine.restore(JSON.parse(JSON.stringify(machine.snapshot(head.state))));
        const tail = machine.replay(accepted.slice(split), restored);
        expect(tail.ok).toBe(true);
        expect(tail.ok && tail.state).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});

describe('createCallMachine options', () => {
  it('rejects malformed options with KefuError naming the option', () => {
    expect(() => createCallMachine({ maxRings: 0 })).toThrowError(/maxRings/);
    expect(() => createCallMachine({ policies: { teleport: 'x' } as never })).toThrowError(/policies\.teleport/);
    expect(() => createCallMachine({ replyWithinMinutes: -1 })).toThrowError(/replyWithinMinutes/);
    expect(() => createCallMachine({ requiredFields: { report: ['shoe' as never] } })).toThrowError(/requiredFields\.report/);
  });
});
