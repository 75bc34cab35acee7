import { describe, expect, it } from 'vitest';
import type { TaskEventType } from '../../src/model/enums.js';
import { alwaysOpenCalendar, evaluateCall, evaluateTaskWith, type CallPolicy, type SlaPolicy, type SlaTask, type TaskEvaluation } from '../../src/sla/index.js';
import { computeKpis, targetStats, type KpiTarget } from '../../src/sla/kpi.js';

const H = 3_600_000;
const calendar = alwaysOpenCalendar();
const hours = (n: number) => ({ duration: { hours: n }, clock: 'calendar', counting: 'elapsed' }) as const;
const policies: SlaPolicy[] = [
  { id: 'callback', name: 'Callback', appliesTo: { kinds: ['callback'] }, targets: [{ id: 'callback', startOn: 'created', stopOn: 'callback-done', limit: hours(48) }] },
  { id: 'complaint', name: 'Complaint', appliesTo: { kinds: ['complaint'] }, targets: [{ id: 'handle', startOn: 'created', stopOn: 'resolved', limit: hours(24) }] },
];
const start = Date.parse('2026-09-01T00:00:00Z');
const now = '2026-09-20T00:00:00Z';

/** A task created at `start + i days`, stopped after `after` hours (or still open). */
function evaluate(i: number, kind: SlaTask['kind'], after: number | null, extra: Partial<SlaTask> = {}): TaskEvaluation {
  const created = start + i * 24 * H;
  const stop: TaskEventType = kind === 'callback' ? 'callback-done' : 'resolved';
  const timeline = after === null ? [] : [{ type: stop, at: new Date(created + after * H).toISOString() }];
  return evaluateTaskWith({ id: `T-${i}`, kind, createdAt: new Date(created).toISOString(), timeline, ...extra }, policies, { now, calendar })!;
}

describe('targetStats', () => {
  it('counts outcomes; compliance leaves out targets still inside their limit; p90 by nearest rank', () => {
    const targets = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((h, i) => evaluate(i, 'complaint', h).targets[0]!);
    const stats = targetStats(targets);
    expect(stats).toMatchObject({ total: 10, met: 10, metLate: 0, breached: 0, compliance: 1, completion: 1, averageElapsedMs: 5.5 * H, p90ElapsedMs: 9 * H });
    expect(targetStats([])).toEqual({
      total: 0,
      notStarted: 0,
      open: 0,
      met: 0,
      metLate: 0,
      breached: 0,
      compliance: null,
      completion: null,
      averageElapsedMs: null,
      p90ElapsedMs: null,
    });
  });
});

describe('computeKpis (rule: KPI-1)', () => {
  const evaluations = [
    ...[10, 20, 30, 47].map((h, i) => evaluate(i, 'callback', h)), // met
    evaluate(4, 'callback', 50), // met late
    evaluate(5, 'callback', null), // created 6 Sep, open on 20 Sep → breached
    evaluate(18, 'callback', null), // created 19 Sep, 24 h in → open
    evaluate(6, 'complaint', 20),
    evaluate(7, 'complaint', 30, { priority: 'urgent' }),
  ];
  const targets: KpiTarget[] = [
    { id: 'callback-pass-rate', metric: 'compliance', targetId: 'callback', op: '>', value: 0.98, source: { rule: 'KPI-1', text: '电话回访合格率大于98%' } },
    { id: 'callbacks-done', metric: 'completion', targetId: 'callback', op: '>=', value: 0.8 },
    { id: 'general-complaints-handled', metric: 'completion', policyId: 'complaint', priorities: ['normal', 'low'], op: '>=', value: 1 },
    { id: 'general-complaint-cycle', metric: 'average-elapsed', policyId: 'complaint', priorities: ['normal', 'low'], op: '<', value: 24 * H },
    { id: 'major-complaints', metric: 'task-count', taskKind: 'complaint', priorities: ['urgent', 'high'], op: '=', value: 0 },
    { id: 'red-stamps', metric: 'met-late', op: '<=', value: 1 },
    { id: 'callback-p90', metric: 'p90-elapsed', targetId: 'callback', op: '<=', value: 48 * H },
    { id: 'nothing-matches', metric: 'compliance', policyId: 'repair', op: '>', value: 0.9 },
  ];
  const report = computeKpis(evaluations, [], targets);

  it('per target: counts, compliance, completion, average and p90', () => {
    expect(report.tasks).toBe(9);
    expect(report.targets).toEqual([
      {
        policyId: 'callback',
        targetId: 'callback',
        rule: null,
        total: 7,
        notStarted: 0,
        open: 1,
        met: 4,
        metLate: 1,
        breached: 1,
        compliance: 4 / 6,
        completion: 5 / 6,
        averageElapsedMs: 31.4 * H,
        p90ElapsedMs: 50 * H,
      },
      {
        policyId: 'complaint',
        targetId: 'handle',
        rule: null,
        total: 2,
        notStarted: 0,
        open: 0,
        met: 1,
        metLate: 1,
        breached: 0,
        compliance: 0.5,
        completion: 1,
        averageElapsedMs: 25 * H,
        p90ElapsedMs: 30 * H,
      },
    ]);
  });

  it('each KPI target checked against the actual figure', () => {
    expect(report.checks.map((c) => [c.id, c.actual, c.pass])).toEqual([
      ['callback-pass-rate', 4 / 6, false],
      ['callbacks-done', 5 / 6, true],
      ['general-complaints-handled', 1, true],
      ['general-complaint-cycle', 20 * H, true],
      ['major-complaints', 1, false],
      ['red-stamps', 2, false],
      ['callback-p90', 50 * H, false],
      ['nothing-matches', null, null],
    ]);
    expect(report.checks[0]!.rule).toBe('KPI-1');
  });

  it('call limits: within-limit rate and averages against average limits (rules: HOT-SLA-2, HALL-SLA-1)', () => {
    const rings: CallPolicy = { id: 'hotline', name: 'Hotline', limits: [{ id: 'answer', measure: 'rings', max: 3 }] };
    const hall: CallPolicy = { id: 'payment', name: 'Payment', limits: [{ id: 'handling', measure: 'handling-seconds', average: 180 }] };
    const offeredAt = '2026-09-30T09:00:00+08:00';
    const calls = [
      ...[1, 2, 3, 3, 5].map((n, i) => evaluateCall({ id: `c${i}`, direction: 'inbound', offeredAt, answeredAt: '2026-09-30T09:00:20+08:00', rings: n }, rings)),
      evaluateCall({ id: 'x', direction: 'inbound', offeredAt }, rings),
      ...[120, 200, 250].map((s, i) =>
        evaluateCall(
          { id: `h${i}`, direction: 'inbound', channel: 'walk-in', offeredAt, answeredAt: offeredAt, endedAt: new Date(Date.parse(offeredAt) + s * 1000).toISOString() },
          hall,
        ),
      ),
    ];
    const result = computeKpis([], calls, [
      { id: 'answered-in-3-rings', metric: 'call-rate', limitId: 'answer', op: '>=', value: 0.8 },
      { id: 'payment-average', metric: 'call-average', policyId: 'payment', op: '<=', value: 180 },
    ]);
    expect(result.calls).toEqual([
      { policyId: 'hotline', limitId: 'answer', measure: 'rings', calls: 6, measured: 5, met: 4, breached: 1, rate: 0.8, average: 2.8, pass: null },
      { policyId: 'payment', limitId: 'handling', measure: 'handling-seconds', calls: 3, measured: 3, met: 0, breached: 0, rate: null, average: 190, pass: false },
    ]);
    expect(result.checks.map((c) => [c.actual, c.pass])).toEqual([
      [0.8, true],
      [190, false],
    ]);
  });
});
