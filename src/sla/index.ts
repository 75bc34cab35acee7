/**
 * kefu/sla — business calendars (weekly hours, holidays, make-up working days, time zones), durations on
 * a calendar or business clock, Civil-Code day counting, and the SLA policies built on them.
 *
 * @example
 * ```ts
 * import { createCalendar, cnHolidays, dueAt } from 'kefu/sla';
 * const hall = createCalendar({ week: { mon: ['08:00-17:00'], tue: ['08:00-17:00'], wed: ['08:00-17:00'], thu: ['08:00-17:00'], fri: ['08:00-17:00'] }, holidayData: cnHolidays });
 * dueAt(hall, '2026-09-30T16:00:00+08:00', { duration: { days: 3 }, clock: 'calendar', counting: 'civil-code' });
 * ```
 * @module sla
 */
export type {
  Calendar,
  CalendarDefinition,
  Clock,
  Counting,
  DateInput,
  DayHours,
  DueAt,
  Duration,
  HolidayNotice,
  HolidayYear,
  Limit,
  UnknownYearMode,
  WeekHours,
  Weekday,
} from './types.js';
export { CLOCKS, COUNTINGS, UNKNOWN_YEAR_MODES, WEEKDAYS } from './types.js';
export { alwaysOpenCalendar, createCalendar } from './calendar.js';
export { cnHolidays } from './holidays-cn.js';
export { addBusinessTime, addWorkingDays, businessTimeBetween, isWorkingDay, isWorkingTime, MAX_DURATION_DAYS, nextWorkingTime } from './queries.js';
export type { DurationParts } from './queries.js';
export { dueAt } from './due.js';
export { selectPolicy, validatePolicy } from './policy.js';
export type { RuleSource, SlaPolicy, SlaTarget, SlaTask, TargetLimit, TaskLimit, TaskMatch, WarningThreshold } from './policy.js';
export type { SlaPreset } from './policy-preset.js';
export { evaluateTask, evaluateTaskWith } from './evaluate.js';
export type { EvaluateOptions, TargetEvaluation, TargetState, TaskEvaluation, WarningEvaluation } from './evaluate.js';
export { CALL_MEASURES, evaluateCall, selectCallPolicy } from './call.js';
export type { CallEvaluation, CallLimit, CallLimitResult, CallLimitState, CallMatch, CallMeasure, CallPolicy, SlaCall } from './call.js';
