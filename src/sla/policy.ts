import { PRIORITIES, TASK_EVENT_TYPES, TASK_KINDS, type Priority, type TaskEventType, type TaskKind } from '../model/enums.js';
import { invalidField, type KefuError } from '../model/error.js';
import type { Task } from '../model/task.js';
import { checkList, checkOne, isObject, mustBeList, mustBeObject, type Path } from './check.js';
import { readLimit } from './due.js';
import { readDuration } from './queries.js';
import { CLOCKS, type Clock, type Duration, type Limit } from './types.js';

/**
 * Where a target comes from: the rule id of the domain inventory and the standard's exact Chinese words.
 *
 * @example
 * ```ts
 * const source: RuleSource = { rule: 'HOT-SLA-1', text: '一般故障原则上在6小时内处理、24小时内修复' };
 * ```
 */
export interface RuleSource {
  /** Rule id, e.g. `HOT-SLA-1`. */
  readonly rule: string;
  /** The standard's wording, quoted exactly. */
  readonly text: string;
}

/**
 * A limit the task itself carries: `estimatedMinutes` (the labour time agreed at reception, rule AUTO-SLA-3)
 * or `requestedBy` (a deadline the customer set, rule SUP-SLA-1). Elapsed and remaining time are measured
 * on `clock`.
 *
 * @example
 * ```ts
 * const labour: TaskLimit = { from: 'estimatedMinutes', clock: 'calendar' };
 * ```
 */
export interface TaskLimit {
  /** Which field of the task gives the limit. */
  readonly from: 'estimatedMinutes' | 'requestedBy';
  /** Which time elapses. */
  readonly clock: Clock;
}

/**
 * A target's limit: a fixed {@link Limit}, or one taken from the task ({@link TaskLimit}).
 *
 * @example
 * ```ts
 * const sixHours: TargetLimit = { duration: { hours: 6 }, clock: 'calendar', counting: 'elapsed' };
 * ```
 */
export type TargetLimit = Limit | TaskLimit;

/**
 * When a target warns: at a share of its limit used (`{ share: 0.8 }`) or with a given time left on the
 * target's clock (`{ left: { hours: 1 } }`; minutes and hours only).
 *
 * @example
 * ```ts
 * const warnings: WarningThreshold[] = [{ share: 0.8 }, { left: { hours: 1 } }];
 * ```
 */
export type WarningThreshold = { readonly share: number } | { readonly left: Duration };

/**
 * One timed promise of a policy: when its clock starts and stops (timeline events; `created` is the task's
 * `createdAt`), its limit, its warnings (default `[{ share: 0.8 }]`) and the events that pause and resume it
 * (default `paused` / `resumed`; `pauseOn: []` makes it unpausable).
 *
 * @example
 * ```ts
 * // rule: HOT-SLA-1 — repair within 24 h of the report, round the clock
 * const repair: SlaTarget = {
 *   id: 'repair', startOn: 'created', stopOn: 'resolved',
 *   limit: { duration: { hours: 24 }, clock: 'calendar', counting: 'elapsed' },
 *   source: { rule: 'HOT-SLA-1', text: '24小时内修复' },
 * };
 * ```
 */
export interface SlaTarget {
  /** Stable id within the policy, e.g. `handle`, `repair`, `reply`, `callback`. */
  readonly id: string;
  /** A short English name. */
  readonly name?: string;
  /** The event(s) whose first occurrence starts the clock; `created` means the task's creation. */
  readonly startOn: TaskEventType | readonly TaskEventType[];
  /** The event(s) whose first occurrence after the start stops the clock. */
  readonly stopOn: TaskEventType | readonly TaskEventType[];
  /** How long the target allows. */
  readonly limit: TargetLimit;
  /** Warning thresholds; default `[{ share: 0.8 }]`. */
  readonly warnings?: readonly WarningThreshold[];
  /** Events that pause the clock; default `['paused']`. */
  readonly pauseOn?: readonly TaskEventType[];
  /** Events that resume a paused clock; default `['resumed']`. */
  readonly resumeOn?: readonly TaskEventType[];
  /** The rule and wording the target encodes. */
  readonly source?: RuleSource;
}

/**
 * Which tasks a policy applies to: every listed field must match (an absent field matches anything).
 *
 * @example
 * ```ts
 * const major: TaskMatch = { kinds: ['complaint'], priorities: ['urgent', 'high'] };
 * ```
 */
export interface TaskMatch {
  /** Task kinds the policy covers. */
  readonly kinds?: readonly TaskKind[];
  /** Priorities the policy covers (a task without one counts as `normal`). */
  readonly priorities?: readonly Priority[];
}

/**
 * An SLA policy as data: what it applies to and its targets. Without `appliesTo` a policy is used only by
 * tasks that name it in `policyId`; `appliesTo: {}` matches every task.
 *
 * @example
 * ```ts
 * const policy: SlaPolicy = {
 *   id: 'demo-hotline/reply', name: 'Reply to a question the agent could not answer',
 *   appliesTo: { kinds: ['consultation-reply'] },
 *   targets: [{ id: 'reply', startOn: 'created', stopOn: 'replied', limit: { duration: { minutes: 30 }, clock: 'calendar', counting: 'elapsed' } }],
 * };
 * ```
 */
export interface SlaPolicy {
  /** Stable id, e.g. `demo-hotline/repair`. */
  readonly id: string;
  /** A short English name. */
  readonly name: string;
  /** Which tasks the policy covers by itself. */
  readonly appliesTo?: TaskMatch;
  /** The targets, in display order. */
  readonly targets: readonly SlaTarget[];
}

/**
 * What the SLA functions read from a task: a {@link Task} as the model parses it, or the same shape
 * before defaults (priority `normal`, empty timeline).
 *
 * @example
 * ```ts
 * const task: SlaTask = { id: 'T-1', kind: 'repair', createdAt: '2026-09-30T16:00:00+08:00', timeline: [] };
 * ```
 */
export type SlaTask = Pick<Task, 'id' | 'kind' | 'createdAt'> &
  Partial<Pick<Task, 'priority' | 'policyId' | 'estimatedMinutes' | 'requestedBy'>> & {
    /** The task's events in time order; a readonly array is fine, nothing is written to it. */
    readonly timeline?: readonly Readonly<Task['timeline'][number]>[];
  };

/** @internal */
export const policyError = (path: Path, value: unknown, message: string): KefuError => invalidField('invalid_policy', path, value, message);

/** `x` as an array (a single event becomes a one-item list). @internal */
export const asList = <T>(x: T | readonly T[]): readonly T[] => (Array.isArray(x) ? (x as readonly T[]) : [x as T]);

/** Check a non-empty string id. @internal */
export function checkId(value: unknown, base: Path, key: string): void {
  if (typeof value !== 'string' || value.trim() === '') throw policyError([...base, key], value, 'must be a non-empty string');
}

const TASK_FIELDS = ['estimatedMinutes', 'requestedBy'];
/** The event lists of a target, in the order they are checked. @internal */
export const ROLES = ['startOn', 'stopOn', 'pauseOn', 'resumeOn'] as const;
/** Each role's events when a target leaves it out, by index in `ROLES`; start and stop have none. @internal */
export const ROLE_DEFAULTS: readonly [undefined, undefined, readonly TaskEventType[], readonly TaskEventType[]] = [undefined, undefined, ['paused'], ['resumed']];

function checkLimit(limit: unknown, base: Path): void {
  const at = [...base, 'limit'];
  if (isObject(limit) && 'from' in limit) {
    checkOne(limit['clock'], CLOCKS, at, 'clock');
    checkOne(limit['from'], TASK_FIELDS, at, 'from');
    return;
  }
  const { parts } = readLimit(limit as Limit, 'invalid_policy', at);
  if (parts.ms + parts.days + parts.weeks + parts.workingDays === 0) throw policyError([...at, 'duration'], (limit as Limit).duration, 'must be longer than zero');
}

function checkTarget(target: unknown, base: Path): asserts target is SlaTarget {
  mustBeObject(target, base, 'invalid_policy');
  checkId(target['id'], base, 'id');
  // Each event plays one role, so a timeline never reads two ways.
  const lists: (readonly string[])[] = [];
  ROLES.forEach((role, r) => {
    const fallback = ROLE_DEFAULTS[r];
    const value = target[role] ?? fallback;
    const events = checkList(value, TASK_EVENT_TYPES, base, role, true);
    if (events.length === 0 && fallback === undefined) throw policyError([...base, role], value, 'must name an event');
    for (const event of events) {
      const other = lists.findIndex((list) => list.includes(event));
      if (other >= 0) throw policyError([...base, role], event, `is also in ${ROLES[other]}`);
    }
    lists.push(events);
  });
  checkLimit(target['limit'], base);
  const warnings = target['warnings'] ?? [];
  mustBeList(warnings, [...base, 'warnings'], 'invalid_policy');
  warnings.forEach((w: unknown, i) => {
    const at = [...base, 'warnings', i];
    const { share, left } = isObject(w) ? w : {};
    if (typeof share === 'number') {
      if (!(share > 0 && share <= 1)) throw policyError([...at, 'share'], share, 'must be in (0, 1]');
    } else if (isObject(w) && 'left' in w) {
      const parts = readDuration(left as Duration, [...at, 'left'], 'invalid_policy');
      if (parts.hasDays || parts.ms === 0) throw policyError([...at, 'left'], left, 'must be minutes/hours > 0');
    } else throw policyError(at, w, 'must be { share } or { left }');
  });
  const source = target['source'];
  if (source !== undefined && !(isObject(source) && typeof source['rule'] === 'string' && typeof source['text'] === 'string')) {
    throw policyError([...base, 'source'], source, 'must be { rule, text }');
  }
}

/**
 * Check an SLA policy given as data (e.g. read from JSON) and return it typed. Every event, kind, priority,
 * clock, counting and duration is checked, target ids must be unique, and an event may play only one role
 * in a target (start, stop, pause, resume).
 *
 * @param policy - the policy as data
 * @returns the same object, typed
 * @throws KefuError `invalid_policy` naming the field and value, e.g. `targets[0].limit.duration.hours`
 *
 * @example
 * ```ts
 * import { validatePolicy } from 'kefu/sla';
 * const text = '{"id":"demo-hotline/reply","name":"Reply","targets":[{"id":"reply","startOn":"created","stopOn":"replied","limit":{"duration":{"hours":24},"clock":"calendar","counting":"elapsed"}}]}';
 * const policy = validatePolicy(JSON.parse(text)); // typed SlaPolicy
 * policy.targets[0]?.stopOn; // 'replied'
 * validatePolicy({ id: 'x', name: 'x', targets: [{ id: 'reply', startOn: 'created', stopOn: 'replyed', limit: { duration: { hours: 24 }, clock: 'calendar', counting: 'elapsed' } }] });
 * // KefuError: targets[0].stopOn is not one of created, acknowledged, …  (got "replyed")
 * ```
 */
export function validatePolicy(policy: unknown): SlaPolicy {
  mustBeObject(policy, [], 'invalid_policy');
  checkId(policy['id'], [], 'id');
  if (typeof policy['name'] !== 'string') throw policyError(['name'], policy['name'], 'must be a string');
  const match = policy['appliesTo'];
  if (match !== undefined) {
    mustBeObject(match, ['appliesTo'], 'invalid_policy');
    if (match['kinds'] !== undefined) checkList(match['kinds'], TASK_KINDS, ['appliesTo'], 'kinds');
    if (match['priorities'] !== undefined) checkList(match['priorities'], PRIORITIES, ['appliesTo'], 'priorities');
  }
  const targets = policy['targets'];
  mustBeList(targets, ['targets'], 'invalid_policy', true);
  const ids = new Set<string>();
  targets.forEach((target: unknown, i) => {
    checkTarget(target, ['targets', i]);
    if (ids.has(target.id)) throw policyError(['targets', i, 'id'], target.id, 'repeats a target id');
    ids.add(target.id);
  });
  return policy as unknown as SlaPolicy;
}

/**
 * The policy that applies to a task: the one its `policyId` names, otherwise the first in order whose
 * `appliesTo` matches (as Zendesk picks the first matching SLA policy). Order policies from most to least
 * specific.
 *
 * @param task - the task (kind, priority, policyId are read)
 * @param policies - candidate policies, in order
 * @returns the policy, or `undefined` when none applies
 * @throws KefuError `invalid_input` when `policyId` names a policy not in the list
 *
 * @example
 * ```ts
 * import { selectPolicy, type SlaPolicy } from 'kefu/sla';
 * const hours = { duration: { hours: 24 }, clock: 'calendar', counting: 'elapsed' } as const;
 * const policies: SlaPolicy[] = [
 *   { id: 'demo-hotline/urgent-complaint', name: 'Urgent complaint', appliesTo: { kinds: ['complaint'], priorities: ['urgent'] }, targets: [{ id: 'reply', startOn: 'created', stopOn: 'replied', limit: hours }] },
 *   { id: 'demo-hotline/repair', name: 'Repair', appliesTo: { kinds: ['repair'] }, targets: [{ id: 'repair', startOn: 'created', stopOn: 'resolved', limit: hours }] },
 * ];
 * selectPolicy({ kind: 'repair' }, policies)?.id; // 'demo-hotline/repair'
 * ```
 */
export function selectPolicy<P extends SlaPolicy>(task: Pick<SlaTask, 'kind' | 'priority' | 'policyId'>, policies: readonly P[]): P | undefined {
  if (task.policyId !== undefined) {
    const named = policies.find((p) => p.id === task.policyId);
    if (named === undefined) throw invalidField('invalid_input', 'policyId', task.policyId, 'names no policy in the list');
    return named;
  }
  const priority = task.priority ?? 'normal';
  return policies.find(({ appliesTo: m }) => m !== undefined && (m.kinds?.includes(task.kind) ?? true) && (m.priorities?.includes(priority) ?? true));
}
