import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KefuError, type KefuErrorCode } from '../../src/model/error.js';
import {
  addBusinessTime,
  addWorkingDays,
  alwaysOpenCalendar,
  businessTimeBetween,
  cnHolidays,
  createCalendar,
  isWorkingDay,
  isWorkingTime,
  nextWorkingTime,
  type Calendar,
  type CalendarDefinition,
  type DayHours,
  type WeekHours,
} from '../../src/sla/index.js';

const H = 3_600_000;
const iso = (d: Date): string => d.toISOString();

function expectKefuError(run: () => unknown, code: KefuErrorCode, ...fragments: string[]): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(KefuError);
  expect((caught as KefuError).code).toBe(code);
  for (const fragment of fragments) expect((caught as KefuError).message).toContain(fragment);
}

const weekOf = (hours: DayHours, days: readonly (keyof WeekHours)[] = ['mon', 'tue', 'wed', 'thu', 'fri']): WeekHours => Object.fromEntries(days.map((d) => [d, hours]));

// rule: HALL-SLA-3 — the gas service hall opens 08:00–17:00
const hallDef: CalendarDefinition = { timeZone: 'Asia/Shanghai', week: weekOf(['08:00-17:00']), holidayData: cnHolidays };
const hall = createCalendar(hallDef);
const lunchDef: CalendarDefinition = { week: weekOf(['08:00-12:00', '13:00-17:00']), holidayData: cnHolidays };
const lunch = createCalendar(lunchDef);
const nightDef: CalendarDefinition = { week: weekOf(['22:00-06:00']), coveredYears: 'all' };
const night = createCalendar(nightDef);
const nyDef: CalendarDefinition = {
  timeZone: 'America/New_York',
  week: { ...weekOf(['09:00-17:00']), sun: ['01:00-04:00'] },
  coveredYears: 'all',
};
const ny = createCalendar(nyDef);

describe('isWorkingTime / isWorkingDay (rule HALL-SLA-3)', () => {
  it('spans are half-open: opening is working time, closing is not; lunch is not', () => {
    expect(isWorkingTime(hall, '2026-09-28T08:00:00+08:00')).toBe(true);
    expect(isWorkingTime(hall, '2026-09-28T16:59:59.999+08:00')).toBe(true);
    expect(isWorkingTime(hall, '2026-09-28T17:00:00+08:00')).toBe(false);
    expect(isWorkingTime(hall, '2026-09-28T07:59:59+08:00')).toBe(false);
    expect(isWorkingTime(lunch, '2026-09-28T12:30:00+08:00')).toBe(false);
    expect(isWorkingTime(lunch, '2026-09-28T13:00:00+08:00')).toBe(true);
  });

  it('accepts Date, epoch ms and ISO text with any offset for the same instant', () => {
    const ms = Date.UTC(2026, 8, 28, 1); // 09:00 Shanghai
    expect(isWorkingTime(hall, ms)).toBe(true);
    expect(isWorkingTime(hall, new Date(ms))).toBe(true);
    expect(isWorkingTime(hall, '2026-09-27T21:00:00-04:00')).toBe(true);
    expect(isWorkingTime(hall, '2026-09-28T01:00:00Z')).toBe(true);
  });

  it('isWorkingDay reads a YYYY-MM-DD date in the calendar zone, or the local date of an instant', () => {
    expect(isWorkingDay(hall, '2026-09-28')).toBe(true);
    expect(isWorkingDay(hall, '2026-09-27')).toBe(false);
    // 2026-09-27T20:00Z is already Monday 04:00 in Shanghai
    expect(isWorkingDay(hall, '2026-09-27T20:00:00Z')).toBe(true);
    expectKefuError(() => isWorkingDay(hall, '2026-02-30'), 'invalid_input', 'day', '2026-02-30');
  });

  it('a round-the-clock calendar is always working (rule HOT-SLA-1)', () => {
    const always = alwaysOpenCalendar();
    expect(isWorkingTime(always, '2026-10-01T03:00:00+08:00')).toBe(true);
    expect(isWorkingDay(always, '2026-02-17')).toBe(true);
    expect(isWorkingDay(always, '2099-02-17')).toBe(true);
    expect(iso(addBusinessTime(always, '2026-10-03T23:00:00+08:00', { hours: 6 }))).toBe('2026-10-03T21:00:00.000Z');
    expect(businessTimeBetween(always, '2026-10-01T00:00:00+08:00', '2026-10-08T00:00:00+08:00')).toBe(7 * 24 * H);
  });
});

describe('nextWorkingTime', () => {
  it('is the instant itself in working time, else the next opening (across National Day 2026)', () => {
    expect(iso(nextWorkingTime(hall, '2026-09-30T10:00:00+08:00'))).toBe('2026-09-30T02:00:00.000Z');
    expect(iso(nextWorkingTime(hall, '2026-09-30T06:00:00+08:00'))).toBe('2026-09-30T00:00:00.000Z');
    expect(iso(nextWorkingTime(hall, '2026-09-30T17:00:00+08:00'))).toBe('2026-10-08T00:00:00.000Z');
    expect(iso(nextWorkingTime(lunch, '2026-09-30T12:00:00+08:00'))).toBe('2026-09-30T05:00:00.000Z');
    // Saturday 19 Sep: the next opening is the make-up Sunday 20 Sep
    expect(iso(nextWorkingTime(hall, '2026-09-19T12:00:00+08:00'))).toBe('2026-09-20T00:00:00.000Z');
  });
});

describe('addBusinessTime / businessTimeBetween', () => {
  it('a deadline lands at the close of a span, never at the next opening', () => {
    expect(iso(addBusinessTime(hall, '2026-09-28T08:00:00+08:00', { hours: 9 }))).toBe('2026-09-28T09:00:00.000Z');
    expect(iso(addBusinessTime(hall, '2026-09-28T08:00:00+08:00', { hours: 9, minutes: 1 }))).toBe('2026-09-29T00:01:00.000Z');
    expect(iso(addBusinessTime(lunch, '2026-09-28T11:00:00+08:00', { hours: 1 }))).toBe('2026-09-28T04:00:00.000Z');
    expect(iso(addBusinessTime(lunch, '2026-09-28T11:00:00+08:00', { hours: 1.5 }))).toBe('2026-09-28T05:30:00.000Z');
  });

  it('a start outside working time begins at the next opening; zero is the start itself', () => {
    expect(iso(addBusinessTime(hall, '2026-09-26T10:00:00+08:00', { hours: 2 }))).toBe('2026-09-28T02:00:00.000Z');
    expect(iso(addBusinessTime(hall, '2026-09-26T10:00:00+08:00', {}))).toBe('2026-09-26T02:00:00.000Z');
  });

  it('skips National Day 2026 and works the make-up Saturday 10 Oct', () => {
    // 9 h from Wed 30 Sep 16:00: 1 h on the 30th, 8 h on Thu 8 Oct
    expect(iso(addBusinessTime(hall, '2026-09-30T16:00:00+08:00', { hours: 9 }))).toBe('2026-10-08T08:00:00.000Z');
    // 28 h: 1 + 9 (Oct 8) + 9 (Oct 9) + 9 (Sat Oct 10) = 28 → close of the make-up Saturday
    expect(iso(addBusinessTime(hall, '2026-09-30T16:00:00+08:00', { hours: 28 }))).toBe('2026-10-10T09:00:00.000Z');
    expect(businessTimeBetween(hall, '2026-09-30T16:00:00+08:00', '2026-10-12T10:00:00+08:00')).toBe(30 * H);
  });

  it('between is the working time in [a, b), negative when reversed, zero inside a closed stretch', () => {
    expect(businessTimeBetween(lunch, '2026-09-28T11:00:00+08:00', '2026-09-28T14:00:00+08:00')).toBe(2 * H);
    expect(businessTimeBetween(lunch, '2026-09-28T14:00:00+08:00', '2026-09-28T11:00:00+08:00')).toBe(-2 * H);
    expect(businessTimeBetween(hall, '2026-10-01T09:00:00+08:00', '2026-10-07T09:00:00+08:00')).toBe(0);
    // Fri 18 Sep 16:00 → Mon 21 Sep 09:00: 1 h Friday, the make-up Sunday 20 Sep (9 h), 1 h Monday
    expect(businessTimeBetween(hall, '2026-09-18T16:00:00+08:00', '2026-09-21T09:00:00+08:00')).toBe(11 * H);
    // Mid-Autumn Festival 25–27 Sep 2026: Friday 25 is off
    expect(businessTimeBetween(hall, '2026-09-25T00:00:00+08:00', '2026-09-28T09:00:00+08:00')).toBe(H);
  });

  it('month ends, year ends and the leap day 2024-02-29', () => {
    expect(iso(addBusinessTime(hall, '2024-02-28T16:00:00+08:00', { hours: 2 }))).toBe('2024-02-29T01:00:00.000Z');
    expect(iso(addBusinessTime(hall, '2024-02-29T16:00:00+08:00', { hours: 9 }))).toBe('2024-03-01T08:00:00.000Z');
    expect(iso(addBusinessTime(hall, '2026-01-30T16:00:00+08:00', { hours: 2 }))).toBe('2026-02-02T01:00:00.000Z');
    // 31 Dec 2025 → 1–3 Jan 2026 off → Sunday 4 Jan worked (调休上班)
    expect(iso(addBusinessTime(hall, '2025-12-31T16:00:00+08:00', { hours: 2 }))).toBe('2026-01-04T01:00:00.000Z');
    expect(businessTimeBetween(hall, '2024-02-28T00:00:00+08:00', '2024-03-02T00:00:00+08:00')).toBe(27 * H);
  });

  it('intervals past midnight belong to the day they start on', () => {
    expect(isWorkingTime(night, '2026-09-25T23:00:00+08:00')).toBe(true); // Friday night
    expect(isWorkingTime(night, '2026-09-26T05:00:00+08:00')).toBe(true); // Friday's shift, Saturday morning
    expect(isWorkingTime(night, '2026-09-26T22:00:00+08:00')).toBe(false); // no Saturday shift
    expect(isWorkingTime(night, '2026-09-28T03:00:00+08:00')).toBe(false); // no Sunday shift spilling into Monday
    // Friday 23:00 + 8 h: 7 h until Saturday 06:00, then 1 h from Monday 22:00
    expect(iso(addBusinessTime(night, '2026-09-25T23:00:00+08:00', { hours: 8 }))).toBe('2026-09-28T15:00:00.000Z');
    expect(businessTimeBetween(night, '2026-09-25T21:00:00+08:00', '2026-09-28T23:00:00+08:00')).toBe(9 * H);
  });
});

describe('addWorkingDays (same wall-clock time, counting working days)', () => {
  it('steps over rest days and holidays and counts make-up days (rule PM-SLA-2)', () => {
    expect(iso(addWorkingDays(hall, '2026-09-18T10:00:00+08:00', 3))).toBe('2026-09-22T02:00:00.000Z');
    expect(iso(addWorkingDays(hall, '2026-09-30T10:00:00+08:00', 1))).toBe('2026-10-08T02:00:00.000Z');
    expect(iso(addWorkingDays(hall, '2026-09-25T18:00:00+08:00', 1))).toBe('2026-09-28T10:00:00.000Z');
    expect(iso(addWorkingDays(hall, '2024-02-29T10:00:00+08:00', 1))).toBe('2024-03-01T02:00:00.000Z');
    expect(iso(addWorkingDays(hall, '2026-09-18T10:00:00+08:00', 0))).toBe('2026-09-18T02:00:00.000Z');
    expectKefuError(() => addWorkingDays(hall, '2026-09-18T10:00:00+08:00', 1.5), 'invalid_input', 'n', '1.5');
  });
});

describe('organisation closures, extra working days and date-specific hours', () => {
  const cal = createCalendar({
    ...hallDef,
    holidays: ['2026-12-24/2026-12-25'],
    extraWorkdays: ['2026-12-27'],
    makeUpHours: ['09:00-12:00'],
    dateHours: { '2026-12-31': ['08:00-12:00'], '2026-12-20': ['10:00-11:00'], '2026-09-20': [] },
  });

  it('applies host holidays (ranges), extra working days (with makeUpHours) and date hours', () => {
    expect(isWorkingDay(cal, '2026-12-24')).toBe(false);
    expect(isWorkingDay(cal, '2026-12-25')).toBe(false);
    expect(isWorkingTime(cal, '2026-12-27T11:00:00+08:00')).toBe(true);
    expect(isWorkingTime(cal, '2026-12-27T13:00:00+08:00')).toBe(false);
    expect(isWorkingTime(cal, '2026-12-31T13:00:00+08:00')).toBe(false); // early close on New Year's Eve
    expect(businessTimeBetween(cal, '2026-12-20T00:00:00+08:00', '2026-12-21T00:00:00+08:00')).toBe(H); // a Sunday shift
    expect(isWorkingDay(cal, '2026-09-20')).toBe(false); // date hours beat the statutory make-up day
    expect(isWorkingTime(cal, '2026-10-10T16:00:00+08:00')).toBe(false); // statutory make-up Saturday uses makeUpHours
  });

  it('never mutates its definition, and keeps a JSON copy', () => {
    const def: CalendarDefinition = { week: { mon: ['08:00-17:00'] }, holidays: ['2026-10-01'], coveredYears: 'all' };
    const before = JSON.stringify(def);
    const built = createCalendar(def);
    expect(JSON.stringify(def)).toBe(before);
    expect(built.definition).toEqual(def);
    expect(built.definition).not.toBe(def);
    expect(JSON.parse(JSON.stringify(built.definition))).toEqual(def);
  });
});

describe('bad calendar definitions: a KefuError naming the field and value', () => {
  const base: CalendarDefinition = { week: { mon: ['08:00-17:00'] }, coveredYears: 'all' };
  it.each<[string, CalendarDefinition, string[]]>([
    ['unknown time zone', { ...base, timeZone: 'Mars/Olympus' }, ['timeZone', 'Mars/Olympus']],
    ['"25:00"', { ...base, week: { mon: ['08:00-25:00'] } }, ['week.mon[0]', '25:00']],
    ['minutes out of range', { ...base, week: { tue: ['08:61-09:00'] } }, ['week.tue[0]', '08:61']],
    ['empty interval', { ...base, week: { mon: ['08:00-08:00'] } }, ['week.mon[0]', 'end equals start']],
    ['overlapping intervals', { ...base, week: { mon: ['08:00-12:00', '11:00-17:00'] } }, ['week.mon', 'overlapping']],
    ['past midnight into the next day', { ...base, week: { mon: ['22:00-09:00'], tue: ['08:00-17:00'] } }, ['week.mon', 'next day']],
    ['Sunday night into Monday', { ...base, week: { sun: ['23:00-08:30'], mon: ['08:00-17:00'] } }, ['week.sun']],
    ['unknown weekday key', { ...base, week: { monday: ['08:00-17:00'] } as WeekHours }, ['week.monday']],
    ['no working time', { ...base, week: { mon: [], sat: [] } }, ['week', 'no working time']],
    ['invalid holiday date', { ...base, holidays: ['2026-02-30'] }, ['holidays[0]', '2026-02-30']],
    ['reversed range', { ...base, holidays: ['2026-10-07/2026-10-01'] }, ['holidays[0]', 'reversed']],
    ['holiday and working day at once', { ...base, holidays: ['2026-10-01'], extraWorkdays: ['2026-10-01'] }, ['extraWorkdays', '2026-10-01']],
    ['bad dateHours key', { ...base, dateHours: { '2026-13-01': [] } }, ['dateHours.2026-13-01']],
    ['make-up days without hours', { week: { sat: ['09:00-12:00'] }, holidayData: cnHolidays }, ['makeUpHours']],
    ['bad unknownYear', { ...base, unknownYear: 'ignore' as 'flag' }, ['unknownYear', 'ignore']],
    ['bad coveredYears', { week: base.week, coveredYears: ['2026'] as unknown as number[] }, ['coveredYears[0]', '"2026"']],
  ])('%s', (_name, def, fragments) => {
    expectKefuError(() => createCalendar(def), 'invalid_calendar', ...fragments);
  });

  it('bad instants and durations are rejected where they enter', () => {
    expectKefuError(() => isWorkingTime(hall, '2026-10-01T08:00:00'), 'invalid_input', 'at', '2026-10-01T08:00:00');
    expectKefuError(() => isWorkingTime(hall, new Date(Number.NaN)), 'invalid_input', 'at', 'Invalid');
    expectKefuError(() => nextWorkingTime(hall, Number.POSITIVE_INFINITY), 'invalid_input', 'at', 'Infinity');
    expectKefuError(() => addBusinessTime(hall, '2026-02-30T08:00:00+08:00', { hours: 1 }), 'invalid_input', 'start');
    expectKefuError(() => addBusinessTime(hall, 0, { hours: -1 }), 'invalid_input', 'duration.hours', '-1');
    expectKefuError(() => addBusinessTime(hall, 0, { minutes: Number.NaN }), 'invalid_input', 'duration.minutes', 'NaN');
    expectKefuError(() => addBusinessTime(hall, 0, { days: 1.5 }), 'invalid_input', 'duration.days', '1.5');
    expectKefuError(() => businessTimeBetween(hall, '2026-10-01T08:00:00+08:00', 'tomorrow'), 'invalid_input', 'b', 'tomorrow');
  });

  it('a calendar whose every day is closed for ten years reports it instead of looping', () => {
    const closed = createCalendar({ week: { mon: ['08:00-17:00'] }, coveredYears: 'all', holidays: ['2026-01-01/2035-12-31', '2036-01-01/2045-12-31'] });
    expectKefuError(() => addBusinessTime(closed, '2026-02-01T00:00:00Z', { hours: 1 }), 'invalid_calendar', 'no working time');
  });
});

describe('time zones and DST (same answers on any host)', () => {
  it('America/New_York: a working week across the March 2026 switch', () => {
    // Fri 6 Mar 16:00 EST + 2 h → 1 h Friday, then the Sunday night shift from 01:00 EST
    expect(iso(addBusinessTime(ny, '2026-03-06T16:00:00-05:00', { hours: 2 }))).toBe('2026-03-08T07:00:00.000Z');
    // + 4 h → 1 h Friday, 2 h Sunday (the clocks skip 02:00–03:00), 1 h Monday 9 Mar from 09:00 EDT
    expect(iso(addBusinessTime(ny, '2026-03-06T16:00:00-05:00', { hours: 4 }))).toBe('2026-03-09T14:00:00.000Z');
    expect(businessTimeBetween(ny, '2026-03-06T09:00:00-05:00', '2026-03-09T17:00:00-04:00')).toBe(18 * H);
    // Sunday 01:00–04:00 on the spring-forward night has only two real hours
    expect(businessTimeBetween(ny, '2026-03-08T00:00:00-05:00', '2026-03-08T12:00:00-04:00')).toBe(2 * H);
    expect(iso(addBusinessTime(ny, '2026-03-08T01:30:00-05:00', { hours: 1 }))).toBe('2026-03-08T07:30:00.000Z');
    expect(isWorkingTime(ny, '2026-03-09T09:00:00-04:00')).toBe(true);
    expect(isWorkingTime(ny, '2026-03-09T08:30:00-04:00')).toBe(false);
  });

  it('America/New_York: the November 2026 switch (01:00–02:00 happens twice)', () => {
    expect(businessTimeBetween(ny, '2026-11-01T00:00:00-04:00', '2026-11-01T12:00:00-05:00')).toBe(4 * H);
    expect(iso(nextWorkingTime(ny, '2026-10-31T23:00:00-04:00'))).toBe('2026-11-01T05:00:00.000Z');
    expect(iso(addBusinessTime(ny, '2026-10-30T16:00:00-04:00', { hours: 2 }))).toBe('2026-11-01T06:00:00.000Z');
    expect(iso(addBusinessTime(ny, '2026-11-02T09:00:00-05:00', { hours: 8 }))).toBe('2026-11-02T22:00:00.000Z');
  });

  it('Europe/London: missing and doubled wall times take the documented instants', () => {
    const london = createCalendar({
      timeZone: 'Europe/London',
      week: { sun: ['00:30-02:30'], sat: ['01:30-03:00'] },
      coveredYears: 'all',
    });
    // 29 Mar 2026: 01:00 GMT jumps to 02:00 BST. 00:30 GMT → 02:30 BST is one real hour.
    expect(businessTimeBetween(london, '2026-03-29T00:00:00Z', '2026-03-29T12:00:00Z')).toBe(H);
    // 25 Oct 2026: 02:00 BST falls back to 01:00 GMT. 00:30 BST → 02:30 GMT is three real hours.
    expect(businessTimeBetween(london, '2026-10-24T22:00:00Z', '2026-10-25T12:00:00Z')).toBe(3 * H);
    const londonNight = createCalendar({ timeZone: 'Europe/London', week: { sun: ['01:30-03:00'] }, coveredYears: 'all' });
    // 01:30 does not exist on 29 Mar: read with the offset before the switch (GMT) → 02:30 BST
    expect(iso(nextWorkingTime(londonNight, '2026-03-29T00:00:00Z'))).toBe('2026-03-29T01:30:00.000Z');
    // 01:30 happens twice on 25 Oct: the earlier (BST) instant
    expect(iso(nextWorkingTime(londonNight, '2026-10-24T23:00:00Z'))).toBe('2026-10-25T00:30:00.000Z');
    expect(businessTimeBetween(londonNight, '2026-10-24T23:00:00Z', '2026-10-25T12:00:00Z')).toBe(2.5 * H);
  });
});

// An independent oracle: local wall-clock components from Intl, the definition's rules applied by hand.
function expandDays(entries: readonly string[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const entry of entries ?? []) {
    const [from, to = from] = entry.split('/') as [string, string?];
    for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= Date.parse(`${to}T00:00:00Z`); ms += 86_400_000) {
      out.add(new Date(ms).toISOString().slice(0, 10));
    }
  }
  return out;
}

function oracle(def: CalendarDefinition): (ms: number) => boolean {
  const zone = def.timeZone ?? 'Asia/Shanghai';
  const off = expandDays(def.holidayData?.flatMap((y) => y.off));
  const work = expandDays(def.holidayData?.flatMap((y) => y.workdays));
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const keys = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
  const hoursOf = (date: string): [number, number][] => {
    const weekday = keys[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
    const spec = off.has(date) ? [] : work.has(date) ? (def.makeUpHours ?? def.week.mon ?? []) : (def.week[weekday] ?? []);
    return spec.map((text) => {
      const [a, b] = text.split('-').map((t) => +t.slice(0, 2) * 60 + +t.slice(3, 5)) as [number, number];
      return [a, b <= a ? b + 1440 : b];
    });
  };
  return (ms) => {
    const p = Object.fromEntries(format.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
    const date = `${p['year']}-${p['month']}-${p['day']}`;
    const minute = +p['hour']! * 60 + +p['minute']!;
    const yesterday = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    return hoursOf(date).some(([a, b]) => a <= minute && minute < b) || hoursOf(yesterday).some(([a, b]) => a <= minute + 1440 && minute + 1440 < b);
  };
}

const calendars: [string, Calendar, CalendarDefinition][] = [
  ['hall', hall, hallDef],
  ['lunch', lunch, lunchDef],
  ['night', night, nightDef],
  ['new-york', ny, nyDef],
];
const minuteIn2020to2026 = fc.integer({ min: Date.UTC(2020, 0, 2) / 60_000, max: Date.UTC(2026, 11, 20) / 60_000 }).map((m) => m * 60_000);
/** Starts early enough that the deadlines drawn stay inside the shipped holiday data. */
const startMinute = fc.integer({ min: Date.UTC(2020, 0, 2) / 60_000, max: Date.UTC(2026, 7, 31) / 60_000 }).map((m) => m * 60_000);

describe('properties (fast-check)', () => {
  it.each(calendars)('%s: isWorkingTime agrees with an independent wall-clock oracle', (_name, cal, def) => {
    const expected = oracle(def);
    fc.assert(
      fc.property(minuteIn2020to2026, (ms) => {
        // Skip the New York switch nights, where wall minutes and instants do not map one to one.
        fc.pre(!(def.timeZone === 'America/New_York' && new Date(ms).getUTCDay() === 0));
        expect(isWorkingTime(cal, ms)).toBe(expected(ms));
      }),
      { numRuns: 400 },
    );
  });

  it.each(calendars.filter(([name]) => name !== 'new-york'))('%s: businessTimeBetween counts the oracle’s working minutes', (_name, cal, def) => {
    const expected = oracle(def);
    fc.assert(
      fc.property(minuteIn2020to2026, fc.integer({ min: 0, max: 3 * 1440 }), (a, minutes) => {
        let count = 0;
        for (let m = 0; m < minutes; m++) if (expected(a + m * 60_000)) count++;
        expect(businessTimeBetween(cal, a, a + minutes * 60_000)).toBe(count * 60_000);
      }),
      { numRuns: 40 },
    );
  });

  it.each(calendars)('%s: addBusinessTime then businessTimeBetween returns the duration', (_name, cal) => {
    fc.assert(
      fc.property(startMinute, fc.integer({ min: 0, max: 200 * 60 }), (start, minutes) => {
        const end = addBusinessTime(cal, start, { minutes }).getTime();
        expect(businessTimeBetween(cal, start, end)).toBe(minutes * 60_000);
        expect(end).toBeGreaterThanOrEqual(start);
      }),
      { numRuns: 300 },
    );
  });

  it.each(calendars)('%s: due instants never move earlier as the duration grows', (_name, cal) => {
    fc.assert(
      fc.property(startMinute, fc.nat(20_000), fc.nat(20_000), (start, x, y) => {
        const [small, large] = x <= y ? [x, y] : [y, x];
        expect(addBusinessTime(cal, start, { minutes: small }).getTime()).toBeLessThanOrEqual(addBusinessTime(cal, start, { minutes: large }).getTime());
      }),
      { numRuns: 200 },
    );
  });

  it.each(calendars)('%s: nextWorkingTime is idempotent, is working time, and has no working time before it', (_name, cal) => {
    fc.assert(
      fc.property(minuteIn2020to2026, (at) => {
        const next = nextWorkingTime(cal, at);
        expect(isWorkingTime(cal, next)).toBe(true);
        expect(nextWorkingTime(cal, next).getTime()).toBe(next.getTime());
        expect(businessTimeBetween(cal, at, next)).toBe(0);
        expect(isWorkingTime(cal, at)).toBe(next.getTime() === at);
      }),
      { numRuns: 300 },
    );
  });

  it.each(calendars)('%s: businessTimeBetween is additive', (_name, cal) => {
    fc.assert(
      fc.property(startMinute, fc.nat(10 * 1440), fc.nat(10 * 1440), (a, x, y) => {
        const b = a + x * 60_000;
        const c = b + y * 60_000;
        expect(businessTimeBetween(cal, a, b) + businessTimeBetween(cal, b, c)).toBe(businessTimeBetween(cal, a, c));
      }),
      { numRuns: 200 },
    );
  });
});
