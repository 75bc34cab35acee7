import type { Call } from '../model/call.js';
import type { CallKind, Channel, Direction } from '../model/enums.js';
import { invalidField } from '../model/error.js';
import { checkOne, mustBeList, mustBeObject } from './check.js';
import { checkId, policyError, type RuleSource } from './policy.js';
import { amountRule, isAmount } from './queries.js';
import { toMs } from './time.js';
import type { DateInput } from './types.js';

/**
 * What a call-level limit measures: `rings` before the answer (rule HOT-SLA-2), `wait-seconds` from offer
 * to answer (rule AUTO-SLA-1; at a hall counter, from taking a number to being served) or
 * `handling-seconds` from answer to end (rules HOT-SLA-3, HALL-SLA-1).
 *
 * @example
 * ```ts
 * const measure: CallMeasure = 'rings';
 * ```
 */
export type CallMeasure = (typeof CALL_MEASURES)[number];
/**
 * Everything a call limit can measure.
 *
 * @example
 * ```ts
 * import { CALL_MEASURES } from 'kefu/sla';
 * CALL_MEASURES; // ['rings', 'wait-seconds', 'handling-seconds']
 * ```
 */
export const CALL_MEASURES = ['rings', 'wait-seconds', 'handling-seconds'] as const;

/**
 * A limit on one call (`max`) or on the average over many calls (`average`, judged by `computeKpis`);
 * exactly one of the two. `goal: true` marks a "where possible" limit (尽量).
 *
 * @example
 * ```ts
 * // rule: HOT-SLA-2 — 电话振铃3声内接听电话
 * const answer: CallLimit = { id: 'answer', measure: 'rings', max: 3 };
 * ```
 */
export interface CallLimit {
  /** Stable id within the policy. */
  readonly id: string;
  /** What is measured. */
  readonly measure: CallMeasure;
  /** The most one call may take (rings, or seconds). */
  readonly max?: number;
  /** The most the average over many calls may be (seconds). */
  readonly average?: number;
  /** A limit to aim for rather than a hard promise. */
  readonly goal?: boolean;
  /** The rule and wording the limit encodes. */
  readonly source?: RuleSource;
}

/**
 * Which calls a call policy applies to; every listed field must match.
 *
 * @example
 * ```ts
 * const inboundPhone: CallMatch = { directions: ['inbound'], channels: ['phone'] };
 * ```
 */
export interface CallMatch {
  /** Call kinds covered. */
  readonly kinds?: readonly CallKind[];
  /** Directions covered. */
  readonly directions?: readonly Direction[];
  /** Channels covered. */
  readonly channels?: readonly Channel[];
}

/**
 * Call-level limits of an organisation as data. Without `appliesTo` the policy is only used when passed
 * explicitly (e.g. the hall's payment limits, which a call record cannot tell from other business).
 *
 * @example
 * ```ts
 * const policy: CallPolicy = { id: 'demo-hotline/call', name: 'Hotline call', appliesTo: { directions: ['inbound'] }, limits: [{ id: 'answer', measure: 'rings', max: 3 }] };
 * ```
 */
export interface CallPolicy {
  /** Stable id, e.g. `demo-hotline/call`. */
  readonly id: string;
  /** A short English name. */
  readonly name: string;
  /** Which calls it covers by itself. */
  readonly appliesTo?: CallMatch;
  /** The limits. */
  readonly limits: readonly CallLimit[];
}

/**
 * What call evaluation reads from a call: a parsed `Call` or the same fields.
 *
 * @example
 * ```ts
 * const call: SlaCall = { id: 'c1', direction: 'inbound', offeredAt: '2026-09-30T16:00:00+08:00', answeredAt: '2026-09-30T16:00:08+08:00', rings: 2 };
 * ```
 */
export type SlaCall = Pick<Call, 'id' | 'direction' | 'offeredAt'> & Partial<Pick<Call, 'channel' | 'kind' | 'answeredAt' | 'endedAt' | 'rings'>>;

/**
 * A call limit's outcome: `met`, `breached`, `unmeasured` (the call lacks the data, or was abandoned before
 * the limit ran out) or `averaged` (an average limit, judged over many calls by `computeKpis`).
 *
 * @example
 * ```ts
 * const state: CallLimitState = 'breached';
 * ```
 */
export type CallLimitState = 'met' | 'breached' | 'unmeasured' | 'averaged';

/**
 * One limit of one call: the value measured (rings or seconds) and the outcome.
 *
 * @example
 * ```ts
 * const r: CallLimitResult = { limitId: 'answer', measure: 'rings', value: 4, max: 3, average: null, goal: false, state: 'breached' };
 * ```
 */
export interface CallLimitResult {
  /** The limit's id. */
  readonly limitId: string;
  /** What was measured. */
  readonly measure: CallMeasure;
  /** The measured value, `null` when the call lacks it. */
  readonly value: number | null;
  /** The per-call limit, if any. */
  readonly max: number | null;
  /** The average limit, if any. */
  readonly average: number | null;
  /** Whether the limit is a goal ("where possible"). */
  readonly goal: boolean;
  /** The outcome. */
  readonly state: CallLimitState;
}

/**
 * A call's evaluation under one call policy.
 *
 * @example
 * ```ts
 * import { evaluateCall, type CallPolicy } from 'kefu/sla';
 * const policy: CallPolicy = { id: 'demo-hotline/call', name: 'Hotline call', limits: [{ id: 'answer', measure: 'rings', max: 3 }, { id: 'resolve', measure: 'handling-seconds', max: 180, goal: true }] };
 * const e: CallEvaluation = evaluateCall({ id: 'c1', direction: 'inbound', offeredAt: '2026-09-30T16:00:00+08:00', answeredAt: '2026-09-30T16:00:20+08:00', endedAt: '2026-09-30T16:02:20+08:00', rings: 5 }, policy);
 * e.limits.map((l) => `${l.limitId}: ${l.state}`); // ['answer: breached', 'resolve: met']
 * ```
 */
export interface CallEvaluation {
  /** The call's id. */
  readonly callId: string;
  /** The policy used. */
  readonly policyId: string;
  /** Whether the call was answered. */
  readonly answered: boolean;
  /** One result per limit, in policy order. */
  readonly limits: readonly CallLimitResult[];
}

function checkCallPolicy(policy: CallPolicy): void {
  mustBeObject(policy, [], 'invalid_policy');
  checkId(policy.id, [], 'id');
  mustBeList(policy.limits, ['limits'], 'invalid_policy', true);
  // The element type the check above lost (it narrows to any[]); entries are still guarded, data may come from JSON.
  policy.limits.forEach((limit: CallLimit, i) => {
    checkId(limit?.id, ['limits', i], 'id');
    checkOne(limit.measure, CALL_MEASURES, ['limits', i], 'measure');
    const bound = limit.max ?? limit.average;
    if ((limit.max === undefined) === (limit.average === undefined) || !isAmount(bound, false)) {
      throw policyError(['limits', i], limit, 'needs one of max or average, a finite number ≥ 0');
    }
  });
}

/**
 * Evaluate one call against the call-level limits of a policy: rings before the answer, waiting time,
 * handling time. A call never answered breaches a ring or wait limit only once it rang or waited past it;
 * an earlier hang-up is `unmeasured`.
 *
 * @param call - the call (a parsed `Call`, or the same fields)
 * @param policy - the call policy
 * @returns one result per limit
 * @throws KefuError `invalid_policy` for a bad policy, `invalid_input` for a bad instant, `invalid_timeline`
 *   when the answer comes before the offer or the end before the answer
 *
 * @example
 * ```ts
 * import { evaluateCall } from 'kefu/sla';
 * // rule: AUTO-SLA-1 — 电话10秒接听
 * const policy = { id: 'auto/appointment-call', name: 'Appointment call', limits: [{ id: 'answer', measure: 'wait-seconds', max: 10 }] } as const;
 * const call = { id: 'c1', direction: 'inbound', offeredAt: '2026-09-30T09:00:00+08:00', answeredAt: '2026-09-30T09:00:12+08:00' } as const;
 * evaluateCall(call, policy).limits[0]?.state; // 'breached' (12 s)
 * ```
 */
export function evaluateCall(call: SlaCall, policy: CallPolicy): CallEvaluation {
  checkCallPolicy(policy);
  const offered = toMs(call.offeredAt, 'offeredAt');
  const answered = optionalMs(call.answeredAt, 'answeredAt');
  const ended = optionalMs(call.endedAt, 'endedAt');
  if (answered !== undefined && answered < offered) throw invalidField('invalid_timeline', 'answeredAt', call.answeredAt, 'is before offeredAt');
  if (ended !== undefined && ended < (answered ?? offered)) throw invalidField('invalid_timeline', 'endedAt', call.endedAt, 'is before the answer (or offer)');
  const rings = call.rings;
  if (rings !== undefined && !isAmount(rings, true)) throw invalidField('invalid_input', 'rings', rings, amountRule(true));
  const waited = answered ?? ended;
  const measured: Record<CallMeasure, number | undefined> = {
    rings,
    'wait-seconds': waited === undefined ? undefined : (waited - offered) / 1000,
    'handling-seconds': answered === undefined || ended === undefined ? undefined : (ended - answered) / 1000,
  };
  return {
    callId: call.id,
    policyId: policy.id,
    answered: answered !== undefined,
    limits: policy.limits.map(({ id, measure, max = null, average = null, goal }): CallLimitResult => {
      const value = measured[measure] ?? null;
      // A hang-up before the answer says nothing about rings or waiting it never reached.
      const abandoned = answered === undefined && measure !== 'handling-seconds';
      const state: CallLimitState = value === null ? 'unmeasured' : max === null ? 'averaged' : value > max ? 'breached' : abandoned ? 'unmeasured' : 'met';
      return { limitId: id, measure, value, max, average, goal: goal === true, state };
    }),
  };
}

const optionalMs = (input: DateInput | undefined, field: string): number | undefined => (input === undefined ? undefined : toMs(input, field));

/**
 * The first call policy in order whose `appliesTo` matches the call's kind, direction and channel
 * (a call without a channel counts as `phone`).
 *
 * @param call - the call
 * @param policies - candidate call policies, in order
 * @returns the policy, or `undefined`
 *
 * @example
 * ```ts
 * import { selectCallPolicy, type CallPolicy, type SlaCall } from 'kefu/sla';
 * const policies: CallPolicy[] = [
 *   { id: 'demo-hotline/online', name: 'Online chat', appliesTo: { channels: ['online'] }, limits: [{ id: 'answer', measure: 'wait-seconds', max: 30 }] },
 *   { id: 'demo-hotline/call', name: 'Hotline call', appliesTo: { directions: ['inbound'], channels: ['phone'] }, limits: [{ id: 'answer', measure: 'rings', max: 3 }] },
 * ];
 * const call: SlaCall = { id: 'c1', direction: 'inbound', offeredAt: '2026-09-30T09:00:00+08:00' }; // no channel: a phone call
 * selectCallPolicy(call, policies)?.id; // 'demo-hotline/call'
 * ```
 */
export function selectCallPolicy<P extends CallPolicy>(call: Pick<SlaCall, 'kind' | 'direction' | 'channel'>, policies: readonly P[]): P | undefined {
  return policies.find(
    ({ appliesTo: m }) =>
      m !== undefined &&
      (m.kinds === undefined || (call.kind !== undefined && m.kinds.includes(call.kind))) &&
      (m.directions?.includes(call.direction) ?? true) &&
      (m.channels?.includes(call.channel ?? 'phone') ?? true),
  );
}
