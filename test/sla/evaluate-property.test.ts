import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TaskEventType } from '../../src/model/enums.js';
import { alwaysOpenCalendar, businessTimeBetween, cnHolidays, createCalendar, evaluateTask, type Calendar, type Limit, type SlaPolicy, type SlaTask } from '../../src/sla/index.js';

const MIN = 60_000;
const OFFICE = ['08:30-12:00', '13:00-17:30'];
const office = createCalendar({ week: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE }, holidayData: cnHolidays });
const open = alwaysOpenCalendar();
const FROM = Date.parse('2026-01-01T00:00:00Z');
// Late enough in 2026 that every deadline and `now` stays inside the holiday data (2020–2026).
const TO = Date.parse('2026-10-15T00:00:00Z');

/** An ISO instant written with a fixed offset of `minutes` (e.g. +480 → `+08:00`). */
function isoWithOffset(ms: number, minutes: number): string {
  if (minutes === 0) return new Date(ms).toISOString();
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${new Date(ms + minutes * MIN).toISOString().slice(0, 23)}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const limitArb: fc.Arbitrary<Limit> = fc.oneof(
  fc.integer({ min: 1, max: 96 }).map((hours) => ({ duration: { hours }, clock: 'calendar' as const, counting: 'elapsed' as const })),
  fc.integer({ min: 1, max: 600 }).map((minutes) => ({ duration: { minutes }, clock: 'business' as const, counting: 'elapsed' as const })),
  fc.integer({ min: 1, max: 5 }).map((workingDays) => ({ duration: { workingDays }, clock: 'business' as const, counting: 'elapsed' as const })),
  fc.integer({ min: 1, max: 10 }).map((days) => ({ duration: { days }, clock: 'calendar' as const, counting: 'civil-code' as const })),
  fc.integer({ min: 1, max: 5 }).map((days) => ({ duration: { days }, clock: 'business' as const, counting: 'civil-code' as const })),
);

const EVENTS: TaskEventType[] = ['acknowledged', 'paused', 'resumed', 'paused', 'resumed', 'dispatched', 'resolved'];
const scenarioArb = fc.record({
  created: fc.integer({ min: FROM, max: TO }),
  steps: fc.array(fc.record({ type: fc.constantFrom(...EVENTS), gap: fc.integer({ min: 0, max: 3 * 24 * 60 }) }), { maxLength: 8 }),
  after: fc.integer({ min: 0, max: 20 * 24 * 60 }),
  limit: limitArb,
  share: fc.double({ min: 0.05, max: 1, noNaN: true }),
  offset: fc.constantFrom(0, 480, -300, 330),
  business: fc.boolean(),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario, offset = s.offset): { task: SlaTask; policy: SlaPolicy; now: string; calendar: Calendar } {
  let at = s.created;
  const timeline = s.steps.map(({ type, gap }) => {
    at += gap * MIN;
    return { type, at: isoWithOffset(at, offset) };
  });
  const policy: SlaPolicy = {
    id: 'p',
    name: 'p',
    appliesTo: {},
    targets: [{ id: 't', startOn: 'created', stopOn: 'resolved', limit: s.limit, warnings: [{ share: s.share }, { left: { minutes: 30 } }] }],
  };
  return {
    task: { id: 'T', kind: 'repair', createdAt: isoWithOffset(s.created, offset), timeline },
    policy,
    now: isoWithOffset(at + s.after * MIN, offset),
    calendar: s.business || s.limit.clock === 'business' ? office : open,
  };
}

describe('evaluateTask properties', () => {
  it('never throws on a valid timeline, and elapsed + remaining = limit', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { task, policy, now, calendar } = build(s);
        const [t] = evaluateTask(task, policy, { now, calendar }).targets;
        expect(t!.elapsedMs + t!.remainingMs!).toBe(t!.limitMs);
        expect(t!.elapsedMs).toBeGreaterThanOrEqual(0);
        expect(t!.pausedMs).toBeGreaterThanOrEqual(0);
        const stopped = t!.stoppedAt !== null;
        const over = t!.remainingMs! < 0;
        expect(t!.state === 'breached').toBe(!stopped && over);
        expect(t!.state === 'met-late').toBe(stopped && over);
        expect(t!.state === 'met').toBe(stopped && !over);
        expect(t!.breachedAt === null).toBe(!over);
        if (t!.state === 'running' || t!.state === 'at-risk' || t!.state === 'paused') expect(t!.remainingMs).toBeGreaterThanOrEqual(0);
        if (t!.state === 'running') expect(t!.warnings.every((w) => !w.fired)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('while running, the deadline is the start plus the limit plus the paused time, on the target’s clock', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { task, policy, now, calendar } = build(s);
        const [t] = evaluateTask(task, policy, { now, calendar }).targets;
        if (t!.state !== 'running' && t!.state !== 'at-risk') return;
        const used = t!.clock === 'calendar' ? t!.dueAt!.getTime() - t!.startedAt!.getTime() : businessTimeBetween(calendar, t!.startedAt!, t!.dueAt!);
        expect(used).toBe(t!.limitMs! + t!.pausedMs);
      }),
      { numRuns: 400 },
    );
  });

  it('the same instants written with other offsets give the same result', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(0, 480, -300, 330), (s, other) => {
        const a = build(s);
        const b = build(s, other);
        expect(evaluateTask(b.task, b.policy, { now: b.now, calendar: b.calendar })).toEqual(evaluateTask(a.task, a.policy, { now: a.now, calendar: a.calendar }));
      }),
      { numRuns: 150 },
    );
  });

  it('a longer limit never gives an earlier deadline', () => {
    const pair = fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 100 })).map(([a, d]) => [
        { duration: { hours: a }, clock: 'business', counting: 'elapsed' },
        { duration: { hours: a + d }, clock: 'business', counting: 'elapsed' },
      ]),
      fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 20 })).map(([a, d]) => [
        { duration: { workingDays: a }, clock: 'business', counting: 'elapsed' },
        { duration: { workingDays: a + d }, clock: 'business', counting: 'elapsed' },
      ]),
      fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 20 })).map(([a, d]) => [
        { duration: { days: a }, clock: 'calendar', counting: 'civil-code' },
        { duration: { days: a + d }, clock: 'calendar', counting: 'civil-code' },
      ]),
    ) as fc.Arbitrary<[Limit, Limit]>;
    fc.assert(
      fc.property(fc.integer({ min: FROM, max: Date.parse('2026-09-01T00:00:00Z') }), pair, (created, [short, long]) => {
        const due = (limit: Limit) =>
          evaluateTask(
            { id: 'T', kind: 'complaint', createdAt: new Date(created).toISOString() },
            { id: 'p', name: 'p', targets: [{ id: 't', startOn: 'created', stopOn: 'resolved', limit }] },
            { now: created, calendar: office },
          ).targets[0]!.dueAt!.getTime();
        expect(due(long)).toBeGreaterThanOrEqual(due(short));
      }),
      { numRuns: 300 },
    );
  });
});
