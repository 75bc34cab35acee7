/**
 * Types of the business-calendar half of `kefu/sla`: instants, durations, limits, calendar definitions and
 * the holiday-data format. Plain data throughout, so definitions round-trip through JSON.
 */

/**
 * An instant as kefu accepts it: a `Date`, epoch milliseconds, or an ISO 8601 string WITH an offset, in
 * the forms `parseInstant` of `kefu/model` reads (`2026-09-30T16:00:00+08:00`, `2026-09-30T16:00+0800`,
 * `2026-09-30 08:00z`, …). A string without an offset is rejected: it would mean a different instant on
 * every host (read one with `parseWallClock` and the calendar's zone).
 *
 * @example
 * ```ts
 * const a: DateInput = '2026-09-30T16:00:00+08:00';
 * const b: DateInput = Date.UTC(2026, 8, 30, 8); // the same instant
 * ```
 */
export type DateInput = Date | number | string;

/**
 * An amount of time. Fields add up; every field must be finite and non-negative; `days`, `weeks` and
 * `workingDays` must be whole numbers. What each field means depends on the limit's clock and counting —
 * see {@link Limit} and the calendars guide.
 *
 * @example
 * ```ts
 * const sixHours: Duration = { hours: 6 };          // rule: HOT-SLA-1 "6小时内处理"
 * const threeWorkingDays: Duration = { workingDays: 3 }; // rule: PM-SLA-2
 * ```
 */
export interface Duration {
  /** Minutes (fractions allowed). */
  readonly minutes?: number;
  /** Hours (fractions allowed). */
  readonly hours?: number;
  /** Days: calendar days on the calendar clock, working days on the business clock. */
  readonly days?: number;
  /** Weeks: 7 calendar days on the calendar clock; on the business clock as many working days as the calendar's week has days with hours. */
  readonly weeks?: number;
  /** Working days of the calendar, on either clock. */
  readonly workingDays?: number;
}

/**
 * Which time elapses: `calendar` = wall time always runs (24/7 services, rule HOT-SLA-1);
 * `business` = only the calendar's working time counts.
 *
 * @example
 * ```ts
 * const clock: Clock = 'business';
 * ```
 */
export type Clock = (typeof CLOCKS)[number];
/**
 * Every clock, in order: the one list the type and the checks derive from.
 *
 * @example
 * ```ts
 * import { CLOCKS } from 'kefu/sla';
 * CLOCKS; // ['calendar', 'business']
 * ```
 */
export const CLOCKS = ['calendar', 'business'] as const;

/**
 * How a limit is counted: `elapsed` runs from the moment itself; `civil-code` counts whole days the way
 * PRC Civil Code Articles 200–204 do (start day not counted, the period ends at close of business of its
 * last day, a last day that is a holiday or rest day moves to the next working day).
 *
 * @example
 * ```ts
 * const counting: Counting = 'civil-code'; // rule: HALL-SLA-2 "3天内给予回复"
 * ```
 */
export type Counting = (typeof COUNTINGS)[number];
/**
 * Every way of counting a limit, in order.
 *
 * @example
 * ```ts
 * import { COUNTINGS } from 'kefu/sla';
 * COUNTINGS; // ['elapsed', 'civil-code']
 * ```
 */
export const COUNTINGS = ['elapsed', 'civil-code'] as const;

/**
 * A time limit: how much time, on which clock, counted how.
 *
 * @example
 * ```ts
 * // rule: HALL-SLA-2 — reply to a complaint within 3 days
 * const reply: Limit = { duration: { days: 3 }, clock: 'calendar', counting: 'civil-code' };
 * ```
 */
export interface Limit {
  /** The amount of time. */
  readonly duration: Duration;
  /** Which time elapses. */
  readonly clock: Clock;
  /** Counted from the moment (`elapsed`) or in whole days per the Civil Code (`civil-code`). */
  readonly counting: Counting;
}

/**
 * A weekday key of {@link WeekHours}.
 *
 * @example
 * ```ts
 * const day: Weekday = 'sat';
 * ```
 */
export type Weekday = (typeof WEEKDAYS)[number];
/**
 * The weekday keys of a calendar's `week`, Sunday first to match `Date#getUTCDay`.
 *
 * @example
 * ```ts
 * import { WEEKDAYS } from 'kefu/sla';
 * WEEKDAYS[1]; // 'mon'
 * ```
 */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/**
 * Working hours of one day as wall-clock intervals `"HH:MM-HH:MM"` in the calendar's time zone, e.g.
 * `["08:00-12:00", "13:00-17:00"]` (a lunch break). `"24:00"` is allowed as an end. An end earlier than
 * its start means the interval runs past midnight into the next day (`"22:00-06:00"`); it belongs to the
 * day it starts on. An end equal to its start is an error.
 *
 * @example
 * ```ts
 * const hours: DayHours = ['08:00-12:00', '13:00-17:00'];
 * ```
 */
export type DayHours = readonly string[];

/**
 * Weekly working hours, one entry per weekday; a missing weekday is closed.
 *
 * @example
 * ```ts
 * const officeWeek: WeekHours = { mon: ['09:00-18:00'], tue: ['09:00-18:00'], wed: ['09:00-18:00'], thu: ['09:00-18:00'], fri: ['09:00-18:00'] };
 * ```
 */
export type WeekHours = Readonly<Partial<Record<Weekday, DayHours>>>;

/**
 * A State Council notice (国务院办公厅通知) that a year of holiday data comes from.
 *
 * @example
 * ```ts
 * const notice: HolidayNotice = { number: '国办发明电〔2025〕7号', title: '国务院办公厅关于2026年部分节假日安排的通知', issued: '2025-11-04' };
 * ```
 */
export interface HolidayNotice {
  /** The document number, e.g. `国办发明电〔2025〕7号`. */
  readonly number: string;
  /** The title as published. */
  readonly title: string;
  /** Date of issue, `YYYY-MM-DD`. */
  readonly issued: string;
}

/**
 * One year of a statutory holiday schedule (放假调休安排): the days off and the make-up working days
 * (调休上班). Dates are `YYYY-MM-DD`; `off` also takes inclusive ranges `YYYY-MM-DD/YYYY-MM-DD` (a range may
 * start in the previous year, as 2023's New Year break did).
 *
 * @example
 * ```ts
 * const y2027: HolidayYear = { year: 2027, notices: [], off: ['2027-01-01'], workdays: [] };
 * ```
 */
export interface HolidayYear {
  /** The year the schedule is for; a calendar with this entry knows this year. */
  readonly year: number;
  /** Where the schedule comes from. */
  readonly notices: readonly HolidayNotice[];
  /** Days off: dates or inclusive ranges. */
  readonly off: readonly string[];
  /** Make-up working days (usually a Saturday or Sunday). */
  readonly workdays: readonly string[];
}

/**
 * What to do with a date in a year the holiday data does not cover: `error` (default) throws a
 * `KefuError` with code `unknown_year`; `flag` computes with the weekly hours and reports
 * `unknownYear: true` in {@link DueAt}.
 *
 * @example
 * ```ts
 * const mode: UnknownYearMode = 'flag';
 * ```
 */
export type UnknownYearMode = (typeof UNKNOWN_YEAR_MODES)[number];
/**
 * What a calendar may do with a date in a year its holiday data does not cover, the default first.
 *
 * @example
 * ```ts
 * import { UNKNOWN_YEAR_MODES } from 'kefu/sla';
 * UNKNOWN_YEAR_MODES; // ['error', 'flag']
 * ```
 */
export const UNKNOWN_YEAR_MODES = ['error', 'flag'] as const;

/**
 * A calendar as data: time zone, weekly hours, holidays, make-up days and date-specific hours.
 * Precedence for a date, highest first: `dateHours` › `holidays` / `extraWorkdays` › `holidayData` › `week`.
 *
 * @example
 * ```ts
 * import { cnHolidays } from 'kefu/sla';
 * // rule: HALL-SLA-3 — the service hall opens 08:00–17:00
 * const hall: CalendarDefinition = {
 *   timeZone: 'Asia/Shanghai',
 *   week: { mon: ['08:00-17:00'], tue: ['08:00-17:00'], wed: ['08:00-17:00'], thu: ['08:00-17:00'], fri: ['08:00-17:00'] },
 *   holidayData: cnHolidays,
 * };
 * ```
 */
export interface CalendarDefinition {
  /** IANA time zone the hours are wall-clock time in. Default `'Asia/Shanghai'`. */
  readonly timeZone?: string;
  /** Weekly working hours. At least one weekday must have hours. */
  readonly week: WeekHours;
  /** Hours of a make-up working day (调休上班日). Default: Monday's hours. */
  readonly makeUpHours?: DayHours;
  /** Extra closed days of this organisation: dates or inclusive ranges. */
  readonly holidays?: readonly string[];
  /** Extra working days of this organisation (worked with `makeUpHours`): dates or inclusive ranges. */
  readonly extraWorkdays?: readonly string[];
  /** Hours for specific dates, replacing whatever the day would have: a shift (`['09:00-12:00']` on a Sunday) or a closure (`[]`). Keys `YYYY-MM-DD`. */
  readonly dateHours?: Readonly<Record<string, DayHours>>;
  /** Statutory holiday schedules by year, e.g. `cnHolidays`; a later entry for the same year replaces an earlier one. */
  readonly holidayData?: readonly HolidayYear[];
  /** Years known without holiday data: `'all'` for a centre with no statutory schedule (abroad), or a list of years. */
  readonly coveredYears?: 'all' | readonly number[];
  /** A date in a year neither `holidayData` nor `coveredYears` covers. Default `'error'`. */
  readonly unknownYear?: UnknownYearMode;
}

/**
 * A validated calendar, ready for queries. Build one with `createCalendar` once and reuse it: it caches
 * each day's working spans privately.
 *
 * @example
 * ```ts
 * import { createCalendar, isWorkingTime } from 'kefu/sla';
 * const cal: Calendar = createCalendar({ week: { mon: ['09:00-17:00'] }, coveredYears: 'all' });
 * isWorkingTime(cal, '2026-09-28T10:00:00+08:00'); // true (a Monday)
 * ```
 */
export interface Calendar {
  /** The IANA time zone of the calendar. */
  readonly timeZone: string;
  /** The definition the calendar was built from (a copy), for serialisation. */
  readonly definition: CalendarDefinition;
  /** How dates in uncovered years are handled. */
  readonly unknownYear: UnknownYearMode;
  /**
   * Working spans that start on local day `day` (days since 1970-01-01 in the calendar's zone), as
   * epoch-ms pairs `[start, end]`, sorted.
   * @internal
   */
  readonly spansOf: (day: number) => readonly (readonly [start: number, end: number])[];
  /**
   * Whether the statutory schedule of `year` is known.
   * @internal
   */
  readonly coversYear: (year: number) => boolean;
  /**
   * Working days in one week of `week` (for `weeks` on the business clock).
   * @internal
   */
  readonly workingDaysPerWeek: number;
}

/**
 * The deadline of a limit, and whether it was computed across a year the holiday data does not cover
 * (only possible with `unknownYear: 'flag'`).
 *
 * @example
 * ```ts
 * const due: DueAt = { at: new Date('2026-10-08T09:00:00Z'), unknownYear: false };
 * ```
 */
export interface DueAt {
  /** The deadline: the limit is met by an action at or before this instant. */
  readonly at: Date;
  /** True when a date the computation looked at lies in a year the holiday data does not cover. */
  readonly unknownYear: boolean;
}
