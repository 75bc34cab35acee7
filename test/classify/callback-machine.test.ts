import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALLBACK_EVENT_TYPES, CALLBACK_STATE_NAMES, SATISFACTION_LEVELS, createCallbackMachine, type CallbackEvent } from '../../src/classify/callback-machine.js';
import { KefuError } from '../../src/model/error.js';
import { SATISFACTION_SCALE } from '../../src/presets/index.js';
import { parseTask } from '../../src/model/task.js';
import { enumeratePaths, reachableStates } from './graph.js';
import { at, callbackSamples } from './samples.js';

// The after-sales centre's scale (SCR-AUTO) supplies the words; the machine keys the levels.
const machine = createCallbackMachine({ policies: { 'follow-up': 'enterprise-hotline/follow-up' }, adoptedSuggestionDiscount: 0.2, scale: SATISFACTION_SCALE });
const start: CallbackEvent[] = [
  { type: 'dial', at: at(0), callId: 'cb-1', originalTaskId: 'T-9' },
  { type: 'ask-consent', at: at(10) },
];

describe('callback machine (rules: SCR-CALLBACK, SCR-AUTO, REC-1, REC-3)', () => {
  it('consent → survey → closing → ended, recording the satisfaction and the result', () => {
    const result = machine.replay([
      ...start,
      { type: 'consent', at: at(12), given: true },
      { type: 'rate', at: at(30), level: 'satisfied' },
      { type: 'close', at: at(40) },
      { type: 'hang-up', at: at(45), by: 'customer' },
    ]);
    expect(result.ok && result.path).toEqual(['idle', 'dialling', 'consent-asked', 'survey', 'survey', 'closing', 'ended']);
    expect(result.ok && result.effects).toEqual([
      { type: 'record-satisfaction', level: 'satisfied', zh: '比较满意', score: 4, at: at(30), rules: ['SCR-AUTO', 'REC-1'] },
      { type: 'record-callback', outcome: 'completed', ratings: 1, at: at(45), rules: ['REC-1'] },
    ]);
  });

  it('uses the seed’s five levels 非常满意/比较满意/一般/比较不满意/非常不满意 from the preset, scored 5 … 1', () => {
    expect(SATISFACTION_SCALE.map((l) => l.zh).join('/')).toBe('非常满意/比较满意/一般/比较不满意/非常不满意');
    expect(SATISFACTION_LEVELS.map((l) => l.score)).toEqual([5, 4, 3, 2, 1]);
    expect(SATISFACTION_LEVELS.filter((l) => l.dissatisfied).map((l) => l.id)).toEqual(['dissatisfied', 'very-dissatisfied']);
  });

  it('without an organisation’s scale an answer is recorded by level and score only (SCR-AUTO)', () => {
    const plain = createCallbackMachine();
    const result = plain.replay([...start, { type: 'consent', at: at(12), given: true }, { type: 'rate', at: at(30), level: 'very-satisfied' }]);
    expect(result.ok && result.effects).toEqual([{ type: 'record-satisfaction', level: 'very-satisfied', score: 5, at: at(30), rules: ['SCR-AUTO', 'REC-1'] }]);
  });

  it('rejects a scale that does not word five levels, naming the option', () => {
    expect(() => createCallbackMachine({ scale: [{ zh: '满意' }] })).toThrowError(KefuError);
    expect(() => createCallbackMachine({ scale: [{ zh: '满意' }] })).toThrowError(/scale/);
  });

  it('a declined callback ends politely (“抱歉，打扰了，再见！”) with the agent hanging up and no deviation', () => {
    const result = machine.replay([...start, { type: 'consent', at: at(12), given: false }, { type: 'hang-up', at: at(14), by: 'agent' }]);
    expect(result.ok && result.path.slice(-2)).toEqual(['declined', 'ended']);
    expect(result.ok && result.effects).toEqual([{ type: 'record-callback', outcome: 'declined', ratings: 0, at: at(14), rules: ['REC-1'] }]);
  });

  it('a dissatisfied answer without a reason is refused; with one it is recorded', () => {
    const survey = machine.replay([...start, { type: 'consent', at: at(12), given: true }]);
    if (!survey.ok) throw new Error('survey');
    for (const level of ['dissatisfied', 'very-dissatisfied'] as const) {
      const refused = machine.transition(survey.state, { type: 'rate', at: at(20), level });
      expect(!refused.ok && refused.error).toMatchObject({ code: 'invalid_input', path: ['reason'] });
      const blank = machine.transition(survey.state, { type: 'rate', at: at(20), level, reason: '  ' });
      expect(blank.ok).toBe(false);
      const ok = machine.transition(survey.state, { type: 'rate', at: at(20), level, reason: '等待时间太长' });
      expect(ok.ok && ok.effects[0]).toMatchObject({ level, reason: '等待时间太长' });
    }
    expect(machine.transition(survey.state, { type: 'rate', at: at(20), level: 'neutral' }).ok).toBe(true);
  });

  it('a new request spawns a follow-up case linked to the original (REC-3) that validates as a Task', () => {
    const result = machine.replay([
      ...start,
      { type: 'consent', at: at(12), given: true },
      { type: 'new-request', at: at(20) },
      { type: 'new-request', at: at(25), kind: 'repair' },
    ]);
    const tasks = result.ok ? result.effects.flatMap((e) => (e.type === 'create-task' ? [parseTask(e.task)] : [])) : [];
    expect(tasks.map((t) => [t.id, t.kind, t.links.parentTaskId, t.policyId])).toEqual([
      ['cb-1-F1', 'follow-up', 'T-9', 'enterprise-hotline/follow-up'],
      ['cb-1-F2', 'repair', 'T-9', undefined],
    ]);
  });

  it('a follow-up raised on a callback dialled without its original case is created and flagged (REC-3)', () => {
    const result = machine.replay([
      { type: 'dial', at: at(0), callId: 'cb-2' },
      ...start.slice(1),
      { type: 'consent', at: at(12), given: true },
      { type: 'new-request', at: at(20) },
    ]);
    expect(result.ok && result.effects.map((e) => (e.type === 'deviation' ? e : e.type))).toEqual([
      'create-task',
      { type: 'deviation', code: 'follow-up-unlinked', at: at(20), rules: ['REC-3'] },
    ]);
  });

  it('an adopted suggestion earns the configured discount (S3 六3: 20% off)', () => {
    const result = machine.replay([
      ...start,
      { type: 'consent', at: at(12), given: true },
      { type: 'suggest', at: at(20), adopted: true },
      { type: 'suggest', at: at(21), adopted: false },
    ]);
    expect(result.ok && result.effects.map((e) => (e.type === 'record-suggestion' ? e.discount : null))).toEqual([0.2, undefined]);
  });

  it('closing without a rating and the agent hanging up first are deviations', () => {
    const result = machine.replay([...start, { type: 'consent', at: at(12), given: true }, { type: 'close', at: at(20) }, { type: 'hang-up', at: at(21), by: 'agent' }]);
    expect(result.ok && result.effects.flatMap((e) => (e.type === 'deviation' ? [e.code] : []))).toEqual(['survey-incomplete', 'customer-hangs-up-first']);
  });

  it('no answer ends the callback as no-answer', () => {
    const result = machine.replay([
      { type: 'dial', at: at(0) },
      { type: 'no-answer', at: at(30) },
    ]);
    expect(result.ok && result.state.context.outcome).toBe('no-answer');
  });
});

describe('callback machine: every state × event and every path up to 7 events', () => {
  const reachable = reachableStates(machine, callbackSamples);
  it('reaches every state', () => expect([...reachable.keys()].sort()).toEqual([...CALLBACK_STATE_NAMES].sort()));

  for (const name of CALLBACK_STATE_NAMES) {
    for (const type of CALLBACK_EVENT_TYPES) {
      const targets = machine.targets(name, type);
      it(`${name} × ${type}: ${targets.length > 0 ? `leads to ${targets.join(' | ')}` : 'is refused'}`, () => {
        const entry = reachable.get(name);
        if (entry === undefined) throw new Error(`unreachable ${name}`);
        const results = callbackSamples(type, at(entry.path.length + 1)).map((e) => machine.transition(entry.state, e));
        if (targets.length === 0) {
          for (const r of results) expect(!r.ok && r.error).toMatchObject({ code: 'invalid_state', state: name, event: type, allowed: machine.allowedEvents(entry.state) });
        } else {
          expect(results.some((r) => r.ok)).toBe(true);
          for (const r of results) if (r.ok) expect(targets).toContain(r.state.name);
        }
      });
    }
  }

  it('replay equals stepwise on every path; snapshots restore', () => {
    const { paths } = enumeratePaths(machine, callbackSamples, 7);
    expect(paths.length).toBeGreaterThan(1000);
    for (const path of paths) {
      let state = machine.initial();
      for (const event of path) {
        const r = machine.transition(state, event);
        if (!r.ok) throw new Error(r.error.message);
        state = r.state;
      }
      const replayed = machine.replay(path);
      expect(replayed.ok && replayed.state).toEqual(state);
      expect(machine.restore(JSON.parse(JSON.stringify(machine.snapshot(state))))).toEqual(state);
    }
  });

  it('random sequences never throw and accepted ones replay from a snapshot', () => {
    const event = fc.oneof(
      fc.constantFrom(...CALLBACK_EVENT_TYPES).chain((t) => fc.constantFrom(...callbackSamples(t, at(0)))),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 20 }), (events) => {
        let state = machine.initial();
        const accepted: CallbackEvent[] = [];
        events.forEach((e, i) => {
          const timed = (typeof e === 'object' && e !== null && !Array.isArray(e) ? { ...e, at: at(i) } : e) as CallbackEvent;
          const r = machine.transition(state, timed);
          if (r.ok) {
            state = r.state;
            accepted.push(timed);
          }
        });
        const restored = machine.restore(JSON.parse(JSON.stringify(machine.snapshot(state))));
        expect(restored).toEqual(machine.replay(accepted).state);
      }),
      { numRuns: 300 },
    );
  });

  it('restoring a snapshot of another version throws KefuError invalid_state', () => {
    const snapshot = { ...machine.snapshot(machine.initial()), version: 99 };
    expect(() => machine.restore(snapshot)).toThrowError(KefuError);
  });

  it('rejects a discount outside (0, 1)', () => {
    expect(() => createCallbackMachine({ adoptedSuggestionDiscount: 20 })).toThrowError(/adoptedSuggestionDiscount/);
  });
});
