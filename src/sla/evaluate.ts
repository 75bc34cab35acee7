import type { Priority, TaskEventType, TaskKind } from '../model/enums.js';
import { invalidField } from '../model/error.js';
import { mustBeList, mustBeObject } from './check.js';
import { dueAtMs, touchesUnknownYear } from './due.js';
import { asList, ROLE_DEFAULTS, selectPolicy, validatePolicy, type SlaPolicy, type SlaTarget, type SlaTask, type WarningThreshold } from './policy.js';
import { addBusinessMs, businessMsBetween, isAmount, readDuration } from './queries.js';
import { toMs } from './time.js';
import type { Calendar, Clock, DateInput } from './types.js';

/**
 * Where a target stands: `not-started` (its start event has not happened), `running`, `at-risk` (a
 * warning has fired), `paused`, `breached` (past the limit and not stopped), `met` (stopped within the
 * limit — the "blue stamp" of rule AUTO-SLA-3) or `met-late` (stopped past it — the "red stamp").
 *
 * @example
 * ```ts
 * const state: TargetState = 'met-late';
 * ```
 */
export type TargetState = 'not-started' | 'running' | 'at-risk' | 'paused' | 'breached' | 'met' | 'met-late';

/**
 * One warning of a target: its threshold and the instant it fires — already fired, or projected while the
 * clock can still reach it (`null` when the target stopped first, or has not started).
 *
 * @example
 * ```ts
 * const w: WarningEvaluation = { threshold: { share: 0.8 }, at: new Date('2026-09-30T12:48:00Z'), fired: false };
 * ```
 */
export interface WarningEvaluation {
  /** The threshold as the policy gives it. */
  readonly threshold: WarningThreshold;
  /** When the warning fires (or fired). */
  readonly at: Date | null;
  /** Whether it has fired by `now` (or by the stop). */
  readonly fired: boolean;
}

/**
 * A target's evaluation as of `now`. Times are measured on the target's clock with paused time left out:
 * `elapsedMs + remainingMs = limitMs`, and `remainingMs` goes negative after a breach (as in Jira Service
 * Management's SLA API). While paused, `dueAt` is the deadline if the clock resumed at `now`.
 *
 * @example
 * ```ts
 * import { alwaysOpenCalendar, evaluateTask, type SlaPolicy, type SlaTask } from 'kefu/sla';
 * const policy: SlaPolicy = { id: 'demo-hotline/repair', name: 'Fault repair', appliesTo: { kinds: ['repair'] }, targets: [{ id: 'repair', startOn: 'created', stopOn: 'resolved', limit: { duration: { hours: 24 }, clock: 'calendar', counting: 'elapsed' } }] };
 * // Reported at 16:00, paused two hours from 18:00 (waiting for the customer), then running again.
 * const task: SlaTask = { id: 'T-1', kind: 'repair', createdAt: '2026-09-30T16:00:00+08:00', timeline: [{ type: 'paused', at: '2026-09-30T18:00:00+08:00' }, { type: 'resumed', at: '2026-09-30T20:00:00+08:00' }] };
 * const [repair] = evaluateTask(task, policy, { now: '2026-10-01T12:00:00+08:00', calendar: alwaysOpenCalendar() }).targets;
 * repair?.state; // 'running': 18 of 24 h used, under the 80% warning
 * repair?.pausedMs; // 7200000
 * repair?.remainingMs; // 21600000 (6 h)
 * repair?.dueAt?.toISOString(); // '2026-10-01T10:00:00.000Z' (18:00 local, two hours later than without the pause)
 * ```
 */
export interface TargetEvaluation {
  /** The target's id in its policy. */
  readonly targetId: string;
  /** The rule id the target cites, if any. */
  readonly rule: string | null;
  /** Where the target stands. */
  readonly state: TargetState;
  /** Which time the target measures. */
  readonly clock: Clock;
  /** When the clock started. */
  readonly startedAt: Date | null;
  /** The deadline, extended by paused time. */
  readonly dueAt: Date | null;
  /** When the stop event came (met or met late). */
  readonly stoppedAt: Date | null;
  /** When the limit ran out, once it has (breached or met late). */
  readonly breachedAt: Date | null;
  /** The limit on the target's clock, in ms. */
  readonly limitMs: number | null;
  /** Time used, in ms on the target's clock, pauses left out. */
  readonly elapsedMs: number;
  /** `limitMs - elapsedMs`; negative after a breach. */
  readonly remainingMs: number | null;
  /** `elapsedMs / limitMs` (1 when the limit is zero). */
  readonly shareUsed: number | null;
  /** Paused time, in ms on the target's clock. */
  readonly pausedMs: number;
  /** The warnings, in policy order. */
  readonly warnings: readonly WarningEvaluation[];
  /** True when the calendar flags a year its holiday data lacks (`unknownYear: 'flag'`). */
  readonly unknownYear: boolean;
}

/**
 * A task's evaluation under one policy: which policy, and each target's state.
 *
 * @example
 * ```ts
 * import { alwaysOpenCalendar, evaluateTask, type SlaPolicy, type SlaTask } from 'kefu/sla';
 * const policy: SlaPolicy = { id: 'demo-hotline/reply', name: 'Reply', appliesTo: { kinds: ['consultation-reply'] }, targets: [{ id: 'reply', startOn: 'created', stopOn: 'replied', limit: { duration: { minutes: 30 }, clock: 'calendar', counting: 'elapsed' } }] };
 * const task: SlaTask = { id: 'T-2', kind: 'consultation-reply', createdAt: '2026-09-30T16:00:00+08:00', timeline: [{ type: 'replied', at: '2026-09-30T16:20:00+08:00' }] };
 * const result: TaskEvaluation = evaluateTask(task, policy, { now: '2026-09-30T17:00:00+08:00', calendar: alwaysOpenCalendar() });
 * result.targets.map((t) => `${t.targetId}: ${t.state}`); // ['reply: met']
 * ```
 */
export interface TaskEvaluation {
  /** The task's id. */
  readonly taskId: string;
  /** The task's kind. */
  readonly kind: TaskKind;
  /** The task's priority (`normal` when it had none). */
  readonly priority: Priority;
  /** The policy used. */
  readonly policyId: string;
  /** The instant evaluated at. */
  readonly now: Date;
  /** One evaluation per target, in policy order. */
  readonly targets: readonly TargetEvaluation[];
}

/**
 * Options of {@link evaluateTask}: the instant to evaluate at and the calendar the business clock and
 * day counts use.
 *
 * @example
 * ```ts
 * const options: EvaluateOptions = { now: '2026-10-01T12:00:00+08:00', calendar: alwaysOpenCalendar() };
 * ```
 */
export interface EvaluateOptions {
  /** Evaluate as of this instant; timeline events after it are not yet known. */
  readonly now: DateInput;
  /** The calendar (build it once with `createCalendar`). */
  readonly calendar: Calendar;
}

interface TimelineEvent {
  readonly type: TaskEventType;
  readonly at: number;
}

/** A stretch of time the clock ran: from, to, and its length on the target's clock once measured. */
type Run = [from: number, to: number, length: number];

const date = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));

function readTimeline(task: SlaTask, created: number): TimelineEvent[] {
  const timeline = task.timeline ?? [];
  mustBeList(timeline, 'timeline', 'invalid_input');
  let previous = created;
  // The element type the check above lost (it narrows to any[]); entries are still guarded, data may come from JSON.
  return timeline.map((event: NonNullable<SlaTask['timeline']>[number], i) => {
    const at = toMs(event?.at, ['timeline', i, 'at']);
    if (at < previous) {
      throw invalidField('invalid_timeline', ['timeline', i, 'at'], event.at, 'is before the event before it (or createdAt)');
    }
    previous = at;
    return { type: event.type, at };
  });
}

/** The target's unpaused deadline in epoch ms. */
function baseDue(target: SlaTarget, task: SlaTask, cal: Calendar, start: number): number {
  const limit = target.limit;
  if (!('from' in limit)) return dueAtMs(cal, start, limit);
  if (limit.from === 'requestedBy') {
    const requested = task.requestedBy;
    if (requested === undefined) throw invalidField('invalid_input', 'requestedBy', requested, `is needed by target "${target.id}"`);
    const due = toMs(requested, 'requestedBy');
    if (due < start) throw invalidField('invalid_timeline', 'requestedBy', task.requestedBy, `is before target "${target.id}" starts`);
    return due;
  }
  const minutes = task.estimatedMinutes;
  if (!(isAmount(minutes, false) && minutes > 0)) {
    throw invalidField('invalid_input', 'estimatedMinutes', minutes, `must be minutes > 0 for target "${target.id}"`);
  }
  return dueAtMs(cal, start, { duration: { minutes }, clock: limit.clock, counting: 'elapsed' });
}

/** Time from `a` to `b` on the clock. */
function span(cal: Calendar, clock: Clock, a: number, b: number): number {
  return clock === 'calendar' ? b - a : businessMsBetween(cal, a, b);
}

/** The instant `ms` of the clock's time after `a`. */
function add(cal: Calendar, clock: Clock, a: number, ms: number): number {
  return clock === 'calendar' ? a + ms : addBusinessMs(cal, a, ms);
}

/**
 * The instant the clock reaches `used` ms over the measured `runs`, or projected from `anchor` when it
 * has not yet; `null` when it never will (stopped first, so no anchor).
 */
function instantAt(cal: Calendar, clock: Clock, runs: readonly Run[], used: number, anchor: number): number;
function instantAt(cal: Calendar, clock: Clock, runs: readonly Run[], used: number, anchor: number | undefined): number | null;
function instantAt(cal: Calendar, clock: Clock, runs: readonly Run[], used: number, anchor: number | undefined): number | null {
  let sum = 0;
  for (const run of runs) {
    const [from, , length] = run;
    // A clock that sits exactly at `used` across a pause reaches it for good only when it runs again.
    const reached = sum + length;
    if (reached > used || (reached === used && run === runs.at(-1))) return add(cal, clock, from, used - sum);
    sum = reached;
  }
  return anchor === undefined ? null : add(cal, clock, anchor, used - sum);
}

function evaluateTarget(target: SlaTarget, task: SlaTask, events: readonly TimelineEvent[], created: number, now: number, cal: Calendar): TargetEvaluation {
  const clock = target.limit.clock;
  const starts = asList(target.startOn);
  const stops = asList(target.stopOn);
  const pauses = asList(target.pauseOn ?? ROLE_DEFAULTS[2]);
  const resumes = asList(target.resumeOn ?? ROLE_DEFAULTS[3]);

  let start = starts.includes('created') ? created : null;
  let stop: number | null = null;
  let runFrom = created;
  let pauseFrom: number | undefined;
  let pausedMs = 0;
  // The stretches the clock ran; measured once the limit is known.
  const runs: Run[] = [];
  for (const event of events) {
    const { type, at } = event;
    if (start === null) {
      if (stops.includes(type)) {
        const path = ['timeline', events.indexOf(event), 'type'];
        throw invalidField('invalid_timeline', path, type, `stops target "${target.id}" before it starts (${starts.join()})`);
      }
      if (starts.includes(type)) {
        if (at > now) break;
        start = runFrom = at;
      }
      continue;
    }
    if (at > now) break;
    if (stops.includes(type)) {
      stop = at;
      break;
    }
    if (pauseFrom === undefined) {
      if (pauses.includes(type)) {
        runs.push([runFrom, at, 0]);
        pauseFrom = at;
      }
    } else if (resumes.includes(type)) {
      pausedMs += span(cal, clock, pauseFrom, at);
      runFrom = at;
      pauseFrom = undefined;
    }
  }
  const defaults = target.warnings ?? [{ share: 0.8 }];
  let state: TargetState = 'not-started';
  let warnings: WarningEvaluation[] = defaults.map((threshold) => ({ threshold, at: null, fired: false }));
  let limitMs: number | null = null;
  let dueAt: number | null = null;
  let elapsedMs = 0;
  let late = false;
  let unknownYear = false;
  if (start !== null) {
    const end = stop ?? now;
    if (pauseFrom === undefined) runs.push([runFrom, end, 0]);
    else pausedMs += span(cal, clock, pauseFrom, end);
    const due = baseDue(target, task, cal, start);
    const limit = span(cal, clock, start, due);
    for (const run of runs) elapsedMs += run[2] = span(cal, clock, run[0], run[1]);
    // Never paused: the calendar's own deadline is exact.
    const neverPaused = runs.length === 1 && pauseFrom === undefined;
    const deadline = neverPaused ? due : instantAt(cal, clock, runs, limit, end);
    dueAt = deadline;
    late = elapsedMs > limit;
    warnings = defaults.map((threshold) => {
      const used = 'share' in threshold ? Math.round(threshold.share * limit) : Math.max(0, limit - readDuration(threshold.left).ms);
      const at = neverPaused && used === limit ? due : instantAt(cal, clock, runs, used, stop === null ? now : undefined);
      return { threshold, at: date(at), fired: elapsedMs >= used };
    });
    state = stop !== null ? (late ? 'met-late' : 'met') : late ? 'breached' : pauseFrom !== undefined ? 'paused' : warnings.some((w) => w.fired) ? 'at-risk' : 'running';
    limitMs = limit;
    unknownYear = cal.unknownYear === 'flag' && touchesUnknownYear(cal, start, Math.max(deadline, end));
  }
  return {
    targetId: target.id,
    rule: target.source?.rule ?? null,
    state,
    clock,
    startedAt: date(start),
    dueAt: date(dueAt),
    stoppedAt: date(stop),
    breachedAt: late ? date(dueAt) : null,
    limitMs,
    elapsedMs,
    remainingMs: limitMs === null ? null : limitMs - elapsedMs,
    shareUsed: limitMs === null ? null : limitMs > 0 ? elapsedMs / limitMs : 1,
    pausedMs,
    warnings,
    unknownYear,
  };
}

/**
 * Evaluate a task's timeline against a policy as of `now`: for every target its state, start, deadline,
 * elapsed and remaining time, share used, paused time, warnings, and when it was met or breached.
 *
 * A target starts at the first of its start events (`created` = the task's `createdAt`) and stops at the
 * first of its stop events after that; pause events stop the clock until a resume event, which pushes the
 * deadline back by the paused time on the target's clock. Events after `now` are not yet known. On the
 * business clock only working time counts, so a stop after closing time on the deadline's day, with no
 * working time past the deadline, is still `met`.
 *
 * @param task - the task (a parsed `Task`, or the same shape before defaults)
 * @param policy - the policy (checked with {@link validatePolicy})
 * @param options - `now` and the calendar
 * @returns the evaluation, one entry per target
 * @throws KefuError `invalid_policy` for a bad policy; `invalid_timeline` for events that run backwards, a stop
 *   event before the target's start, or `requestedBy` before the start; `invalid_input` for a bad instant, `now`
 *   before `createdAt`, or a missing `estimatedMinutes`/`requestedBy` the policy needs
 *
 * @example
 * ```ts
 * import { alwaysOpenCalendar, evaluateTask } from 'kefu/sla';
 * // rule: HOT-SLA-1 — handle within 6 h, repair within 24 h, round the clock
 * const policy = {
 *   id: 'demo-hotline/repair', name: 'Fault repair', appliesTo: { kinds: ['repair'] },
 *   targets: [
 *     { id: 'handle', startOn: 'created', stopOn: 'work-started', limit: { duration: { hours: 6 }, clock: 'calendar', counting: 'elapsed' } },
 *     { id: 'repair', startOn: 'created', stopOn: 'resolved', limit: { duration: { hours: 24 }, clock: 'calendar', counting: 'elapsed' } },
 *   ],
 * } as const;
 * const task = { id: 'T-1', kind: 'repair', createdAt: '2026-09-30T16:00:00+08:00', timeline: [{ type: 'work-started', at: '2026-09-30T21:00:00+08:00' }] } as const;
 * const result = evaluateTask(task, policy, { now: '2026-10-01T14:00:00+08:00', calendar: alwaysOpenCalendar() });
 * result.targets.map((t) => t.state); // ['met', 'at-risk'] — 22 of 24 hours used
 * ```
 */
export function evaluateTask(task: SlaTask, policy: SlaPolicy, options: EvaluateOptions): TaskEvaluation {
  validatePolicy(policy);
  mustBeObject(task, 'task', 'invalid_input');
  const cal = options.calendar;
  if (typeof cal?.spansOf !== 'function') throw invalidField('invalid_input', 'calendar', cal, 'must come from createCalendar');
  const created = toMs(task.createdAt, 'createdAt');
  const now = toMs(options.now, 'now');
  if (now < created) throw invalidField('invalid_input', 'now', options.now, `is before createdAt (${task.createdAt})`);
  const events = readTimeline(task, created);
  return {
    taskId: task.id,
    kind: task.kind,
    priority: task.priority ?? 'normal',
    policyId: policy.id,
    now: new Date(now),
    targets: policy.targets.map((target) => evaluateTarget(target, task, events, created, now, cal)),
  };
}

/**
 * Pick the policy for a task with {@link selectPolicy} (its `policyId`, else the first match in order) and
 * evaluate the task under it. The result names the policy used.
 *
 * @param task - the task
 * @param policies - candidate policies, in order
 * @param options - `now` and the calendar
 * @returns the evaluation, or `undefined` when no policy applies
 * @throws KefuError as {@link evaluateTask} and {@link selectPolicy} do
 *
 * @example
 * ```ts
 * import { alwaysOpenCalendar, evaluateTaskWith, type SlaPolicy, type SlaTarget, type SlaTask } from 'kefu/sla';
 * const reply = (hours: number): SlaTarget => ({ id: 'reply', startOn: 'created', stopOn: 'replied', limit: { duration: { hours }, clock: 'calendar', counting: 'elapsed' } });
 * const majorComplaint: SlaPolicy = { id: 'demo-hotline/major-complaint', name: 'Major complaint', appliesTo: { kinds: ['complaint'], priorities: ['urgent', 'high'] }, targets: [reply(2)] };
 * const complaint: SlaPolicy = { id: 'demo-hotline/complaint', name: 'Complaint', appliesTo: { kinds: ['complaint'] }, targets: [reply(24)] };
 * const task: SlaTask = { id: 'T-3', kind: 'complaint', priority: 'high', createdAt: '2026-09-30T16:00:00+08:00' };
 * const result = evaluateTaskWith(task, [majorComplaint, complaint], { now: '2026-09-30T17:00:00+08:00', calendar: alwaysOpenCalendar() });
 * result?.policyId; // 'demo-hotline/major-complaint': the first whose appliesTo matched
 * result?.targets[0]?.state; // 'running' (1 of 2 h)
 * ```
 */
export function evaluateTaskWith(task: SlaTask, policies: readonly SlaPolicy[], options: EvaluateOptions): TaskEvaluation | undefined {
  const policy = selectPolicy(task, policies);
  return policy === undefined ? undefined : evaluateTask(task, policy, options);
}
