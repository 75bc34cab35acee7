/**
 * The outbound callback (回访) lifecycle: dialling → consent asked (“…想对您做一下回访，能占用您一点时间吗？”)
 * → declined (“抱歉，打扰了，再见！”) or survey with the five-level satisfaction scale → closing
 * (“感谢您对我们工作的支持…”) → ended (rules: SCR-CALLBACK, SCR-ENT, SCR-AUTO, REC-1, REC-3).
 *
 * @module
 */
import * as z from 'zod/mini';
import { match } from 'ts-pattern';
import { KefuError } from '../model/error.js';
import { INSTANT_TEXT } from '../model/instant.js';
import { HangUpBy, Priority, TaskKind } from '../model/enums.js';
import type { Task } from '../model/task.js';
import { defaultPriority, unexpected } from './call-machine.js';
import { defineMachine, isTimestamp, type Cell, type CellOutcome, type EventValidators, type MachineApi, type MachineState, type TransitionTable } from './machine-engine.js';

/**
 * The five satisfaction levels of the after-sales callback (rule: SCR-AUTO, S3 六2), best first.
 *
 * @example
 * ```ts
 * const level: SatisfactionLevel = 'very-satisfied';
 * ```
 */
export type SatisfactionLevel = (typeof SATISFACTION_LEVEL_IDS)[number];

/**
 * Ids of the five satisfaction levels, best first.
 *
 * @example
 * ```ts
 * SATISFACTION_LEVEL_IDS[0]; // 'very-satisfied'
 * ```
 */
export const SATISFACTION_LEVEL_IDS = ['very-satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very-dissatisfied'] as const;

/**
 * The five levels as the machine keys them, best first, with a score (5 … 1) and whether the answer is
 * dissatisfied — a dissatisfied answer requires a reason (rule: SCR-AUTO). The words a customer hears
 * are an organisation's and come with its preset (`CallbackMachineOptions.scale`).
 *
 * @example
 * ```ts
 * import { SATISFACTION_LEVELS } from 'kefu/classify';
 * SATISFACTION_LEVELS.map((l) => l.score); // [5, 4, 3, 2, 1]
 * ```
 */
export const SATISFACTION_LEVELS: readonly { readonly id: SatisfactionLevel; readonly en: string; readonly score: number; readonly dissatisfied: boolean }[] = [
  { id: 'very-satisfied', en: 'very satisfied', score: 5, dissatisfied: false },
  { id: 'satisfied', en: 'fairly satisfied', score: 4, dissatisfied: false },
  { id: 'neutral', en: 'neutral', score: 3, dissatisfied: false },
  { id: 'dissatisfied', en: 'fairly dissatisfied', score: 2, dissatisfied: true },
  { id: 'very-dissatisfied', en: 'very dissatisfied', score: 1, dissatisfied: true },
];

/**
 * An organisation's wording of the five levels, best first (e.g. 非常满意 … 非常不满意).
 *
 * @example
 * ```ts
 * import type { SatisfactionScale } from 'kefu/classify';
 * const scale: SatisfactionScale = [{ zh: '很满意' }, { zh: '满意' }, { zh: '一般' }, { zh: '不满意' }, { zh: '很不满意' }];
 * ```
 */
export type SatisfactionScale = readonly { readonly zh: string; readonly en?: string }[];

/**
 * Nodes of the callback machine.
 *
 * @example
 * ```ts
 * const name: CallbackStateName = 'survey';
 * ```
 */
export type CallbackStateName = (typeof CALLBACK_STATE_NAMES)[number];

/**
 * Every node of the callback machine, in diagram order.
 *
 * @example
 * ```ts
 * CALLBACK_STATE_NAMES[0]; // 'idle'
 * ```
 */
export const CALLBACK_STATE_NAMES = ['idle', 'dialling', 'consent-asked', 'declined', 'survey', 'closing', 'ended'] as const;

/**
 * How a callback ended.
 *
 * @example
 * ```ts
 * const outcome: CallbackOutcome = 'declined';
 * ```
 */
export type CallbackOutcome = 'completed' | 'declined' | 'no-answer' | 'customer-left' | 'agent-ended';

/**
 * What the callback machine knows. Plain JSON.
 *
 * @example
 * ```ts
 * const context: CallbackContext = createCallbackMachine().initial().context;
 * ```
 */
export interface CallbackContext {
  readonly at?: string;
  readonly callId?: string;
  /** The case being called back; follow-up cases link to it (rule: REC-3). */
  readonly originalTaskId?: string;
  readonly consent?: boolean;
  /** Satisfaction answers given so far. */
  readonly ratings: readonly { readonly level: SatisfactionLevel; readonly topic?: string }[];
  readonly suggestions: number;
  /** Follow-up cases opened so far. */
  readonly tasks: number;
  readonly hungUpBy?: HangUpBy;
  readonly outcome?: CallbackOutcome;
}

/**
 * A state of the callback machine.
 *
 * @example
 * ```ts
 * const state: CallbackState = createCallbackMachine().initial();
 * ```
 */
export type CallbackState = MachineState<CallbackStateName, CallbackContext>;

/**
 * Events of the callback machine; each carries its time `at`.
 *
 * @example
 * ```ts
 * const event: CallbackEvent = { type: 'rate', at: '2026-10-03T10:02:00+08:00', level: 'dissatisfied', reason: '等待时间太长' };
 * ```
 */
export type CallbackEvent =
  | { readonly type: 'dial'; readonly at: string; readonly callId?: string; readonly originalTaskId?: string }
  | { readonly type: 'no-answer'; readonly at: string }
  | { readonly type: 'ask-consent'; readonly at: string }
  | { readonly type: 'consent'; readonly at: string; readonly given: boolean }
  | { readonly type: 'rate'; readonly at: string; readonly level: SatisfactionLevel; readonly reason?: string; readonly topic?: string }
  | { readonly type: 'suggest'; readonly at: string; readonly adopted: boolean }
  | { readonly type: 'new-request'; readonly at: string; readonly kind?: TaskKind; readonly priority?: Priority }
  | { readonly type: 'close'; readonly at: string }
  | { readonly type: 'hang-up'; readonly at: string; readonly by: HangUpBy };

/**
 * A callback event type.
 *
 * @example
 * ```ts
 * const type: CallbackEventType = 'rate';
 * ```
 */
export type CallbackEventType = CallbackEvent['type'];

/**
 * Every event type of the callback machine, in table order.
 *
 * @example
 * ```ts
 * CALLBACK_EVENT_TYPES.includes('new-request'); // true
 * ```
 */
export const CALLBACK_EVENT_TYPES = [
  'dial',
  'no-answer',
  'ask-consent',
  'consent',
  'rate',
  'suggest',
  'new-request',
  'close',
  'hang-up',
] as const satisfies readonly CallbackEventType[];

/**
 * Effects of the callback machine, data for the host.
 *
 * - `record-satisfaction`: one answer on the five-level scale, with the reason when dissatisfied and the
 *   organisation's words for the level (`zh`) when the machine was given its scale (SCR-AUTO, REC-1).
 * - `record-suggestion`: a suggestion; `discount` when an adopted one earns money off (an organisation's option).
 * - `create-task`: a follow-up case linked to the original (REC-3).
 * - `record-callback`: the callback's result, to be entered in the system (REC-1).
 * - `deviation`: the callback left the standard order (closed without a rating, agent hung up first), or
 *   a follow-up case could not be linked to the original because the dial named none (REC-3).
 *
 * @example
 * ```ts
 * const effect: CallbackEffect = { type: 'record-suggestion', adopted: true, discount: 0.2, at: '2026-10-03T10:03:00+08:00', rules: ['SCR-AUTO'] };
 * ```
 */
export type CallbackEffect =
  | {
      readonly type: 'record-satisfaction';
      readonly level: SatisfactionLevel;
      readonly zh?: string;
      readonly score: number;
      readonly reason?: string;
      readonly topic?: string;
      readonly at: string;
      readonly rules: readonly string[];
    }
  | { readonly type: 'record-suggestion'; readonly adopted: boolean; readonly discount?: number; readonly at: string; readonly rules: readonly string[] }
  | { readonly type: 'create-task'; readonly task: Task; readonly rules: readonly string[] }
  | { readonly type: 'record-callback'; readonly outcome: CallbackOutcome; readonly ratings: number; readonly at: string; readonly rules: readonly string[] }
  | { readonly type: 'deviation'; readonly code: 'survey-incomplete' | 'customer-hangs-up-first' | 'follow-up-unlinked'; readonly at: string; readonly rules: readonly string[] };

/**
 * Options of {@link createCallbackMachine}.
 *
 * @example
 * ```ts
 * const options: CallbackMachineOptions = { policies: { 'follow-up': 'demo-hotline/follow-up' }, adoptedSuggestionDiscount: 0.2 };
 * ```
 */
export interface CallbackMachineOptions {
  /** SLA policy id per task kind for follow-up cases. */
  readonly policies?: Partial<Readonly<Record<TaskKind, string>>>;
  /** Share off the next visit for an adopted suggestion (e.g. 0.2 for 8折); none by default. */
  readonly adoptedSuggestionDiscount?: number;
  /** The organisation's words for the five levels, best first; without it answers are recorded by id and score only. */
  readonly scale?: SatisfactionScale;
}

interface CallbackEnv {
  readonly policies: Partial<Readonly<Record<TaskKind, string>>>;
  readonly discount: number | undefined;
  readonly scale: SatisfactionScale | undefined;
}

type CbCell<T extends CallbackEventType> = Cell<CallbackStateName, CallbackContext, Extract<CallbackEvent, { readonly type: T }>, CallbackEffect, CallbackEnv>;
type CbOutcome = CellOutcome<CallbackStateName, CallbackContext, CallbackEffect>;
const go = (name: CallbackStateName, context: CallbackContext, effects: readonly CallbackEffect[] = []): CbOutcome => ({ ok: true, name, context, effects });

const dial: CbCell<'dial'> = {
  to: ['dialling'],
  run: (state, event) =>
    go('dialling', {
      ...state.context,
      ...(event.callId === undefined ? {} : { callId: event.callId }),
      ...(event.originalTaskId === undefined ? {} : { originalTaskId: event.originalTaskId }),
    }),
};

const askConsent: CbCell<'ask-consent'> = { to: ['consent-asked'], run: (state) => go('consent-asked', state.context) };

const consent: CbCell<'consent'> = {
  to: ['survey', 'declined'],
  // rule: SCR-CALLBACK — survey only with the customer's consent; otherwise “抱歉，打扰了，再见！”.
  run: (state, event) => go(event.given ? 'survey' : 'declined', { ...state.context, consent: event.given }),
};

const rate: CbCell<'rate'> = {
  to: [],
  stay: true,
  run: (state, event, env): CbOutcome => {
    const index = SATISFACTION_LEVELS.findIndex((l) => l.id === event.level);
    const level = SATISFACTION_LEVELS[index];
    if (level === undefined) return { ok: false, code: 'invalid_input', message: `level must be one of ${SATISFACTION_LEVEL_IDS.join(', ')}`, path: ['level'] };
    const words = env.scale?.[index];
    const reason = event.reason?.trim();
    // rule: SCR-AUTO — when the customer is dissatisfied the reason must be asked and recorded.
    if (level.dissatisfied && (reason === undefined || reason === '')) {
      return {
        ok: false,
        code: 'invalid_input',
        message: `a reason is required when the customer answers ${words === undefined ? level.en : `${words.zh} (${words.en ?? level.en})`}`,
        path: ['reason'],
      };
    }
    const effect: CallbackEffect = {
      type: 'record-satisfaction',
      level: level.id,
      ...(words === undefined ? {} : { zh: words.zh }),
      score: level.score,
      at: event.at,
      rules: ['SCR-AUTO', 'REC-1'],
      ...(reason === undefined || reason === '' ? {} : { reason }),
      ...(event.topic === undefined ? {} : { topic: event.topic }),
    };
    return go('survey', { ...state.context, ratings: [...state.context.ratings, { level: level.id, ...(event.topic === undefined ? {} : { topic: event.topic }) }] }, [effect]);
  },
};

const suggest: CbCell<'suggest'> = {
  to: [],
  stay: true,
  run: (state, event, env) =>
    go('survey', { ...state.context, suggestions: state.context.suggestions + 1 }, [
      { type: 'record-suggestion', adopted: event.adopted, at: event.at, rules: ['SCR-AUTO'], ...(event.adopted && env.discount !== undefined ? { discount: env.discount } : {}) },
    ]),
};

const newRequest: CbCell<'new-request'> = {
  to: [],
  stay: true,
  run: (state, event, env) => {
    // rule: REC-3 — a new request raised in a callback becomes a follow-up case linked to the original.
    const kind = event.kind ?? 'follow-up';
    const number = state.context.tasks + 1;
    const id = `${state.context.callId ?? 'callback'}-F${number}`;
    const policyId = env.policies[kind];
    const parentTaskId = state.context.originalTaskId;
    const task: Task = {
      id,
      kind,
      priority:
        event.priority ??
        match(kind)
          .with('emergency', () => defaultPriority('emergency'))
          .with('complaint', () => defaultPriority('complaint'))
          .with(
            'repair',
            'consultation-reply',
            'callback',
            'appointment',
            'reception',
            'maintenance',
            'survey-opinion',
            'service-request',
            'phone-support',
            'on-site',
            'follow-up',
            () => 'normal' as const,
          )
          .exhaustive(unexpected('task kind')),
      createdAt: event.at,
      ...(policyId === undefined ? {} : { policyId }),
      links: {
        ...(state.context.callId === undefined ? {} : { callId: state.context.callId }),
        ...(parentTaskId === undefined || parentTaskId === id ? {} : { parentTaskId }),
      },
      timeline: [{ type: 'created', at: event.at }],
    };
    const effects: CallbackEffect[] = [{ type: 'create-task', task, rules: ['REC-3'] }];
    // A callback dialled without the case it calls back about cannot link its follow-up: say so.
    if (parentTaskId === undefined) effects.push({ type: 'deviation', code: 'follow-up-unlinked', at: event.at, rules: ['REC-3'] });
    return go('survey', { ...state.context, tasks: number }, effects);
  },
};

const close: CbCell<'close'> = {
  to: ['closing'],
  run: (state, event) =>
    go('closing', state.context, state.context.ratings.length === 0 ? [{ type: 'deviation', code: 'survey-incomplete', at: event.at, rules: ['SCR-CALLBACK', 'SCR-AUTO'] }] : []),
};

const noAnswer: CbCell<'no-answer'> = {
  to: ['ended'],
  run: (state, event) => go('ended', { ...state.context, outcome: 'no-answer' }, [{ type: 'record-callback', outcome: 'no-answer', ratings: 0, at: event.at, rules: ['REC-1'] }]),
};

const hangUp: CbCell<'hang-up'> = {
  to: ['ended'],
  run: (state, event) => {
    const outcome: CallbackOutcome = match(state.name)
      .with('closing', () => 'completed' as const)
      .with('declined', () => 'declined' as const)
      .with('idle', 'dialling', () => 'no-answer' as const)
      .with('consent-asked', 'survey', 'ended', () => (event.by === 'agent' ? ('agent-ended' as const) : ('customer-left' as const)))
      .exhaustive(unexpected('callback state'));
    const effects: CallbackEffect[] = [];
    // rule: SCR-CALLBACK (第十六条(四)) — after thanking, hang up only after the customer; a declined callback is ended by the agent.
    if (event.by === 'agent' && state.name !== 'declined' && state.name !== 'dialling')
      effects.push({ type: 'deviation', code: 'customer-hangs-up-first', at: event.at, rules: ['SCR-CALLBACK', 'CALL-8'] });
    effects.push({ type: 'record-callback', outcome, ratings: state.context.ratings.length, at: event.at, rules: ['REC-1'] });
    return go('ended', { ...state.context, hungUpBy: event.by, outcome }, effects);
  },
};

const _ = null;

/** The callback machine's transition table. @internal */
export const CALLBACK_TABLE: TransitionTable<CallbackStateName, CallbackContext, CallbackEvent, CallbackEffect, CallbackEnv> = {
  idle: { dial, 'no-answer': _, 'ask-consent': _, consent: _, rate: _, suggest: _, 'new-request': _, close: _, 'hang-up': _ },
  dialling: { dial: _, 'no-answer': noAnswer, 'ask-consent': askConsent, consent: _, rate: _, suggest: _, 'new-request': _, close: _, 'hang-up': hangUp },
  'consent-asked': { dial: _, 'no-answer': _, 'ask-consent': _, consent, rate: _, suggest: _, 'new-request': _, close: _, 'hang-up': hangUp },
  declined: { dial: _, 'no-answer': _, 'ask-consent': _, consent: _, rate: _, suggest: _, 'new-request': _, close: _, 'hang-up': hangUp },
  survey: { dial: _, 'no-answer': _, 'ask-consent': _, consent: _, rate, suggest, 'new-request': newRequest, close, 'hang-up': hangUp },
  closing: { dial: _, 'no-answer': _, 'ask-consent': _, consent: _, rate: _, suggest: _, 'new-request': _, close: _, 'hang-up': hangUp },
  ended: { dial: _, 'no-answer': _, 'ask-consent': _, consent: _, rate: _, suggest: _, 'new-request': _, close: _, 'hang-up': _ },
};

const text = (value: unknown, max: number): boolean => typeof value === 'string' && value.trim() !== '' && value.length <= max;
const problem = (path: string, message: string) => ({ path: [path], message });

const CALLBACK_VALIDATORS: EventValidators<CallbackEvent> = {
  dial: (e) =>
    e['callId'] !== undefined && !text(e['callId'], 100)
      ? problem('callId', 'must be a non-empty string of at most 100 characters')
      : e['originalTaskId'] !== undefined && !text(e['originalTaskId'], 128)
        ? problem('originalTaskId', 'must be a non-empty string of at most 128 characters')
        : undefined,
  'no-answer': () => undefined,
  'ask-consent': () => undefined,
  consent: (e) => (typeof e['given'] === 'boolean' ? undefined : problem('given', 'must be a boolean')),
  rate: (e) =>
    typeof e['level'] !== 'string' || !SATISFACTION_LEVEL_IDS.some((id) => id === e['level'])
      ? problem('level', `must be one of ${SATISFACTION_LEVEL_IDS.join(', ')}`)
      : e['reason'] !== undefined && typeof e['reason'] !== 'string'
        ? problem('reason', 'must be a string')
        : e['topic'] !== undefined && !text(e['topic'], 100)
          ? problem('topic', 'must be a non-empty string of at most 100 characters')
          : undefined,
  suggest: (e) => (typeof e['adopted'] === 'boolean' ? undefined : problem('adopted', 'must be a boolean')),
  'new-request': (e) =>
    e['kind'] !== undefined && !TaskKind.options.some((kind) => kind === e['kind'])
      ? problem('kind', `must be one of ${TaskKind.options.join(', ')}`)
      : e['priority'] !== undefined && !Priority.options.some((priority) => priority === e['priority'])
        ? problem('priority', `must be one of ${Priority.options.join(', ')}`)
        : undefined,
  close: () => undefined,
  'hang-up': (e) => (HangUpBy.options.some((by) => by === e['by']) ? undefined : problem('by', `must be one of ${HangUpBy.options.join(', ')}`)),
};

const timestamp = /* @__PURE__ */ z.string().check(z.refine(isTimestamp, `expected ${INSTANT_TEXT}`));
const CallbackStateSchema = /* @__PURE__ */ z.strictObject({
  name: z.enum(CALLBACK_STATE_NAMES),
  context: z.strictObject({
    at: z.exactOptional(timestamp),
    callId: z.exactOptional(z.string().check(z.minLength(1), z.maxLength(100))),
    originalTaskId: z.exactOptional(z.string().check(z.minLength(1), z.maxLength(128))),
    consent: z.exactOptional(z.boolean()),
    ratings: z.array(z.strictObject({ level: z.enum(SATISFACTION_LEVEL_IDS), topic: z.exactOptional(z.string().check(z.minLength(1))) })),
    suggestions: z.int().check(z.nonnegative()),
    tasks: z.int().check(z.nonnegative()),
    hungUpBy: z.exactOptional(HangUpBy),
    outcome: z.exactOptional(z.enum(['completed', 'declined', 'no-answer', 'customer-left', 'agent-ended'])),
  }),
});

/**
 * Version of the callback machine written into snapshots.
 *
 * @example
 * ```ts
 * CALLBACK_MACHINE_VERSION; // 1
 * ```
 */
export const CALLBACK_MACHINE_VERSION = 1;

/**
 * The callback machine's API (see {@link MachineApi}).
 *
 * @example
 * ```ts
 * const machine: CallbackMachine = createCallbackMachine();
 * ```
 */
export type CallbackMachine = MachineApi<CallbackStateName, CallbackContext, CallbackEvent, CallbackEffect>;

/**
 * Create the outbound callback machine.
 *
 * @param options - policy ids for follow-up cases; the discount an adopted suggestion earns
 * @returns the machine API
 * @throws KefuError `invalid_input` when an option is malformed
 * @example
 * ```ts
 * import { createCallbackMachine } from 'kefu/classify';
 * const machine = createCallbackMachine({ adoptedSuggestionDiscount: 0.2 });
 * const run = machine.replay([
 *   { type: 'dial', at: '2026-10-03T10:00:00+08:00', callId: 'cb-1', originalTaskId: 'T-9' },
 *   { type: 'ask-consent', at: '2026-10-03T10:00:20+08:00' },
 *   { type: 'consent', at: '2026-10-03T10:00:25+08:00', given: true },
 *   { type: 'rate', at: '2026-10-03T10:01:00+08:00', level: 'satisfied' },
 *   { type: 'close', at: '2026-10-03T10:02:00+08:00' },
 *   { type: 'hang-up', at: '2026-10-03T10:02:05+08:00', by: 'customer' },
 * ]);
 * run.ok && run.state.context.outcome; // 'completed'
 * ```
 */
export function createCallbackMachine(options: CallbackMachineOptions = {}): CallbackMachine {
  const policies = options.policies ?? {};
  for (const [kind, id] of Object.entries(policies)) {
    if (!TaskKind.options.some((known) => known === kind) || typeof id !== 'string' || id === '') {
      throw new KefuError('invalid_input', `policies.${kind} must map a task kind to a non-empty policy id`, [
        { path: ['policies', kind], message: 'must map a task kind to a non-empty policy id', value: id },
      ]);
    }
  }
  const discount = options.adoptedSuggestionDiscount;
  if (discount !== undefined && !(typeof discount === 'number' && discount > 0 && discount < 1)) {
    throw new KefuError('invalid_input', 'adoptedSuggestionDiscount must be a share between 0 and 1', [
      { path: ['adoptedSuggestionDiscount'], message: 'must be a number between 0 and 1 (0.2 = 20% off)', value: discount },
    ]);
  }
  // Checked as `unknown`: a JavaScript caller may pass anything.
  const scale: unknown = options.scale;
  if (
    scale !== undefined &&
    (!Array.isArray(scale) ||
      scale.length !== SATISFACTION_LEVELS.length ||
      !scale.every((w: unknown) => typeof w === 'object' && w !== null && 'zh' in w && typeof w.zh === 'string' && w.zh.trim() !== ''))
  ) {
    throw new KefuError('invalid_input', 'scale must word the five satisfaction levels, best first', [
      { path: ['scale'], message: 'must be an array of five { zh } entries, best first', value: scale },
    ]);
  }
  return defineMachine({
    id: 'kefu/callback',
    version: CALLBACK_MACHINE_VERSION,
    states: CALLBACK_STATE_NAMES,
    events: CALLBACK_EVENT_TYPES,
    finalStates: ['ended'],
    initial: { name: 'idle', context: { ratings: [], suggestions: 0, tasks: 0 } },
    table: CALLBACK_TABLE,
    validators: CALLBACK_VALIDATORS,
    stateSchema: CallbackStateSchema,
    env: { policies: { ...policies }, discount, scale },
  });
}
