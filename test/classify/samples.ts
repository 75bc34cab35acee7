import { CallKind, HangUpBy, type TaskKind } from '../../src/model/enums.js';
import { COLLECT_FIELDS, type CallEffect, type CallEvent, type CallEventType, type CallMachine, type CallState } from '../../src/classify/call-machine.js';
import { SATISFACTION_LEVELS, type CallbackEvent, type CallbackEventType } from '../../src/classify/callback-machine.js';

export const BASE = Date.parse('2026-09-30T16:00:00+08:00');
export const at = (second: number): string => new Date(BASE + second * 1000).toISOString();

/** Representative payloads of each call event type: every kind, field and side. */
export function callSamples(type: CallEventType, time: string): CallEvent[] {
  switch (type) {
    case 'ring':
      return [{ type, at: time, callId: 'c-1' }];
    case 'identify':
      return [{ type, at: time, surname: '王' }];
    case 'classify':
      return [...CallKind.options.map((kind) => ({ type, at: time, kind }) as const), { type, at: time, kind: 'emergency', needsConfirmation: true }];
    case 'collect':
      return COLLECT_FIELDS.map((field) => ({ type, at: time, field }));
    case 'forward':
      return [{ type, at: time, department: '维修部' }];
    case 'hand-over':
      return [{ type, at: time, to: '班长' }];
    case 'book':
      return [{ type, at: time, appointmentAt: '2026-10-02T09:00:00+08:00' }];
    case 'hold':
      return [
        { type, at: time, consent: true },
        { type, at: time, consent: false },
      ];
    case 'transfer':
      return [{ type, at: time, to: '抢修中心' }];
    case 'hang-up':
      return HangUpBy.options.map((by) => ({ type, at: time, by }));
    case 'answer':
    case 'greet':
    case 'verify':
    case 'defer':
    case 'dispatch':
    case 'self-serve':
    case 'ask-anything-else':
    case 'close':
    case 'resume':
      return [{ type, at: time }];
  }
}

export function callbackSamples(type: CallbackEventType, time: string): CallbackEvent[] {
  switch (type) {
    case 'dial':
      return [{ type, at: time, callId: 'cb-1', originalTaskId: 'T-9' }];
    case 'consent':
      return [
        { type, at: time, given: true },
        { type, at: time, given: false },
      ];
    case 'rate':
      return SATISFACTION_LEVELS.map((l) => ({ type, at: time, level: l.id, ...(l.dissatisfied ? { reason: '等待时间太长' } : {}) }));
    case 'suggest':
      return [
        { type, at: time, adopted: true },
        { type, at: time, adopted: false },
      ];
    case 'new-request':
      return [
        { type, at: time },
        { type, at: time, kind: 'repair' as TaskKind },
      ];
    case 'hang-up':
      return HangUpBy.options.map((by) => ({ type, at: time, by }));
    case 'no-answer':
    case 'ask-consent':
    case 'close':
      return [{ type, at: time }];
  }
}

/** Replay `events` through the call machine, failing the test with the refusal when one is refused. */
export function replayed(machine: CallMachine, events: readonly CallEvent[]): { state: CallState; effects: CallEffect[] } {
  const result = machine.replay(events);
  if (!result.ok) throw new Error(`replay refused event ${result.index}: ${result.error.message}`);
  return { state: result.state, effects: [...result.effects] };
}
