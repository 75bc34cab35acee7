import { invalidField, KefuError } from '../model/error.js';
import { DAY_MS, formatDay, fromWall, offsetMs, parseDay, weekdayOf, yearOf } from './time.js';
import type { Calendar, CalendarDefinition, DayHours, HolidayYear, UnknownYearMode, Weekday } from './types.js';

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const HOURS_RE = /^([01]\d|2[0-4]):([0-5]\d)\s*[-–]\s*([01]\d|2[0-4]):([0-5]\d)$/;
const MAX_RANGE_DAYS = 3660;
const CACHE_LIMIT = 4096;
const EMPTY: readonly number[] = [];

const bad = (path: readonly (string | number)[], value: unknown, message: string): KefuError =>
  invalidField('invalid_calendar', path, value, message);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function list(value: unknown, path: readonly (string | number)[]): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw bad(path, value, 'must be an array');
  return value;
}

/**
 * Parse one day's hours into a flat list of minute pairs `[start, end, …]`, sorted. An end before its start
 * runs past midnight (end + 1440), so a pair never spans more than 24 hours.
 */
function parseHours(value: unknown, path: readonly (string | number)[]): number[] {
  const pairs: [number, number][] = [];
  list(value, path).forEach((text, i) => {
    const m = typeof text === 'string' ? HOURS_RE.exec(text.trim()) : null;
    const start = m ? +m[1]! * 60 + +m[2]! : Number.NaN;
    let end = m ? +m[3]! * 60 + +m[4]! : Number.NaN;
    if (!m || start >= 1440 || end > 1440) {
      throw bad([...path, i], text, 'is not "HH:MM-HH:MM" within 00:00–24:00');
    }
    if (end === start) throw bad([...path, i], text, 'is empty (end equals start)');
    if (end < start) end += 1440;
    pairs.push([start, end]);
  });
  pairs.sort((a, b) => a[0] - b[0]);
  const flat: number[] = [];
  for (let i = 0; i < pairs.length; i++) {
    const [start, end] = pairs[i]!;
    if (i > 0 && start < pairs[i - 1]![1]) throw bad(path, value, 'has overlapping intervals');
    flat.push(start, end);
  }
  return flat;
}

/** Expand `YYYY-MM-DD` or an inclusive range `YYYY-MM-DD/YYYY-MM-DD` into day numbers. */
function expandDates(value: unknown, path: readonly (string | number)[], into: Set<number>): void {
  const [from, to = from, extra] = typeof value === 'string' ? value.split('/') : [];
  const first = parseDay(from);
  const last = parseDay(to);
  if (first === undefined || last === undefined || extra !== undefined) {
    throw bad(path, value, 'is not YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD');
  }
  if (last < first) throw bad(path, value, 'is a reversed range');
  if (last - first > MAX_RANGE_DAYS) throw bad(path, value, `spans more than ${MAX_RANGE_DAYS} days`);
  for (let day = first; day <= last; day++) into.add(day);
}

function dateSet(value: unknown, path: readonly (string | number)[]): Set<number> {
  const days = new Set<number>();
  list(value, path).forEach((entry, i) => expandDates(entry, [...path, i], days));
  return days;
}

function conflict(a: Set<number>, b: Set<number>, path: readonly (string | number)[], other: string): void {
  for (const day of b) if (a.has(day)) throw bad(path, formatDay(day), `is also in ${other}`);
}

interface Statutory {
  readonly off: Set<number>;
  readonly workdays: Set<number>;
  readonly years: Set<number>;
}

function readHolidayData(value: unknown): Statutory {
  const byYear = new Map<number, HolidayYear>();
  list(value, ['holidayData']).forEach((entry, i) => {
    if (!isObject(entry)) throw bad(['holidayData', i], entry, 'must be { year, notices, off, workdays }');
    if (!Number.isInteger(entry['year']) || (entry['year'] as number) < 1900 || (entry['year'] as number) > 9999) {
      throw bad(['holidayData', i, 'year'], entry['year'], 'must be a whole year');
    }
    byYear.set(entry['year'] as number, entry as unknown as HolidayYear);
  });
  const off = new Set<number>();
  const workdays = new Set<number>();
  for (const [year, entry] of byYear) {
    const path = ['holidayData', year];
    const yearOff = dateSet(entry.off, [...path, 'off']);
    const yearWork = dateSet(entry.workdays, [...path, 'workdays']);
    conflict(yearOff, yearWork, [...path, 'workdays'], 'off');
    for (const day of yearOff) off.add(day);
    for (const day of yearWork) workdays.add(day);
  }
  conflict(off, workdays, ['holidayData'], 'days off');
  return { off, workdays, years: new Set(byYear.keys()) };
}

function readCoveredYears(value: unknown): 'all' | Set<number> {
  if (value === 'all') return 'all';
  const years = new Set<number>();
  list(value, ['coveredYears']).forEach((year, i) => {
    if (!Number.isInteger(year)) throw bad(['coveredYears', i], year, "must be a whole year");
    years.add(year as number);
  });
  return years;
}

function readTimeZone(value: unknown): string {
  if (value === undefined) return 'Asia/Shanghai';
  try {
    if (typeof value !== 'string' || value === '' || Number.isNaN(offsetMs(value, 0))) throw new RangeError();
    // tzOffset reads any text holding "±HH" as a fixed offset; only Intl can vouch for such a name.
    if (/\d/.test(value)) new Intl.DateTimeFormat('en-US', { timeZone: value });
    return value;
  } catch {
    throw bad(['timeZone'], value, 'is not an IANA time zone');
  }
}

function readUnknownYear(value: unknown): UnknownYearMode {
  if (value === undefined || value === 'error' || value === 'flag') return value ?? 'error';
  throw bad(['unknownYear'], value, "must be 'error' or 'flag'");
}

/**
 * Build a calendar from its definition: weekly hours, holidays, make-up working days and date-specific
 * hours in one IANA time zone. The definition is validated once here; queries then trust it.
 *
 * A date falls back through, highest first: `dateHours` › `holidays` / `extraWorkdays` › `holidayData`
 * (days off; make-up days worked with `makeUpHours`, by default Monday's hours) › `week`.
 * Dates in a year that neither `holidayData` nor `coveredYears` covers raise `unknown_year` (or are
 * flagged, with `unknownYear: 'flag'`), so a missing schedule is never mistaken for an ordinary year.
 * A calendar without a statutory schedule (a centre abroad) opts out with `coveredYears: 'all'`.
 *
 * @param definition - the calendar as data (not mutated; a copy is kept as `calendar.definition`)
 * @returns a calendar for the query functions
 * @throws KefuError `invalid_calendar` naming the field and value: unknown time zone, hours such as
 *   "25:00", overlapping or empty intervals, bad dates or reversed ranges, a week without working time
 *
 * @example
 * ```ts
 * import { createCalendar, cnHolidays, isWorkingDay } from 'kefu/sla';
 * // rule: HALL-SLA-3 — the gas service hall opens 08:00–17:00
 * const hall = createCalendar({
 *   timeZone: 'Asia/Shanghai',
 *   week: { mon: ['08:00-17:00'], tue: ['08:00-17:00'], wed: ['08:00-17:00'], thu: ['08:00-17:00'], fri: ['08:00-17:00'] },
 *   holidayData: cnHolidays,
 * });
 * isWorkingDay(hall, '2026-09-20'); // true: a Sunday worked before National Day (调休上班)
 * isWorkingDay(hall, '2026-10-02'); // false
 * ```
 */
export function createCalendar(definition: CalendarDefinition): Calendar {
  if (!isObject(definition)) throw bad([], definition, 'must be an object');
  const timeZone = readTimeZone(definition.timeZone);
  if (!isObject(definition.week)) throw bad(['week'], definition.week, 'must map mon…sun to hours');
  for (const key of Object.keys(definition.week)) {
    if (!WEEKDAYS.includes(key as Weekday)) throw bad(['week', key], key, 'is not mon…sun');
  }
  const week = WEEKDAYS.map((key) => parseHours(definition.week[key], ['week', key]));
  week.forEach((hours, i) => {
    const next = week[(i + 1) % 7]!;
    const spill = (hours[hours.length - 1] ?? 0) - 1440;
    if (spill > 0 && next.length > 0 && spill > next[0]!) {
      throw bad(['week', WEEKDAYS[i]!], definition.week[WEEKDAYS[i]!], 'runs past midnight into the next day’s hours');
    }
  });
  if (week.every((hours) => hours.length === 0)) {
    throw bad(['week'], definition.week, 'has no working time at all');
  }
  const statutory = readHolidayData(definition.holidayData);
  const hostOff = dateSet(definition.holidays, ['holidays']);
  const hostWork = dateSet(definition.extraWorkdays, ['extraWorkdays']);
  conflict(hostOff, hostWork, ['extraWorkdays'], 'holidays');
  const dateHours = new Map<number, number[]>();
  if (definition.dateHours !== undefined) {
    if (!isObject(definition.dateHours)) throw bad(['dateHours'], definition.dateHours, 'must map dates to hours');
    for (const [key, hours] of Object.entries(definition.dateHours)) {
      const day = parseDay(key);
      if (day === undefined) throw bad(['dateHours', key], key, 'is not YYYY-MM-DD');
      dateHours.set(day, parseHours(hours, ['dateHours', key]));
    }
  }
  const makeUpHours = parseHours(definition.makeUpHours ?? definition.week.mon, ['makeUpHours']);
  if (makeUpHours.length === 0 && (statutory.workdays.size > 0 || hostWork.size > 0)) {
    throw bad(['makeUpHours'], definition.makeUpHours, 'is needed: Monday has no hours for make-up days');
  }
  const covered = readCoveredYears(definition.coveredYears);
  const unknownYear = readUnknownYear(definition.unknownYear);
  const coversYear = (year: number): boolean => covered === 'all' || covered.has(year) || statutory.years.has(year);

  function minutesOf(day: number): readonly number[] {
    const special = dateHours.get(day);
    if (special !== undefined) return special;
    if (hostOff.has(day)) return EMPTY;
    if (hostWork.has(day)) return makeUpHours;
    const year = yearOf(day);
    if (!coversYear(year)) {
      if (unknownYear === 'error') {
        throw invalidField(
          'unknown_year',
          'date',
          formatDay(day),
          `is in ${year}, which holidayData/coveredYears do not cover (or set unknownYear: 'flag')`,
        );
      }
    } else if (statutory.off.has(day)) return EMPTY;
    else if (statutory.workdays.has(day)) return makeUpHours;
    return week[weekdayOf(day)]!;
  }

  const cache = new Map<number, readonly number[]>();
  function spansOf(day: number): readonly number[] {
    const hit = cache.get(day);
    if (hit !== undefined) return hit;
    const minutes = minutesOf(day);
    let spans: readonly number[] = EMPTY;
    if (minutes.length > 0) {
      const midnight = day * DAY_MS;
      const offset = offsetMs(timeZone, midnight - DAY_MS);
      // One offset serves the whole day unless a DST switch falls near it; then read each boundary alone.
      const steady = offset === offsetMs(timeZone, midnight + 2 * DAY_MS);
      const out: number[] = [];
      for (let i = 0; i < minutes.length; i += 2) {
        const wallStart = midnight + minutes[i]! * 60_000;
        const wallEnd = midnight + minutes[i + 1]! * 60_000;
        const start = steady ? wallStart - offset : fromWall(timeZone, wallStart);
        const end = steady ? wallEnd - offset : fromWall(timeZone, wallEnd);
        if (end > start) out.push(start, end);
      }
      spans = out;
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(day, spans);
    return spans;
  }

  return Object.freeze({
    timeZone,
    definition: JSON.parse(JSON.stringify(definition)) as CalendarDefinition,
    unknownYear,
    spansOf,
    coversYear,
    workingDaysPerWeek: week.filter((hours) => hours.length > 0).length,
  });
}

const ALL_DAY: DayHours = ['00:00-24:00'];

/**
 * A round-the-clock calendar: every instant is working time and no day is closed, for emergency services
 * that run 24/7 (rule HOT-SLA-1: 抢险 runs round the clock). It knows every year, since it has no
 * holidays to miss.
 *
 * @param timeZone - IANA zone for day boundaries (civil-code days end at local midnight). Default `'Asia/Shanghai'`.
 * @returns a calendar open 00:00–24:00 every day
 *
 * @example
 * ```ts
 * import { addBusinessTime, alwaysOpenCalendar } from 'kefu/sla';
 * // rule: HOT-SLA-1 — a fault reported Saturday 23:00 must be handled within 6 hours
 * addBusinessTime(alwaysOpenCalendar(), '2026-10-03T23:00:00+08:00', { hours: 6 }).toISOString(); // '2026-10-03T21:00:00.000Z'
 * ```
 */
export function alwaysOpenCalendar(timeZone?: string): Calendar {
  return createCalendar({
    ...(timeZone === undefined ? {} : { timeZone }),
    week: { mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY },
    coveredYears: 'all',
  });
}
