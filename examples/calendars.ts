/**
 * Business calendars, holidays and deadlines. Run: npx tsx examples/calendars.ts
 */
import { addBusinessTime, addWorkingDays, alwaysOpenCalendar, businessTimeBetween, cnHolidays, createCalendar, dueAt, isWorkingDay, nextWorkingTime, type Limit } from 'kefu/sla';

const local = (date: Date, timeZone = 'Asia/Shanghai'): string => new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(date);

// rule: HALL-SLA-3 — the gas service hall opens 08:00–17:00 on working days.
const hours = ['08:00-17:00'];
const hall = createCalendar({
  timeZone: 'Asia/Shanghai',
  week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours },
  holidayData: cnHolidays, // 国务院办公厅 schedules 2020–2026, make-up working days included
});

console.log('National Day 2026 (国庆节):');
for (const day of ['2026-09-20', '2026-09-30', '2026-10-01', '2026-10-07', '2026-10-08', '2026-10-10']) {
  console.log(`  ${day} working day? ${isWorkingDay(hall, day)}`);
}

const received = '2026-09-30T16:00:00+08:00';
console.log(`\nA complaint received ${received} (rule HALL-SLA-2):`);
const limits: [string, Limit][] = [
  ['3天内给予回复 (civil-code, calendar days)', { duration: { days: 3 }, clock: 'calendar', counting: 'civil-code' }],
  ['5日内予以处理意见 (civil-code, calendar days)', { duration: { days: 5 }, clock: 'calendar', counting: 'civil-code' }],
  ['3 working days (civil-code, business clock)', { duration: { days: 3 }, clock: 'business', counting: 'civil-code' }],
  ['72 hours of wall time (elapsed)', { duration: { hours: 72 }, clock: 'calendar', counting: 'elapsed' }],
  ['9 working hours (elapsed, business clock)', { duration: { hours: 9 }, clock: 'business', counting: 'elapsed' }],
];
for (const [label, limit] of limits) console.log(`  ${label.padEnd(46)} → due ${local(dueAt(hall, received, limit).at)}`);

console.log(`\nNext opening after 30 Sep 17:30: ${local(nextWorkingTime(hall, '2026-09-30T17:30:00+08:00'))}`);
console.log(`Working hours 30 Sep 16:00 → 12 Oct 10:00: ${businessTimeBetween(hall, received, '2026-10-12T10:00:00+08:00') / 3_600_000} h`);
console.log(`Fri 18 Sep 10:00 + 3 working days (rule PM-SLA-2): ${local(addWorkingDays(hall, '2026-09-18T10:00:00+08:00', 3))}`);

// rule: HOT-SLA-1 — emergency repair runs round the clock: 6 h to handle, 24 h to repair.
const hotline = alwaysOpenCalendar();
const fault = '2026-10-03T23:00:00+08:00';
console.log(
  `\nGas fault reported ${fault} (24/7): handle by ${local(addBusinessTime(hotline, fault, { hours: 6 }))}, repair by ${local(addBusinessTime(hotline, fault, { hours: 24 }))}`,
);

// A support centre abroad: no Chinese statutory data, every year known, DST handled.
const newYork = createCalendar({
  timeZone: 'America/New_York',
  week: { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'] },
  coveredYears: 'all',
});
const friday = '2026-03-06T16:00:00-05:00';
console.log(`\nNew York, ${friday} + 2 working hours across the DST switch: ${local(addBusinessTime(newYork, friday, { hours: 2 }), 'America/New_York')} (New York time)`);

try {
  isWorkingDay(hall, '2027-02-08');
} catch (error) {
  console.log(`\n2027 is not in the shipped data yet: ${(error as Error).message.split('\n')[0]}`);
}
