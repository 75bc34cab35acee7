import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KefuError } from '../../src/model/error.js';
import { addBusinessTime, cnHolidays, createCalendar, dueAt, type Clock, type Counting, type Duration, type Limit, type WeekHours } from '../../src/sla/index.js';
import { dueAtMs } from '../../src/sla/due.js';

const office = (hours: readonly string[]): WeekHours => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });
const hall = createCalendar({ week: office(['08:00-17:00']), holidayData: cnHolidays });
const lunch = createCalendar({ week: office(['08:00-12:00', '13:00-17:00']), holidayData: cnHolidays });

const limit = (duration: Duration, clock: Clock, counting: Counting): Limit => ({ duration, clock, counting });

describe('what each duration field means under each clock and counting', () => {
  // Start: Wed 30 Sep 2026 18:00, after the hall has closed, on the eve of National Day (Oct 1–7 off,
  // Sat Oct 10 a make-up working day).
  const start = '2026-09-30T18:00:00+08:00';
  it.each<[string, Duration, Clock, Counting, string]>([
    ['calendar days keep the wall-clock time', { days: 1 }, 'calendar', 'elapsed', '2026-10-01T10:00:00.000Z'],
    ['calendar weeks are 7 days', { weeks: 1 }, 'calendar', 'elapsed', '2026-10-07T10:00:00.000Z'],
    ['calendar hours are wall time', { hours: 24 }, 'calendar', 'elapsed', '2026-10-01T10:00:00.000Z'],
    ['working days on the calendar clock keep the wall-clock time', { workingDays: 1 }, 'calendar', 'elapsed', '2026-10-08T10:00:00.000Z'],
    ['a business-clock day ends at the close of the next working day', { days: 1 }, 'business', 'elapsed', '2026-10-08T09:00:00.000Z'],
    ['business hours are working time', { hours: 9 }, 'business', 'elapsed', '2026-10-08T09:00:00.000Z'],
    ['a business week is the calendar’s 5 working days', { weeks: 1 }, 'business', 'elapsed', '2026-10-13T09:00:00.000Z'],
    ['days then hours on the business clock', { days: 1, hours: 2 }, 'business', 'elapsed', '2026-10-09T02:00:00.000Z'],
    ['civil-code calendar day: Oct 1 is a holiday → Oct 8', { days: 1 }, 'calendar', 'civil-code', '2026-10-08T09:00:00.000Z'],
    ['civil-code working day', { days: 1 }, 'business', 'civil-code', '2026-10-08T09:00:00.000Z'],
    ['civil-code calendar week: Oct 7 is a holiday → Oct 8', { weeks: 1 }, 'calendar', 'civil-code', '2026-10-08T09:00:00.000Z'],
    ['civil-code business week: 5 working days', { weeks: 1 }, 'business', 'civil-code', '2026-10-13T09:00:00.000Z'],
  ])('%s', (_name, duration, clock, counting, expected) => {
    expect(dueAt(hall, start, limit(duration, clock, counting)).at.toISOString()).toBe(expected);
  });

  it('a business-clock day keeps the start’s place in its working day', () => {
    // Mon 28 Sep 10:00 + 1 working day → Tue 10:00; before opening → Monday's own close
    expect(addBusinessTime(hall, '2026-09-28T10:00:00+08:00', { days: 1 }).toISOString()).toBe('2026-09-29T02:00:00.000Z');
    expect(addBusinessTime(hall, '2026-09-28T07:00:00+08:00', { days: 1 }).toISOString()).toBe('2026-09-28T09:00:00.000Z');
    expect(addBusinessTime(hall, '2026-09-28T08:00:00+08:00', { days: 1 }).toISOString()).toBe('2026-09-28T09:00:00.000Z');
    // 12:30 in the lunch break has 4 h of the day behind it: the earliest instant with 4 h done next day is 12:00
    expect(addBusinessTime(lunch, '2026-09-28T12:30:00+08:00', { days: 1 }).toISOString()).toBe('2026-09-29T04:00:00.000Z');
    // A Friday start: the next working day after Fri 18 Sep is the make-up Sunday 20 Sep
    expect(addBusinessTime(hall, '2026-09-18T10:00:00+08:00', { days: 1 }).toISOString()).toBe('2026-09-20T02:00:00.000Z');
  });

  it('calendar days across a DST switch keep the wall-clock time (23-hour day)', () => {
    const ny = createCalendar({ timeZone: 'America/New_York', week: office(['09:00-17:00']), coveredYears: 'all' });
    expect(dueAt(ny, '2026-03-07T12:00:00-05:00', limit({ days: 1 }, 'calendar', 'elapsed')).at.toISOString()).toBe('2026-03-08T16:00:00.000Z');
    expect(dueAt(ny, '2026-03-07T12:00:00-05:00', limit({ hours: 24 }, 'calendar', 'elapsed')).at.toISOString()).toBe('2026-03-08T17:00:00.000Z');
  });
});

describe('bad limits: a KefuError naming the field and value', () => {
  const start = '2026-09-30T18:00:00+08:00';
  it.each<[string, unknown, string[]]>([
    ['negative hours', limit({ hours: -2 }, 'business', 'elapsed'), ['limit.duration.hours', '-2']],
    ['infinite minutes', limit({ minutes: Number.POSITIVE_INFINITY }, 'business', 'elapsed'), ['limit.duration.minutes', 'Infinity']],
    ['fractional working days', limit({ workingDays: 0.5 }, 'business', 'elapsed'), ['limit.duration.workingDays', '0.5']],
    ['unknown field', limit({ months: 1 } as Duration, 'business', 'elapsed'), ['limit.duration.months']],
    ['unknown clock', { duration: { hours: 1 }, clock: 'wall', counting: 'elapsed' }, ['limit.clock', 'wall']],
    ['unknown counting', { duration: { hours: 1 }, clock: 'business', counting: 'legal' }, ['limit.counting', 'legal']],
    ['no duration', { clock: 'business', counting: 'elapsed' }, ['limit.duration']],
  ])('%s', (_name, bad, fragments) => {
    let caught: unknown;
    try {
      dueAt(hall, start, bad as Limit);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(KefuError);
    for (const fragment of fragments) expect((caught as KefuError).message).toContain(fragment);
  });
});

describe('properties: deadlines never move earlier as a limit grows', () => {
  const startMinute = fc.integer({ min: Date.UTC(2020, 0, 2) / 60_000, max: Date.UTC(2026, 5, 30) / 60_000 }).map((m) => m * 60_000);
  const kinds: [Clock, Counting, keyof Duration, number][] = [];
  for (const clock of ['calendar', 'business'] as const) {
    for (const counting of ['elapsed', 'civil-code'] as const) {
      kinds.push([clock, counting, 'minutes', 6000], [clock, counting, 'hours', 200], [clock, counting, 'days', 40]);
      kinds.push([clock, counting, 'weeks', 8], [clock, counting, 'workingDays', 40]);
    }
  }
  it.each(kinds)('%s clock, %s counting, %s', (clock, counting, field, max) => {
    for (const cal of [hall, lunch]) {
      fc.assert(
        fc.property(startMinute, fc.nat(max), fc.nat(max), (start, x, y) => {
          const [small, large] = x <= y ? [x, y] : [y, x];
          const early = dueAtMs(cal, start, limit({ [field]: small }, clock, counting));
          const late = dueAtMs(cal, start, limit({ [field]: large }, clock, counting));
          expect(early).toBeLessThanOrEqual(late);
          expect(early).toBeGreaterThanOrEqual(start);
        }),
        { numRuns: 60 },
      );
    }
  });
});
