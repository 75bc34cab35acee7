/**
 * SLA policies, task evaluation and KPIs with the presets. Run: npx tsx examples/sla.ts
 */
import { gasHotlineSla, propertyManagementSla } from 'kefu/presets';
import { createCalendar, evaluateCall, evaluateTaskWith, selectCallPolicy, type SlaTask, type TaskEvaluation } from 'kefu/sla';
import { computeKpis } from 'kefu/sla/kpi';

const local = (date: Date | null): string =>
  date === null ? '—' : new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(date);
const hours = (ms: number | null): string => (ms === null ? '—' : `${(ms / 3_600_000).toFixed(1)} h`);

function show(result: TaskEvaluation | undefined): void {
  if (result === undefined) return console.log('  no policy applies');
  console.log(`  ${result.taskId} under ${result.policyId}`);
  for (const t of result.targets) {
    console.log(`    ${t.targetId.padEnd(8)} ${t.state.padEnd(11)} due ${local(t.dueAt)}  used ${hours(t.elapsedMs)}  left ${hours(t.remainingMs)}  (${t.rule})`);
  }
}

// rule: HOT-SLA-1 — a gas fault reported on the eve of National Day, customer not home for three hours.
const hotline = createCalendar(gasHotlineSla.calendar);
const now = '2026-10-01T14:00:00+08:00';
console.log(`Gas hotline, as of ${local(new Date(now))}:`);
const tasks: SlaTask[] = [
  {
    id: 'R-1001',
    kind: 'repair',
    createdAt: '2026-09-30T16:00:00+08:00',
    timeline: [
      { type: 'dispatched', at: '2026-09-30T16:20:00+08:00' },
      { type: 'paused', at: '2026-09-30T17:00:00+08:00', reason: '用户不在家' },
      { type: 'resumed', at: '2026-09-30T20:00:00+08:00' },
      { type: 'work-started', at: '2026-09-30T20:30:00+08:00' },
    ],
  },
  { id: 'R-1002', kind: 'emergency', createdAt: '2026-09-30T20:00:00+08:00', timeline: [{ type: 'resolved', at: '2026-10-01T09:00:00+08:00' }] },
  { id: 'Q-2001', kind: 'consultation-reply', createdAt: '2026-09-30T09:00:00+08:00', timeline: [] },
  { id: 'B-3001', kind: 'callback', createdAt: '2026-09-29T10:00:00+08:00', timeline: [{ type: 'callback-done', at: '2026-09-30T15:00:00+08:00' }] },
];
const evaluations = tasks.map((task) => evaluateTaskWith(task, gasHotlineSla.policies, { now, calendar: hotline }));
evaluations.forEach(show);

// rule: HOT-SLA-2 — answered within three rings?
const call = {
  id: 'C-1',
  direction: 'inbound',
  channel: 'phone',
  rings: 4,
  offeredAt: '2026-09-30T16:00:00+08:00',
  answeredAt: '2026-09-30T16:00:14+08:00',
  endedAt: '2026-09-30T16:02:40+08:00',
} as const;
const calls = [evaluateCall(call, selectCallPolicy(call, gasHotlineSla.callPolicies)!)];
console.log(`\nCall C-1: ${calls[0]!.limits.map((l) => `${l.limitId} ${l.value} → ${l.state}`).join(', ')}`);

// rule: KPI-1 — the centre's targets over the batch.
const report = computeKpis(
  evaluations.filter((e) => e !== undefined),
  calls,
  gasHotlineSla.kpiTargets,
);
console.log('\nKPI-1 checks:');
for (const c of report.checks) console.log(`  ${c.pass === null ? '·' : c.pass ? '✓' : '✗'} ${c.id}: ${c.actual ?? 'no data'} ${c.op} ${c.value}`);

// rule: PM-SLA-2 — working days, with the 2026 make-up Sunday before the Mid-Autumn and National Day breaks.
const office = createCalendar(propertyManagementSla.calendar);
console.log('\nProperty management, general complaint on Friday 18 Sep 2026 10:00:');
show(
  evaluateTaskWith({ id: 'PM-7', kind: 'complaint', createdAt: '2026-09-18T10:00:00+08:00', timeline: [] }, propertyManagementSla.policies, {
    now: '2026-09-21T10:00:00+08:00',
    calendar: office,
  }),
);
