import * as z from 'zod/mini';
import { parseWith, safeParseWith } from './zod-error.js';
import type { Result } from './result.js';
import { Id, Timestamp } from './common.js';
import { instantMs } from './instant.js';
import { Priority, TaskEventType, TaskKind } from './enums.js';

/**
 * One event on a task's timeline, e.g. `{ type: 'dispatched', at: '2026-09-30T16:10:00+08:00' }`.
 *
 * @example
 * ```ts
 * TaskEvent.parse({ type: 'paused', at: '2026-09-30T17:00:00+08:00', reason: 'waiting for the customer' });
 * ```
 */
export const TaskEvent = /* @__PURE__ */ z.strictObject({
  type: TaskEventType,
  at: Timestamp,
  by: z.optional(z.string().check(z.minLength(1))),
  reason: z.optional(z.string().check(z.minLength(1))),
  note: z.optional(z.string()),
});
/** A task event. @example `const e: TaskEvent = { type: 'created', at: '2026-09-30T08:00:00Z' };` */
export type TaskEvent = z.infer<typeof TaskEvent>;

/**
 * SLA-bound work created from a call: a repair order, a complaint, a reply owed to a customer, a
 * callback. `policyId` names the SLA policy it runs under; `links` tie it to its call and, for a
 * follow-up case raised in a callback, to the original task (rule: REC-3). The timeline must be in
 * time order.
 *
 * @example
 * ```ts
 * Task.parse({
 *   id: 'T-1', kind: 'repair', priority: 'normal', createdAt: '2026-09-30T16:00:00+08:00',
 *   policyId: 'demo-hotline/repair', links: { callId: 'call-1' },
 *   timeline: [{ type: 'created', at: '2026-09-30T16:00:00+08:00' }],
 * });
 * ```
 */
export const Task = /* @__PURE__ */ z
  .strictObject({
    id: Id,
    kind: TaskKind,
    priority: z._default(Priority, 'normal'),
    createdAt: Timestamp,
    policyId: z.optional(z.string().check(z.minLength(1))),
    links: z._default(
      z.strictObject({
        callId: z.optional(Id),
        /** The original task of a follow-up case (rule: REC-3). */
        parentTaskId: z.optional(Id),
        customerId: z.optional(Id),
      }),
      {},
    ),
    /** Estimated labour time in minutes, for limits that come from the task itself (rule: AUTO-SLA-3). */
    estimatedMinutes: z.optional(z.number().check(z.positive())),
    /** A deadline the customer set, e.g. the on-site arrival time (rule: SUP-SLA-1). */
    requestedBy: z.optional(Timestamp),
    timeline: z._default(z.array(TaskEvent), []),
    notes: z.optional(z.string()),
  })
  .check(
    z.superRefine((task, ctx) => {
      let previous = instantMs(task.createdAt) ?? NaN;
      task.timeline.forEach((event, index) => {
        const at = instantMs(event.at) ?? NaN;
        if (at < previous) {
          ctx.addIssue({ code: 'custom', path: ['timeline', index, 'at'], message: 'event is earlier than the one before it (or than createdAt)', input: event.at });
        }
        previous = Math.max(previous, at);
      });
      if (task.links.parentTaskId !== undefined && task.links.parentTaskId === task.id) {
        ctx.addIssue({ code: 'custom', path: ['links', 'parentTaskId'], message: 'a task cannot be its own parent', input: task.links.parentTaskId });
      }
    }),
  );
/** A task. @example `const t: Task = { id: 'T', kind: 'repair', priority: 'normal', createdAt: '2026-01-01T00:00:00Z', links: {}, timeline: [] };` */
export type Task = z.infer<typeof Task>;
/** A task as a host writes it (defaults not yet applied). @example `const t: TaskInput = { id: 'T', kind: 'repair', createdAt: '2026-01-01T00:00:00Z' };` */
export type TaskInput = z.input<typeof Task>;

/**
 * Validate a Task: return the typed value (defaults applied) or throw `KefuError` naming every failing
 * path and value.
 *
 * @example
 * ```ts
 * import { parseTask } from 'kefu/model';
 * const task = parseTask(JSON.parse('{"id":"T-1","kind":"repair","createdAt":"2026-09-30T16:00:00+08:00"}'));
 * task.priority; // 'normal' (the default)
 * task.timeline; // []
 * ```
 */
export function parseTask(input: unknown): Task {
  return parseWith(Task, input, 'Task');
}

/**
 * Validate a Task without throwing: `{ ok: true, value }` or `{ ok: false, error }` with a `KefuError`.
 *
 * @example
 * ```ts
 * import { safeParseTask } from 'kefu/model';
 * const result = safeParseTask({
 *   id: 'T-1', kind: 'repair', createdAt: '2026-09-30T16:00:00+08:00',
 *   timeline: [{ type: 'dispatched', at: '2026-09-30T15:00:00+08:00' }],
 * });
 * if (!result.ok) console.error(result.error.message);
 * // Invalid Task: 1 problem
 * //   ✖ timeline[0].at: event is earlier than the one before it (or than createdAt) (got "2026-09-30T15:00:00+08:00")
 * ```
 */
export function safeParseTask(input: unknown): Result<Task> {
  return safeParseWith(Task, input, 'Task');
}
