import { describe, expect, it } from 'vitest';
import { KefuError, type KefuErrorCode } from '../../src/model/error.js';
import type { TaskEventType } from '../../src/model/enums.js';
import { alwaysOpenCalendar, cnHolidays, createCalendar, evaluateTask, evaluateTaskWith, type SlaPolicy, type SlaTask, type TargetEvaluation } from '../../src/sla/index.js';

const H = 3_600_000;
const M = 60_000;
const open = alwaysOpenCalendar();
const OFFICE = ['08:30-17:30'];
const office = createCalendar({ week: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE }, holidayData: cnHolidays });

/** rule: HOT-SLA-1 — handle within 6 h, repair within 24 h, round the clock. */
const repairPolicy: SlaPolicy = {
  id: 'gas-hotline/repair',
  name: 'Fault repair',
  appliesTo: { kinds: ['repair', 'emergency'] },
  targets: [
    {
      id: 'handle',
      startOn: 'created',
      stopOn: ['work-started', 'resolved'],
      limit: { duration: { hours: 6 }, clock: 'calendar', counting: 'elapsed' },
      source: { rule: 'HOT-SLA-1', text: '一般故障原则上在6小时内处理' },
    },
    {
      id: 'repair',
      startOn: 'created',
      stopOn: 'resolved',
      limit: { duration: { hours: 24 }, clock: 'calendar', counting: 'elapsed' },
      warnings: [{ share: 0.8 }, { left: { hours: 1 } }],
    },
  ],
};

const task = (createdAt: string, timeline: [TaskEventType, string][] = [], extra: Partial<SlaTask> = {}): SlaTask => ({
  id: 'T-1',
  kind: 'repair',
  createdAt,
  timeline: timeline.map(([type, at]) => ({ type, at })),
  ...extra,
});

const target = (t: SlaTask, now: string, id: string, policy: SlaPolicy = repairPolicy, calendar = open): TargetEvaluation =>
  evaluateTask(t, policy, { now, calendar }).targets.find((x) => x.targetId === id)!;

function expectKefuError(run: () => unknown, code: KefuErrorCode, ...fragments: string[]): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(KefuError);
  expect((caught as KefuError).code).toBe(code);
  for (const f of fragments) expect((caught as KefuError).message).toContain(f);
}

describe('evaluateTask — state transitions (rule: HOT-SLA-1)', () => {
  const created = '2026-09-30T16:00:00+08:00';

  it('running right after the report, with the 6 h and 24 h deadlines', () => {
    const result = evaluateTask(task(created), repairPolicy, { now: created, calendar: open });
    expect(result.policyId).toBe('gas-hotline/repair');
    expect(result.priority).toBe('normal');
    const [handle, repair] = result.targets;
    expect(handle).toMatchObject({ state: 'running', elapsedMs: 0, remainingMs: 6 * H, limitMs: 6 * H, shareUsed: 0, rule: 'HOT-SLA-1' });
    expect(handle!.dueAt!.toISOString()).toBe('2026-09-30T14:00:00.000Z');
    expect(repair!.dueAt!.toISOString()).toBe('2026-10-01T08:00:00.000Z');
  });

  it('at-risk once 80% of the limit is used (4 h 48 min of 6 h)', () => {
    expect(target(task(created), '2026-09-30T20:47:59+08:00', 'handle').state).toBe('running');
    const atRisk = target(task(created), '2026-09-30T20:48:00+08:00', 'handle');
    expect(atRisk.state).toBe('at-risk');
    expect(atRisk.warnings[0]).toEqual({ threshold: { share: 0.8 }, at: new Date('2026-09-30T12:48:00.000Z'), fired: true });
  });

  it('breached past the deadline, remaining going negative (as Jira reports it)', () => {
    const breached = target(task(created), '2026-09-30T23:30:00+08:00', 'handle');
    expect(breached).toMatchObject({ state: 'breached', elapsedMs: 7.5 * H, remainingMs: -1.5 * H, shareUsed: 1.25 });
    expect(breached.breachedAt!.toISOString()).toBe('2026-09-30T14:00:00.000Z');
    expect(breached.stoppedAt).toBeNull();
  });

  it('exactly at the deadline is not yet breached', () => {
    expect(target(task(created), '2026-09-30T22:00:00+08:00', 'handle')).toMatchObject({ state: 'at-risk', remainingMs: 0 });
  });

  it('met when work starts in time; met-late when it starts after the deadline', () => {
    const met = target(task(created, [['work-started', '2026-09-30T21:00:00+08:00']]), '2026-10-01T09:00:00+08:00', 'handle');
    expect(met).toMatchObject({ state: 'met', elapsedMs: 5 * H, remainingMs: H, breachedAt: null });
    expect(met.stoppedAt!.toISOString()).toBe('2026-09-30T13:00:00.000Z');
    const late = target(task(created, [['work-started', '2026-09-30T22:30:00+08:00']]), '2026-10-01T09:00:00+08:00', 'handle');
    expect(late).toMatchObject({ state: 'met-late', elapsedMs: 6.5 * H, remainingMs: -0.5 * H });
    expect(late.breachedAt!.toISOString()).toBe('2026-09-30T14:00:00.000Z');
  });

  it('a stop exactly at the deadline is met', () => {
    expect(target(task(created, [['work-started', '2026-09-30T22:00:00+08:00']]), '2026-10-01T09:00:00+08:00', 'handle').state).toBe('met');
  });

  it('any of several stop events stops the clock (resolved before any work-started)', () => {
    expect(target(task(created, [['resolved', '2026-09-30T18:00:00+08:00']]), '2026-10-01T09:00:00+08:00', 'handle')).toMatchObject({ state: 'met', elapsedMs: 2 * H });
  });

  it('events after now are not yet known', () => {
    const t = task(created, [['work-started', '2026-09-30T21:00:00+08:00']]);
    expect(target(t, '2026-09-30T20:00:00+08:00', 'handle')).toMatchObject({ state: 'running', elapsedMs: 4 * H, stoppedAt: null });
  });

  it('warnings at a share and at time left each report their instant', () => {
    const repair = target(task(created), '2026-10-01T12:00:00+08:00', 'repair');
    expect(repair.state).toBe('at-risk');
    expect(repair.warnings.map((w) => [w.at?.toISOString(), w.fired])).toEqual([
      ['2026-10-01T03:12:00.000Z', true], // 19.2 h after 16:00 → 11:12 local
      ['2026-10-01T07:00:00.000Z', false], // 1 h left → 15:00 local, projected
    ]);
  });

  it('a warning the target stopped before never fires and has no instant', () => {
    const repair = target(task(created, [['resolved', '2026-09-30T20:00:00+08:00']]), '2026-10-01T12:00:00+08:00', 'repair');
    expect(repair.warnings.map((w) => [w.at, w.fired])).toEqual([
      [null, false],
      [null, false],
    ]);
  });
});

describe('evaluateTask — pauses', () => {
  const created = '2026-09-30T10:00:00+08:00';

  it('paused while waiting; the deadline moves by the paused time (rule: HOT-SLA-1, 24/7 clock)', () => {
    const t = task(created, [
      ['paused', '2026-09-30T12:00:00+08:00'],
      ['resumed', '2026-09-30T15:00:00+08:00'],
    ]);
    const during = target(t, '2026-09-30T13:00:00+08:00', 'repair');
    expect(during).toMatchObject({ state: 'paused', elapsedMs: 2 * H, pausedMs: H });
    // projected as if the clock resumed now: 22 h left from 13:00
    expect(during.dueAt!.toISOString()).toBe('2026-10-01T03:00:00.000Z');
    const after = target(t, '2026-09-30T16:00:00+08:00', 'repair');
    expect(after).toMatchObject({ state: 'running', elapsedMs: 3 * H, pausedMs: 3 * H, remainingMs: 21 * H });
    expect(after.dueAt!.toISOString()).toBe('2026-10-01T05:00:00.000Z'); // 13:00 local next day
  });

  it('a breach before the pause stays a breach while paused', () => {
    const t = task(created, [['paused', '2026-09-30T17:00:00+08:00']]);
    expect(target(t, '2026-09-30T20:00:00+08:00', 'handle')).toMatchObject({ state: 'breached', elapsedMs: 7 * H, pausedMs: 3 * H });
  });

  it('the deadline reached inside a later run is found there', () => {
    const t = task(created, [
      ['paused', '2026-09-30T11:00:00+08:00'],
      ['resumed', '2026-09-30T13:00:00+08:00'],
      ['paused', '2026-09-30T20:00:00+08:00'],
    ]);
    const handle = target(t, '2026-09-30T21:00:00+08:00', 'handle');
    expect(handle.state).toBe('breached');
    expect(handle.dueAt!.toISOString()).toBe('2026-09-30T10:00:00.000Z'); // 1 h + 5 h → 18:00 local
    expect(handle.breachedAt).toEqual(handle.dueAt);
  });

  it('a stop while paused ends the pause', () => {
    const t = task(created, [
      ['paused', '2026-09-30T11:00:00+08:00'],
      ['resolved', '2026-09-30T12:00:00+08:00'],
    ]);
    expect(target(t, '2026-09-30T18:00:00+08:00', 'repair')).toMatchObject({ state: 'met', elapsedMs: H, pausedMs: H });
  });

  it('pauseOn: [] makes a target unpausable', () => {
    const policy: SlaPolicy = { ...repairPolicy, targets: [{ ...repairPolicy.targets[0]!, pauseOn: [] }] };
    const t = task(created, [['paused', '2026-09-30T11:00:00+08:00']]);
    expect(target(t, '2026-09-30T12:00:00+08:00', 'handle', policy)).toMatchObject({ state: 'running', elapsedMs: 2 * H, pausedMs: 0 });
  });

  it('on the business clock the paused time counted is working time (rule: PM-SLA-2, 2026 Mid-Autumn)', () => {
    const policy: SlaPolicy = {
      id: 'pm/complaint',
      name: 'General complaint',
      appliesTo: { kinds: ['complaint'] },
      targets: [{ id: 'fix', startOn: 'created', stopOn: 'resolved', limit: { duration: { workingDays: 3 }, clock: 'business', counting: 'elapsed' } }],
    };
    // Mon 21 Sep 09:30 + 3 working days = Thu 24 09:30 (27 working hours); paused Mon 10:30 → Tue 10:30 = 9 working hours.
    const t = task(
      '2026-09-21T09:30:00+08:00',
      [
        ['paused', '2026-09-21T10:30:00+08:00'],
        ['resumed', '2026-09-22T10:30:00+08:00'],
      ],
      { kind: 'complaint' },
    );
    const fix = target(t, '2026-09-22T11:30:00+08:00', 'fix', policy, office);
    expect(fix).toMatchObject({ state: 'running', limitMs: 27 * H, elapsedMs: 2 * H, pausedMs: 9 * H, remainingMs: 25 * H });
    // 26 h left at 10:30 Tue: Tue 7 h, Wed 9 h, Thu 9 h, Fri 25–Sun 27 off (中秋), Mon 28 08:30 + 1 h.
    expect(fix.dueAt!.toISOString()).toBe('2026-09-28T01:30:00.000Z');
  });
});

describe('evaluateTask — business clock and limits from the task', () => {
  const labour: SlaPolicy = {
    id: 'auto/repair',
    name: 'Repair order',
    appliesTo: { kinds: ['repair'] },
    targets: [{ id: 'labour', startOn: 'work-started', stopOn: 'resolved', limit: { from: 'estimatedMinutes', clock: 'calendar' } }],
  };

  it('not-started until its start event; then limited by estimatedMinutes (rule: AUTO-SLA-3)', () => {
    const t = task('2026-09-30T09:00:00+08:00', [['work-started', '2026-09-30T09:30:00+08:00']], { estimatedMinutes: 90 });
    expect(target(t, '2026-09-30T09:20:00+08:00', 'labour', labour)).toMatchObject({
      state: 'not-started',
      startedAt: null,
      dueAt: null,
      limitMs: null,
      remainingMs: null,
      shareUsed: null,
      elapsedMs: 0,
    });
    const running = target(t, '2026-09-30T10:00:00+08:00', 'labour', labour);
    expect(running).toMatchObject({ state: 'running', limitMs: 90 * M, elapsedMs: 30 * M });
    expect(running.dueAt!.toISOString()).toBe('2026-09-30T03:00:00.000Z');
  });

  it('blue stamp within the labour time, red stamp over it (rule: AUTO-SLA-3)', () => {
    const at = (resolved: string) =>
      target(
        task(
          '2026-09-30T09:00:00+08:00',
          [
            ['work-started', '2026-09-30T09:30:00+08:00'],
            ['resolved', resolved],
          ],
          { estimatedMinutes: 90 },
        ),
        '2026-09-30T18:00:00+08:00',
        'labour',
        labour,
      ).state;
    expect(at('2026-09-30T11:00:00+08:00')).toBe('met');
    expect(at('2026-09-30T11:00:01+08:00')).toBe('met-late');
  });

  it('a missing estimatedMinutes is an error naming the field', () => {
    const t = task('2026-09-30T09:00:00+08:00', [['work-started', '2026-09-30T09:30:00+08:00']]);
    expectKefuError(() => evaluateTask(t, labour, { now: '2026-09-30T10:00:00+08:00', calendar: open }), 'invalid_input', 'estimatedMinutes', 'undefined');
  });

  it('requestedBy is the deadline itself (rule: SUP-SLA-1)', () => {
    const onSite: SlaPolicy = {
      id: 'support/on-site',
      name: 'On site',
      appliesTo: { kinds: ['on-site'] },
      targets: [{ id: 'arrival', startOn: 'created', stopOn: 'arrived', limit: { from: 'requestedBy', clock: 'calendar' } }],
    };
    const t = task('2026-09-30T09:00:00+08:00', [['arrived', '2026-09-30T13:55:00+08:00']], { kind: 'on-site', requestedBy: '2026-09-30T14:00:00+08:00' });
    const arrival = target(t, '2026-09-30T15:00:00+08:00', 'arrival', onSite);
    expect(arrival).toMatchObject({ state: 'met', limitMs: 5 * H, elapsedMs: 4 * H + 55 * M });
    expect(arrival.dueAt!.toISOString()).toBe('2026-09-30T06:00:00.000Z');
    const early = task('2026-09-30T09:00:00+08:00', [], { kind: 'on-site', requestedBy: '2026-09-30T08:00:00+08:00' });
    expectKefuError(() => evaluateTask(early, onSite, { now: '2026-09-30T10:00:00+08:00', calendar: open }), 'invalid_timeline', 'requestedBy', '2026-09-30T08:00:00+08:00');
  });

  it('on the business clock a stop after closing on the due day, with no working time past the deadline, is met', () => {
    const major: SlaPolicy = {
      id: 'pm/major',
      name: 'Major complaint',
      appliesTo: { kinds: ['complaint'] },
      targets: [{ id: 'fix', startOn: 'created', stopOn: 'resolved', limit: { duration: { workingDays: 1 }, clock: 'business', counting: 'elapsed' } }],
    };
    // Fri 18 Sep 19:00, after hours → the close of the next working day, Sunday 20 Sep (调休上班) 17:30.
    const t = (resolved: string) => task('2026-09-18T19:00:00+08:00', [['resolved', resolved]], { kind: 'complaint' });
    const fix = target(t('2026-09-20T18:00:00+08:00'), '2026-09-21T12:00:00+08:00', 'fix', major, office);
    expect(fix.dueAt!.toISOString()).toBe('2026-09-20T09:30:00.000Z');
    expect(fix).toMatchObject({ state: 'met', limitMs: 9 * H, elapsedMs: 9 * H });
    expect(target(t('2026-09-21T08:31:00+08:00'), '2026-09-21T12:00:00+08:00', 'fix', major, office)).toMatchObject({ state: 'met-late', elapsedMs: 9 * H + M });
  });
});

describe('evaluateTask — bad input', () => {
  it('a timeline that runs backwards → invalid_timeline naming the event', () => {
    const t = task('2026-09-30T16:00:00+08:00', [
      ['work-started', '2026-09-30T18:00:00+08:00'],
      ['resolved', '2026-09-30T17:00:00+08:00'],
    ]);
    expectKefuError(() => evaluateTask(t, repairPolicy, { now: '2026-10-01T00:00:00+08:00', calendar: open }), 'invalid_timeline', 'timeline[1].at', '2026-09-30T17:00:00+08:00');
  });

  it('an event before createdAt → invalid_timeline', () => {
    const t = task('2026-09-30T16:00:00+08:00', [['resolved', '2026-09-30T15:00:00Z']]);
    expect(() => evaluateTask(t, repairPolicy, { now: '2026-09-30T16:00:00+08:00', calendar: open })).not.toThrow();
    const before = task('2026-09-30T16:00:00+08:00', [['resolved', '2026-09-30T07:59:00Z']]);
    expectKefuError(() => evaluateTask(before, repairPolicy, { now: '2026-10-01T00:00:00+08:00', calendar: open }), 'invalid_timeline', 'timeline[0].at');
  });

  it('a stop before its start → invalid_timeline naming the stop event (rule: AUTO-SLA-3)', () => {
    const policy: SlaPolicy = {
      id: 'auto/repair',
      name: 'Repair',
      appliesTo: { kinds: ['repair'] },
      targets: [{ id: 'labour', startOn: 'work-started', stopOn: 'resolved', limit: { duration: { minutes: 60 }, clock: 'calendar', counting: 'elapsed' } }],
    };
    const t = task('2026-09-30T09:00:00+08:00', [
      ['resolved', '2026-09-30T10:00:00+08:00'],
      ['work-started', '2026-09-30T10:30:00+08:00'],
    ]);
    expectKefuError(() => evaluateTask(t, policy, { now: '2026-09-30T12:00:00+08:00', calendar: open }), 'invalid_timeline', 'timeline[0].type', '"resolved"', 'labour');
  });

  it('now before the task was created → invalid_input naming now', () => {
    expectKefuError(
      () => evaluateTask(task('2026-09-30T16:00:00+08:00'), repairPolicy, { now: '2026-09-30T15:59:59+08:00', calendar: open }),
      'invalid_input',
      'now',
      '2026-09-30T15:59:59+08:00',
    );
  });

  it('a time without an offset → invalid_input naming the field', () => {
    expectKefuError(() => evaluateTask(task('2026-09-30T16:00:00'), repairPolicy, { now: '2026-10-01T00:00:00Z', calendar: open }), 'invalid_input', 'createdAt');
    expectKefuError(
      () => evaluateTask(task('2026-09-30T16:00:00Z', [['resolved', 'tomorrow']]), repairPolicy, { now: '2026-10-01T00:00:00Z', calendar: open }),
      'invalid_input',
      'timeline[0].at',
      '"tomorrow"',
    );
  });

  it('a bad policy → invalid_policy', () => {
    const bad = { ...repairPolicy, targets: [{ ...repairPolicy.targets[0]!, stopOn: 'fixed' }] } as unknown as SlaPolicy;
    expectKefuError(() => evaluateTask(task('2026-09-30T16:00:00Z'), bad, { now: '2026-10-01T00:00:00Z', calendar: open }), 'invalid_policy', 'targets[0].stopOn', '"fixed"');
  });

  it('a calendar that is not one → invalid_input', () => {
    expectKefuError(() => evaluateTask(task('2026-09-30T16:00:00Z'), repairPolicy, { now: '2026-10-01T00:00:00Z', calendar: {} as never }), 'invalid_input', 'calendar');
  });

  it('does not mutate its inputs', () => {
    const t = task('2026-09-30T16:00:00+08:00', [['paused', '2026-09-30T17:00:00+08:00']]);
    const before = JSON.stringify([t, repairPolicy]);
    evaluateTask(t, repairPolicy, { now: '2026-10-01T00:00:00+08:00', calendar: open });
    expect(JSON.stringify([t, repairPolicy])).toBe(before);
  });
});

describe('evaluateTaskWith', () => {
  const policies: SlaPolicy[] = [
    {
      id: 'major',
      name: 'Major',
      appliesTo: { kinds: ['complaint'], priorities: ['urgent', 'high'] },
      targets: [{ id: 'fix', startOn: 'created', stopOn: 'resolved', limit: { duration: { hours: 8 }, clock: 'calendar', counting: 'elapsed' } }],
    },
    {
      id: 'general',
      name: 'General',
      appliesTo: { kinds: ['complaint'] },
      targets: [{ id: 'fix', startOn: 'created', stopOn: 'resolved', limit: { duration: { hours: 72 }, clock: 'calendar', counting: 'elapsed' } }],
    },
  ];
  const now = '2026-09-30T12:00:00Z';

  it('the first matching policy applies, and the result names it', () => {
    expect(evaluateTaskWith(task('2026-09-30T10:00:00Z', [], { kind: 'complaint', priority: 'urgent' }), policies, { now, calendar: open })?.policyId).toBe('major');
    expect(evaluateTaskWith(task('2026-09-30T10:00:00Z', [], { kind: 'complaint' }), policies, { now, calendar: open })?.policyId).toBe('general');
  });

  it('undefined when none applies', () => {
    expect(evaluateTaskWith(task('2026-09-30T10:00:00Z'), policies, { now, calendar: open })).toBeUndefined();
  });
});
