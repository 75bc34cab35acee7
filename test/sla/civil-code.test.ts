import { describe, expect, it } from 'vitest';
import { KefuError } from '../../src/model/error.js';
import { alwaysOpenCalendar, cnHolidays, createCalendar, dueAt, type Calendar, type DateInput, type Duration, type Limit, type WeekHours } from '../../src/sla/index.js';

const office = (hours: readonly string[]): WeekHours => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });
// rule: HALL-SLA-3 — the hall opens 08:00–17:00
const hall = createCalendar({ week: office(['08:00-17:00']), holidayData: cnHolidays });

const civil = (duration: Duration, clock: Limit['clock'] = 'calendar'): Limit => ({ duration, clock, counting: 'civil-code' });
const due = (cal: Calendar, start: DateInput, limit: Limit): string => dueAt(cal, start, limit).at.toISOString();

describe('Civil Code Arts. 200–204: day periods (counting: civil-code)', () => {
  it('rule HALL-SLA-2: a complaint received 30 Sep 2026 16:00, "3天内给予回复", ends at close of business on 8 Oct', () => {
    // Start day not counted; Oct 1, 2, 3 are counted; Oct 3 is a statutory holiday, so the last day becomes the
    // first working day after the break, Thu 8 Oct, and the period ends at the hall's 17:00 close.
    expect(due(hall, '2026-09-30T16:00:00+08:00', civil({ days: 3 }))).toBe('2026-10-08T09:00:00.000Z');
  });

  it('rule HALL-SLA-2: the 5-day handling opinion from the same complaint also ends on 8 Oct', () => {
    expect(due(hall, '2026-09-30T16:00:00+08:00', civil({ days: 5 }))).toBe('2026-10-08T09:00:00.000Z');
    expect(due(hall, '2026-09-30T16:00:00+08:00', civil({ days: 8 }))).toBe('2026-10-08T09:00:00.000Z');
    expect(due(hall, '2026-09-30T16:00:00+08:00', civil({ days: 9 }))).toBe('2026-10-09T09:00:00.000Z');
  });

  it('on the business clock the days counted are working days (make-up Saturday 10 Oct included)', () => {
    expect(due(hall, '2026-09-30T16:00:00+08:00', civil({ days: 3 }, 'business'))).toBe('2026-10-10T09:00:00.000Z');
    expect(due(hall, '2026-09-30T16:00:00+08:00', civil({ workingDays: 3 }, 'business'))).toBe('2026-10-10T09:00:00.000Z');
  });

  it('the start day is never counted, however early the start', () => {
    expect(due(hall, '2026-09-28T07:00:00+08:00', civil({ days: 1 }))).toBe('2026-09-29T09:00:00.000Z');
    expect(due(hall, '2026-09-28T16:59:00+08:00', civil({ days: 1 }))).toBe('2026-09-29T09:00:00.000Z');
  });

  it('a last day on a weekend moves to Monday; calendar and business clocks differ in what they count', () => {
    // Thu 10 Sep + 2 days → Sat 12 (rest day) → Mon 14
    expect(due(hall, '2026-09-10T10:00:00+08:00', civil({ days: 2 }))).toBe('2026-09-14T09:00:00.000Z');
    // Thu 10 Sep + 3: calendar days end Sun 13 → Mon 14; working days are Fri 11, Mon 14, Tue 15
    expect(due(hall, '2026-09-10T10:00:00+08:00', civil({ days: 3 }))).toBe('2026-09-14T09:00:00.000Z');
    expect(due(hall, '2026-09-10T10:00:00+08:00', civil({ days: 3 }, 'business'))).toBe('2026-09-15T09:00:00.000Z');
  });

  it('Spring Festival 2026: a last day inside the break moves to Tue 24 Feb', () => {
    // Thu 12 Feb + 3: Fri 13, Sat 14 (make-up day, counted like any day), Sun 15 (holiday) → Tue 24 Feb
    expect(due(hall, '2026-02-12T10:00:00+08:00', civil({ days: 3 }))).toBe('2026-02-24T09:00:00.000Z');
    expect(due(hall, '2026-02-12T10:00:00+08:00', civil({ days: 2 }))).toBe('2026-02-14T09:00:00.000Z');
  });

  it('month ends and the leap day', () => {
    expect(due(hall, '2024-02-28T10:00:00+08:00', civil({ days: 1 }))).toBe('2024-02-29T09:00:00.000Z');
    expect(due(hall, '2023-02-28T10:00:00+08:00', civil({ days: 1 }))).toBe('2023-03-01T09:00:00.000Z');
    expect(due(hall, '2026-01-30T10:00:00+08:00', civil({ days: 1 }))).toBe('2026-02-02T09:00:00.000Z');
    expect(due(hall, '2024-01-31T10:00:00+08:00', civil({ days: 29 }))).toBe('2024-02-29T09:00:00.000Z');
  });

  it('rule PM-SLA-2: 3 working days from Fri 18 Sep 2026 count the make-up Sunday 20 Sep', () => {
    expect(due(hall, '2026-09-18T10:00:00+08:00', civil({ workingDays: 3 }))).toBe('2026-09-22T09:00:00.000Z');
  });

  it('rule PM-SLA-1: a 1-week callback from Fri 18 Sep ends on Fri 25 (Mid-Autumn) → Mon 28 Sep', () => {
    expect(due(hall, '2026-09-18T10:00:00+08:00', civil({ weeks: 1 }))).toBe('2026-09-28T09:00:00.000Z');
  });

  it('without business hours (round the clock) the period ends at 24:00 of its last day', () => {
    // Oct 3 24:00 in Shanghai = Oct 3 16:00 UTC
    expect(due(alwaysOpenCalendar(), '2026-09-30T16:00:00+08:00', civil({ days: 3 }))).toBe('2026-10-03T16:00:00.000Z');
  });

  it('a night shift closes the next morning: the period ends when business stops', () => {
    const night = createCalendar({ week: office(['22:00-06:00']), coveredYears: 'all' });
    expect(due(night, '2026-09-28T10:00:00+08:00', civil({ days: 1 }))).toBe('2026-09-29T22:00:00.000Z');
  });

  it('zero days ends at close of business of the start day (or the next working day), never before the start', () => {
    expect(due(hall, '2026-09-28T10:00:00+08:00', civil({ days: 0 }))).toBe('2026-09-28T09:00:00.000Z');
    expect(due(hall, '2026-09-28T18:00:00+08:00', civil({ days: 0 }))).toBe('2026-09-28T10:00:00.000Z');
    expect(due(hall, '2026-09-26T10:00:00+08:00', civil({ days: 0 }))).toBe('2026-09-28T09:00:00.000Z');
  });

  it('Art. 201 para. 2: a period in hours runs from the moment itself ("6小时内处理", rule HOT-SLA-1)', () => {
    expect(due(hall, '2026-09-30T16:00:00+08:00', civil({ hours: 6 }))).toBe('2026-09-30T14:00:00.000Z');
    expect(due(hall, '2026-09-30T16:00:00+08:00', civil({ hours: 6 }, 'business'))).toBe('2026-10-08T05:00:00.000Z');
    expect(due(hall, '2026-09-30T16:00:00+08:00', { duration: { hours: 72 }, clock: 'calendar', counting: 'elapsed' })).toBe('2026-10-03T08:00:00.000Z');
  });

  it('a DST zone: New York office, Sat 7 Mar 2026 + 1 day → Sun 8 (rest) → Mon 9 Mar 17:00 EDT', () => {
    const ny = createCalendar({ timeZone: 'America/New_York', week: office(['09:00-17:00']), coveredYears: 'all' });
    expect(due(ny, '2026-03-07T12:00:00-05:00', civil({ days: 1 }))).toBe('2026-03-09T21:00:00.000Z');
    expect(due(ny, '2026-10-30T12:00:00-04:00', civil({ days: 2 }))).toBe('2026-11-02T22:00:00.000Z');
  });

  it('mixing days with hours is refused under civil-code counting', () => {
    expect(() => dueAt(hall, '2026-09-30T16:00:00+08:00', civil({ days: 1, hours: 2 }))).toThrow(KefuError);
    expect(() => dueAt(hall, '2026-09-30T16:00:00+08:00', civil({ days: 1, hours: 2 }))).toThrow(/limit\.duration/);
  });

  it('a period that reaches an uncovered year is an error, or flagged', () => {
    expect(() => dueAt(hall, '2026-12-30T10:00:00+08:00', civil({ days: 3 }))).toThrow(/2027/);
    const flagging = createCalendar({ week: office(['08:00-17:00']), holidayData: cnHolidays, unknownYear: 'flag' });
    expect(dueAt(flagging, '2026-12-30T10:00:00+08:00', civil({ days: 3 }))).toEqual({
      at: new Date('2027-01-04T17:00:00+08:00'),
      unknownYear: true,
    });
    expect(dueAt(flagging, '2026-12-01T10:00:00+08:00', civil({ days: 3 })).unknownYear).toBe(false);
  });
});
