/**
 * Task evaluation throughput: 100,000 tasks, a realistic mix over the six presets' policies, evaluated with
 * `evaluateTaskWith` (policy selection + every target), against the goal of under one second on one core.
 * Then a like-for-like comparison with moment-business-time on a business-clock policy in the same run:
 * deadline, working time used and state of one target, on a zone-neutral (UTC) calendar so moment, which
 * works in the host zone, computes the same thing; both are checked to agree before anything is timed.
 *
 * Run: npx tsx bench/sla-evaluate.bench.ts
 */
import moment from 'moment';
import 'moment-business-time';
import { autoAftersalesSla } from '../src/presets/auto-aftersales/sla.js';
import { enterpriseHotlineSla } from '../src/presets/enterprise-hotline/sla.js';
import { equipmentSupportSla } from '../src/presets/equipment-support/sla.js';
import { gasHotlineSla } from '../src/presets/gas-hotline/sla.js';
import { gasServiceHallSla } from '../src/presets/gas-service-hall/sla.js';
import { propertyManagementSla } from '../src/presets/property-management/sla.js';
import type { TaskEventType, TaskKind } from '../src/model/enums.js';
import { cnHolidays, createCalendar, evaluateTask, evaluateTaskWith, type Calendar, type SlaPolicy, type SlaPreset, type SlaTask } from '../src/sla/index.js';
import { bench, formatNs, report } from './harness.js';

const MIN = 60_000;
let seed = 20261001;
const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const iso = (ms: number): string => new Date(ms).toISOString();

/** A plausible timeline for a kind: some events in order, sometimes a pause, often still open. */
function timelineFor(kind: TaskKind, created: number): { type: TaskEventType; at: string }[] {
  const steps: Record<string, TaskEventType[]> = {
    repair: ['acknowledged', 'dispatched', 'work-started', 'paused', 'resumed', 'resolved', 'callback-done'],
    emergency: ['dispatched', 'arrived', 'work-started', 'resolved'],
    complaint: ['acknowledged', 'forwarded', 'replied', 'opinion-given', 'resolved', 'callback-done'],
    'consultation-reply': ['escalated', 'replied'],
    callback: ['callback-done'],
    reception: ['acknowledged'],
    maintenance: ['work-started', 'resolved', 'callback-done'],
    'survey-opinion': ['forwarded', 'department-replied', 'resolved', 'callback-done'],
    'service-request': ['acknowledged', 'dispatched', 'replied'],
    'phone-support': ['escalated', 'resolved'],
    'on-site': ['dispatched', 'arrived', 'resolved'],
  };
  const all = steps[kind] ?? [];
  const done = Math.floor(random() * (all.length + 1));
  let at = created;
  return all.slice(0, done).map((type) => {
    at += Math.floor(random() * 600 + 1) * MIN;
    return { type, at: iso(at) };
  });
}

const mix: { preset: SlaPreset; kinds: TaskKind[]; weight: number }[] = [
  { preset: gasHotlineSla, kinds: ['repair', 'emergency', 'consultation-reply', 'callback', 'complaint'], weight: 35 },
  { preset: gasServiceHallSla, kinds: ['complaint'], weight: 10 },
  { preset: autoAftersalesSla, kinds: ['reception', 'repair', 'maintenance'], weight: 15 },
  { preset: propertyManagementSla, kinds: ['complaint', 'survey-opinion'], weight: 20 },
  { preset: enterpriseHotlineSla, kinds: ['consultation-reply'], weight: 10 },
  { preset: equipmentSupportSla, kinds: ['service-request', 'phone-support', 'on-site'], weight: 10 },
];
const calendars = new Map(mix.map(({ preset }) => [preset, createCalendar(preset.calendar)]));

const N = 100_000;
const NOW = Date.parse('2026-11-20T12:00:00+08:00');
const work: { task: SlaTask; policies: readonly SlaPolicy[]; calendar: Calendar }[] = [];
const totalWeight = mix.reduce((a, m) => a + m.weight, 0);
for (let i = 0; i < N; i++) {
  let r = random() * totalWeight;
  const entry = mix.find((m) => (r -= m.weight) < 0) ?? mix[0]!;
  const kind = pick(entry.kinds);
  const created = Date.parse('2026-01-05T00:00:00+08:00') + Math.floor(random() * 300 * 1440) * MIN;
  const task: SlaTask = {
    id: `T-${i}`,
    kind,
    priority: pick(['normal', 'normal', 'normal', 'high', 'urgent'] as const),
    createdAt: iso(created),
    timeline: timelineFor(kind, created),
    ...(kind === 'repair' || kind === 'maintenance' ? { estimatedMinutes: 30 + Math.floor(random() * 300) } : {}),
    ...(kind === 'on-site' ? { requestedBy: iso(created + Math.floor(random() * 48 * 60) * MIN) } : {}),
  };
  work.push({ task, policies: entry.preset.policies, calendar: calendars.get(entry.preset)! });
}
const now = iso(NOW);

function evaluateAll(): number {
  let targets = 0;
  for (const { task, policies, calendar } of work) {
    targets += evaluateTaskWith(task, policies, { now, calendar })?.targets.length ?? 0;
  }
  return targets;
}
const targetCount = evaluateAll();

const full = bench(`kefu evaluateTaskWith × ${N.toLocaleString('en')}`, evaluateAll, { samples: 9, warmupMs: 1000, sampleMs: 1 });
console.log(`\n100,000 task evaluations (${targetCount.toLocaleString('en')} targets, mixed over six presets)`);
console.log(`  median ${formatNs(full.medianNs)} per 100,000 tasks, ${formatNs(full.medianNs / N)} per task (goal < 1 s)`);
console.log(`  samples: ${full.samplesNs.map((ns) => formatNs(ns)).join(', ')}`);

// --- like-for-like with moment-business-time: one business-clock target, 27 working hours --------------------
type BusinessMoment = moment.Moment & {
  addWorkingTime(n: number, unit: string): BusinessMoment;
  workingDiff(other: moment.Moment, unit: string): number;
};
const HOURS = ['08:30-12:00', '13:00-17:30'];
const holidays2026: string[] = [];
for (const entry of cnHolidays.find((y) => y.year === 2026)!.off) {
  const [from, to = from] = entry.split('/') as [string, string?];
  for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= Date.parse(`${to}T00:00:00Z`); ms += 86_400_000) holidays2026.push(iso(ms).slice(0, 10));
}
const utcOffice = createCalendar({ timeZone: 'UTC', week: { mon: HOURS, tue: HOURS, wed: HOURS, thu: HOURS, fri: HOURS }, holidays: holidays2026, coveredYears: 'all' });
const wh = ['08:30:00', '12:00:00', '13:00:00', '17:30:00'];
moment.updateLocale('en', { workinghours: { 0: null, 1: wh, 2: wh, 3: wh, 4: wh, 5: wh, 6: null }, holidays: holidays2026 });

const LIMIT_MIN = 27 * 60;
const businessPolicy: SlaPolicy = {
  id: 'pm/fix',
  name: 'Fix within 27 working hours',
  appliesTo: { kinds: ['complaint'] },
  targets: [{ id: 'fix', startOn: 'created', stopOn: 'resolved', limit: { duration: { minutes: LIMIT_MIN }, clock: 'business', counting: 'elapsed' } }],
};
const cases = Array.from({ length: 500 }, () => {
  const created = Date.UTC(2026, 0, 5) + Math.floor(random() * 280 * 1440) * MIN;
  const checkAt = created + Math.floor(random() * 10 * 1440) * MIN;
  const task: SlaTask = { id: 'x', kind: 'complaint', createdAt: iso(created), timeline: [] };
  return { created, now: checkAt, task };
});

function momentEvaluate(created: number, at: number): { due: number; elapsedMin: number; state: string } {
  const start = moment.utc(created) as BusinessMoment;
  const due = (start.clone() as BusinessMoment).addWorkingTime(LIMIT_MIN, 'minutes').valueOf();
  const elapsedMin = (moment.utc(at) as BusinessMoment).workingDiff(start, 'minutes');
  const state = elapsedMin > LIMIT_MIN ? 'breached' : elapsedMin >= 0.8 * LIMIT_MIN ? 'at-risk' : 'running';
  return { due, elapsedMin, state };
}
/** Working minutes in [a, b) counted one by one: the reference both are checked against. */
function minuteCount(a: number, b: number): number {
  const holidaySet = new Set(holidays2026);
  let n = 0;
  for (let t = a; t < b; t += MIN) {
    const d = new Date(t);
    const minute = d.getUTCHours() * 60 + d.getUTCMinutes();
    const weekday = d.getUTCDay();
    if (weekday >= 1 && weekday <= 5 && !holidaySet.has(iso(t).slice(0, 10)) && ((minute >= 510 && minute < 720) || (minute >= 780 && minute < 1050))) n++;
  }
  return n;
}
let momentElapsedWrong = 0;
for (const c of cases) {
  const ours = evaluateTask(c.task, businessPolicy, { now: c.now, calendar: utcOffice }).targets[0]!;
  const theirs = momentEvaluate(c.created, c.now);
  if (ours.dueAt!.getTime() !== theirs.due) throw new Error(`kefu and moment disagree on the deadline for ${iso(c.created)}: ${ours.dueAt!.toISOString()} vs ${iso(theirs.due)}`);
  const reference = minuteCount(c.created, c.now);
  if (ours.elapsedMs / MIN !== reference) throw new Error(`kefu's working time disagrees with a minute count for ${iso(c.created)} → ${iso(c.now)}`);
  if (Math.round(theirs.elapsedMin) !== reference) momentElapsedWrong++;
}
console.log(`\n  deadlines agree in all ${cases.length} cases; kefu's working time matches a minute-by-minute count in all of them,`);
console.log(`  moment-business-time's workingDiff differs from that count in ${momentElapsedWrong} of ${cases.length}`);
let k = 0;
const results = [
  bench('kefu evaluateTask', () => {
    const c = cases[k++ % cases.length]!;
    return evaluateTask(c.task, businessPolicy, { now: c.now, calendar: utcOffice });
  }),
  bench(
    'moment-business-time',
    () => {
      const c = cases[k++ % cases.length]!;
      return momentEvaluate(c.created, c.now);
    },
    { samples: 9 },
  ),
];
report('One business-clock target (deadline, working time used, state), median per task', results, 'kefu evaluateTask');
console.log(`\n  kefu is ${(results[1]!.medianNs / results[0]!.medianNs).toFixed(1)}× faster than moment-business-time on this target`);
