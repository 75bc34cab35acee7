import * as z from 'zod/mini';
import { parseWith, safeParseWith } from './zod-error.js';
import type { Result } from './result.js';
import { Agent } from './agent.js';
import { Id, Timestamp } from './common.js';
import { instantMs } from './instant.js';
import { Customer } from './customer.js';
import { CallKind, Channel, Direction, HangUpBy } from './enums.js';
import { Transcript } from './transcript.js';

/**
 * A call (or a walk-in visit): direction, channel, kind, when it was offered, answered and ended, how
 * many rings it took (rule: HOT-SLA-2), who hung up (rule: CALL-8), the agent and customer, and an
 * optional transcript. Timestamps must not run backwards.
 *
 * @example
 * ```ts
 * Call.parse({
 *   id: 'call-1', direction: 'inbound', channel: 'phone', kind: 'repair',
 *   offeredAt: '2026-09-30T16:00:00+08:00', answeredAt: '2026-09-30T16:00:08+08:00',
 *   endedAt: '2026-09-30T16:02:30+08:00', rings: 2, hungUpBy: 'customer',
 * });
 * ```
 */
export const Call = /* @__PURE__ */ z
  .strictObject({
    id: Id,
    direction: Direction,
    channel: z._default(Channel, 'phone'),
    kind: z.optional(CallKind),
    offeredAt: Timestamp,
    answeredAt: z.optional(Timestamp),
    endedAt: z.optional(Timestamp),
    rings: z.optional(z.int().check(z.nonnegative())),
    hungUpBy: z.optional(HangUpBy),
    agent: z.optional(Agent),
    customer: z.optional(Customer),
    transcript: z.optional(Transcript),
    notes: z.optional(z.string()),
  })
  .check(
    z.superRefine((call, ctx) => {
      const offered = instantMs(call.offeredAt) ?? NaN;
      if (call.answeredAt !== undefined && (instantMs(call.answeredAt) ?? NaN) < offered) {
        ctx.addIssue({ code: 'custom', path: ['answeredAt'], message: 'answeredAt is before offeredAt', input: call.answeredAt });
      }
      const from = call.answeredAt === undefined ? offered : (instantMs(call.answeredAt) ?? NaN);
      if (call.endedAt !== undefined && (instantMs(call.endedAt) ?? NaN) < from) {
        ctx.addIssue({ code: 'custom', path: ['endedAt'], message: `endedAt is before ${call.answeredAt === undefined ? 'offeredAt' : 'answeredAt'}`, input: call.endedAt });
      }
    }),
  );
/** A call. @example `const c: Call = { id: 'x', direction: 'inbound', channel: 'phone', offeredAt: '2026-01-01T00:00:00Z' };` */
export type Call = z.infer<typeof Call>;

/**
 * Validate a Call: return the typed value (defaults applied) or throw `KefuError` naming every failing
 * path and value.
 *
 * @example
 * ```ts
 * import { parseCall } from 'kefu/model';
 * const call = parseCall(JSON.parse('{"id":"call-1","direction":"inbound","offeredAt":"2026-09-30T16:00:00+08:00"}'));
 * call.channel; // 'phone' (the default)
 * ```
 */
export function parseCall(input: unknown): Call {
  return parseWith(Call, input, 'Call');
}

/**
 * Validate a Call without throwing: `{ ok: true, value }` or `{ ok: false, error }` with a `KefuError`.
 *
 * @example
 * ```ts
 * import { safeParseCall } from 'kefu/model';
 * const result = safeParseCall({ id: 'call-1', direction: 'inbound', offeredAt: '2026-09-30T16:00:00+08:00', endedAt: '2026-09-30T15:59:00+08:00' });
 * if (!result.ok) console.error(result.error.message);
 * // Invalid Call: 1 problem
 * //   ✖ endedAt: endedAt is before offeredAt (got "2026-09-30T15:59:00+08:00")
 * ```
 */
export function safeParseCall(input: unknown): Result<Call> {
  return safeParseWith(Call, input, 'Call');
}
