import { invalidField, type KefuErrorCode } from '../model/error.js';
import { checkOne, mustBeObject, type Path } from './check.js';
import { addBusinessParts, addWorkingDaysMs, businessDays, closeOf, hasHours, readDuration, stepWorkingDays, type DurationParts } from './queries.js';
import { DAY_MS, fromWall, localDay, toMs, toWall, yearOf } from './time.js';
import { CLOCKS, COUNTINGS, type Calendar, type Clock, type Counting, type DateInput, type DueAt, type Limit } from './types.js';

const LIMIT: Path = ['limit'];

/**
 * Validate a limit; KefuError (`code`) naming the field under `base` and the value otherwise. Policies
 * check their limits with it too, so both report the same way.
 * @internal
 */
export function readLimit(limit: Limit, code: KefuErrorCode = 'invalid_input', base: Path = LIMIT): { parts: DurationParts; clock: Clock; counting: Counting } {
  mustBeObject(limit, base, code);
  const clock = checkOne(limit.clock, CLOCKS, base, 'clock', code);
  const counting = checkOne(limit.counting, COUNTINGS, base, 'counting', code);
  const parts = readDuration(limit.duration, [...base, 'duration'], code);
  if (counting === 'civil-code' && parts.hasTime && parts.hasDays) {
    throw invalidField(code, [...base, 'duration'], limit.duration, 'mixes days and hours under civil-code counting');
  }
  return { parts, clock, counting };
}

// Compile-time guard: the code below reads Clock and Counting as two-way choices.
true satisfies [Exclude<Clock, 'calendar' | 'business'>, Exclude<Counting, 'elapsed' | 'civil-code'>] extends [never, never] ? true : false;

/**
 * Civil Code Articles 200–204 (民法典第二百条至第二百零四条): the start day is not counted (Art. 201); the
 * period ends at close of business of its last day, which is 24:00 on a day open round the clock
 * (Art. 203 para. 2); a last day that is a holiday or rest day gives way to the next working day
 * (Art. 203 para. 1).
 */
function civilCodeEnd(cal: Calendar, start: number, clock: Clock, parts: DurationParts): number {
  const startDay = localDay(cal.timeZone, start);
  // Clock is 'calendar' | 'business': calendar days then working days, or working days only.
  let last = clock === 'calendar' ? stepWorkingDays(cal, startDay + parts.days + 7 * parts.weeks, parts.workingDays) : stepWorkingDays(cal, startDay, businessDays(cal, parts));
  if (!hasHours(cal, last)) last = stepWorkingDays(cal, last, 1);
  return Math.max(start, closeOf(cal, last));
}

function elapsedEnd(cal: Calendar, start: number, clock: Clock, parts: DurationParts): number {
  if (clock === 'business') return addBusinessParts(cal, start, parts);
  // The calendar clock: calendar days at the same wall-clock time, then working days, then wall time.
  const calendarDays = parts.days + 7 * parts.weeks;
  const shifted = calendarDays === 0 ? start : fromWall(cal.timeZone, toWall(cal.timeZone, start) + calendarDays * DAY_MS);
  return addWorkingDaysMs(cal, shifted, parts.workingDays) + parts.ms;
}

/**
 * The deadline, and whether it depends on the calendar's days (so on its holiday data): the business
 * clock, working days, or whole days under civil-code counting. A civil-code limit in hours runs from the
 * moment itself (Art. 201 para. 2), like an elapsed one; it never mixes in days (`readLimit` rejects that).
 */
function endOf(cal: Calendar, start: number, limit: Limit): [at: number, usesCalendar: boolean] {
  const { parts, clock, counting } = readLimit(limit);
  const wholeDays = counting === 'civil-code' && !parts.hasTime;
  return [wholeDays ? civilCodeEnd(cal, start, clock, parts) : elapsedEnd(cal, start, clock, parts), wholeDays || clock === 'business' || parts.workingDays > 0];
}

/**
 * The deadline of a limit in epoch ms (the evaluator's fast path; no flag).
 * @internal
 */
export function dueAtMs(cal: Calendar, start: number, limit: Limit): number {
  return endOf(cal, start, limit)[0];
}

/**
 * Whether the local days from `a` to `b` touch a year the calendar's holiday data does not cover.
 * @internal
 */
export function touchesUnknownYear(cal: Calendar, a: number, b: number): boolean {
  const first = yearOf(localDay(cal.timeZone, Math.min(a, b)) - 1);
  const last = yearOf(localDay(cal.timeZone, Math.max(a, b)));
  for (let year = first; year <= last; year++) if (!cal.coversYear(year)) return true;
  return false;
}

/**
 * The deadline of a limit started at `start`: when the time it allows runs out.
 *
 * - `counting: 'elapsed'` runs from the moment. On the calendar clock `days`/`weeks` are calendar days
 *   (same wall-clock time), `workingDays` the same wall-clock time n working days on, minutes/hours wall
 *   time. On the business clock `days` and `workingDays` are working days (the start's place in its working
 *   day, n working days on), `weeks` as many working days as the calendar's week has, minutes/hours working
 *   time.
 * - `counting: 'civil-code'` (PRC Civil Code Arts. 200–204) counts whole days from the day after the start:
 *   calendar days on the calendar clock, working days on the business clock; the period ends at close of
 *   business of its last day (24:00 on a round-the-clock day), and a last day that is a holiday or rest day
 *   moves to the next working day. Hours and minutes run from the moment, as under `elapsed`.
 *
 * @param cal - the calendar
 * @param start - when the limit starts (e.g. a complaint's receipt)
 * @param limit - the limit
 * @returns the deadline, and `unknownYear: true` when the calendar flags a year its holiday data lacks
 * @throws KefuError naming the field for a bad limit or instant; `unknown_year` outside the holiday data by default
 *
 * @example
 * ```ts
 * import { createCalendar, cnHolidays, dueAt } from 'kefu/sla';
 * const hall = createCalendar({ week: { mon: ['08:00-17:00'], tue: ['08:00-17:00'], wed: ['08:00-17:00'], thu: ['08:00-17:00'], fri: ['08:00-17:00'] }, holidayData: cnHolidays });
 * // rule: HALL-SLA-2 — complaint received Wed 30 Sep 2026 16:00, "3天内给予回复": Oct 1–3 are counted,
 * // Oct 3 is a holiday, so the period ends at close of business on Thu 8 Oct.
 * dueAt(hall, '2026-09-30T16:00:00+08:00', { duration: { days: 3 }, clock: 'calendar', counting: 'civil-code' }).at.toISOString();
 * // '2026-10-08T09:00:00.000Z' (17:00 local)
 * ```
 */
export function dueAt(cal: Calendar, start: DateInput, limit: Limit): DueAt {
  const startMs = toMs(start, 'start');
  const [at, usesCalendar] = endOf(cal, startMs, limit);
  return { at: new Date(at), unknownYear: usesCalendar && cal.unknownYear === 'flag' && touchesUnknownYear(cal, startMs, at) };
}
