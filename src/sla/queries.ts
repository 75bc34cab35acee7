import { invalidField, type KefuErrorCode } from '../model/error.js';
import { known, mustBeObject, type Path } from './check.js';
import { DAY_MS, fromWall, localDay, parseDay, TEN_YEARS, toMs, toWall } from './time.js';
import type { Calendar, DateInput, Duration } from './types.js';

function noWorkingTime(cal: Calendar, fromMs: number): never {
  throw invalidField('invalid_calendar', 'calendar', cal.timeZone, `has no working time within ${TEN_YEARS} days after ${new Date(fromMs).toISOString()}`);
}

/** Whether local day `day` has working hours. @internal */
export function hasHours(cal: Calendar, day: number): boolean {
  return cal.spansOf(day).length > 0;
}

/** The first working day strictly after `day`, `n` times over (n ≥ 0). @internal */
export function stepWorkingDays(cal: Calendar, day: number, n: number): number {
  let d = day;
  for (let left = n, idle = 0; left > 0;) {
    d++;
    if (hasHours(cal, d)) {
      left--;
      idle = 0;
    } else if (++idle > TEN_YEARS) noWorkingTime(cal, d * DAY_MS);
  }
  return d;
}

/** Close of business of a working day: the end of its last span. @internal */
export function closeOf(cal: Calendar, day: number): number {
  return known(cal.spansOf(day).at(-1))[1];
}

/** Whether the millisecond at `at` is working time. @internal */
export function isWorkingMs(cal: Calendar, at: number): boolean {
  return businessMsBetween(cal, at, at + 1) > 0;
}

/**
 * The first working instant at or after `at`: one working millisecond on from there, less that millisecond
 * (spans are whole milliseconds, at least one long).
 * @internal
 */
export function nextWorkingMs(cal: Calendar, at: number): number {
  return addBusinessMs(cal, at, 1) - 1;
}

/**
 * The instant at which `ms` of working time has elapsed after `start`: the end of the last span used, never
 * the next opening (8 working hours from 08:00 on an 08:00–17:00 day with a lunch hour is 17:00, not the next
 * morning). Zero returns `start` itself.
 * @internal
 */
export function addBusinessMs(cal: Calendar, start: number, ms: number): number {
  if (ms <= 0) return start;
  let left = ms;
  let cursor = start;
  let idle = 0;
  for (let d = localDay(cal.timeZone, start) - 1; ; d++) {
    const spans = cal.spansOf(d);
    if (spans.length === 0 && ++idle > TEN_YEARS) noWorkingTime(cal, start);
    for (const [open, end] of spans) {
      if (end <= cursor) continue;
      idle = 0;
      const from = Math.max(open, cursor);
      if (end - from >= left) return from + left;
      left -= end - from;
      cursor = end;
    }
  }
}

/**
 * Working ms in `[a, b)`; negative when `b < a`.
 * @internal
 */
export function businessMsBetween(cal: Calendar, a: number, b: number): number {
  if (b < a) return 0 - businessMsBetween(cal, b, a); // never -0
  let total = 0;
  let cursor = a;
  const last = localDay(cal.timeZone, b);
  for (let d = localDay(cal.timeZone, a) - 1; d <= last; d++) {
    for (const [open, close] of cal.spansOf(d)) {
      const from = Math.max(open, cursor);
      const to = Math.min(close, b);
      if (to > from) {
        total += to - from;
        cursor = to;
      }
    }
  }
  return total;
}

/** @internal */
export function addWorkingDaysMs(cal: Calendar, start: number, n: number): number {
  if (n === 0) return start;
  const wall = toWall(cal.timeZone, start);
  const day = Math.floor(wall / DAY_MS);
  return fromWall(cal.timeZone, wall + (stepWorkingDays(cal, day, n) - day) * DAY_MS);
}

/** Whether `value` is a finite number ≥ 0 (a whole one, with `whole`). @internal */
export const isAmount = (value: unknown, whole: boolean): value is number => typeof value === 'number' && value >= 0 && (whole ? Number.isInteger(value) : Number.isFinite(value));

/** What {@link isAmount} asks for, as an error message. @internal */
export const amountRule = (whole: boolean): string => (whole ? 'must be a whole number ≥ 0' : 'must be a finite number ≥ 0');

/** A validated duration, split into whole days and milliseconds. @internal */
export interface DurationParts {
  readonly ms: number;
  readonly days: number;
  readonly weeks: number;
  readonly workingDays: number;
  /** Whether any of minutes/hours was given. */
  readonly hasTime: boolean;
  /** Whether any of days/weeks/workingDays was given. */
  readonly hasDays: boolean;
}

// Fractions allowed for the first two only.
const DURATION_FIELDS = ['minutes', 'hours', 'days', 'weeks', 'workingDays'] as const;

/**
 * A duration on the business clock: `days`, `workingDays` and `weeks` (as many working days as the
 * calendar's week has) as working days, then minutes and hours as working time.
 * @internal
 */
export function addBusinessParts(cal: Calendar, start: number, parts: DurationParts): number {
  return addBusinessMs(cal, addBusinessDaysMs(cal, start, businessDays(cal, parts)), parts.ms);
}

/** Whole working days a duration asks for on the business clock. @internal */
export const businessDays = (cal: Calendar, parts: DurationParts): number => parts.days + parts.workingDays + parts.weeks * cal.workingDaysPerWeek;

const DURATION: Path = ['duration'];

/**
 * The longest duration a deadline may be given, in days (weeks and working days count as days): 100
 * years. Longer ones are refused with a KefuError naming the duration.
 *
 * @example
 * ```ts
 * import { MAX_DURATION_DAYS } from 'kefu/sla';
 * MAX_DURATION_DAYS; // 36525
 * ```
 */
export const MAX_DURATION_DAYS = 36_525;

/**
 * Validate a duration; KefuError (`code`, by default `invalid_input`) naming the field — the path `field`
 * plus the duration key — and the value otherwise.
 * @internal
 */
export function readDuration(duration: Duration, field: Path = DURATION, code: KefuErrorCode = 'invalid_input'): DurationParts {
  mustBeObject(duration, field, code);
  for (const key of Object.keys(duration)) {
    if (!DURATION_FIELDS.includes(key as keyof Duration)) throw invalidField(code, [...field, key], duration[key], 'is not a duration field');
  }
  let given = 0; // bit i: DURATION_FIELDS[i] was given
  let bit = 1;
  for (const key of DURATION_FIELDS) {
    const value = duration[key];
    const whole = bit > 2; // days, weeks, workingDays
    if (value !== undefined) {
      if (!isAmount(value, whole)) throw invalidField(code, [...field, key], value, amountRule(whole));
      given |= bit;
    }
    bit <<= 1;
  }
  const { minutes = 0, hours = 0, days = 0, weeks = 0, workingDays = 0 } = duration as Duration;
  const ms = Math.round((hours * 60 + minutes) * 60_000);
  // A documented ceiling rather than minutes of day-stepping or an Invalid Date: no service deadline
  // is a century away.
  if (!Number.isSafeInteger(ms) || ms > MAX_DURATION_DAYS * DAY_MS || days + weeks * 7 + workingDays > MAX_DURATION_DAYS) {
    throw invalidField(code, field, duration, `is longer than the ceiling of ${MAX_DURATION_DAYS} days (about 100 years)`);
  }
  return { ms, days, weeks, workingDays, hasTime: (given & 3) > 0, hasDays: given > 3 };
}

/**
 * Whether an instant is working time on the calendar. Spans are half-open: 08:00 is working time on an
 * 08:00–17:00 day, 17:00 is not.
 *
 * @param cal - the calendar
 * @param at - the instant
 * @returns true inside a working span
 * @throws KefuError `unknown_year` for a date outside the holiday data (unless the calendar flags instead)
 *
 * @example
 * ```ts
 * import { createCalendar, cnHolidays, isWorkingTime } from 'kefu/sla';
 * const cal = createCalendar({ week: { mon: ['08:00-17:00'], tue: ['08:00-17:00'], wed: ['08:00-17:00'], thu: ['08:00-17:00'], fri: ['08:00-17:00'] }, holidayData: cnHolidays });
 * isWorkingTime(cal, '2026-09-20T10:00:00+08:00'); // true: Sunday, a make-up working day
 * isWorkingTime(cal, '2026-10-02T10:00:00+08:00'); // false: National Day
 * ```
 */
export function isWorkingTime(cal: Calendar, at: DateInput): boolean {
  return isWorkingMs(cal, toMs(at, 'at'));
}

/**
 * Whether a local date has working hours (a working day). Pass the date as `YYYY-MM-DD` in the calendar's
 * zone, or an instant, whose local date is used.
 *
 * @param cal - the calendar
 * @param day - a `YYYY-MM-DD` date or an instant
 * @returns true when the date has at least one working span starting on it
 * @throws KefuError `invalid_input` for a date that does not exist (2026-02-30), `unknown_year` outside the data
 *
 * @example
 * ```ts
 * import { createCalendar, cnHolidays, isWorkingDay } from 'kefu/sla';
 * const cal = createCalendar({ week: { mon: ['08:00-17:00'], tue: ['08:00-17:00'], wed: ['08:00-17:00'], thu: ['08:00-17:00'], fri: ['08:00-17:00'] }, holidayData: cnHolidays });
 * isWorkingDay(cal, '2026-02-14'); // true: Saturday before the Spring Festival, worked
 * isWorkingDay(cal, '2026-02-16'); // false: Spring Festival
 * ```
 */
export function isWorkingDay(cal: Calendar, day: DateInput): boolean {
  // A real `YYYY-MM-DD` date is taken as it is; anything else must be an instant (toMs names `day` if not).
  return hasHours(cal, (typeof day === 'string' ? parseDay(day) : undefined) ?? localDay(cal.timeZone, toMs(day, 'day')));
}

/**
 * The first working instant at or after `at`: `at` itself during working time, else the next opening.
 *
 * @param cal - the calendar
 * @param at - the instant
 * @returns a working instant
 * @throws KefuError `invalid_calendar` when no working time comes within ten years
 *
 * @example
 * ```ts
 * import { createCalendar, cnHolidays, nextWorkingTime } from 'kefu/sla';
 * const cal = createCalendar({ week: { mon: ['08:00-17:00'], tue: ['08:00-17:00'], wed: ['08:00-17:00'], thu: ['08:00-17:00'], fri: ['08:00-17:00'] }, holidayData: cnHolidays });
 * nextWorkingTime(cal, '2026-09-30T18:00:00+08:00').toISOString(); // '2026-10-08T00:00:00.000Z' (08:00 after National Day)
 * ```
 */
export function nextWorkingTime(cal: Calendar, at: DateInput): Date {
  return new Date(nextWorkingMs(cal, toMs(at, 'at')));
}

/**
 * Add an amount of working time: the instant at which `duration` of working time has elapsed after
 * `start`, skipping closed hours, rest days and holidays. A deadline lands on the end of a span rather than
 * on the next opening. `days`, `weeks` and `workingDays` count working days on the business clock (see
 * `dueAt` with `clock: 'business'`); minutes and hours are working time.
 *
 * @param cal - the calendar
 * @param start - when the clock starts
 * @param duration - how much working time
 * @returns the instant the working time is used up
 * @throws KefuError naming the field for a negative, non-finite or fractional-day duration
 *
 * @example
 * ```ts
 * import { addBusinessTime, createCalendar, cnHolidays } from 'kefu/sla';
 * const cal = createCalendar({ week: { mon: ['08:00-12:00', '13:00-17:00'], tue: ['08:00-12:00', '13:00-17:00'], wed: ['08:00-12:00', '13:00-17:00'], thu: ['08:00-12:00', '13:00-17:00'], fri: ['08:00-12:00', '13:00-17:00'] }, holidayData: cnHolidays });
 * // 4 working hours from Wednesday 30 Sep 2026 15:00: 2 h that day, then 2 h after National Day
 * addBusinessTime(cal, '2026-09-30T15:00:00+08:00', { hours: 4 }).toISOString(); // '2026-10-08T02:00:00.000Z' (10:00 local)
 * ```
 */
export function addBusinessTime(cal: Calendar, start: DateInput, duration: Duration): Date {
  return new Date(addBusinessParts(cal, toMs(start, 'start'), readDuration(duration)));
}

/**
 * Working time between two instants, in milliseconds: the working time inside `[a, b)`, negative when `b`
 * is before `a`.
 *
 * @param cal - the calendar
 * @param a - from
 * @param b - to
 * @returns working milliseconds
 *
 * @example
 * ```ts
 * import { businessTimeBetween, createCalendar, cnHolidays } from 'kefu/sla';
 * const cal = createCalendar({ week: { mon: ['08:00-17:00'], tue: ['08:00-17:00'], wed: ['08:00-17:00'], thu: ['08:00-17:00'], fri: ['08:00-17:00'] }, holidayData: cnHolidays });
 * businessTimeBetween(cal, '2026-09-30T16:00:00+08:00', '2026-10-08T09:00:00+08:00') / 3_600_000; // 2
 * ```
 */
export function businessTimeBetween(cal: Calendar, a: DateInput, b: DateInput): number {
  return businessMsBetween(cal, toMs(a, 'a'), toMs(b, 'b'));
}

/**
 * The same wall-clock time `n` working days later: steps over the days after the start's local date and
 * counts those with working hours (like moment-business-time's `addWorkingTime(n, 'days')`). The result
 * may lie outside working hours (Friday 18:00 + 1 → Monday 18:00); for a deadline that only lets working
 * time run, use `addBusinessTime` with `{ workingDays }`.
 *
 * @param cal - the calendar
 * @param start - the starting instant
 * @param n - a whole number of working days ≥ 0
 * @returns the instant on the n-th working day, at the start's wall-clock time
 *
 * @example
 * ```ts
 * import { addWorkingDays, createCalendar, cnHolidays } from 'kefu/sla';
 * const cal = createCalendar({ week: { mon: ['08:00-17:00'], tue: ['08:00-17:00'], wed: ['08:00-17:00'], thu: ['08:00-17:00'], fri: ['08:00-17:00'] }, holidayData: cnHolidays });
 * // rule: PM-SLA-2 — Friday 18 Sep 2026 10:00 + 3 working days: Sun 20 (调休上班), Mon 21, Tue 22
 * addWorkingDays(cal, '2026-09-18T10:00:00+08:00', 3).toISOString(); // '2026-09-22T02:00:00.000Z'
 * ```
 */
export function addWorkingDays(cal: Calendar, start: DateInput, n: number): Date {
  if (!isAmount(n, true)) throw invalidField('invalid_input', 'n', n, amountRule(true));
  return new Date(addWorkingDaysMs(cal, toMs(start, 'start'), n));
}

/**
 * `n` working days on the business clock, where only working time runs: the start takes its place within
 * its working day (the working time elapsed that day) and the result is the same place `n` working days
 * later, clipped to that day's close. A start outside working time begins at the next opening, so Friday
 * 18:00 + 1 working day is Monday's close, not Monday 18:00.
 * @internal
 */
export function addBusinessDaysMs(cal: Calendar, start: number, n: number): number {
  if (n === 0) return start;
  // The start's working day: today once its first span has begun, else yesterday (a night shift may
  // still run). A day without hours gives done = 0, and so does a start before the day's opening.
  let home = localDay(cal.timeZone, start);
  let spans = cal.spansOf(home);
  const [first] = spans;
  if (first === undefined || first[0] > start) spans = cal.spansOf(--home);
  let done = 0;
  let total = 0;
  for (const [open, close] of spans) {
    total += close - open;
    done += Math.max(0, Math.min(start, close) - open);
  }
  // Nothing worked yet: the n-th working day from the start's day (or the next one), at its close.
  if (done === 0) return closeOf(cal, stepWorkingDays(cal, home - 1, n));
  const target = stepWorkingDays(cal, home, n);
  // Worked all of it: that day's close. Otherwise the same working time into the target day.
  if (done < total) {
    let left = done;
    for (const [open, close] of cal.spansOf(target)) {
      if (left <= close - open) return open + left;
      left -= close - open;
    }
  }
  return closeOf(cal, target);
}
