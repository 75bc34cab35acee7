/**
 * Differential tests against moment-business-time on random working-hour setups. moment works in the host
 * zone, so both sides run zone-neutral: moment in UTC mode, the kefu calendar in 'UTC'. Where the two
 * libraries define the same thing they must agree; the one known difference (moment's workingDiff
 * over-counts when the end falls before a later span of its day) is reproduced exactly, so the test still
 * fails if either side changes. See docs/guides/calendars.md, "Compared with moment-business-time".
 */
import fc from 'fast-check';
import moment from 'moment';
import 'moment-business-time';
import { describe, expect, it } from 'vitest';
import { addBusinessTime, addWorkingDays, businessTimeBetween, createCalendar, isWorkingTime, nextWorkingTime, type Calendar } from '../../src/sla/index.js';

type BusinessMoment = moment.Moment & {
  addWorkingTime(n: number, unit: string): BusinessMoment;
  workingDiff(other: moment.Moment, unit: string): number;
  isWorkingTime(): boolean;
  nextWorkingTime(): BusinessMoment;
};

const KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const WINDOW_START = Date.UTC(2026, 2, 1);
const WINDOW_DAYS = 90;

interface Setup {
  /** Per weekday (0 = Sunday), minute pairs [start, end] within one day. */
  readonly week: readonly (readonly [number, number][])[];
  readonly holidays: readonly string[];
}

const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** 0–2 spans a day on a 30-minute grid between 06:00 and 21:30, with a gap between spans. */
const daySpans = fc.uniqueArray(fc.integer({ min: 12, max: 43 }), { minLength: 0, maxLength: 4 }).map((cuts) => {
  const sorted = [...cuts].sort((a, b) => a - b).map((c) => c * 30);
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) spans.push([sorted[i]!, sorted[i + 1]!]);
  return spans;
});

const setupArb: fc.Arbitrary<Setup> = fc
  .record({
    week: fc.array(daySpans, { minLength: 7, maxLength: 7 }),
    holidayDays: fc.uniqueArray(fc.integer({ min: 0, max: WINDOW_DAYS + 60 }), { maxLength: 20 }),
  })
  .filter(({ week }) => week.some((spans) => spans.length > 0))
  .map(({ week, holidayDays }) => ({
    week,
    holidays: holidayDays.map((d) => new Date(WINDOW_START + d * 86_400_000).toISOString().slice(0, 10)),
  }));

const instantArb = fc.integer({ min: 0, max: WINDOW_DAYS * 1440 }).map((m) => WINDOW_START + m * 60_000);

function kefuCalendar(setup: Setup): Calendar {
  const week: Record<string, string[]> = {};
  setup.week.forEach((spans, i) => {
    if (spans.length > 0) week[KEYS[i]!] = spans.map(([a, b]) => `${hhmm(a)}-${hhmm(b)}`);
  });
  return createCalendar({ timeZone: 'UTC', week: week, holidays: setup.holidays, coveredYears: 'all', makeUpHours: ['09:00-17:00'] });
}

function configureMoment(setup: Setup): void {
  const workinghours: Record<number, string[] | null> = {};
  setup.week.forEach((spans, i) => {
    workinghours[i] = spans.length === 0 ? null : spans.flatMap(([a, b]) => [`${hhmm(a)}:00`, `${hhmm(b)}:00`]);
  });
  moment.updateLocale('en', { workinghours, holidays: [...setup.holidays] });
}

const m = (ms: number): BusinessMoment => moment.utc(ms) as BusinessMoment;

/** The spans of `ms`'s UTC day when it is a working day, as instants. */
function spansOfDay(setup: Setup, ms: number): [number, number][] {
  const date = new Date(ms).toISOString().slice(0, 10);
  if (setup.holidays.includes(date)) return [];
  const midnight = Date.parse(`${date}T00:00:00Z`);
  return setup.week[new Date(ms).getUTCDay()]!.map(([a, b]) => [midnight + a * 60_000, midnight + b * 60_000]);
}

describe('differential: kefu vs moment-business-time (zone-neutral, random setups)', () => {
  it('addBusinessTime agrees with addWorkingTime(n, "minutes")', () => {
    fc.assert(
      fc.property(setupArb, instantArb, fc.integer({ min: 1, max: 3000 }), (setup, start, minutes) => {
        configureMoment(setup);
        const cal = kefuCalendar(setup);
        const theirs = m(start).addWorkingTime(minutes, 'minutes').valueOf();
        expect(addBusinessTime(cal, start, { minutes }).getTime()).toBe(theirs);
      }),
      { numRuns: 300 },
    );
  });

  it('addWorkingDays agrees with addWorkingTime(n, "days")', () => {
    fc.assert(
      fc.property(setupArb, instantArb, fc.integer({ min: 0, max: 30 }), (setup, start, days) => {
        configureMoment(setup);
        const cal = kefuCalendar(setup);
        expect(addWorkingDays(cal, start, days).getTime()).toBe(m(start).addWorkingTime(days, 'days').valueOf());
      }),
      { numRuns: 200 },
    );
  });

  it('isWorkingTime and nextWorkingTime agree, except at a closing instant (moment counts it as open)', () => {
    fc.assert(
      fc.property(setupArb, instantArb, (setup, at) => {
        configureMoment(setup);
        const cal = kefuCalendar(setup);
        const atClose = spansOfDay(setup, at).some(([, end]) => end === at);
        expect(m(at).isWorkingTime()).toBe(isWorkingTime(cal, at) || atClose);
        if (!atClose) expect(nextWorkingTime(cal, at).getTime()).toBe(m(at).nextWorkingTime().valueOf());
      }),
      { numRuns: 300 },
    );
  });

  it('businessTimeBetween agrees with workingDiff, apart from moment’s over-count before a later span of the end day', () => {
    fc.assert(
      fc.property(setupArb, instantArb, fc.integer({ min: 0, max: 20 * 1440 }), (setup, a, minutes) => {
        configureMoment(setup);
        const cal = kefuCalendar(setup);
        const b = a + minutes * 60_000;
        const ours = businessTimeBetween(cal, a, b);
        const theirs = m(b).workingDiff(m(a), 'milliseconds');
        // moment walks every span of the end's day and adds (spanStart - end) for spans that start after the
        // end, whenever the end lies past that day's first opening (and the walk reaches that day).
        // (moment keeps a start or end that lies in a break between spans where it is: "ignoreBreaks".)
        const startSpans = spansOfDay(setup, a);
        const inStartDay = startSpans.length > 0 && startSpans[0]![0] <= a && a <= startSpans[startSpans.length - 1]![1];
        const from = inStartDay ? a : nextWorkingTime(cal, a).getTime();
        const endSpans = spansOfDay(setup, b);
        const firstOpen = endSpans[0]?.[0];
        const reached = firstOpen !== undefined && b > firstOpen && b <= endSpans[endSpans.length - 1]![1] && from < b;
        const overCount = reached ? endSpans.filter(([s]) => s > b).reduce((sum, [s]) => sum + (s - b), 0) : 0;
        expect(theirs + 0).toBe(ours - overCount);
        expect(businessTimeBetween(cal, b, a)).toBe(0 - ours);
      }),
      { numRuns: 300 },
    );
  });

  it('the over-count, concretely: 11:00 → 09:00 on an 08:00–12:00, 13:00–17:00 day', () => {
    const setup: Setup = {
      week: [
        [],
        [
          [480, 720],
          [780, 1020],
        ],
        [],
        [],
        [],
        [],
        [],
      ],
      holidays: [],
    };
    configureMoment(setup);
    const cal = kefuCalendar(setup);
    const nine = Date.UTC(2026, 2, 2, 9);
    const eleven = Date.UTC(2026, 2, 2, 11);
    expect(businessTimeBetween(cal, nine, eleven)).toBe(2 * 3_600_000);
    expect(m(eleven).workingDiff(m(nine), 'milliseconds') + 0).toBe(0); // moment: 2 h − (13:00 − 11:00)
  });
});
