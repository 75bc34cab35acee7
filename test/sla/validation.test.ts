import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KefuError } from '../../src/model/error.js';
import { offsetMs } from '../../src/sla/time.js';
import { addBusinessMs, isWorkingMs, nextWorkingMs } from '../../src/sla/queries.js';
import {
  alwaysOpenCalendar,
  cnHolidays,
  createCalendar,
  evaluateCall,
  isWorkingDay,
  isWorkingTime,
  nextWorkingTime,
  validatePolicy,
  type CallPolicy,
} from '../../src/sla/index.js';

const HOURS = ['08:00-12:00', '13:00-17:00'];
const hall = createCalendar({ week: { mon: HOURS, tue: HOURS, wed: HOURS, thu: HOURS, fri: HOURS }, holidayData: cnHolidays });

function rejection(run: () => unknown): KefuError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KefuError);
    return error as KefuError;
  }
  throw new Error('accepted');
}

describe('single-value fields take one value, not a list (rule: HOT-SLA-4 policy as data)', () => {
  const target = { id: 'reply', startOn: 'created', stopOn: 'replied' };
  it('a target clock given as a list is an invalid_policy naming limit.clock', () => {
    const error = rejection(() => validatePolicy({ id: 'p', name: 'p', targets: [{ ...target, limit: { duration: { hours: 24 }, clock: ['calendar'], counting: 'elapsed' } }] }));
    expect(error.code).toBe('invalid_policy');
    expect(error.issues[0]?.path).toEqual(['targets', 0, 'limit', 'clock']);
    expect(error.issues[0]?.value).toEqual(['calendar']);
  });

  it('a task-field limit checks its clock and field the same way', () => {
    const error = rejection(() => validatePolicy({ id: 'p', name: 'p', targets: [{ ...target, limit: { from: ['requestedBy'], clock: 'calendar' } }] }));
    expect(error.issues[0]?.path).toEqual(['targets', 0, 'limit', 'from']);
  });

  it('a call limit measure given as a list is rejected (rule: HOT-SLA-2)', () => {
    const policy = { id: 'p', name: 'p', limits: [{ id: 'answer', measure: ['rings'], max: 3 }] } as unknown as CallPolicy;
    const error = rejection(() => evaluateCall({ id: 'c', direction: 'inbound', offeredAt: '2026-09-30T09:00:00+08:00' }, policy));
    expect(error.code).toBe('invalid_policy');
    expect(error.message).toContain('limits[0].measure');
  });
});

describe('zone offsets come from Intl, to the second', () => {
  it('Shanghai kept local mean time (+08:05:43) before 1901 and +08:00 since', () => {
    expect(offsetMs('Asia/Shanghai', Date.UTC(1900, 0, 1))).toBe((8 * 3600 + 5 * 60 + 43) * 1000);
    expect(offsetMs('Asia/Shanghai', Date.UTC(2026, 8, 30))).toBe(8 * 3_600_000);
    expect(offsetMs('UTC', 0)).toBe(0);
    expect(offsetMs('America/New_York', Date.UTC(2026, 0, 15))).toBe(-5 * 3_600_000);
  });

  it('a name Intl does not know is an invalid_calendar naming timeZone, offsets included', () => {
    for (const zone of ['Mars/Olympus', '', 'UTC+8', 'GMT+8']) {
      const error = rejection(() => createCalendar({ timeZone: zone, week: { mon: HOURS }, coveredYears: 'all' }));
      expect(error.code).toBe('invalid_calendar');
      expect(error.issues[0]?.path).toEqual(['timeZone']);
    }
  });
});

describe('the ms helpers agree with the public wrappers (rule: HALL-SLA-3 hours 08:00–17:00)', () => {
  const instant = fc.integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2026, 11, 1) / 60_000 }).map((m) => m * 60_000);

  it('nextWorkingMs is the first working instant at or after the given one', () => {
    fc.assert(
      fc.property(instant, (at) => {
        const next = nextWorkingMs(hall, at);
        expect(next).toBe(nextWorkingTime(hall, at).getTime());
        expect(next).toBeGreaterThanOrEqual(at);
        expect(isWorkingMs(hall, next)).toBe(true);
        // Nothing in between is working time: one working ms from `at` ends one ms after `next`.
        expect(addBusinessMs(hall, at, 1)).toBe(next + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('isWorkingMs matches isWorkingTime, and the ms right at closing is not working time', () => {
    fc.assert(
      fc.property(instant, (at) => {
        expect(isWorkingMs(hall, at)).toBe(isWorkingTime(hall, at));
      }),
      { numRuns: 300 },
    );
    expect(isWorkingTime(hall, '2026-09-30T16:59:59.999+08:00')).toBe(true);
    expect(isWorkingTime(hall, '2026-09-30T17:00:00+08:00')).toBe(false);
  });

  it('isWorkingDay reads a bare date in the calendar zone, and 1970-01-01 too', () => {
    expect(isWorkingDay(hall, '2026-09-20')).toBe(true); // make-up Sunday before National Day
    expect(isWorkingDay(alwaysOpenCalendar(), '1970-01-01')).toBe(true);
    const error = rejection(() => isWorkingDay(hall, '2026-02-30'));
    expect(error.message).toContain('day');
    expect(error.message).toContain('2026-02-30');
  });
});
