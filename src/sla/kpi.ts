/**
 * kefu/sla/kpi — KPIs over many evaluations: compliance, completion, late and breached counts, elapsed
 * time, call rates and averages, checked against an organisation's KPI targets. An entry of its own:
 * a host that embeds only the SLA calculator (due dates and task status) does not carry the report
 * code, and kefu/sla stays within its size budget.
 *
 * @example
 * ```ts
 * import { computeKpis } from 'kefu/sla/kpi';
 * computeKpis([]).tasks; // 0
 * ```
 * @module sla/kpi
 */
import type { Priority, TaskKind } from '../model/enums.js';
import type { CallEvaluation, CallMeasure } from './call.js';
import type { TargetEvaluation, TaskEvaluation } from './evaluate.js';
import type { RuleSource } from './policy.js';

/**
 * What a KPI target measures:
 * - `compliance`: met ÷ (met + met late + breached) — targets still inside their limit are not counted;
 * - `completion`: (met + met late) ÷ (met + met late + breached) — done at all, late or not;
 * - `met-late`: how many were met late (red stamps);
 * - `average-elapsed` / `p90-elapsed`: time to stop in ms on the target's clock (nearest-rank p90);
 * - `task-count`: how many tasks match;
 * - `call-rate`: met ÷ (met + breached) over calls; `call-average`: the average measured value.
 *
 * @example
 * ```ts
 * const metric: KpiMetric = 'compliance';
 * ```
 */
export type KpiMetric = 'compliance' | 'completion' | 'met-late' | 'average-elapsed' | 'p90-elapsed' | 'task-count' | 'call-rate' | 'call-average';

/**
 * A KPI target: a metric over the evaluations that match the selectors, compared with a value
 * (shares as 0–1, durations in ms, call averages in the limit's unit).
 *
 * @example
 * ```ts
 * // rule: KPI-1 — 电话回访合格率大于98%
 * const callbacks: KpiTarget = { id: 'callback-pass-rate', metric: 'compliance', targetId: 'callback', op: '>', value: 0.98 };
 * ```
 */
export interface KpiTarget {
  /** Stable id. */
  readonly id: string;
  /** What is measured. */
  readonly metric: KpiMetric;
  /** Only this policy's tasks or calls. */
  readonly policyId?: string;
  /** Only targets with this id. */
  readonly targetId?: string;
  /** Only call limits with this id. */
  readonly limitId?: string;
  /** Only tasks of this kind. */
  readonly taskKind?: TaskKind;
  /** Only tasks with these priorities. */
  readonly priorities?: readonly Priority[];
  /** How the actual value must compare with `value`. */
  readonly op: '<' | '<=' | '>' | '>=' | '=';
  /** The value to compare with. */
  readonly value: number;
  /** The rule and wording. */
  readonly source?: RuleSource;
}

/**
 * Counts and figures over a set of target evaluations.
 *
 * @example
 * ```ts
 * const s: TargetStats = { total: 10, notStarted: 0, open: 2, met: 6, metLate: 1, breached: 1, compliance: 0.75, completion: 0.875, averageElapsedMs: 3_600_000, p90ElapsedMs: 7_200_000 };
 * ```
 */
export interface TargetStats {
  /** Evaluations counted. */
  readonly total: number;
  /** Not started yet. */
  readonly notStarted: number;
  /** Running, at risk or paused, inside the limit. */
  readonly open: number;
  /** Met in time. */
  readonly met: number;
  /** Met late. */
  readonly metLate: number;
  /** Past the limit and not stopped. */
  readonly breached: number;
  /** met ÷ (met + metLate + breached); `null` with nothing decided. */
  readonly compliance: number | null;
  /** (met + metLate) ÷ (met + metLate + breached); `null` with nothing decided. */
  readonly completion: number | null;
  /** Average time to stop of the stopped ones, ms. */
  readonly averageElapsedMs: number | null;
  /** 90th percentile (nearest rank) of the time to stop, ms. */
  readonly p90ElapsedMs: number | null;
}

/**
 * The figures of one target of one policy.
 *
 * @example
 * ```ts
 * import { alwaysOpenCalendar, evaluateTask, type SlaPolicy } from 'kefu/sla';
 * import { computeKpis } from 'kefu/sla/kpi';
 * const callback: SlaPolicy = { id: 'demo-hotline/callback', name: 'Callback', targets: [{ id: 'callback', startOn: 'created', stopOn: 'callback-done', limit: { duration: { hours: 48 }, clock: 'calendar', counting: 'elapsed' } }] };
 * // Two callbacks due 48 h after Mon 28 Sep 09:00: one made after 25 h, one after 50 h (late).
 * const evaluations = ['2026-09-29T10:00:00+08:00', '2026-09-30T11:00:00+08:00'].map((at, i) =>
 *   evaluateTask({ id: `T-${i + 1}`, kind: 'callback', createdAt: '2026-09-28T09:00:00+08:00', timeline: [{ type: 'callback-done', at }] }, callback, { now: '2026-10-01T09:00:00+08:00', calendar: alwaysOpenCalendar() }),
 * );
 * const kpi: TargetKpi | undefined = computeKpis(evaluations).targets.find((t) => t.policyId === 'demo-hotline/callback' && t.targetId === 'callback');
 * kpi?.compliance; // 0.5 — one met, one met late
 * kpi?.averageElapsedMs; // 135000000 (37.5 h)
 * ```
 */
export interface TargetKpi extends TargetStats {
  /** The policy. */
  readonly policyId: string;
  /** The target. */
  readonly targetId: string;
  /** The rule it cites. */
  readonly rule: string | null;
}

/**
 * The figures of one call limit of one call policy. For an average limit, `pass` says whether the average
 * is within it; for a per-call limit it is `null` (see `rate`).
 *
 * @example
 * ```ts
 * import { evaluateCall, type CallPolicy } from 'kefu/sla';
 * import { computeKpis } from 'kefu/sla/kpi';
 * const hotline: CallPolicy = { id: 'demo-hotline/call', name: 'Hotline call', limits: [{ id: 'answer', measure: 'rings', max: 3 }] };
 * // Two calls answered after 2 and after 5 rings (rule HOT-SLA-2: within 3).
 * const callEvaluations = [2, 5].map((rings, i) =>
 *   evaluateCall({ id: `c${i + 1}`, direction: 'inbound', offeredAt: '2026-09-30T09:00:00+08:00', answeredAt: '2026-09-30T09:00:15+08:00', rings }, hotline),
 * );
 * const answer: CallLimitKpi | undefined = computeKpis([], callEvaluations).calls.find((c) => c.limitId === 'answer');
 * answer?.rate; // 0.5 — one of the two within 3 rings
 * answer?.average; // 3.5 (rings)
 * ```
 */
export interface CallLimitKpi {
  /** The call policy. */
  readonly policyId: string;
  /** The limit. */
  readonly limitId: string;
  /** What it measures. */
  readonly measure: CallMeasure;
  /** Calls counted. */
  readonly calls: number;
  /** Calls with a value. */
  readonly measured: number;
  /** Within the per-call limit. */
  readonly met: number;
  /** Over the per-call limit. */
  readonly breached: number;
  /** met ÷ (met + breached). */
  readonly rate: number | null;
  /** Average of the measured values. */
  readonly average: number | null;
  /** Whether the average is within an average limit. */
  readonly pass: boolean | null;
}

/**
 * One KPI target checked: the actual value and whether it passes (`null` when there was nothing to
 * measure).
 *
 * @example
 * ```ts
 * const c: KpiCheck = { id: 'callback-pass-rate', metric: 'compliance', actual: 0.99, op: '>', value: 0.98, pass: true, rule: 'KPI-1' };
 * ```
 */
export interface KpiCheck {
  /** The KPI target's id. */
  readonly id: string;
  /** Its metric. */
  readonly metric: KpiMetric;
  /** The measured value. */
  readonly actual: number | null;
  /** The comparison. */
  readonly op: KpiTarget['op'];
  /** The value compared with. */
  readonly value: number;
  /** Whether the target is reached. */
  readonly pass: boolean | null;
  /** The rule it cites. */
  readonly rule: string | null;
}

/**
 * The KPI summary of a batch of evaluations.
 *
 * @example
 * ```ts
 * import { alwaysOpenCalendar, evaluateTask, type SlaPolicy } from 'kefu/sla';
 * import { computeKpis } from 'kefu/sla/kpi';
 * const callback: SlaPolicy = { id: 'demo-hotline/callback', name: 'Callback', targets: [{ id: 'callback', startOn: 'created', stopOn: 'callback-done', limit: { duration: { hours: 48 }, clock: 'calendar', counting: 'elapsed' } }] };
 * // Two callbacks due 48 h after Mon 28 Sep 09:00: one made after 25 h, one after 50 h (late).
 * const evaluations = ['2026-09-29T10:00:00+08:00', '2026-09-30T11:00:00+08:00'].map((at, i) =>
 *   evaluateTask({ id: `T-${i + 1}`, kind: 'callback', createdAt: '2026-09-28T09:00:00+08:00', timeline: [{ type: 'callback-done', at }] }, callback, { now: '2026-10-01T09:00:00+08:00', calendar: alwaysOpenCalendar() }),
 * );
 * const report: KpiReport = computeKpis(evaluations);
 * report.targets.map((t) => `${t.policyId}/${t.targetId}: ${t.compliance}`); // ['demo-hotline/callback/callback: 0.5']
 * ```
 */
export interface KpiReport {
  /** Task evaluations counted. */
  readonly tasks: number;
  /** Per policy and target, in first-seen order. */
  readonly targets: readonly TargetKpi[];
  /** Per call policy and limit, in first-seen order. */
  readonly calls: readonly CallLimitKpi[];
  /** The KPI targets checked, in the order given. */
  readonly checks: readonly KpiCheck[];
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const countOf = <S extends string>(rows: readonly { readonly state: S }[], state: S): number => rows.filter((r) => r.state === state).length;
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/**
 * Figures over target evaluations: counts by outcome, compliance, completion, average and p90 time to stop.
 *
 * @param targets - target evaluations (from any policies)
 * @returns the figures
 *
 * @example
 * ```ts
 * import { alwaysOpenCalendar, evaluateTask, type SlaPolicy } from 'kefu/sla';
 * import { targetStats } from 'kefu/sla/kpi';
 * const callback: SlaPolicy = { id: 'demo-hotline/callback', name: 'Callback', targets: [{ id: 'callback', startOn: 'created', stopOn: 'callback-done', limit: { duration: { hours: 48 }, clock: 'calendar', counting: 'elapsed' } }] };
 * // Two callbacks due 48 h after Mon 28 Sep 09:00: one made after 25 h, one after 50 h (late).
 * const evaluations = ['2026-09-29T10:00:00+08:00', '2026-09-30T11:00:00+08:00'].map((at, i) =>
 *   evaluateTask({ id: `T-${i + 1}`, kind: 'callback', createdAt: '2026-09-28T09:00:00+08:00', timeline: [{ type: 'callback-done', at }] }, callback, { now: '2026-10-01T09:00:00+08:00', calendar: alwaysOpenCalendar() }),
 * );
 * const stats = targetStats(evaluations.flatMap((e) => e.targets.filter((t) => t.targetId === 'callback')));
 * stats.compliance; // 0.5
 * stats.completion; // 1: both were made, one late
 * stats.p90ElapsedMs; // 180000000 (50 h)
 * ```
 */
export function targetStats(targets: readonly TargetEvaluation[]): TargetStats {
  const times = targets.flatMap((t) => (t.stoppedAt === null ? [] : [t.elapsedMs])).sort((a, b) => a - b);
  const met = countOf(targets, 'met');
  const metLate = countOf(targets, 'met-late');
  const breached = countOf(targets, 'breached');
  const notStarted = countOf(targets, 'not-started');
  const decided = met + metLate + breached;
  return {
    total: targets.length,
    notStarted,
    open: targets.length - notStarted - decided,
    met,
    metLate,
    breached,
    compliance: ratio(met, decided),
    completion: ratio(met + metLate, decided),
    averageElapsedMs: ratio(sum(times), times.length),
    p90ElapsedMs: times[Math.ceil(0.9 * times.length) - 1] ?? null,
  };
}

/** Items grouped by key, in first-seen order; a group is never empty. */
function group<T>(items: readonly T[], key: (item: T) => string): [T, ...T[]][] {
  const map = new Map<string, [T, ...T[]]>();
  for (const item of items) {
    const k = key(item);
    const rows = map.get(k);
    if (rows === undefined) map.set(k, [item]);
    else rows.push(item);
  }
  return [...map.values()];
}

type CallRow = CallEvaluation['limits'][number] & { readonly policyId: string };

function callStats(rows: readonly CallRow[]): Omit<CallLimitKpi, 'policyId' | 'limitId' | 'measure' | 'pass'> {
  const values = rows.flatMap((r) => (r.value === null ? [] : [r.value]));
  const met = countOf(rows, 'met');
  const breached = countOf(rows, 'breached');
  return { calls: rows.length, measured: values.length, met, breached, rate: ratio(met, met + breached), average: ratio(sum(values), values.length) };
}

function compare(actual: number | null, op: KpiTarget['op'], value: number): boolean | null {
  if (actual === null) return null;
  const outcome: Record<KpiTarget['op'], boolean> = { '<': actual < value, '<=': actual <= value, '>': actual > value, '>=': actual >= value, '=': actual === value };
  return outcome[op];
}

/**
 * KPIs over many task (and call) evaluations: per target compliance, met-late count, completion, average
 * and p90 time to stop; per call limit the within-limit rate and the average; and each KPI target (e.g.
 * rule KPI-1's "电话回访合格率大于98%") checked against the actual figure.
 *
 * @param evaluations - task evaluations, e.g. from `evaluateTaskWith`
 * @param calls - call evaluations from `evaluateCall`
 * @param targets - KPI targets to check
 * @returns the summary
 *
 * @example
 * ```ts
 * import { alwaysOpenCalendar, evaluateCall, evaluateTask, type CallPolicy, type SlaPolicy } from 'kefu/sla';
 * import { computeKpis } from 'kefu/sla/kpi';
 * const callback: SlaPolicy = { id: 'demo-hotline/callback', name: 'Callback', targets: [{ id: 'callback', startOn: 'created', stopOn: 'callback-done', limit: { duration: { hours: 48 }, clock: 'calendar', counting: 'elapsed' } }] };
 * // Two callbacks due 48 h after Mon 28 Sep 09:00: one made after 25 h, one after 50 h (late).
 * const evaluations = ['2026-09-29T10:00:00+08:00', '2026-09-30T11:00:00+08:00'].map((at, i) =>
 *   evaluateTask({ id: `T-${i + 1}`, kind: 'callback', createdAt: '2026-09-28T09:00:00+08:00', timeline: [{ type: 'callback-done', at }] }, callback, { now: '2026-10-01T09:00:00+08:00', calendar: alwaysOpenCalendar() }),
 * );
 * const hotline: CallPolicy = { id: 'demo-hotline/call', name: 'Hotline call', limits: [{ id: 'answer', measure: 'rings', max: 3 }] };
 * // Two calls answered after 2 and after 5 rings (rule HOT-SLA-2: within 3).
 * const callEvaluations = [2, 5].map((rings, i) =>
 *   evaluateCall({ id: `c${i + 1}`, direction: 'inbound', offeredAt: '2026-09-30T09:00:00+08:00', answeredAt: '2026-09-30T09:00:15+08:00', rings }, hotline),
 * );
 * const report = computeKpis(evaluations, callEvaluations, [
 *   { id: 'callback-pass-rate', metric: 'compliance', targetId: 'callback', op: '>', value: 0.98 },
 * ]);
 * report.calls[0]?.rate; // 0.5
 * report.checks[0]?.actual; // 0.5
 * report.checks[0]?.pass; // false: not over 98%
 * ```
 */
export function computeKpis(evaluations: readonly TaskEvaluation[], calls: readonly CallEvaluation[] = [], targets: readonly KpiTarget[] = []): KpiReport {
  const targetRows = evaluations.flatMap((e) => e.targets.map((t) => ({ e, t })));
  const callRows: CallRow[] = calls.flatMap((c) => c.limits.map((l) => ({ ...l, policyId: c.policyId })));
  return {
    tasks: evaluations.length,
    targets: group(targetRows, ({ e, t }) => `${e.policyId}\n${t.targetId}`).map((rows) => {
      const [{ e, t }] = rows;
      return { policyId: e.policyId, targetId: t.targetId, rule: t.rule, ...targetStats(rows.map((r) => r.t)) };
    }),
    calls: group(callRows, (r) => `${r.policyId}\n${r.limitId}`).map((rows) => {
      const [{ policyId, limitId, measure, average }] = rows;
      const stats = callStats(rows);
      return { policyId, limitId, measure, ...stats, pass: average === null ? null : compare(stats.average, '<=', average) };
    }),
    checks: targets.map((k): KpiCheck => {
      const tasks = targetRows.filter(
        ({ e, t }) =>
          (k.policyId ?? e.policyId) === e.policyId &&
          (k.targetId ?? t.targetId) === t.targetId &&
          (k.taskKind ?? e.kind) === e.kind &&
          (k.priorities?.includes(e.priority) ?? true),
      );
      const stats = targetStats(tasks.map((r) => r.t));
      const limits = callStats(callRows.filter((r) => (k.policyId ?? r.policyId) === r.policyId && (k.limitId ?? r.limitId) === r.limitId));
      const actuals: Record<KpiMetric, number | null> = {
        compliance: stats.compliance,
        completion: stats.completion,
        'met-late': stats.metLate,
        'average-elapsed': stats.averageElapsedMs,
        'p90-elapsed': stats.p90ElapsedMs,
        'task-count': new Set(tasks.map((r) => r.e)).size,
        'call-rate': limits.rate,
        'call-average': limits.average,
      };
      const actual = actuals[k.metric];
      return { id: k.id, metric: k.metric, actual, op: k.op, value: k.value, pass: compare(actual, k.op, k.value), rule: k.source?.rule ?? null };
    }),
  };
}
