import { describe, expect, it } from 'vitest';
import { createCallbackMachine, createCallMachine } from '../../src/classify/index.js';
import { INSTANT_PATTERN, instantMs, isInstantText, KefuError, parseInstant, parseTask, Timestamp } from '../../src/model/index.js';
import { alwaysOpenCalendar, dueAt, evaluateTask } from '../../src/sla/index.js';

/**
 * One table of instant texts, each with the epoch ms it names (`null`: rejected). Every entry point that
 * takes an instant — the model's schema and parseTask, the SLA functions, the call and callback machines —
 * must give the same verdict and, where it computes with the instant, the same epoch ms.
 */
const EIGHT_UTC = Date.UTC(2026, 8, 30, 8);
export const INSTANTS: readonly (readonly [text: string, ms: number | null])[] = [
  ['2026-09-30T16:00:00+08:00', EIGHT_UTC],
  ['2026-09-30T08:00:00Z', EIGHT_UTC],
  ['2026-09-30T16:00+08:00', EIGHT_UTC],
  ['2026-09-30T16:00:00+0800', EIGHT_UTC],
  ['2026-09-30T16:00+0800', EIGHT_UTC],
  ['2026-09-30t08:00:00z', EIGHT_UTC],
  ['2026-09-30 16:00:00+08:00', EIGHT_UTC],
  ['2026-09-30 08:00z', EIGHT_UTC],
  ['2026-09-30T02:30:00-05:30', EIGHT_UTC],
  ['2026-09-30T08:00:00.5Z', EIGHT_UTC + 500],
  ['2026-09-30T08:00:00.123Z', EIGHT_UTC + 123],
  // Digits past the millisecond are dropped, not rounded (as Date.parse does).
  ['2026-09-30T08:00:00.123999999Z', EIGHT_UTC + 123],
  ['2024-02-29T12:00:00+08:00', Date.UTC(2024, 1, 29, 4)],
  ['2026-12-31T23:59:59-14:00', Date.UTC(2027, 0, 1, 13, 59, 59)],
  // Rejected: no offset, a date alone, impossible dates and times, other notations.
  ['2026-09-30T16:00:00', null],
  ['2026-09-30', null],
  ['2026-02-30T16:00:00+08:00', null],
  ['2025-02-29T12:00:00Z', null],
  ['2026-09-30T24:00:00Z', null],
  ['2026-09-30T16:00:60Z', null],
  ['2026-09-30T16:60:00Z', null],
  ['2026-09-30T16:00:00+08', null],
  ['2026-09-30T16:00:00+24:00', null],
  ['2026-09-30T16:00:00.1234567891Z', null],
  ['2026-09-30T16:00:00,5Z', null],
  ['2026-09-30T16:00.5Z', null],
  ['2026-09-30  16:00Z', null],
  ['20260930T160000Z', null],
  [' 2026-09-30T16:00:00Z', null],
  ['2026-09-30T16:00:00Z ', null],
  ['Wed, 30 Sep 2026 08:00:00 GMT', null],
  ['', null],
];

const iso = (ms: number): string => new Date(ms).toISOString();
const calendar = alwaysOpenCalendar('Asia/Shanghai');
const ZERO = { duration: { minutes: 0 }, clock: 'calendar', counting: 'elapsed' } as const;
const POLICY = {
  id: 'demo-hotline/reply',
  name: 'Reply',
  targets: [{ id: 'reply', startOn: 'created', stopOn: 'replied', limit: { duration: { hours: 1 }, clock: 'calendar', counting: 'elapsed' } }],
} as const;

/** What each entry point makes of a text: `null` when it rejects it, else the epoch ms it computed with. */
const ENTRY_POINTS: Readonly<Record<string, (text: string, expected: number | null) => number | null>> = {
  'model parseInstant': (text) => {
    try {
      return parseInstant(text);
    } catch {
      return null;
    }
  },
  'model instantMs': (text) => instantMs(text) ?? null,
  'model isInstantText': (text, expected) => (isInstantText(text) ? (expected ?? Number.NaN) : null),
  'model Timestamp schema': (text, expected) => (Timestamp.safeParse(text).success ? (expected ?? Number.NaN) : null),
  'model parseTask (createdAt)': (text) => {
    try {
      const task = parseTask({ id: 'T-1', kind: 'repair', createdAt: text, timeline: [{ type: 'created', at: text }] });
      // The schema keeps the text; its instant is what the SLA evaluator reads from the parsed task.
      return evaluateTask(task, POLICY, { now: task.createdAt, calendar }).targets[0]?.startedAt?.getTime() ?? Number.NaN;
    } catch {
      return null;
    }
  },
  'sla dueAt (start)': (text) => {
    try {
      return dueAt(calendar, text, ZERO).at.getTime();
    } catch {
      return null;
    }
  },
  'sla evaluateTask (now and createdAt)': (text) => {
    try {
      return evaluateTask({ id: 'T-1', kind: 'repair', createdAt: text }, POLICY, { now: text, calendar }).now.getTime();
    } catch {
      return null;
    }
  },
  'classify call machine (ring, then the order of the next event)': (text) => {
    const machine = createCallMachine();
    const rung = machine.transition(machine.initial(), { type: 'ring', at: text });
    if (!rung.ok) return null;
    // The machine compares instants: the same instant one ms earlier must be refused, one ms later taken.
    const ms = parseInstant(text);
    const early = machine.transition(rung.state, { type: 'answer', at: iso(ms - 1) });
    const late = machine.transition(rung.state, { type: 'answer', at: iso(ms + 1) });
    return !early.ok && early.error.code === 'invalid_timeline' && late.ok ? ms : Number.NaN;
  },
  'classify callback machine (dial)': (text, expected) => {
    const machine = createCallbackMachine();
    return machine.transition(machine.initial(), { type: 'dial', at: text }).ok ? (expected ?? Number.NaN) : null;
  },
};

describe('one instant syntax across model, sla and the machines', () => {
  for (const [entry, read] of Object.entries(ENTRY_POINTS)) {
    it(`${entry}: same verdict and epoch ms as the table`, () => {
      const got = INSTANTS.map(([text, expected]) => [text, read(text, expected)]);
      expect(got).toEqual(INSTANTS.map(([text, expected]) => [text, expected]));
    });
  }
});

describe('parseInstant', () => {
  it('names the field and the value it refuses', () => {
    expect(() => parseInstant('2026-02-30T16:00:00+08:00', ['timeline', 2, 'at'])).toThrow(KefuError);
    try {
      parseInstant('2026-09-30T16:00:00', 'createdAt');
    } catch (error) {
      expect(error).toBeInstanceOf(KefuError);
      if (!(error instanceof KefuError)) return;
      expect(error.code).toBe('invalid_input');
      expect(error.issues).toEqual([{ path: ['createdAt'], message: 'is not an ISO 8601 date-time with an offset, e.g. 2026-09-30T16:00:00+08:00', value: '2026-09-30T16:00:00' }]);
    }
  });

  it('INSTANT_PATTERN (the JSON Schema pattern) agrees with the reader, except that it cannot see impossible dates', () => {
    const impossible = ['2026-02-30T16:00:00+08:00', '2025-02-29T12:00:00Z'];
    for (const [text, ms] of INSTANTS) expect([text, INSTANT_PATTERN.test(text)]).toEqual([text, ms !== null || impossible.includes(text)]);
  });

  it('refuses what is not text', () => {
    expect(instantMs(Date.UTC(2026, 8, 30))).toBeUndefined();
    expect(() => parseInstant(new Date(0))).toThrow('instant is not an ISO 8601 date-time with an offset');
  });

  it('reads years before 100 as written, and the last second of 9999', () => {
    expect(parseInstant('0099-12-31T23:59:59Z')).toBe(-59011459201000);
    expect(parseInstant('9999-12-31T23:59:59.999Z')).toBe(253402300799999);
  });

  it('the Timestamp schema keeps the text as written and reports one issue', () => {
    expect(Timestamp.parse('2026-09-30 16:00+0800')).toBe('2026-09-30 16:00+0800');
    expect(Timestamp.safeParse('2026-02-30T16:00:00+08:00').error?.issues.map((i) => i.message)).toEqual([
      'expected an ISO 8601 date-time with an offset, e.g. 2026-09-30T16:00:00+08:00',
    ]);
    expect(Timestamp.safeParse('tomorrow').error?.issues.map((i) => i.message)).toEqual(['expected an ISO 8601 date-time with an offset, e.g. 2026-09-30T16:00:00+08:00']);
  });
});
