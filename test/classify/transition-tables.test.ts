import { describe, expect, expectTypeOf, it } from 'vitest';
import { CALLBACK_EVENT_TYPES, CALLBACK_STATE_NAMES, CALLBACK_TABLE, type CallbackEventType, type CallbackStateName } from '../../src/classify/callback-machine.js';
import { CALL_EVENT_TYPES, CALL_STATE_NAMES, CALL_TABLE, type CallEventType, type CallStateName } from '../../src/classify/call-machine.js';
import type { TransitionTable } from '../../src/classify/machine-engine.js';

// For every state, the keys of its row, as a type: equal to every event type exactly when the row is complete.
type RowKeys<Table, State extends keyof Table> = { readonly [S in State]: keyof Table[S] };

describe('transition tables are exhaustive over states × events (rule: CALL-8; ARCHITECTURE “Exhaustive”)', () => {
  it('the call table has a row for every state and a cell (or null) for every event in every row — at compile time', () => {
    expectTypeOf<keyof typeof CALL_TABLE>().toEqualTypeOf<CallStateName>();
    expectTypeOf<RowKeys<typeof CALL_TABLE, CallStateName>>().toEqualTypeOf<{ readonly [S in CallStateName]: CallEventType }>();
    expectTypeOf<(typeof CALL_STATE_NAMES)[number]>().toEqualTypeOf<CallStateName>();
    expectTypeOf<(typeof CALL_EVENT_TYPES)[number]>().toEqualTypeOf<CallEventType>();
  });

  it('the callback table likewise', () => {
    expectTypeOf<keyof typeof CALLBACK_TABLE>().toEqualTypeOf<CallbackStateName>();
    expectTypeOf<RowKeys<typeof CALLBACK_TABLE, CallbackStateName>>().toEqualTypeOf<{ readonly [S in CallbackStateName]: CallbackEventType }>();
    expectTypeOf<(typeof CALLBACK_STATE_NAMES)[number]>().toEqualTypeOf<CallbackStateName>();
    expectTypeOf<(typeof CALLBACK_EVENT_TYPES)[number]>().toEqualTypeOf<CallbackEventType>();
  });

  it('a table missing a state or an event does not compile', () => {
    type Tiny = TransitionTable<'a' | 'b', object, { readonly type: 'go' } | { readonly type: 'stop' }, never, object>;
    // @ts-expect-error — row b is missing
    const missingRow: Tiny = { a: { go: null, stop: null } };
    // @ts-expect-error — cell b × stop is missing
    const missingCell: Tiny = { a: { go: null, stop: null }, b: { go: null } };
    expect([missingRow, missingCell]).toHaveLength(2);
  });

  it('at run time too, every row lists all 19 call events and all 9 callback events', () => {
    for (const name of CALL_STATE_NAMES) expect(Object.keys(CALL_TABLE[name]).sort()).toEqual([...CALL_EVENT_TYPES].sort());
    for (const name of CALLBACK_STATE_NAMES) expect(Object.keys(CALLBACK_TABLE[name]).sort()).toEqual([...CALLBACK_EVENT_TYPES].sort());
    expect([CALL_EVENT_TYPES.length, CALLBACK_EVENT_TYPES.length]).toEqual([19, 9]);
  });
});
