/**
 * The inbound call lifecycle (rule: CALL-8): ringing → answered → greeted → identified → verified →
 * classified into a kind-specific handling sub-state → wrap-up (“您还有其他问题吗？”) → closing →
 * ended, with hold/resume, transfer and dropped calls where they happen in real life.
 *
 * Steps the standard orders but real calls sometimes skip (classifying before the greeting,
 * dispatching before the record is confirmed, closing without asking “anything else”, the agent
 * hanging up first) are accepted and reported as `deviation` effects, so a QA replay can say where
 * the agent left the standard order. Steps that cannot happen (dispatching an unclassified call,
 * resuming a call that is not on hold) are refused.
 *
 * @module
 */
import * as z from 'zod/mini';
import { match, P } from 'ts-pattern';
import { KefuError } from '../model/error.js';
import { INSTANT_TEXT } from '../model/instant.js';
import { CallKind, HangUpBy, Priority, TaskKind } from '../model/enums.js';
import type { Task } from '../model/task.js';
import {
  addMinutes,
  defineMachine,
  isTimestamp,
  type Cell,
  type CellOutcome,
  type EventValidators,
  type MachineApi,
  type MachineState,
  type TransitionTable,
} from './machine-engine.js';

/**
 * Nodes of the inbound call machine. Handling sub-states are named `<kind>.<step>`.
 *
 * @example
 * ```ts
 * const name: CallStateName = 'repair.collecting';
 * ```
 */
export type CallStateName = (typeof CALL_STATE_NAMES)[number];

/**
 * Every node of the inbound call machine, in diagram order.
 *
 * @example
 * ```ts
 * CALL_STATE_NAMES.includes('wrap-up'); // true
 * ```
 */
export const CALL_STATE_NAMES = [
  'idle',
  'ringing',
  'answered',
  'greeted',
  'identified',
  'verified',
  'consultation.answering',
  'consultation.deferred',
  'repair.collecting',
  'repair.dispatched',
  'repair.self-served',
  'emergency.collecting',
  'emergency.dispatched',
  'complaint.recording',
  'complaint.forwarded',
  'complaint.handed-over',
  'appointment.collecting',
  'appointment.booked',
  'general.handling',
  'wrap-up',
  'closing',
  'on-hold',
  'transferred',
  'ended',
] as const;

/**
 * What an agent writes down during a call (rules: CALL-3 name, address, phone, content; CALL-4 name,
 * phone, content; SCR-AUTO phone, plate, time, needs). Only which items were taken is kept, never
 * their values (rule: REC-2).
 *
 * @example
 * ```ts
 * const field: CollectField = 'address';
 * ```
 */
export type CollectField = (typeof COLLECT_FIELDS)[number];

/**
 * Every item an agent may record.
 *
 * @example
 * ```ts
 * COLLECT_FIELDS.length; // 7
 * ```
 */
export const COLLECT_FIELDS = ['name', 'address', 'phone', 'content', 'plate', 'time', 'needs'] as const;

/**
 * How a call ended: `completed` after the closing, `abandoned` before it was answered, `dropped` by
 * the line, `customer-left` or `agent-ended` mid-call, `transferred` after a transfer.
 *
 * @example
 * ```ts
 * const outcome: CallOutcome = 'completed';
 * ```
 */
export type CallOutcome = 'completed' | 'abandoned' | 'dropped' | 'customer-left' | 'agent-ended' | 'transferred';

/**
 * Nodes a call can be put on hold from and resumed to.
 *
 * @example
 * ```ts
 * HOLDABLE_STATES.includes('wrap-up'); // true
 * ```
 */
export const HOLDABLE_STATES = [
  'answered',
  'greeted',
  'identified',
  'verified',
  'consultation.answering',
  'consultation.deferred',
  'repair.collecting',
  'repair.dispatched',
  'repair.self-served',
  'emergency.collecting',
  'emergency.dispatched',
  'complaint.recording',
  'complaint.forwarded',
  'complaint.handed-over',
  'appointment.collecting',
  'appointment.booked',
  'general.handling',
  'wrap-up',
] as const satisfies readonly CallStateName[];
/**
 * A node a call can be put on hold from and resumed to.
 *
 * @example
 * ```ts
 * const from: HoldableState = 'repair.collecting';
 * ```
 */
export type HoldableState = (typeof HOLDABLE_STATES)[number];

/**
 * What the inbound machine knows about a call. Plain JSON; no phone number or address is kept.
 *
 * @example
 * ```ts
 * const context: CallContext = createCallMachine().initial().context;
 * ```
 */
export interface CallContext {
  /** Time of the last accepted event. */
  readonly at?: string;
  readonly callId?: string;
  /** Rings counted before the answer (rule: HOT-SLA-2). */
  readonly rings: number;
  readonly answeredAt?: string;
  readonly greeted: boolean;
  /** The surname the agent uses (rule: PHR-ADDR). */
  readonly surname?: string;
  /** The customer record was confirmed (rule: SCR-VERIFY). */
  readonly verified: boolean;
  /** The matter being handled now. */
  readonly kind?: CallKind;
  readonly priority?: Priority;
  /** An emergency cue was negated or uncertain: the agent must confirm before treating it as urgent. */
  readonly needsConfirmation: boolean;
  /** Leadership was told of the emergency already (rule: CALL-2). */
  readonly escalated: boolean;
  /** Items recorded for the current matter. */
  readonly collected: readonly CollectField[];
  /** Every kind handled on this call, in order. */
  readonly kinds: readonly CallKind[];
  /** Tasks created so far; task ids are numbered from it. */
  readonly tasks: number;
  /** Id of the task of the current matter. */
  readonly taskId?: string;
  readonly anythingElseAsked: boolean;
  readonly heldFrom?: HoldableState;
  readonly holds: number;
  readonly transferredTo?: string;
  readonly hungUpBy?: HangUpBy;
  readonly outcome?: CallOutcome;
}

/**
 * A state of the inbound call machine.
 *
 * @example
 * ```ts
 * const state: CallState = createCallMachine().initial();
 * ```
 */
export type CallState = MachineState<CallStateName, CallContext>;

/**
 * Events of the inbound call machine. Every event carries its time `at` (ISO 8601 with offset); the
 * machine never reads a clock.
 *
 * @example
 * ```ts
 * const event: CallEvent = { type: 'classify', at: '2026-09-30T16:00:40+08:00', kind: 'repair' };
 * ```
 */
export type CallEvent =
  | { readonly type: 'ring'; readonly at: string; readonly callId?: string }
  | { readonly type: 'answer'; readonly at: string }
  | { readonly type: 'greet'; readonly at: string }
  | { readonly type: 'identify'; readonly at: string; readonly surname: string }
  | { readonly type: 'verify'; readonly at: string }
  | {
      readonly type: 'classify';
      readonly at: string;
      readonly kind: CallKind;
      readonly priority?: Priority;
      readonly needsConfirmation?: boolean;
      /** A major emergency (重大抢险): leadership is told at once (rule: CALL-2). */
      readonly major?: boolean;
    }
  | { readonly type: 'defer'; readonly at: string }
  | { readonly type: 'collect'; readonly at: string; readonly field: CollectField }
  | { readonly type: 'dispatch'; readonly at: string }
  | { readonly type: 'self-serve'; readonly at: string }
  | { readonly type: 'forward'; readonly at: string; readonly department: string }
  | { readonly type: 'hand-over'; readonly at: string; readonly to?: string }
  | { readonly type: 'book'; readonly at: string; readonly appointmentAt?: string }
  | { readonly type: 'ask-anything-else'; readonly at: string }
  | { readonly type: 'close'; readonly at: string }
  | { readonly type: 'hold'; readonly at: string; readonly consent: boolean }
  | { readonly type: 'resume'; readonly at: string }
  | { readonly type: 'transfer'; readonly at: string; readonly to: string }
  | { readonly type: 'hang-up'; readonly at: string; readonly by: HangUpBy };

/**
 * A call event type.
 *
 * @example
 * ```ts
 * const type: CallEventType = 'hang-up';
 * ```
 */
export type CallEventType = CallEvent['type'];

/**
 * Every event type of the inbound call machine, in table order.
 *
 * @example
 * ```ts
 * CALL_EVENT_TYPES[0]; // 'ring'
 * ```
 */
export const CALL_EVENT_TYPES = [
  'ring',
  'answer',
  'greet',
  'identify',
  'verify',
  'classify',
  'defer',
  'collect',
  'dispatch',
  'self-serve',
  'forward',
  'hand-over',
  'book',
  'ask-anything-else',
  'close',
  'hold',
  'resume',
  'transfer',
  'hang-up',
] as const satisfies readonly CallEventType[];

/**
 * Ways a call left the standard order. Each is reported once, where it happened, as a `deviation`
 * effect; the call goes on.
 *
 * - `answer-within-rings`: answered after more rings than allowed (HOT-SLA-2).
 * - `greet-before-classify`: the call was classified without the standard greeting (CALL-8, SCR-GREET).
 * - `verify-before-dispatch`: a repair was dispatched before the record was confirmed (CALL-8, SCR-VERIFY);
 *   for an emergency only when not even the address was taken.
 * - `record-incomplete`: a task was handed over without every item the standard asks to record (CALL-3, CALL-4, SCR-AUTO).
 * - `handover-missing`: a repair, emergency, complaint or appointment was left without dispatching, forwarding or booking it (CALL-3, CALL-4).
 * - `anything-else-before-close`: closing without asking “您还有其他问题吗？” (SCR-ANYTHING-ELSE).
 * - `hold-without-consent`: put on hold without asking (SCR-HOLD).
 * - `customer-hangs-up-first`: the agent hung up (CALL-8, SCR-CLOSE).
 *
 * @example
 * ```ts
 * const code: DeviationCode = 'anything-else-before-close';
 * ```
 */
export type DeviationCode = (typeof DEVIATION_CODES)[number];

/**
 * Every deviation code of the inbound call machine, in the order the standard's flow meets them — the
 * one list other modules read (the flow-order rule, its options schema).
 *
 * @example
 * ```ts
 * import { DEVIATION_CODES } from 'kefu/classify';
 * DEVIATION_CODES[0]; // 'answer-within-rings'
 * ```
 */
export const DEVIATION_CODES = [
  'answer-within-rings',
  'greet-before-classify',
  'verify-before-dispatch',
  'record-incomplete',
  'handover-missing',
  'anything-else-before-close',
  'hold-without-consent',
  'customer-hangs-up-first',
] as const;

/**
 * DOMAIN rule ids behind each deviation.
 *
 * @example
 * ```ts
 * DEVIATION_RULES['anything-else-before-close']; // ['SCR-ANYTHING-ELSE', 'CALL-8']
 * ```
 */
export const DEVIATION_RULES: { readonly [C in DeviationCode]: readonly string[] } = {
  'answer-within-rings': ['HOT-SLA-2'],
  'greet-before-classify': ['CALL-8', 'SCR-GREET'],
  'verify-before-dispatch': ['CALL-8', 'SCR-VERIFY'],
  'record-incomplete': ['CALL-3', 'CALL-4', 'SCR-AUTO'],
  'handover-missing': ['CALL-3', 'CALL-4'],
  'anything-else-before-close': ['SCR-ANYTHING-ELSE', 'CALL-8'],
  'hold-without-consent': ['SCR-HOLD'],
  'customer-hangs-up-first': ['CALL-8', 'SCR-CLOSE'],
};

/**
 * Effects of the inbound machine: data the host carries out (create the task in its ticketing
 * system, page the duty leader, schedule the reply…). Due instants are computed from the event's time.
 *
 * @example
 * ```ts
 * const effect: CallEffect = { type: 'escalate', to: 'leadership', at: '2026-09-30T16:00:40+08:00', rules: ['CALL-2'] };
 * ```
 */
export type CallEffect =
  | { readonly type: 'create-task'; readonly task: Task; readonly rules: readonly string[] }
  | { readonly type: 'escalate'; readonly to: 'leadership'; readonly at: string; readonly rules: readonly string[] }
  | { readonly type: 'schedule-reply'; readonly taskId: string; readonly dueAt: string; readonly rules: readonly string[] }
  | { readonly type: 'schedule-callback'; readonly dueAt: string; readonly random: boolean; readonly rules: readonly string[] }
  | { readonly type: 'notify-department'; readonly department: string; readonly taskId: string; readonly at: string; readonly rules: readonly string[] }
  | { readonly type: 'hand-over'; readonly to?: string; readonly at: string; readonly rules: readonly string[] }
  | { readonly type: 'transfer'; readonly to: string; readonly at: string; readonly rules: readonly string[] }
  | { readonly type: 'record-call'; readonly outcome: CallOutcome; readonly kinds: readonly CallKind[]; readonly at: string; readonly rules: readonly string[] }
  | { readonly type: 'deviation'; readonly code: DeviationCode; readonly at: string; readonly missing?: readonly CollectField[]; readonly rules: readonly string[] };

/**
 * Matters whose items are recorded before the hand-over: repair and emergency reports, complaints, appointments.
 *
 * @example
 * ```ts
 * const kind: RecordingKind = 'report';
 * ```
 */
export type RecordingKind = 'report' | 'complaint' | 'appointment';

/**
 * Options of {@link createCallMachine}, usually taken from a preset's classify data.
 *
 * @example
 * ```ts
 * const options: CallMachineOptions = { policies: { repair: 'demo-hotline/repair' }, maxRings: 3 };
 * ```
 */
export interface CallMachineOptions {
  /** SLA policy id for each task kind the machine creates (e.g. repair → HOT-SLA-1's policy). */
  readonly policies?: Partial<Readonly<Record<TaskKind, string>>>;
  /** Reply to a deferred consultation within this many minutes (HOT-SLA-4: 1440; ENT-SLA-1: 30). Default 1440. */
  readonly replyWithinMinutes?: number;
  /** Random callback on consultations within this many minutes (HOT-SLA-5: 2880); `null` for none. Default 2880. */
  readonly consultationCallbackWithinMinutes?: number | null;
  /** Rings allowed before the answer (HOT-SLA-2: 3). Default 3. */
  readonly maxRings?: number;
  /** Items to record before the hand-over; defaults: report name/address/phone/content, complaint name/phone/content, appointment phone/time. */
  readonly requiredFields?: Partial<Readonly<Record<RecordingKind, readonly CollectField[]>>>;
}

interface CallEnv {
  readonly policies: Partial<Readonly<Record<TaskKind, string>>>;
  readonly replyWithinMinutes: number;
  readonly consultationCallbackWithinMinutes: number | null;
  readonly maxRings: number;
  readonly requiredFields: Readonly<Record<RecordingKind, readonly CollectField[]>>;
}

/**
 * The default priority of a matter: emergencies are urgent (CALL-2), complaints high (KPI-1: zero
 * major complaints), invitations low, everything else normal.
 *
 * @example
 * ```ts
 * defaultPriority('emergency'); // 'urgent'
 * ```
 */
export function defaultPriority(kind: CallKind): Priority {
  return match(kind)
    .with('emergency', () => 'urgent' as const)
    .with('complaint', () => 'high' as const)
    .with('invitation', () => 'low' as const)
    .with('repair', 'consultation', 'callback', 'appointment', 'business', () => 'normal' as const)
    .exhaustive(unexpected('call kind'));
}

/**
 * The handler for `.exhaustive()`: a value outside the union can only come from a type violation;
 * it is reported without echoing the value, which may hold personal data.
 * @internal
 */
export function unexpected(what: string): (value: unknown) => never {
  return () => {
    throw new KefuError('invalid_state', `unhandled ${what} (a value outside its type reached an exhaustive match)`);
  };
}

/** First handling node of each kind. */
const HANDLING_START: { readonly [K in CallKind]: CallStateName } = {
  consultation: 'consultation.answering',
  repair: 'repair.collecting',
  emergency: 'emergency.collecting',
  complaint: 'complaint.recording',
  appointment: 'appointment.collecting',
  business: 'general.handling',
  callback: 'general.handling',
  invitation: 'general.handling',
};

/** The matter each handling node belongs to: classifying that kind again there is the same matter. */
const MATTER_OF: Partial<Readonly<Record<CallStateName, CallKind>>> = {
  'consultation.answering': 'consultation',
  'consultation.deferred': 'consultation',
  'repair.collecting': 'repair',
  'repair.dispatched': 'repair',
  'repair.self-served': 'repair',
  'emergency.collecting': 'emergency',
  'emergency.dispatched': 'emergency',
  'complaint.recording': 'complaint',
  'complaint.forwarded': 'complaint',
  'complaint.handed-over': 'complaint',
  'appointment.collecting': 'appointment',
  'appointment.booked': 'appointment',
};

/** Items that can be recorded in each node where recording happens. */
const RECORDABLE: Partial<Readonly<Record<CallStateName, readonly CollectField[]>>> = {
  'consultation.deferred': ['name', 'phone'],
  'repair.collecting': ['name', 'address', 'phone', 'content'],
  'emergency.collecting': ['name', 'address', 'phone', 'content'],
  'complaint.recording': ['name', 'phone', 'content'],
  // The agent the caller was handed to carries on recording (rule: CALL-4).
  'complaint.handed-over': ['name', 'phone', 'content'],
  'appointment.collecting': ['phone', 'plate', 'time', 'needs'],
};

type CallCell<T extends CallEventType> = Cell<CallStateName, CallContext, Extract<CallEvent, { readonly type: T }>, CallEffect, CallEnv>;
type Outcome = CellOutcome<CallStateName, CallContext, CallEffect>;

const go = (name: CallStateName, context: CallContext, effects: readonly CallEffect[] = []): Outcome => ({ ok: true, name, context, effects });
const deviation = (code: DeviationCode, at: string, missing?: readonly CollectField[]): CallEffect => ({
  type: 'deviation',
  code,
  at,
  rules: DEVIATION_RULES[code],
  ...(missing === undefined ? {} : { missing }),
});

function newTask(
  context: CallContext,
  env: CallEnv,
  kind: TaskKind,
  priority: Priority,
  at: string,
  extra: { readonly requestedBy?: string } = {},
): { task: Task; context: CallContext } {
  const number = context.tasks + 1;
  const id = `${context.callId ?? 'call'}-T${number}`;
  const policyId = env.policies[kind];
  const task: Task = {
    id,
    kind,
    priority,
    createdAt: at,
    ...(policyId === undefined ? {} : { policyId }),
    links: context.callId === undefined ? {} : { callId: context.callId },
    ...(extra.requestedBy === undefined ? {} : { requestedBy: extra.requestedBy }),
    timeline: [{ type: 'created', at }],
  };
  return { task, context: { ...context, tasks: number, taskId: id } };
}

const missingFields = (context: CallContext, required: readonly CollectField[]): CollectField[] => required.filter((f) => !context.collected.includes(f));

// ── cells ───────────────────────────────────────────────────────────────────────────────────────

const ring: CallCell<'ring'> = {
  to: ['ringing'],
  run: (state, event) =>
    go('ringing', {
      ...state.context,
      rings: state.context.rings + 1,
      ...(event.callId !== undefined && state.context.callId === undefined ? { callId: event.callId } : {}),
    }),
};

const answer: CallCell<'answer'> = {
  to: ['answered'],
  run: (state, event, env) => go('answered', { ...state.context, answeredAt: event.at }, state.context.rings > env.maxRings ? [deviation('answer-within-rings', event.at)] : []),
};

const greet: CallCell<'greet'> = { to: ['greeted'], run: (state) => go('greeted', { ...state.context, greeted: true }) };

const identifyAdvance: CallCell<'identify'> = { to: ['identified'], run: (state, event) => go('identified', { ...state.context, surname: event.surname }) };
/** A surname learnt (or corrected, PHR-ADDR) later in the call: the node does not change. */
const identifyInPlace: CallCell<'identify'> = { to: [], stay: true, run: (state, event) => go(state.name, { ...state.context, surname: event.surname }) };
const verifyAdvance: CallCell<'verify'> = { to: ['verified'], run: (state) => go('verified', { ...state.context, verified: true }) };
const verifyInPlace: CallCell<'verify'> = { to: [], stay: true, run: (state) => go(state.name, { ...state.context, verified: true }) };

const HANDLING_TARGETS = [...new Set(Object.values(HANDLING_START))];

const RANK: Readonly<Record<Priority, number>> = { low: 0, normal: 1, high: 2, urgent: 3 };
const atLeast = (priority: Priority, floor: Priority): Priority => (RANK[priority] >= RANK[floor] ? priority : floor);

const classify: CallCell<'classify'> = {
  to: HANDLING_TARGETS,
  stay: true,
  run: (state, event) => {
    const context = state.context;
    const needsConfirmation = event.needsConfirmation === true;
    // rule: CALL-2 — a confirmed emergency is urgent whatever the event says; an unconfirmed one is high.
    // Any other matter keeps the priority it was given; a danger still to rule out makes it at least high.
    const priority: Priority = match(event.kind)
      .with('emergency', () => (needsConfirmation ? ('high' as const) : ('urgent' as const)))
      .with('consultation', 'repair', 'complaint', 'callback', 'appointment', 'business', 'invitation', (kind) => {
        const given = event.priority ?? defaultPriority(kind);
        return needsConfirmation ? atLeast(given, 'high') : given;
      })
      .exhaustive(unexpected('call kind'));
    const effects: CallEffect[] = [];
    if (!context.greeted) effects.push(deviation('greet-before-classify', event.at));
    // rule: CALL-2 — 遇到重大抢险问题应及时向有关领导汇报: a major emergency, once confirmed, pages leadership once.
    const escalate = event.kind === 'emergency' && event.major === true && !needsConfirmation && !context.escalated;
    if (escalate) effects.push({ type: 'escalate', to: 'leadership', at: event.at, rules: ['CALL-2'] });
    const update = { priority, needsConfirmation, escalated: context.escalated || escalate };
    // The same kind again where its matter is handled (a confirmation, a repeat after dispatch) is the
    // same matter: the node and what was recorded stay.
    if (MATTER_OF[state.name] === event.kind && context.kind === event.kind) return go(state.name, { ...context, ...update }, effects);
    // Leaving a matter that still waits for its hand-over loses it unless the agent comes back to it.
    if (UNFINISHED.includes(state.name)) effects.push(deviation('handover-missing', event.at));
    const next: CallContext = {
      ...context,
      ...update,
      kind: event.kind,
      anythingElseAsked: false,
      collected: [],
      kinds: [...context.kinds, event.kind],
    };
    return go(HANDLING_START[event.kind], next, effects);
  },
};

const defer: CallCell<'defer'> = {
  to: ['consultation.deferred'],
  run: (state, event, env) => {
    // rules: CALL-5, HOT-SLA-4 — apologise, take name and phone, reply within the limit.
    const { task, context } = newTask(state.context, env, 'consultation-reply', state.context.priority ?? 'normal', event.at);
    return go('consultation.deferred', context, [
      { type: 'create-task', task, rules: ['CALL-5', 'HOT-SLA-4', 'REC-1'] },
      { type: 'schedule-reply', taskId: task.id, dueAt: addMinutes(event.at, env.replyWithinMinutes), rules: ['CALL-5', 'HOT-SLA-4'] },
    ]);
  },
};

const collect: CallCell<'collect'> = {
  to: [],
  stay: true,
  run: (state, event): Outcome => {
    const recordable = RECORDABLE[state.name] ?? [];
    if (!recordable.includes(event.field)) {
      return {
        ok: false,
        code: 'invalid_input',
        message: `field "${event.field}" is not recorded in state "${state.name}"; recorded there: ${recordable.join(', ')}`,
        path: ['field'],
      };
    }
    const collected = state.context.collected.includes(event.field) ? state.context.collected : [...state.context.collected, event.field];
    return go(state.name, { ...state.context, collected });
  },
};

const dispatchTo = (target: 'repair.dispatched' | 'emergency.dispatched', kind: 'repair' | 'emergency'): CallCell<'dispatch'> => ({
  to: [target],
  run: (state, event, env) => {
    const effects: CallEffect[] = [];
    const context0 = state.context;
    // rule: CALL-8 — confirm the record before dispatching; an emergency needs at least the address.
    const unverified = match(kind)
      .with('repair', () => !context0.verified)
      .with('emergency', () => !context0.verified && !context0.collected.includes('address'))
      .exhaustive(unexpected('dispatch kind'));
    if (unverified) effects.push(deviation('verify-before-dispatch', event.at));
    const missing = missingFields(context0, env.requiredFields.report);
    if (missing.length > 0) effects.push(deviation('record-incomplete', event.at, missing));
    // rules: CALL-3, HOT-SLA-1 — the order goes to the responsible unit at once as a task.
    const { task, context } = newTask(context0, env, kind, context0.priority ?? defaultPriority(kind), event.at);
    effects.unshift({ type: 'create-task', task, rules: kind === 'repair' ? ['CALL-3', 'HOT-SLA-1', 'REC-1'] : ['CALL-3', 'CALL-2', 'HOT-SLA-1', 'REC-1'] });
    return go(target, context, effects);
  },
});

/** rule: CALL-6 — IC-card use or a meter battery can be fixed with the agent's guidance, no order needed. */
const selfServe: CallCell<'self-serve'> = { to: ['repair.self-served'], run: (state) => go('repair.self-served', state.context) };

const forward: CallCell<'forward'> = {
  to: ['complaint.forwarded'],
  run: (state, event, env) => {
    const effects: CallEffect[] = [];
    const missing = missingFields(state.context, env.requiredFields.complaint);
    // rule: CALL-4 — record name, phone and content, then transfer the complaint to the department at once.
    const { task, context } = newTask(state.context, env, 'complaint', state.context.priority ?? 'high', event.at);
    effects.push({ type: 'create-task', task, rules: ['CALL-4', 'REC-1'] });
    effects.push({ type: 'notify-department', department: event.department, taskId: task.id, at: event.at, rules: ['CALL-4'] });
    if (missing.length > 0) effects.push(deviation('record-incomplete', event.at, missing));
    return go('complaint.forwarded', context, effects);
  },
};

/** rule: CALL-4 — a very agitated caller may be handed to another agent, who carries on. */
const handOver: CallCell<'hand-over'> = {
  to: ['complaint.handed-over'],
  run: (state, event) => go('complaint.handed-over', state.context, [{ type: 'hand-over', at: event.at, rules: ['CALL-4'], ...(event.to === undefined ? {} : { to: event.to }) }]),
};

const book: CallCell<'book'> = {
  to: ['appointment.booked'],
  run: (state, event, env) => {
    const effects: CallEffect[] = [];
    // The time the booking names is the time recorded.
    const recorded: CallContext =
      event.appointmentAt === undefined || state.context.collected.includes('time') ? state.context : { ...state.context, collected: [...state.context.collected, 'time'] };
    const missing = missingFields(recorded, env.requiredFields.appointment);
    // rule: SCR-AUTO — read the appointment back, then it is booked.
    const { task, context } = newTask(
      recorded,
      env,
      'appointment',
      recorded.priority ?? 'normal',
      event.at,
      event.appointmentAt === undefined ? {} : { requestedBy: event.appointmentAt },
    );
    effects.push({ type: 'create-task', task, rules: ['SCR-AUTO', 'REC-1'] });
    if (missing.length > 0) effects.push(deviation('record-incomplete', event.at, missing));
    return go('appointment.booked', context, effects);
  },
};

/** Nodes where a matter still waits for its hand-over (dispatch, forward, booking). */
const UNFINISHED: readonly CallStateName[] = ['repair.collecting', 'emergency.collecting', 'complaint.recording', 'complaint.handed-over', 'appointment.collecting'];

const askAnythingElse: CallCell<'ask-anything-else'> = {
  to: ['wrap-up'],
  run: (state, event) => go('wrap-up', { ...state.context, anythingElseAsked: true }, UNFINISHED.includes(state.name) ? [deviation('handover-missing', event.at)] : []),
};

const close: CallCell<'close'> = {
  to: ['closing'],
  run: (state, event) => {
    const effects: CallEffect[] = [];
    if (UNFINISHED.includes(state.name)) effects.push(deviation('handover-missing', event.at));
    if (!state.context.anythingElseAsked) effects.push(deviation('anything-else-before-close', event.at));
    return go('closing', state.context, effects);
  },
};

const isHoldable = (name: CallStateName): name is HoldableState => HOLDABLE_STATES.some((held) => held === name);

const hold: CallCell<'hold'> = {
  to: ['on-hold'],
  run: (state, event) => {
    const from = state.name;
    // The table has a hold cell only in holdable nodes; the guard keeps the type honest without a cast.
    if (!isHoldable(from)) return { ok: false, code: 'invalid_state', message: `a call in state "${from}" cannot be put on hold` };
    return go('on-hold', { ...state.context, heldFrom: from, holds: state.context.holds + 1 }, event.consent ? [] : [deviation('hold-without-consent', event.at)]);
  },
};

const resume: CallCell<'resume'> = {
  to: HOLDABLE_STATES,
  run: (state): Outcome => {
    const { heldFrom, ...rest } = state.context;
    if (heldFrom === undefined) return { ok: false, code: 'invalid_state', message: 'the call is on hold but the state it was held from is missing' };
    return go(heldFrom, rest);
  },
};

const transfer: CallCell<'transfer'> = {
  to: ['transferred'],
  run: (state, event) => go('transferred', { ...state.context, transferredTo: event.to }, [{ type: 'transfer', to: event.to, at: event.at, rules: ['CALL-7'] }]),
};

const hangUp: CallCell<'hang-up'> = {
  to: ['ended'],
  run: (state, event, env) => {
    const outcome: CallOutcome = match(state.name)
      .with('idle', 'ringing', () => 'abandoned' as const)
      .with('closing', () => 'completed' as const)
      .with('transferred', () => 'transferred' as const)
      .with(P.union(...HOLDABLE_STATES, 'on-hold', 'ended'), () =>
        match(event.by)
          .with('system', () => 'dropped' as const)
          .with('customer', () => 'customer-left' as const)
          .with('agent', () => 'agent-ended' as const)
          .exhaustive(unexpected('hang-up side')),
      )
      .exhaustive(unexpected('call state'));
    const effects: CallEffect[] = [];
    // rules: CALL-2, CALL-3 — a danger or a fault reported on a call that ends before its hand-over still
    // becomes a task, and the caller is called back at once (the line may have dropped mid-report).
    let context0 = state.context;
    const where = state.name === 'on-hold' ? state.context.heldFrom : state.name;
    if (where === 'emergency.collecting' || where === 'repair.collecting') {
      const kind = where === 'emergency.collecting' ? 'emergency' : 'repair';
      const created = newTask(context0, env, kind, context0.priority ?? defaultPriority(kind), event.at);
      context0 = created.context;
      effects.push(deviation('handover-missing', event.at));
      effects.push({ type: 'create-task', task: created.task, rules: kind === 'emergency' ? ['CALL-2', 'CALL-3', 'REC-1'] : ['CALL-3', 'REC-1'] });
      effects.push({ type: 'schedule-callback', dueAt: event.at, random: false, rules: ['CALL-3'] });
    }
    const answered = state.context.answeredAt !== undefined;
    if (event.by === 'agent' && answered && state.name !== 'transferred') effects.push(deviation('customer-hangs-up-first', event.at));
    if (answered) effects.push({ type: 'record-call', outcome, kinds: state.context.kinds, at: event.at, rules: ['REC-1'] });
    // rule: HOT-SLA-5 — consultations get a random callback within 48 h.
    if (state.context.kinds.includes('consultation') && env.consultationCallbackWithinMinutes !== null) {
      effects.push({ type: 'schedule-callback', dueAt: addMinutes(event.at, env.consultationCallbackWithinMinutes), random: true, rules: ['HOT-SLA-5'] });
    }
    // A call that ends while on hold is no longer held from anywhere.
    const { heldFrom: _held, ...rest } = context0;
    return go('ended', { ...rest, hungUpBy: event.by, outcome }, effects);
  },
};

// ── the table: one required cell per state × event ─────────────────────────────────────────────

const _ = null;

/** The inbound call machine's transition table. @internal */
export const CALL_TABLE: TransitionTable<CallStateName, CallContext, CallEvent, CallEffect, CallEnv> = {
  idle: {
    ring,
    answer: _,
    greet: _,
    identify: _,
    verify: _,
    classify: _,
    defer: _,
    collect: _,
    dispatch: _,
    'self-serve': _,
    forward: _,
    'hand-over': _,
    book: _,
    'ask-anything-else': _,
    close: _,
    hold: _,
    resume: _,
    transfer: _,
    'hang-up': _,
  },
  ringing: {
    ring,
    answer,
    greet: _,
    identify: _,
    verify: _,
    classify: _,
    defer: _,
    collect: _,
    dispatch: _,
    'self-serve': _,
    forward: _,
    'hand-over': _,
    book: _,
    'ask-anything-else': _,
    close: _,
    hold: _,
    resume: _,
    transfer: _,
    'hang-up': hangUp,
  },
  answered: {
    ring: _,
    answer: _,
    greet,
    identify: identifyAdvance,
    verify: verifyAdvance,
    classify,
    defer: _,
    collect: _,
    dispatch: _,
    'self-serve': _,
    forward: _,
    'hand-over': _,
    book: _,
    'ask-anything-else': _,
    close: _,
    hold,
    resume: _,
    transfer: _,
    'hang-up': hangUp,
  },
  greeted: {
    ring: _,
    answer: _,
    greet: _,
    identify: identifyAdvance,
    verify: verifyAdvance,
    classify,
    defer: _,
    collect: _,
    dispatch: _,
    'self-serve': _,
    forward: _,
    'hand-over': _,
    book: _,
    'ask-anything-else': _,
    close: _,
    hold,
    resume: _,
    transfer,
    'hang-up': hangUp,
  },
  identified: {
    ring: _,
    answer: _,
    greet: _,
    identify: identifyAdvance,
    verify: verifyAdvance,
    classify,
    defer: _,
    collect: _,
    dispatch: _,
    'self-serve': _,
    forward: _,
    'hand-over': _,
    book: _,
    'ask-anything-else': _,
    close: _,
    hold,
    resume: _,
    transfer,
    'hang-up': hangUp,
  },
  verified: {
    ring: _,
    answer: _,
    greet: _,
    identify: identifyInPlace,
    verify: _,
    classify,
    defer: _,
    collect: _,
    dispatch: _,
    'self-serve': _,
    forward: _,
    'hand-over': _,
    book: _,
    'ask-anything-else': _,
    close: _,
    hold,
    resume: _,
    transfer,
    'hang-up': hangUp,
  },
  'consultation.answering': {
    ring: _,
    answer: _,
    greet: _,
    identify: identifyInPlace,
    verify: verifyInPlace,
    classify,
    defer,
    collect: _,
    dispatch: _,
    'self-serve': _,
    forward: _,
    'hand-over': _,
    book: _,
    'ask-anything-else': askAnythingElse,
    close,
    hold,
    resume: _,
    transfer,
    'hang-up': hangUp,
  },
  'consultation.deferred': {
    ring: _,
    answer: _,
    greet: _,
    identify: identifyInPlace,
    verify: verifyInPlace,
    classify,
    defer: _,
    collect,
    dispatch: _,
    'self-serve': _,
    forward: _,
    'hand-over': _,
    book: _,
    'ask-anything-else': askAnythingElse,
    close,
    hold,
    resume: _,
    transfer,
    'hang-up': hangUp,
  },
  'repair.collecting': {
    ring: _,
    answer: _,
    greet: _,
    identify: identifyInPlace,
    verify: verifyInPlace,
    classify,
    defer: _,
    collect,
    dispatch: dispatchTo('repair.dispatched', 'repair'),
    'self-serve': selfServe,
    forward: _,
    'hand-over': _,
    book: _,
    'ask-anything-else': askAnythingElse,
    close,
    hold,
    resume: _,
    transfer,
    'hang-up': hangUp,
  },
  'repair.dispatched': {
    ring: _,
    answer: _,
    greet: _,
    identify: identifyInPlace,
    verify: verifyInPlace,
    classify,
    defer: _,
    collect: _,
    dispatch: _,
    'self-serve': _,
    forward: _,
    'hand-over': _,
    book: _,
    'ask-anything-else': askAnythingElse,
    close,
    hold,
    resume: _,
    transfer,
    'hang-up': hangUp,
  },
  'repair.self-served': {
    ring: _,
    answer: _,
    greet: _,
    identify: identifyInPlace,
    verify: verifyInPlace,
    classify,
    defer: _,
    collect: _,
    dispatch: _,
    'self-serve': _,
    forward: _,
    'hand-over': _,
    book: _,
    'ask-anything-else': askAnythingElse,
    close,
    hold,
    resume: _,
    transfer,
    'hang-up': hangUp,
  },
  'emergency.collecting': {
    ring: _,
    answer: _,
    greet: _,
    identify: identifyInPlace,
    verify: verifyInPlace,
    classify,
    defer: _,
    collect,
    dispatch: dispatchTo('emergency.dispatched', 'emergency'),
    'self-serve': _,
    forward: _,
    'hand-over': _,
    book: _,
    'ask-anything-else': askAnythingElse,
    close,
    hold,
    resume: _,
    transfer,
    'hang-up': hangUp,
  },
  'emergency.dispatched': {
    ring: _,
    answer: _,
    greet: _,
    identify: identifyInPlace,
    verify: verifyInPlace,
    classify,
    defer: _,
    collect: _,
    dispatch: _,
    'self-serve': _,
    forward: _,
    'hand-over': _,
    book: _,
    'ask-anything-else': askAnythingElse,
    close,
    hold,
    resume: _,
    transfer,
    'hang-up': hangUp,
  },
  'complaint.recording': {
    ring: _,
    answer: _,
    greet: _,
    identify: identifyInPlace,
    verify: verifyInPlace,
    classify,
    defer: _,
    collect,
    dispatch: _,
    'self-serve': _,
    forward,
    'hand-over': handOver,
    book: _,
    'ask-anything-else': askAnythingElse,
    close,
    hold,
    resume: _,
    transfer,
    'hang-up': hangUp,
  },
  'complaint.forwarded': {
    ring: _,
    answer: _,
    greet: _,
    identify: identifyInPlace,
    verify: verifyInPlace,
    classify,
    defer: _,
    collect: _,
    dispatch: _,
    'self-serve': _,
    forward: _,
    'hand-over': handOver,
    book: _,
    'ask-anything-else': askAnythingElse,
    close,
    hold,
    resume: _,
    transfer,
    'hang-up': hangUp,
  },
  'complaint.handed-over': {
    ring: _,
    answer: _,
    greet: _,
    identify: identifyInPlace,
    verify: verifyInPlace,
    classify,
    defer: _,
    collect,
    dispatch: _,
    'self-serve': _,
    forward,
    'hand-over': _,
    book: _,
    'ask-anything-else': askAnythingElse,
    close,
    hold,
    resume: _,
    transfer,
    'hang-up': hangUp,
  },
  'appointment.collecting': {
    ring: _,
    answer: _,
    greet: _,
    identify: identifyInPlace,
    verify: verifyInPlace,
    classify,
    defer: _,
    collect,
    dispatch: _,
    'self-serve': _,
    forward: _,
    'hand-over': _,
    book,
    'ask-anything-else': askAnythingElse,
    close,
    hold,
    resume: _,
    transfer,
    'hang-up': hangUp,
  },
  'appointment.booked': {
    ring: _,
    answer: _,
    greet: _,
    identify: identifyInPlace,
    verify: verifyInPlace,
    classify,
    defer: _,
    collect: _,
    dispatch: _,
    'self-serve': _,
    forward: _,
    'hand-over': _,
    book: _,
    'ask-anything-else': askAnythingElse,
    close,
    hold,
    resume: _,
    transfer,
    'hang-up': hangUp,
  },
  'general.handling': {
    ring: _,
    answer: _,
    greet: _,
    identify: identifyInPlace,
    verify: verifyInPlace,
    classify,
    defer: _,
    collect: _,
    dispatch: _,
    'self-serve': _,
    forward: _,
    'hand-over': _,
    book: _,
    'ask-anything-else': askAnythingElse,
    close,
    hold,
    resume: _,
    transfer,
    'hang-up': hangUp,
  },
  'wrap-up': {
    ring: _,
    answer: _,
    greet: _,
    identify: _,
    verify: _,
    classify,
    defer: _,
    collect: _,
    dispatch: _,
    'self-serve': _,
    forward: _,
    'hand-over': _,
    book: _,
    'ask-anything-else': _,
    close,
    hold,
    resume: _,
    transfer,
    'hang-up': hangUp,
  },
  closing: {
    ring: _,
    answer: _,
    greet: _,
    identify: _,
    verify: _,
    classify: _,
    defer: _,
    collect: _,
    dispatch: _,
    'self-serve': _,
    forward: _,
    'hand-over': _,
    book: _,
    'ask-anything-else': _,
    close: _,
    hold: _,
    resume: _,
    transfer: _,
    'hang-up': hangUp,
  },
  'on-hold': {
    ring: _,
    answer: _,
    greet: _,
    identify: _,
    verify: _,
    classify: _,
    defer: _,
    collect: _,
    dispatch: _,
    'self-serve': _,
    forward: _,
    'hand-over': _,
    book: _,
    'ask-anything-else': _,
    close: _,
    hold: _,
    resume,
    transfer: _,
    'hang-up': hangUp,
  },
  transferred: {
    ring: _,
    answer: _,
    greet: _,
    identify: _,
    verify: _,
    classify: _,
    defer: _,
    collect: _,
    dispatch: _,
    'self-serve': _,
    forward: _,
    'hand-over': _,
    book: _,
    'ask-anything-else': _,
    close: _,
    hold: _,
    resume: _,
    transfer: _,
    'hang-up': hangUp,
  },
  ended: {
    ring: _,
    answer: _,
    greet: _,
    identify: _,
    verify: _,
    classify: _,
    defer: _,
    collect: _,
    dispatch: _,
    'self-serve': _,
    forward: _,
    'hand-over': _,
    book: _,
    'ask-anything-else': _,
    close: _,
    hold: _,
    resume: _,
    transfer: _,
    'hang-up': _,
  },
};

// ── validation of events and snapshots ─────────────────────────────────────────────────────────

const nonEmpty = (value: unknown, max = 100): boolean => typeof value === 'string' && value.trim() !== '' && value.length <= max;
const optional = (event: Readonly<Record<string, unknown>>, key: string, ok: (v: unknown) => boolean): boolean => event[key] === undefined || ok(event[key]);
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && values.some((known) => known === value);
const isKind = oneOf(CallKind.options);
const isPriority = oneOf(Priority.options);
const isHangUpBy = oneOf(HangUpBy.options);
const isField = oneOf(COLLECT_FIELDS);
const problem = (path: string, message: string) => ({ path: [path], message });

const CALL_VALIDATORS: EventValidators<CallEvent> = {
  ring: (e) => (optional(e, 'callId', (v) => nonEmpty(v)) ? undefined : problem('callId', 'must be a non-empty string of at most 100 characters')),
  answer: () => undefined,
  greet: () => undefined,
  identify: (e) => (nonEmpty(e['surname'], 8) ? undefined : problem('surname', 'must be a non-empty string of at most 8 characters')),
  verify: () => undefined,
  classify: (e) =>
    !isKind(e['kind'])
      ? problem('kind', `must be one of ${CallKind.options.join(', ')}`)
      : !optional(e, 'priority', isPriority)
        ? problem('priority', `must be one of ${Priority.options.join(', ')}`)
        : !optional(e, 'needsConfirmation', (v) => typeof v === 'boolean')
          ? problem('needsConfirmation', 'must be a boolean')
          : !optional(e, 'major', (v) => typeof v === 'boolean')
            ? problem('major', 'must be a boolean')
            : undefined,
  defer: () => undefined,
  collect: (e) => (isField(e['field']) ? undefined : problem('field', `must be one of ${COLLECT_FIELDS.join(', ')}`)),
  dispatch: () => undefined,
  'self-serve': () => undefined,
  forward: (e) => (nonEmpty(e['department']) ? undefined : problem('department', 'must be a non-empty string of at most 100 characters')),
  'hand-over': (e) => (optional(e, 'to', (v) => nonEmpty(v)) ? undefined : problem('to', 'must be a non-empty string of at most 100 characters')),
  book: (e) => (optional(e, 'appointmentAt', isTimestamp) ? undefined : problem('appointmentAt', `must be ${INSTANT_TEXT}`)),
  'ask-anything-else': () => undefined,
  close: () => undefined,
  hold: (e) => (typeof e['consent'] === 'boolean' ? undefined : problem('consent', 'must be a boolean (was the customer asked before the hold?)')),
  resume: () => undefined,
  transfer: (e) => (nonEmpty(e['to']) ? undefined : problem('to', 'must be a non-empty string of at most 100 characters')),
  'hang-up': (e) => (isHangUpBy(e['by']) ? undefined : problem('by', `must be one of ${HangUpBy.options.join(', ')}`)),
};

const timestamp = /* @__PURE__ */ z.string().check(z.refine(isTimestamp, `expected ${INSTANT_TEXT}`));
const CallContextSchema = /* @__PURE__ */ z.strictObject({
  at: z.exactOptional(timestamp),
  callId: z.exactOptional(z.string().check(z.minLength(1), z.maxLength(100))),
  rings: z.int().check(z.nonnegative()),
  answeredAt: z.exactOptional(timestamp),
  greeted: z.boolean(),
  surname: z.exactOptional(z.string().check(z.minLength(1), z.maxLength(8))),
  verified: z.boolean(),
  kind: z.exactOptional(CallKind),
  priority: z.exactOptional(Priority),
  needsConfirmation: z.boolean(),
  escalated: z.boolean(),
  collected: z.array(z.enum(COLLECT_FIELDS)),
  kinds: z.array(CallKind),
  tasks: z.int().check(z.nonnegative()),
  taskId: z.exactOptional(z.string().check(z.minLength(1))),
  anythingElseAsked: z.boolean(),
  heldFrom: z.exactOptional(z.enum(HOLDABLE_STATES)),
  holds: z.int().check(z.nonnegative()),
  transferredTo: z.exactOptional(z.string().check(z.minLength(1))),
  hungUpBy: z.exactOptional(HangUpBy),
  outcome: z.exactOptional(z.enum(['completed', 'abandoned', 'dropped', 'customer-left', 'agent-ended', 'transferred'])),
});
/** Nodes whose matter is a task already created. */
const WITH_TASK: readonly CallStateName[] = ['consultation.deferred', 'repair.dispatched', 'emergency.dispatched', 'complaint.forwarded', 'appointment.booked'];
const GENERAL_KINDS: readonly CallKind[] = ['business', 'callback', 'invitation'];

/**
 * What a state must hold to be one the machine could have reached: a snapshot or a hand-built state
 * that breaks one of these is refused, not run (a node of a matter without its kind, an ended call
 * without its outcome, a dispatched repair without its task).
 */
function inconsistency(name: CallStateName, c: CallContext): { path: string; message: string } | undefined {
  const matter = MATTER_OF[name];
  if (matter !== undefined && c.kind !== matter) return { path: 'kind', message: `must be "${matter}" in state "${name}"` };
  if (name === 'general.handling' && (c.kind === undefined || !GENERAL_KINDS.includes(c.kind)))
    return { path: 'kind', message: `must be one of ${GENERAL_KINDS.join(', ')} in state "${name}"` };
  if (c.kind !== undefined && !c.kinds.includes(c.kind)) return { path: 'kinds', message: 'must list the kind of the matter in hand' };
  if ((name === 'on-hold') !== (c.heldFrom !== undefined)) return { path: 'heldFrom', message: 'is set exactly when the call is on hold' };
  if ((name === 'ended') !== (c.outcome !== undefined)) return { path: 'outcome', message: 'is set exactly when the call has ended' };
  if (name === 'transferred' && c.transferredTo === undefined) return { path: 'transferredTo', message: 'must name where a transferred call went' };
  if (WITH_TASK.includes(name) && c.taskId === undefined) return { path: 'taskId', message: `must name the task of state "${name}"` };
  if (c.taskId !== undefined && c.tasks < 1) return { path: 'tasks', message: 'must count the task named by taskId' };
  if (name === 'greeted' && !c.greeted) return { path: 'greeted', message: 'must be true in state "greeted"' };
  if (name === 'verified' && !c.verified) return { path: 'verified', message: 'must be true in state "verified"' };
  if (name === 'identified' && c.surname === undefined) return { path: 'surname', message: 'must be set in state "identified"' };
  if (name !== 'idle' && name !== 'ringing' && name !== 'ended' && c.answeredAt === undefined)
    return { path: 'answeredAt', message: `must be set in state "${name}" (the call was answered)` };
  return undefined;
}

const CallStateSchema = /* @__PURE__ */ z.strictObject({ name: z.enum(CALL_STATE_NAMES), context: CallContextSchema }).check(
  z.superRefine((s, ctx) => {
    const problem = inconsistency(s.name, s.context);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem.message, path: ['context', problem.path], input: s.context });
  }),
);

const INITIAL_CONTEXT: CallContext = {
  rings: 0,
  greeted: false,
  verified: false,
  needsConfirmation: false,
  escalated: false,
  collected: [],
  kinds: [],
  tasks: 0,
  anythingElseAsked: false,
  holds: 0,
};

/**
 * Version of the inbound call machine written into snapshots. Bump it when states, events or the
 * context change shape.
 *
 * @example
 * ```ts
 * createCallMachine().snapshot(createCallMachine().initial()).version === CALL_MACHINE_VERSION; // true
 * ```
 */
export const CALL_MACHINE_VERSION = 1;

/**
 * The inbound call machine's API (see {@link MachineApi}).
 *
 * @example
 * ```ts
 * const machine: CallMachine = createCallMachine();
 * ```
 */
export type CallMachine = MachineApi<CallStateName, CallContext, CallEvent, CallEffect>;

const isRecordingKind = (kind: string): kind is RecordingKind => kind === 'report' || kind === 'complaint' || kind === 'appointment';

const positive = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value) && value > 0;

/**
 * Create the inbound call machine (rule: CALL-8) with an organisation's SLA policy ids and limits.
 * Build it once and reuse it: `transition` is a table lookup plus the cell's decision.
 *
 * @param options - policy ids per task kind, reply and callback limits, ring limit, items to record
 * @returns the machine: `initial`, `transition`, `allowedEvents`, `replay`, `snapshot`, `restore`, `toMermaid`
 * @throws KefuError `invalid_input` naming the option when an option is malformed
 * @example
 * ```ts
 * import { createCallMachine } from 'kefu/classify';
 * const machine = createCallMachine({ policies: { repair: 'demo-hotline/repair' } });
 * const run = machine.replay([
 *   { type: 'ring', at: '2026-09-30T16:00:00+08:00', callId: 'c-1' },
 *   { type: 'answer', at: '2026-09-30T16:00:06+08:00' },
 *   { type: 'greet', at: '2026-09-30T16:00:08+08:00' },
 *   { type: 'classify', at: '2026-09-30T16:00:20+08:00', kind: 'repair' },
 * ]);
 * run.ok && run.state.name; // 'repair.collecting'
 * ```
 */
export function createCallMachine(options: CallMachineOptions = {}): CallMachine {
  if (typeof options !== 'object' || options === null)
    throw new KefuError('invalid_input', 'call machine options must be an object', [{ path: [], message: 'must be an object', value: options }]);
  const policies = options.policies ?? {};
  for (const [kind, id] of Object.entries(policies)) {
    if (!TaskKind.options.some((known) => known === kind))
      throw new KefuError('invalid_input', `policies.${kind} is not a task kind`, [
        { path: ['policies', kind], message: `is not a task kind; kinds: ${TaskKind.options.join(', ')}`, value: kind },
      ]);
    if (typeof id !== 'string' || id === '')
      throw new KefuError('invalid_input', `policies.${kind} must be a non-empty policy id`, [{ path: ['policies', kind], message: 'must be a non-empty policy id', value: id }]);
  }
  const replyWithinMinutes = options.replyWithinMinutes ?? 24 * 60;
  if (!positive(replyWithinMinutes))
    throw new KefuError('invalid_input', 'replyWithinMinutes must be a positive number', [
      { path: ['replyWithinMinutes'], message: 'must be a positive number of minutes', value: replyWithinMinutes },
    ]);
  const callback = options.consultationCallbackWithinMinutes === undefined ? 48 * 60 : options.consultationCallbackWithinMinutes;
  if (callback !== null && !positive(callback))
    throw new KefuError('invalid_input', 'consultationCallbackWithinMinutes must be a positive number or null', [
      { path: ['consultationCallbackWithinMinutes'], message: 'must be a positive number of minutes or null', value: callback },
    ]);
  const maxRings = options.maxRings ?? 3;
  if (!Number.isInteger(maxRings) || maxRings < 1)
    throw new KefuError('invalid_input', 'maxRings must be a positive integer', [{ path: ['maxRings'], message: 'must be a positive integer', value: maxRings }]);
  const requiredFields: Record<RecordingKind, readonly CollectField[]> = {
    report: ['name', 'address', 'phone', 'content'],
    complaint: ['name', 'phone', 'content'],
    appointment: ['phone', 'time'],
  };
  for (const [kind, fields] of Object.entries(options.requiredFields ?? {})) {
    if (!isRecordingKind(kind))
      throw new KefuError('invalid_input', `requiredFields.${kind} is not a recording kind`, [
        { path: ['requiredFields', kind], message: 'must be report, complaint or appointment', value: kind },
      ]);
    if (!Array.isArray(fields) || !fields.every(isField))
      throw new KefuError('invalid_input', `requiredFields.${kind} must list fields`, [
        { path: ['requiredFields', kind], message: `must be an array of ${COLLECT_FIELDS.join(', ')}`, value: fields },
      ]);
    requiredFields[kind] = [...fields];
  }
  return defineMachine({
    id: 'kefu/call',
    version: CALL_MACHINE_VERSION,
    states: CALL_STATE_NAMES,
    events: CALL_EVENT_TYPES,
    finalStates: ['ended'],
    initial: { name: 'idle', context: INITIAL_CONTEXT },
    table: CALL_TABLE,
    validators: CALL_VALIDATORS,
    stateSchema: CallStateSchema,
    env: { policies: { ...policies }, replyWithinMinutes, consultationCallbackWithinMinutes: callback, maxRings, requiredFields },
  });
}
