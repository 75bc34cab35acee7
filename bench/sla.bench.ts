/**
 * Deadlines 1 to 30 working days out on a calendar with holidays: kefu vs moment-business-time vs a
 * minute-stepping baseline, in the same run. Run: npx tsx bench/sla.bench.ts
 *
 * The comparison calendar is zone-neutral (UTC) so moment, which works in the host zone, computes the same
 * thing: Mon–Fri 08:00–12:00 and 13:00–17:00 (8 working hours a day), closed on every 2026 statutory day off.
 * All three are checked to agree before anything is timed.
 */
import moment from 'moment';
import 'moment-business-time';
import { addBusinessTime, cnHolidays, createCalendar, dueAt, type CalendarDefinition, type WeekHours } from '../src/sla/index.js';
import { bench, report } from './harness.js';

type BusinessMoment = moment.Moment & { addWorkingTime(n: number, unit: string): BusinessMoment };

const HOURS = ['08:00-12:00', '13:00-17:00'];
const WEEK: WeekHours = { mon: HOURS, tue: HOURS, wed: HOURS, thu: HOURS, fri: HOURS };
const SPANS: [number, number][] = [
  [480, 720],
  [780, 1020],
];

function expand(entries: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    const [from, to = from] = entry.split('/') as [string, string?];
    for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= Date.parse(`${to}T00:00:00Z`); ms += 86_400_000) {
      out.push(new Date(ms).toISOString().slice(0, 10));
    }
  }
  return out;
}
const holidays2026 = expand(cnHolidays.find((y) => y.year === 2026)!.off);
const holidaySet = new Set(holidays2026);

const utcDefinition: CalendarDefinition = { timeZone: 'UTC', week: WEEK, holidays: holidays2026, coveredYears: 'all' };
const utcCalendar = createCalendar(utcDefinition);
const shanghaiDefinition: CalendarDefinition = { timeZone: 'Asia/Shanghai', week: WEEK, holidayData: cnHolidays };
const shanghaiCalendar = createCalendar(shanghaiDefinition);

moment.updateLocale('en', {
  workinghours: {
    0: null,
    1: ['08:00:00', '12:00:00', '13:00:00', '17:00:00'],
    2: ['08:00:00', '12:00:00', '13:00:00', '17:00:00'],
    3: ['08:00:00', '12:00:00', '13:00:00', '17:00:00'],
    4: ['08:00:00', '12:00:00', '13:00:00', '17:00:00'],
    5: ['08:00:00', '12:00:00', '13:00:00', '17:00:00'],
    6: null,
  },
  holidays: holidays2026,
});

/** The naive way: walk minute by minute, counting the working ones. */
function minuteStepping(start: number, workingMinutes: number): number {
  let t = Math.ceil(start / 60_000) * 60_000;
  let left = workingMinutes;
  while (left > 0) {
    const d = new Date(t);
    const weekday = d.getUTCDay();
    const minute = d.getUTCHours() * 60 + d.getUTCMinutes();
    const working = weekday >= 1 && weekday <= 5 && !holidaySet.has(d.toISOString().slice(0, 10)) && SPANS.some(([a, b]) => a <= minute && minute < b);
    if (working) left--;
    t += 60_000;
  }
  return t;
}

// Deterministic workload: 60 starts in 2026 × deadlines 1…30 working days out (8 working hours each).
let seed = 20260930;
const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const cases: { start: number; days: number }[] = [];
for (let i = 0; i < 60; i++) {
  const start = Date.UTC(2026, 0, 5) + Math.floor(random() * 300 * 1440) * 60_000;
  for (let days = 1; days <= 30; days++) cases.push({ start, days });
}

for (const { start, days } of cases) {
  const ours = addBusinessTime(utcCalendar, start, { hours: 8 * days }).getTime();
  const theirs = (moment.utc(start) as BusinessMoment).addWorkingTime(8 * days * 60, 'minutes').valueOf();
  if (ours !== theirs) throw new Error(`kefu and moment disagree at ${new Date(start).toISOString()} + ${days} days`);
  if (days % 10 === 0 && minuteStepping(start, 8 * days * 60) !== ours) throw new Error('minute stepping disagrees');
}

let i = 0;
const next = (): { start: number; days: number } => cases[i++ % cases.length]!;

const results = [
  bench('kefu addBusinessTime', () => {
    const c = next();
    return addBusinessTime(utcCalendar, c.start, { hours: 8 * c.days });
  }),
  bench('kefu, Shanghai + cnHolidays', () => {
    const c = next();
    return addBusinessTime(shanghaiCalendar, c.start, { hours: 8 * c.days });
  }),
  bench('kefu, new calendar per call', () => {
    const c = next();
    return addBusinessTime(createCalendar(shanghaiDefinition), c.start, { hours: 8 * c.days });
  }),
  bench('kefu dueAt civil-code days', () => {
    const c = next();
    return dueAt(shanghaiCalendar, c.start, { duration: { days: c.days }, clock: 'business', counting: 'civil-code' });
  }),
  bench(
    'moment-business-time',
    () => {
      const c = next();
      return (moment.utc(c.start) as BusinessMoment).addWorkingTime(8 * c.days * 60, 'minutes');
    },
    { samples: 9 },
  ),
  bench(
    'minute stepping',
    () => {
      const c = next();
      return minuteStepping(c.start, 8 * c.days * 60);
    },
    { samples: 7, warmupMs: 100 },
  ),
];

report(`SLA deadlines 1–30 working days out (${cases.length} cases, median per deadline)`, results, 'kefu addBusinessTime');
const kefu = results[0]!.medianNs;
const peer = results.find((r) => r.name === 'moment-business-time')!.medianNs;
console.log(`\n  kefu is ${(peer / kefu).toFixed(0)}× faster than moment-business-time (target ≥ 10×)`);
