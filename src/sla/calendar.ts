import { invalidField } from '../model/error.js';
import { checkOne, isObject, known, mustBeList, mustBeObject, type Path } from './check.js';
import { checkZone, DAY_MS, formatDay, TEN_YEARS, fromWall, offsetMs, parseDay, weekdayOf, yearOf } from './time.js';
import { UNKNOWN_YEAR_MODES, WEEKDAYS, type Calendar, type CalendarDefinition, type DayHours, type HolidayYear, type UnknownYearMode } from './types.js';

const HOURS_RE = /^([01]\d|2[0-4]):([0-5]\d)\s*[-–]\s*([01]\d|2[0-4]):([0-5]\d)$/;
const CACHE_LIMIT = 4096;

/** A working interval `[start, end]`: minutes from local midnight in a definition, epoch ms in a day's spans. */
type Span = readonly [start: number, end: number];
const EMPTY: readonly Span[] = [];

/**
 * Throw `invalid_calendar` naming `path` (and `index` inside it) and `value` unless `ok`. The index is
 * added only on failure: holiday data has many entries.
 */
function ensure(ok: unknown, path: Path, value: unknown, message: string, index?: number): asserts ok {
  if (!ok) throw invalidField('invalid_calendar', index === undefined ? path : [...path, index], value, message);
}

function list(value: unknown, path: Path): readonly unknown[] {
  if (value === undefined) return [];
  mustBeList(value, path, 'invalid_calendar');
  return value;
}

/**
 * Parse one day's hours into minute pairs `[start, end]`, sorted. An end before its start runs past
 * midnight (end + 1440), so a pair never spans more than 24 hours.
 */
function parseHours(value: unknown, path: Path): Span[] {
  const pairs = list(value, path)
    .map((text, i): Span => {
      // Text that is not "HH:MM-HH:MM" reads as 24:00-00:00, which the first check refuses.
      const [, startH = '24', startM = '0', endH = '0', endM = '0'] = (typeof text === 'string' && HOURS_RE.exec(text.trim())) || [];
      const start = +startH * 60 + +startM;
      const end = +endH * 60 + +endM;
      ensure(start < 1440 && end <= 1440, path, text, 'is not "HH:MM-HH:MM" within 00:00–24:00', i);
      ensure(end !== start, path, text, 'is empty (end equals start)', i);
      return [start, end < start ? end + 1440 : end];
    })
    .sort((a, b) => a[0] - b[0]);
  let previousEnd = 0;
  for (const [start, end] of pairs) {
    ensure(start >= previousEnd, path, value, 'has overlapping intervals');
    previousEnd = end;
  }
  return pairs;
}

/** Day numbers of `YYYY-MM-DD` dates and inclusive ranges `YYYY-MM-DD/YYYY-MM-DD`, added to `days`. */
function dateSet(value: unknown, path: Path, days = new Set<number>()): Set<number> {
  list(value, path).forEach((entry, i) => {
    const [from, to = from, extra] = typeof entry === 'string' ? entry.split('/') : [];
    const first = parseDay(from);
    const last = parseDay(to);
    ensure(first !== undefined && last !== undefined && extra === undefined, path, entry, 'is not YYYY-MM-DD[/YYYY-MM-DD]', i);
    ensure(last >= first, path, entry, 'is a reversed range', i);
    ensure(last - first <= TEN_YEARS, path, entry, `spans more than ${TEN_YEARS} days`, i);
    for (let day = first; day <= last; day++) days.add(day);
  });
  return days;
}

function conflict(a: Set<number>, b: Set<number>, path: Path, other: string): void {
  for (const day of b) if (a.has(day)) throw invalidField('invalid_calendar', path, formatDay(day), `is also in ${other}`);
}

interface Statutory {
  readonly off: Set<number>;
  readonly workdays: Set<number>;
  /** The years the data covers (each with its entry). */
  readonly years: ReadonlyMap<number, HolidayYear>;
}

const isYear = (year: unknown): year is number => typeof year === 'number' && Number.isInteger(year) && year >= 1900 && year <= 9999;

function readHolidayData(value: unknown): Statutory {
  const byYear = new Map<number, HolidayYear>();
  list(value, ['holidayData']).forEach((entry, i) => {
    mustBeObject(entry, ['holidayData', i], 'invalid_calendar');
    ensure(isYear(entry['year']), ['holidayData', i, 'year'], entry['year'], 'must be a whole year');
    byYear.set(entry['year'], entry as unknown as HolidayYear);
  });
  const off = new Set<number>();
  const workdays = new Set<number>();
  for (const [year, entry] of byYear) {
    dateSet(entry.off, ['holidayData', year, 'off'], off);
    dateSet(entry.workdays, ['holidayData', year, 'workdays'], workdays);
  }
  conflict(off, workdays, ['holidayData', 'workdays'], 'off');
  return { off, workdays, years: byYear };
}

function readCoveredYears(value: unknown): 'all' | Set<number> {
  if (value === 'all') return 'all';
  return new Set(
    list(value, ['coveredYears']).map((year, i) => {
      ensure(typeof year === 'number' && Number.isInteger(year), ['coveredYears', i], year, 'must be a whole year');
      return year;
    }),
  );
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
  mustBeObject(definition, [], 'invalid_calendar');
  const timeZone = definition.timeZone === undefined ? 'Asia/Shanghai' : checkZone(definition.timeZone, ['timeZone'], 'invalid_calendar');
  const weekHours = definition.week;
  ensure(isObject(weekHours), ['week'], weekHours, 'must map mon…sun to hours');
  for (const key in weekHours) checkOne(key, WEEKDAYS, ['week'], key, 'invalid_calendar');
  const week = WEEKDAYS.map((key) => parseHours(weekHours[key], ['week', key]));
  // A day's last interval may run past midnight, but not into the next day's first (Saturday's into Sunday's).
  WEEKDAYS.forEach((key, i) => {
    const end = known(week[i]).at(-1)?.[1] ?? 0;
    const next = known(week[(i + 1) % 7])[0]?.[0] ?? 1440;
    ensure(end - 1440 <= next, ['week', key], weekHours[key], 'runs into the next day’s hours');
  });
  ensure(
    week.some((hours) => hours.length > 0),
    ['week'],
    weekHours,
    'has no working time',
  );
  const statutory = readHolidayData(definition.holidayData);
  const hostOff = dateSet(definition.holidays, ['holidays']);
  const hostWork = dateSet(definition.extraWorkdays, ['extraWorkdays']);
  conflict(hostOff, hostWork, ['extraWorkdays'], 'holidays');
  const dateHours = new Map<number, Span[]>();
  const specific = definition.dateHours === undefined ? {} : definition.dateHours;
  mustBeObject(specific, ['dateHours'], 'invalid_calendar');
  for (const key in specific) {
    const day = parseDay(key);
    ensure(day !== undefined, ['dateHours', key], key, 'is not YYYY-MM-DD');
    dateHours.set(day, parseHours(specific[key], ['dateHours', key]));
  }
  const makeUpHours = parseHours(definition.makeUpHours ?? weekHours.mon, ['makeUpHours']);
  ensure(makeUpHours.length > 0 || statutory.workdays.size + hostWork.size === 0, ['makeUpHours'], definition.makeUpHours, 'is needed: Monday has no hours');
  const covered = readCoveredYears(definition.coveredYears);
  const unknownYear: UnknownYearMode = checkOne(definition.unknownYear === undefined ? 'error' : definition.unknownYear, UNKNOWN_YEAR_MODES, [], 'unknownYear', 'invalid_calendar');
  const coversYear = (year: number): boolean => covered === 'all' || covered.has(year) || statutory.years.has(year);

  function minutesOf(day: number): readonly Span[] {
    const special = dateHours.get(day);
    if (special !== undefined) return special;
    if (hostOff.has(day)) return EMPTY;
    if (hostWork.has(day)) return makeUpHours;
    const year = yearOf(day);
    if (!coversYear(year)) {
      if (unknownYear === 'error') {
        throw invalidField('unknown_year', 'date', formatDay(day), `is in ${year}, outside holidayData/coveredYears (or set unknownYear: 'flag')`);
      }
    } else if (statutory.off.has(day)) return EMPTY;
    else if (statutory.workdays.has(day)) return makeUpHours;
    return known(week[weekdayOf(day)]);
  }

  const cache = new Map<number, readonly Span[]>();
  function spansOf(day: number): readonly Span[] {
    const hit = cache.get(day);
    if (hit !== undefined) return hit;
    const minutes = minutesOf(day);
    let spans: readonly Span[] = EMPTY;
    if (minutes.length > 0) {
      const midnight = day * DAY_MS;
      const offset = offsetMs(timeZone, midnight - DAY_MS);
      // One offset serves the whole day unless a DST switch falls near it; then read each boundary alone.
      const steady = offset === offsetMs(timeZone, midnight + 2 * DAY_MS);
      const instant = (minute: number): number => (steady ? midnight + minute * 60_000 - offset : fromWall(timeZone, midnight + minute * 60_000));
      const out: Span[] = [];
      for (const [from, to] of minutes) {
        const start = instant(from);
        const end = instant(to);
        if (end > start) out.push([start, end]);
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
    week: Object.fromEntries(WEEKDAYS.map((day) => [day, ALL_DAY])),
    coveredYears: 'all',
  });
}
