/**
 * The small engine both call machines run on: a transition table with one required cell per
 * state × event, event validation, time checks, replay, snapshots and Mermaid output. The machines
 * themselves (`call-machine.ts`, `callback-machine.ts`) are data for this engine.
 *
 * @module
 */
import * as z from 'zod/mini';
import { ISSUE_MESSAGES } from '../model/zod-messages.js';
import { KefuError } from '../model/error.js';
import { INSTANT_TEXT, formatInstant, instantMs, instantOffset, isInstantText } from '../model/instant.js';

/**
 * A machine state: the name of the node in the diagram and the data gathered so far. Plain JSON.
 *
 * @example
 * ```ts
 * const state: MachineState<'idle', { at?: string }> = { name: 'idle', context: {} };
 * ```
 */
export interface MachineState<Name extends string, Context> {
  readonly name: Name;
  readonly context: Context;
}

/**
 * Why an event was refused. It names the state, the event type and the events allowed there, and
 * never repeats the event's payload (which may hold a caller's phone number).
 *
 * - `invalid_state`: the event is not allowed in this state (see `allowed`).
 * - `invalid_input`: the event is malformed (unknown type, missing or bad field — see `path`).
 * - `invalid_timeline`: the event's time is earlier than the previous event's.
 *
 * @example
 * ```ts
 * const error: TransitionError = {
 *   code: 'invalid_state', state: 'ringing', event: 'close', allowed: ['ring', 'answer', 'hang-up'],
 *   message: 'event "close" is not allowed in state "ringing"; allowed there: ring, answer, hang-up',
 * };
 * ```
 */
export interface TransitionError {
  readonly code: 'invalid_state' | 'invalid_input' | 'invalid_timeline';
  readonly message: string;
  readonly state: string;
  readonly event: string;
  readonly allowed: readonly string[];
  /** Path of the bad field inside the event, for `invalid_input`. */
  readonly path?: readonly (string | number)[];
}

/**
 * The outcome of one transition: the next state and the effects the host should carry out, or the
 * reason the event was refused. Never thrown.
 *
 * @example
 * ```ts
 * import { createCallMachine } from 'kefu/classify';
 * const machine = createCallMachine();
 * let state = machine.initial();
 * const result = machine.transition(state, { type: 'answer', at: '2026-09-30T16:00:08+08:00' });
 * if (result.ok) state = result.state;
 * else console.log(result.error.message); // event "answer" is not allowed in state "idle"; allowed there: ring
 * ```
 */
export type TransitionResult<Name extends string, Context, Effect> =
  { readonly ok: true; readonly state: MachineState<Name, Context>; readonly effects: readonly Effect[] } | { readonly ok: false; readonly error: TransitionError };

/**
 * What a cell returns: the next node and context with effects, or a refusal for a guard that failed.
 * @internal
 */
export type CellOutcome<Name extends string, Context, Effect> =
  | { readonly ok: true; readonly name: Name; readonly context: Context; readonly effects: readonly Effect[] }
  | { readonly ok: false; readonly code: 'invalid_state' | 'invalid_input'; readonly message: string; readonly path?: readonly (string | number)[] };

/**
 * One cell of a transition table: the nodes it may lead to (for diagrams and tests) and the pure
 * function deciding the step.
 * @internal
 */
export interface Cell<Name extends string, Context, Event, Effect, Env> {
  readonly to: readonly Name[];
  /** The cell may leave the node unchanged (record an item, learn a surname). */
  readonly stay?: true;
  readonly run: (state: MachineState<Name, Context>, event: Event, env: Env) => CellOutcome<Name, Context, Effect>;
}

/**
 * A transition table: a required cell (or `null` for "not allowed") for every state × event type,
 * so a new state or event fails to compile until every row says what happens.
 * @internal
 */
export type TransitionTable<Name extends string, Context, Event extends { readonly type: string }, Effect, Env> = {
  readonly [S in Name]: { readonly [T in Event['type']]: Cell<Name, Context, Extract<Event, { readonly type: T }>, Effect, Env> | null };
};

/**
 * A validator for one event type: returns the path and message of the first problem, or undefined.
 * @internal
 */
export type EventValidators<Event extends { readonly type: string }> = {
  readonly [T in Event['type']]: (event: Readonly<Record<string, unknown>>) => { readonly path: readonly (string | number)[]; readonly message: string } | undefined;
};

/**
 * A machine state as JSON with the machine's id and version, so a host can store it and
 * {@link MachineApi.restore} it later.
 *
 * @example
 * ```ts
 * const snapshot: MachineSnapshot<'idle', object> = { machine: 'kefu/call', version: 1, state: { name: 'idle', context: {} } };
 * ```
 */
export interface MachineSnapshot<Name extends string, Context> {
  readonly machine: string;
  readonly version: number;
  readonly state: MachineState<Name, Context>;
}

/**
 * The result of {@link MachineApi.replay}: every state visited and every effect, or the first
 * refusal with the index of the event and the state before it.
 *
 * @example
 * ```ts
 * import { createCallMachine } from 'kefu/classify';
 * const run = createCallMachine().replay([
 *   { type: 'ring', at: '2026-09-30T16:00:00+08:00' },
 *   { type: 'answer', at: '2026-09-30T16:00:06+08:00' },
 * ]);
 * if (run.ok) console.log(run.path.join(' → ')); // idle → ringing → answered
 * ```
 */
export type ReplayResult<Name extends string, Context, Effect> =
  | { readonly ok: true; readonly state: MachineState<Name, Context>; readonly effects: readonly Effect[]; readonly path: readonly Name[] }
  | {
      readonly ok: false;
      readonly error: TransitionError;
      readonly index: number;
      readonly state: MachineState<Name, Context>;
      readonly effects: readonly Effect[];
      readonly path: readonly Name[];
    };

/**
 * Options of {@link MachineApi.toMermaid}.
 *
 * @example
 * ```ts
 * const options: MermaidOptions = { omitEvents: ['hold', 'resume'] };
 * ```
 */
export interface MermaidOptions {
  /** Event types whose edges are left out, to keep a large diagram readable. */
  readonly omitEvents?: readonly string[];
  /** Leave out edges that stay in the same node (recording an item, learning a surname). */
  readonly omitSelfLoops?: boolean;
}

/**
 * The functions every kefu state machine offers. All are pure; none reads the clock.
 *
 * @example
 * ```ts
 * import { createCallMachine } from 'kefu/classify';
 * const machine = createCallMachine();
 * machine.allowedEvents(machine.initial()); // ['ring']
 * ```
 */
export interface MachineApi<Name extends string, Context, Event extends { readonly type: string }, Effect> {
  /** Machine id written into snapshots, e.g. `kefu/call`. */
  readonly id: string;
  /** Version written into snapshots; a snapshot of another version does not restore. */
  readonly version: number;
  /** Every node of the machine, in diagram order. */
  readonly states: readonly Name[];
  /** Every event type, in table order. */
  readonly events: readonly Event['type'][];
  /** The state a new call starts in. */
  initial(): MachineState<Name, Context>;
  /** Apply one event. Never throws for a wrong or malformed event: it returns `{ ok: false, error }`. */
  transition(state: MachineState<Name, Context>, event: Event): TransitionResult<Name, Context, Effect>;
  /** Event types the table allows in this state (guards inside a cell may still refuse a payload). */
  allowedEvents(state: MachineState<Name, Context>): readonly Event['type'][];
  /** Nodes a cell may lead to, from the table (empty when the event is not allowed there). */
  targets(name: Name, event: Event['type']): readonly Name[];
  /** Apply events in order from `from` (the initial state by default), stopping at the first refusal. */
  replay(events: readonly Event[], from?: MachineState<Name, Context>): ReplayResult<Name, Context, Effect>;
  /** The state as JSON-ready data with the machine's id and version. */
  snapshot(state: MachineState<Name, Context>): MachineSnapshot<Name, Context>;
  /** Read a snapshot back; throws `KefuError('invalid_state')` for another machine, another version or a malformed state. */
  restore(snapshot: unknown): MachineState<Name, Context>;
  /** A Mermaid `stateDiagram-v2` of the table. */
  toMermaid(options?: MermaidOptions): string;
}

/** Definition handed to {@link defineMachine}. @internal */
export interface MachineDefinition<Name extends string, Context extends { readonly at?: string }, Event extends { readonly type: string; readonly at: string }, Effect, Env> {
  readonly id: string;
  readonly version: number;
  readonly states: readonly Name[];
  readonly events: readonly Event['type'][];
  readonly finalStates: readonly Name[];
  readonly initial: MachineState<Name, Context>;
  readonly table: TransitionTable<Name, Context, Event, Effect, Env>;
  readonly validators: EventValidators<Event>;
  readonly stateSchema: z.core.$ZodType<MachineState<Name, Context>>;
  readonly env: Env;
}

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/**
 * Check a timestamp with the model's own reader, so an instant the machine accepts is one a `Task`
 * accepts too.
 * @internal
 */
export function isTimestamp(value: unknown): value is string {
  return isInstantText(value);
}

/**
 * Build the machine API from a definition.
 * @internal
 */
export function defineMachine<Name extends string, Context extends { readonly at?: string }, Event extends { readonly type: string; readonly at: string }, Effect, Env>(
  definition: MachineDefinition<Name, Context, Event, Effect, Env>,
): MachineApi<Name, Context, Event, Effect> {
  const { table, validators, env } = definition;
  // The states this machine made (its initial state, its transitions' results, restored snapshots): they
  // need no check when they come back. A cache of identities, invisible in any result.
  const made = new WeakSet<object>();
  const vouch = <S extends MachineState<Name, Context>>(state: S): S => {
    made.add(state);
    return state;
  };
  vouch(definition.initial);
  const eventTypes = definition.events;
  type Row = Readonly<Record<string, Cell<Name, Context, Event, Effect, Env> | null>>;
  const rowOf = (name: string): Row | undefined => (hasOwn(table, name) ? (table as unknown as Readonly<Record<string, Row>>)[name] : undefined);
  const allowedCache = new Map<string, readonly Event['type'][]>();
  for (const name of definition.states) {
    const row = rowOf(name) as Row;
    allowedCache.set(name, Object.freeze(eventTypes.filter((t) => row[t] !== null)));
  }
  const allowedIn = (name: string): readonly Event['type'][] => allowedCache.get(name) ?? [];

  const refuse = (code: TransitionError['code'], state: string, event: string, message: string, path?: readonly (string | number)[]): { ok: false; error: TransitionError } => ({
    ok: false,
    error: { code, message, state, event, allowed: allowedIn(state), ...(path === undefined ? {} : { path }) },
  });

  const transition = (state: MachineState<Name, Context>, event: Event): TransitionResult<Name, Context, Effect> => {
    const stateName = typeof state === 'object' && state !== null && typeof state.name === 'string' ? state.name : '(none)';
    const row = rowOf(stateName);
    if (row === undefined || typeof state.context !== 'object' || state.context === null) {
      return refuse(
        'invalid_state',
        stateName,
        typeof event === 'object' && event !== null && typeof event.type === 'string' ? event.type : '(none)',
        `state "${stateName}" is not a state of ${definition.id}`,
      );
    }
    if (typeof event !== 'object' || event === null) {
      return refuse('invalid_input', stateName, '(none)', `event must be an object with a type (got ${event === null ? 'null' : typeof event})`, []);
    }
    const type: unknown = event.type;
    if (typeof type !== 'string' || !hasOwn(validators, type)) {
      return refuse(
        'invalid_input',
        stateName,
        typeof type === 'string' ? type : '(none)',
        `event type ${typeof type === 'string' ? `"${type}"` : '(missing)'} is not an event of ${definition.id}; events: ${eventTypes.join(', ')}`,
        ['type'],
      );
    }
    const validate = (
      validators as unknown as Readonly<Record<string, (e: Readonly<Record<string, unknown>>) => { path: readonly (string | number)[]; message: string } | undefined>>
    )[type];
    const fields = event as unknown as Readonly<Record<string, unknown>>;
    if (!isTimestamp(fields['at'])) {
      return refuse('invalid_input', stateName, type, `event "${type}" needs at: ${INSTANT_TEXT}`, ['at']);
    }
    const problem = validate?.(fields);
    if (problem !== undefined) return refuse('invalid_input', stateName, type, `event "${type}": ${problem.path.join('.')} ${problem.message}`, problem.path);
    const previous = state.context.at;
    if (previous !== undefined && (instantMs(event.at) ?? 0) < (instantMs(previous) ?? 0)) {
      return refuse('invalid_timeline', stateName, type, `event "${type}" is earlier than the previous event`, ['at']);
    }
    // A state this machine did not make (built by hand, or edited) is checked before it runs, so a missing
    // or inconsistent context is a refusal that names the field, never a TypeError deep in a cell.
    if (!made.has(state)) {
      const checked = z.safeParse(definition.stateSchema, state, { error: ISSUE_MESSAGES });
      if (!checked.success) {
        const issue = checked.error.issues[0];
        const where = issue === undefined ? '' : `${issue.path.map((p) => String(p)).join('.')}: ${issue.message}`;
        return refuse(
          'invalid_state',
          stateName,
          type,
          `state is not a ${definition.id} state the machine could reach (${where})`,
          issue?.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        );
      }
    }
    const cell = row[type];
    if (cell === null || cell === undefined) {
      const allowed = allowedIn(stateName);
      return refuse(
        'invalid_state',
        stateName,
        type,
        `event "${type}" is not allowed in state "${stateName}"; allowed there: ${allowed.length === 0 ? '(none)' : allowed.join(', ')}`,
      );
    }
    const outcome = cell.run(state, event, env);
    if (!outcome.ok) return refuse(outcome.code, stateName, type, outcome.message, outcome.path);
    return { ok: true, state: vouch({ name: outcome.name, context: { ...outcome.context, at: event.at } }), effects: outcome.effects };
  };

  const replay = (events: readonly Event[], from?: MachineState<Name, Context>): ReplayResult<Name, Context, Effect> => {
    let state = from ?? definition.initial;
    const effects: Effect[] = [];
    const path: Name[] = [state.name];
    for (let index = 0; index < events.length; index++) {
      const result = transition(state, events[index] as Event);
      if (!result.ok) return { ok: false, error: result.error, index, state, effects, path };
      state = result.state;
      for (const effect of result.effects) effects.push(effect);
      path.push(state.name);
    }
    return { ok: true, state, effects, path };
  };

  const restore = (snapshot: unknown): MachineState<Name, Context> => {
    if (typeof snapshot !== 'object' || snapshot === null) {
      throw new KefuError('invalid_state', `snapshot must be an object made by ${definition.id}.snapshot()`, [{ path: [], message: 'must be an object', value: snapshot }]);
    }
    const s = snapshot as { machine?: unknown; version?: unknown; state?: unknown };
    if (s.machine !== definition.id) {
      throw new KefuError('invalid_state', `snapshot is not of machine ${definition.id}`, [{ path: ['machine'], message: `must be "${definition.id}"`, value: s.machine }]);
    }
    if (s.version !== definition.version) {
      throw new KefuError('invalid_state', `snapshot version is not ${definition.version}`, [
        { path: ['version'], message: `must be ${definition.version}; snapshots of other versions do not restore`, value: s.version },
      ]);
    }
    const parsed = z.safeParse(definition.stateSchema, s.state, { error: ISSUE_MESSAGES });
    if (!parsed.success) {
      // The issues name paths only: a context may hold a surname or a department, not worth echoing.
      throw new KefuError(
        'invalid_state',
        `snapshot state is not a valid ${definition.id} state`,
        parsed.error.issues.slice(0, 5).map((issue) => ({ path: ['state', ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], message: issue.message })),
      );
    }
    return vouch(parsed.data);
  };

  const toMermaid = (options?: MermaidOptions): string => {
    const omit = new Set(options?.omitEvents ?? []);
    const ids = new Map(definition.states.map((name) => [name, name.replace(/[^A-Za-z0-9]/g, '_')]));
    const idOf = (name: Name): string => ids.get(name) ?? name;
    const lines = ['stateDiagram-v2'];
    for (const name of definition.states) {
      if (idOf(name) !== name) lines.push(`  state "${name}" as ${idOf(name)}`);
    }
    lines.push(`  [*] --> ${idOf(definition.initial.name)}`);
    for (const from of definition.states) {
      const row = rowOf(from) as Row;
      const edges = new Map<Name, string[]>();
      for (const type of eventTypes) {
        const cell = row[type];
        if (cell === null || cell === undefined || omit.has(type)) continue;
        for (const to of cell.stay === true && !cell.to.includes(from) ? [...cell.to, from] : cell.to) {
          if (options?.omitSelfLoops === true && to === from) continue;
          const labels = edges.get(to) ?? [];
          labels.push(type);
          edges.set(to, labels);
        }
      }
      for (const [to, labels] of edges) lines.push(`  ${idOf(from)} --> ${idOf(to)} : ${labels.join(', ')}`);
    }
    for (const name of definition.finalStates) lines.push(`  ${idOf(name)} --> [*]`);
    return `${lines.join('\n')}\n`;
  };

  return {
    id: definition.id,
    version: definition.version,
    states: definition.states,
    events: eventTypes,
    initial: () => definition.initial,
    transition,
    allowedEvents: (state) => allowedIn(typeof state === 'object' && state !== null ? state.name : ''),
    targets: (name, event) => {
      const row = rowOf(name);
      const cell = row?.[event];
      if (cell === null || cell === undefined) return [];
      return cell.stay === true && !cell.to.includes(name) ? [...cell.to, name] : cell.to;
    },
    replay,
    snapshot: (state) => ({ machine: definition.id, version: definition.version, state: JSON.parse(JSON.stringify(state)) as MachineState<Name, Context> }),
    restore,
    toMermaid,
  };
}

/**
 * Add minutes to an instant and return the result as an ISO string in UTC.
 * @internal
 */
export function addMinutes(at: string, minutes: number): string {
  // Written in the offset of `at`: a due time reads in the caller's own time (+08:00 stays +08:00).
  return formatInstant((instantMs(at) ?? Number.NaN) + minutes * 60_000, instantOffset(at) ?? 0);
}
