import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { KefuError } from '../../src/model/error.js';
import { addBusinessTime, cnHolidays, createCalendar, dueAt, isWorkingDay, isWorkingTime, type CalendarDefinition, type HolidayYear } from '../../src/sla/index.js';

const require = createRequire(import.meta.url);
const chineseDaysDir = join(dirname(require.resolve('chinese-days/package.json')), 'dist', 'years');

/** The chinese-days data file of one year: days off (holidays incl. weekends inside a break) and make-up working days. */
function chineseDaysYear(year: number): { holidays: Set<string>; workdays: Set<string> } {
  const data = JSON.parse(readFileSync(join(chineseDaysDir, `${year}.json`), 'utf8')) as {
    holidays: Record<string, string>;
    workdays: Record<string, string>;
  };
  return { holidays: new Set(Object.keys(data.holidays)), workdays: new Set(Object.keys(data.workdays)) };
}

const office = ['09:00-17:00'];
const weekdays: CalendarDefinition['week'] = { mon: office, tue: office, wed: office, thu: office, fri: office };
const cal = createCalendar({ week: weekdays, holidayData: cnHolidays });

function* daysOf(year: number): Generator<{ iso: string; weekday: number }> {
  for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += 86_400_000) {
    const d = new Date(ms);
    yield { iso: d.toISOString().slice(0, 10), weekday: d.getUTCDay() };
  }
}

describe('cnHolidays — the State Council schedule 2020–2026', () => {
  it('ships exactly the years 2020 through 2026, each citing its 国务院办公厅 notice', () => {
    expect(cnHolidays.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const y of cnHolidays) {
      expect(y.notices.length).toBeGreaterThan(0);
      expect(y.notices[0]!.title).toBe(`国务院办公厅关于${y.year}年部分节假日安排的通知`);
      expect(y.notices[0]!.number).toMatch(new RegExp(`^国办发明电〔${y.year - 1}〕\\d+号$`));
      expect(y.notices[0]!.issued.startsWith(String(y.year - 1))).toBe(true);
    }
    expect(cnHolidays.find((y) => y.year === 2026)!.notices[0]!.number).toBe('国办发明电〔2025〕7号');
    expect(cnHolidays.find((y) => y.year === 2020)!.notices[1]!.title).toBe('国务院办公厅关于延长2020年春节假期的通知');
  });

  it.each(cnHolidays.map((y) => y.year))('%i agrees day by day with the chinese-days data files', (year) => {
    const reference = chineseDaysYear(year);
    const mismatches: string[] = [];
    for (const { iso, weekday } of daysOf(year)) {
      const weekend = weekday === 0 || weekday === 6;
      const referenceWorking = reference.workdays.has(iso) || (!weekend && !reference.holidays.has(iso));
      if (isWorkingDay(cal, iso) !== referenceWorking) mismatches.push(iso);
    }
    expect(mismatches).toEqual([]);
    const ours = cnHolidays.find((y) => y.year === year)!;
    expect(new Set(ours.workdays)).toEqual(reference.workdays);
  });

  it('2026 National Day: Oct 1–7 off, Sun Sep 20 and Sat Oct 10 worked (调休上班)', () => {
    expect(['2026-09-20', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10'].map((d) => isWorkingDay(cal, d))).toEqual([true, true, true, true, true]);
    for (let day = 1; day <= 7; day++) expect(isWorkingDay(cal, `2026-10-0${day}`)).toBe(false);
    expect(isWorkingDay(cal, '2026-10-11')).toBe(false); // an ordinary Sunday
  });

  it('2026 Spring Festival: Feb 15–23 off, Sat Feb 14 and Sat Feb 28 worked', () => {
    expect(isWorkingDay(cal, '2026-02-13')).toBe(true);
    expect(isWorkingDay(cal, '2026-02-14')).toBe(true);
    for (let day = 15; day <= 23; day++) expect(isWorkingDay(cal, `2026-02-${day}`)).toBe(false);
    expect(isWorkingDay(cal, '2026-02-24')).toBe(true);
    expect(isWorkingDay(cal, '2026-02-28')).toBe(true);
    expect(isWorkingTime(cal, '2026-02-14T10:00:00+08:00')).toBe(true);
    // 8 working hours from Friday 13 Feb 16:00: 1 h Fri, 7 h on the make-up Saturday (09:00–16:00)
    expect(addBusinessTime(cal, '2026-02-13T16:00:00+08:00', { hours: 8 }).toISOString()).toBe('2026-02-14T08:00:00.000Z');
    // 9 h: the Saturday ends at 17:00, the next hour comes after the festival on Tue 24 Feb
    expect(addBusinessTime(cal, '2026-02-13T16:00:00+08:00', { hours: 9 }).toISOString()).toBe('2026-02-14T09:00:00.000Z');
    expect(addBusinessTime(cal, '2026-02-13T16:00:00+08:00', { hours: 10 }).toISOString()).toBe('2026-02-24T02:00:00.000Z');
  });

  it('2020: the Spring Festival extension (国办发明电〔2020〕1号) made Sat Feb 1 a day off again', () => {
    expect(isWorkingDay(cal, '2020-01-19')).toBe(true);
    expect(isWorkingDay(cal, '2020-02-01')).toBe(false);
    expect(isWorkingDay(cal, '2020-02-03')).toBe(true);
  });

  it('2023: the New Year break started in 2022 (Dec 31) and is carried by the 2023 notice', () => {
    expect(isWorkingDay(cal, '2023-01-02')).toBe(false);
    expect(cnHolidays.find((y) => y.year === 2023)!.off[0]).toBe('2022-12-31/2023-01-02');
  });

  it('a year without data is never treated as ordinary: unknown_year by default', () => {
    let error: unknown;
    try {
      isWorkingDay(cal, '2027-01-04');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KefuError);
    expect((error as KefuError).code).toBe('unknown_year');
    expect((error as KefuError).message).toContain('2027');
    expect(() => isWorkingDay(cal, '2019-12-31')).toThrow(/2019/);
  });

  it("unknownYear: 'flag' computes with the weekly hours and reports it from dueAt", () => {
    const flagging = createCalendar({ week: weekdays, holidayData: cnHolidays, unknownYear: 'flag' });
    expect(isWorkingDay(flagging, '2027-01-04')).toBe(true);
    const inData = dueAt(flagging, '2026-12-01T10:00:00+08:00', { duration: { workingDays: 2 }, clock: 'business', counting: 'elapsed' });
    expect(inData).toEqual({ at: new Date('2026-12-03T10:00:00+08:00'), unknownYear: false });
    const across = dueAt(flagging, '2026-12-31T10:00:00+08:00', { duration: { workingDays: 2 }, clock: 'business', counting: 'elapsed' });
    expect(across).toEqual({ at: new Date('2027-01-04T10:00:00+08:00'), unknownYear: true });
    // A wall-time limit does not depend on holidays, so it is never flagged.
    const wall = dueAt(flagging, '2027-03-01T10:00:00+08:00', { duration: { hours: 24 }, clock: 'calendar', counting: 'elapsed' });
    expect(wall.unknownYear).toBe(false);
  });

  it('hosts add a year, or replace one, without a new release (later entry wins)', () => {
    const y2027: HolidayYear = {
      year: 2027,
      notices: [{ number: 'test', title: 'a host-supplied schedule', issued: '2026-11-01' }],
      off: ['2027-01-01'],
      workdays: ['2027-01-02'],
    };
    const extended = createCalendar({ week: weekdays, holidayData: [...cnHolidays, y2027] });
    expect(isWorkingDay(extended, '2027-01-01')).toBe(false);
    expect(isWorkingDay(extended, '2027-01-02')).toBe(true);
    const replaced = createCalendar({ week: weekdays, holidayData: [...cnHolidays, { year: 2026, notices: [], off: [], workdays: [] }] });
    expect(isWorkingDay(replaced, '2026-10-02')).toBe(true);
    expect(isWorkingDay(replaced, '2026-09-20')).toBe(false);
    expect(cnHolidays.find((y) => y.year === 2026)!.off.length).toBe(7); // nothing mutated
  });

  it("a centre abroad opts out with coveredYears: 'all' (no statutory data at all)", () => {
    const abroad = createCalendar({ timeZone: 'Europe/London', week: weekdays, coveredYears: 'all' });
    expect(isWorkingDay(abroad, '2026-10-01')).toBe(true);
    expect(isWorkingDay(abroad, '2040-06-01')).toBe(true);
    const noData = createCalendar({ week: weekdays });
    expect(() => isWorkingDay(noData, '2026-10-01')).toThrow(KefuError);
    const listed = createCalendar({ week: weekdays, coveredYears: [2026] });
    expect(isWorkingDay(listed, '2026-10-01')).toBe(true);
    expect(() => isWorkingDay(listed, '2027-10-01')).toThrow(/2027/);
  });

  it('holidayData errors name the field and value', () => {
    expect(() => createCalendar({ week: weekdays, holidayData: [{ year: 2027, notices: [], off: ['2027-02-30'], workdays: [] }] })).toThrow(
      /holidayData\[2027\]\.off\[0\][\s\S]*2027-02-30/,
    );
    expect(() => createCalendar({ week: weekdays, holidayData: [{ year: 2027, notices: [], off: ['2027-01-01'], workdays: ['2027-01-01'] }] })).toThrow(
      /workdays[\s\S]*2027-01-01/,
    );
    expect(() => createCalendar({ week: weekdays, holidayData: [{ year: 27.5, notices: [], off: [], workdays: [] }] })).toThrow(/holidayData\[0\]\.year[\s\S]*27\.5/);
  });

  it('the 2020–2026 data is at most 2 KB min+gzip', async () => {
    const result = await build({
      stdin: { contents: "export { cnHolidays } from './src/sla/holidays-cn.ts';", resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const size = gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(2048);
  });
});
