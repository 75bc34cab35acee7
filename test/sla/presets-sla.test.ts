import { describe, expect, it } from 'vitest';
import type { TaskEventType } from '../../src/model/enums.js';
import { autoAftersalesSla } from '../../src/presets/auto-aftersales/sla.js';
import { enterpriseHotlineSla } from '../../src/presets/enterprise-hotline/sla.js';
import { equipmentSupportSla } from '../../src/presets/equipment-support/sla.js';
import { gasHotlineSla } from '../../src/presets/gas-hotline/sla.js';
import { gasServiceHallSla } from '../../src/presets/gas-service-hall/sla.js';
import { PRESET_IDS } from '../../src/presets/ids.js';
import { propertyManagementSla } from '../../src/presets/property-management/sla.js';
import { createCalendar, evaluateCall, evaluateTaskWith, selectCallPolicy, validatePolicy, type SlaPreset, type SlaTask, type TaskEvaluation } from '../../src/sla/index.js';
import { computeKpis } from '../../src/sla/kpi.js';

const presets: Record<(typeof PRESET_IDS)[number], SlaPreset> = {
  'gas-hotline': gasHotlineSla,
  'gas-service-hall': gasServiceHallSla,
  'auto-aftersales': autoAftersalesSla,
  'property-management': propertyManagementSla,
  'enterprise-hotline': enterpriseHotlineSla,
  'equipment-support': equipmentSupportSla,
};

/** Evaluate a task under a preset as of `now`. */
function run(preset: SlaPreset, task: Omit<SlaTask, 'id' | 'timeline'> & { timeline?: [TaskEventType, string][] }, now: string): TaskEvaluation {
  const calendar = createCalendar(preset.calendar);
  const { timeline = [], ...rest } = task;
  const result = evaluateTaskWith({ id: 'T', ...rest, timeline: timeline.map(([type, at]) => ({ type, at })) }, preset.policies, { now, calendar });
  if (result === undefined) throw new Error('no policy');
  return result;
}

/** `{ targetId: dueAt ISO }` for a task created at `createdAt`, evaluated right then. */
function dues(preset: SlaPreset, kind: SlaTask['kind'], createdAt: string, extra: Pick<SlaTask, 'priority' | 'policyId' | 'requestedBy'> = {}): Record<string, string | null> {
  const result = run(preset, { kind, createdAt, ...extra }, createdAt);
  return Object.fromEntries(result.targets.map((t) => [t.targetId, t.dueAt?.toISOString() ?? null]));
}

const state = (result: TaskEvaluation, id: string) => result.targets.find((t) => t.targetId === id)!.state;

describe('every preset', () => {
  it.each(PRESET_IDS)('%s: policies valid, ids unique and prefixed, every target cites a rule and the seed wording', (id) => {
    const preset = presets[id];
    expect(() => createCalendar(preset.calendar)).not.toThrow();
    const ids = preset.policies.map((p) => p.id).concat(preset.callPolicies.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const policy of preset.policies) {
      expect(validatePolicy(policy)).toBe(policy);
      expect(policy.id.startsWith(`${id}/`)).toBe(true);
      for (const target of policy.targets) {
        expect(target.source?.rule).toMatch(/^(HOT|HALL|PM|ENT|AUTO|SUP)-SLA-\d$|^KPI-1$/);
        expect(target.source?.text).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    for (const policy of preset.callPolicies) {
      expect(policy.id.startsWith(`${id}/`)).toBe(true);
      for (const limit of policy.limits) expect(limit.source?.rule).toMatch(/-SLA-\d$/);
    }
    // data: survives a JSON round trip
    expect(JSON.parse(JSON.stringify(preset))).toEqual(preset);
  });
});

describe('gas-hotline (24/7 calendar clock)', () => {
  it('HOT-SLA-1: handle 6 h and repair 24 h, straight through National Day 2026', () => {
    expect(dues(gasHotlineSla, 'repair', '2026-09-30T16:00:00+08:00')).toEqual({ handle: '2026-09-30T14:00:00.000Z', repair: '2026-10-01T08:00:00.000Z' });
    expect(run(gasHotlineSla, { kind: 'repair', createdAt: '2026-09-30T16:00:00+08:00' }, '2026-09-30T16:00:00+08:00').policyId).toBe('gas-hotline/repair');
  });

  it('HOT-SLA-1: an emergency report runs under the same repair policy, also on the Spring Festival', () => {
    const result = run(gasHotlineSla, { kind: 'emergency', createdAt: '2026-02-17T03:00:00+08:00' }, '2026-02-17T03:00:00+08:00');
    expect(result.policyId).toBe('gas-hotline/repair');
    expect(result.targets.map((t) => t.dueAt?.toISOString())).toEqual(['2026-02-17T01:00:00.000Z', '2026-02-17T19:00:00.000Z']);
  });

  it('HOT-SLA-1: across the 2024 leap day', () => {
    expect(dues(gasHotlineSla, 'repair', '2024-02-28T20:00:00+08:00')).toEqual({ handle: '2024-02-28T18:00:00.000Z', repair: '2024-02-29T12:00:00.000Z' });
    expect(dues(gasHotlineSla, 'repair', '2024-02-29T18:00:00+08:00').repair).toBe('2024-03-01T10:00:00.000Z');
  });

  it('HOT-SLA-1: the repair warns at 80% and with one hour left', () => {
    const result = run(
      gasHotlineSla,
      { kind: 'repair', createdAt: '2026-09-30T16:00:00+08:00', timeline: [['work-started', '2026-09-30T19:00:00+08:00']] },
      '2026-10-01T15:30:00+08:00',
    );
    expect(result.targets.map((t) => t.state)).toEqual(['met', 'at-risk']);
    expect(result.targets[1]!.warnings.map((w) => w.at?.toISOString())).toEqual(['2026-10-01T03:12:00.000Z', '2026-10-01T07:00:00.000Z']);
  });

  it('HOT-SLA-4: a deferred answer within 24 h, across a month end', () => {
    expect(dues(gasHotlineSla, 'consultation-reply', '2026-01-31T23:30:00+08:00')).toEqual({ reply: '2026-02-01T15:30:00.000Z' });
  });

  it('HOT-SLA-5: the random callback within 48 h, across the end of February 2026', () => {
    expect(dues(gasHotlineSla, 'callback', '2026-02-27T12:00:00+08:00')).toEqual({ callback: '2026-03-01T04:00:00.000Z' });
    const late = run(
      gasHotlineSla,
      { kind: 'callback', createdAt: '2026-02-27T12:00:00+08:00', timeline: [['callback-done', '2026-03-01T12:30:00+08:00']] },
      '2026-03-02T00:00:00+08:00',
    );
    expect(state(late, 'callback')).toBe('met-late');
  });

  it('KPI-1: a complaint is handled within 24 h; the KPI targets read the batch', () => {
    expect(dues(gasHotlineSla, 'complaint', '2026-10-01T09:00:00+08:00')).toEqual({ handle: '2026-10-02T01:00:00.000Z' });
    const now = '2026-10-05T00:00:00+08:00';
    const batch = [
      run(gasHotlineSla, { kind: 'complaint', createdAt: '2026-10-01T09:00:00+08:00', timeline: [['resolved', '2026-10-01T21:00:00+08:00']] }, now),
      run(gasHotlineSla, { kind: 'complaint', createdAt: '2026-10-02T09:00:00+08:00', timeline: [['resolved', '2026-10-03T03:00:00+08:00']] }, now),
      ...Array.from({ length: 50 }, (_, i) =>
        run(
          gasHotlineSla,
          { kind: 'callback', createdAt: '2026-10-01T09:00:00+08:00', timeline: [['callback-done', i === 0 ? '2026-10-03T10:00:00+08:00' : '2026-10-02T09:00:00+08:00']] },
          now,
        ),
      ),
    ];
    const checks = computeKpis(batch, [], gasHotlineSla.kpiTargets).checks;
    expect(checks.map((c) => [c.id, c.actual, c.pass])).toEqual([
      ['general-complaints-handled', 1, true],
      ['general-complaint-cycle', 15 * 3_600_000, true],
      ['callback-pass-rate', 0.98, false], // 49 of 50: "大于98%" is not reached by exactly 98%
      ['major-complaints', 0, true],
    ]);
  });

  it('HOT-SLA-2 / HOT-SLA-3: inbound calls answered within 3 rings, resolved within 3 minutes where possible', () => {
    const call = {
      id: 'c',
      direction: 'inbound',
      channel: 'phone',
      offeredAt: '2026-09-30T16:00:00+08:00',
      answeredAt: '2026-09-30T16:00:10+08:00',
      endedAt: '2026-09-30T16:04:10+08:00',
      rings: 3,
    } as const;
    const policy = selectCallPolicy(call, gasHotlineSla.callPolicies)!;
    expect(policy.id).toBe('gas-hotline/call');
    expect(evaluateCall(call, policy).limits.map((l) => [l.limitId, l.state, l.goal])).toEqual([
      ['answer', 'met', false],
      ['resolve', 'breached', true],
    ]);
  });
});

describe('gas-service-hall (08:00–17:00 every day, Civil Code days)', () => {
  it('HALL-SLA-2: reply within 3 days and opinion within 5 days, the hall being open through National Day', () => {
    expect(dues(gasServiceHallSla, 'complaint', '2026-09-30T16:00:00+08:00')).toEqual({ reply: '2026-10-03T09:00:00.000Z', opinion: '2026-10-05T09:00:00.000Z' });
  });

  it('HALL-SLA-2: received after closing on a Friday, across the end of February', () => {
    expect(dues(gasServiceHallSla, 'complaint', '2026-02-27T18:00:00+08:00')).toEqual({ reply: '2026-03-02T09:00:00.000Z', opinion: '2026-03-04T09:00:00.000Z' });
  });

  it('HALL-SLA-2: across the 2024 leap day, and on the Spring Festival 2026 (make-up Saturday 14 Feb)', () => {
    expect(dues(gasServiceHallSla, 'complaint', '2024-02-27T10:00:00+08:00')).toEqual({ reply: '2024-03-01T09:00:00.000Z', opinion: '2024-03-03T09:00:00.000Z' });
    expect(dues(gasServiceHallSla, 'complaint', '2026-02-14T09:00:00+08:00')).toEqual({ reply: '2026-02-17T09:00:00.000Z', opinion: '2026-02-19T09:00:00.000Z' });
  });

  it('HALL-SLA-2: a reply at 17:30 on the last day is late (the period ends at closing time)', () => {
    const result = run(
      gasServiceHallSla,
      {
        kind: 'complaint',
        createdAt: '2026-09-30T16:00:00+08:00',
        timeline: [
          ['replied', '2026-10-03T17:30:00+08:00'],
          ['opinion-given', '2026-10-05T16:00:00+08:00'],
        ],
      },
      '2026-10-06T09:00:00+08:00',
    );
    expect(result.targets.map((t) => t.state)).toEqual(['met-late', 'met']);
  });

  it('HALL-SLA-3: a host that closes on a holiday lists it, and the period moves past it', () => {
    const closed = { ...gasServiceHallSla, calendar: { ...gasServiceHallSla.calendar, holidays: ['2026-10-01/2026-10-03'] } };
    expect(dues(closed, 'complaint', '2026-09-30T16:00:00+08:00').reply).toBe('2026-10-04T09:00:00.000Z');
  });

  it('HALL-SLA-1: payment 3 min and other business 5 min on average, peak wait 15 min on average', () => {
    const visit = (wait: number, handle: number) => {
      const offered = Date.parse('2026-09-30T09:00:00+08:00');
      return {
        id: `v${wait}-${handle}`,
        direction: 'inbound',
        channel: 'walk-in',
        offeredAt: new Date(offered).toISOString(),
        answeredAt: new Date(offered + wait * 60_000).toISOString(),
        endedAt: new Date(offered + (wait + handle) * 60_000).toISOString(),
      } as const;
    };
    const [payment] = gasServiceHallSla.callPolicies;
    const business = selectCallPolicy(visit(0, 1), gasServiceHallSla.callPolicies)!;
    expect(business.id).toBe('gas-service-hall/business');
    const calls = [
      ...[
        [10, 2],
        [20, 4],
        [12, 3],
      ].map(([w, h]) => evaluateCall(visit(w!, h!), payment!)),
      ...[
        [1, 4],
        [1, 7],
      ].map(([w, h]) => evaluateCall(visit(w!, h!), business)),
    ];
    expect(computeKpis([], calls).calls.map((c) => [c.policyId, c.limitId, c.average, c.pass])).toEqual([
      ['gas-service-hall/payment', 'handling', 180, true],
      ['gas-service-hall/payment', 'peak-wait', 840, true],
      ['gas-service-hall/business', 'handling', 330, false],
    ]);
  });
});

describe('auto-aftersales (24/7 calendar clock)', () => {
  it('AUTO-SLA-2: greet within 1 minute of parking', () => {
    expect(dues(autoAftersalesSla, 'reception', '2026-09-30T09:00:00+08:00')).toEqual({ greet: '2026-09-30T01:01:00.000Z' });
    const greeted = (at: string) =>
      state(run(autoAftersalesSla, { kind: 'reception', createdAt: '2026-09-30T09:00:00+08:00', timeline: [['acknowledged', at]] }, '2026-09-30T10:00:00+08:00'), 'greet');
    expect(greeted('2026-09-30T09:00:45+08:00')).toBe('met');
    expect(greeted('2026-09-30T09:01:30+08:00')).toBe('met-late');
  });

  it('AUTO-SLA-3: blue stamp within the estimated labour time, red stamp over it; paused time does not count', () => {
    const labour = (timeline: [TaskEventType, string][]) =>
      run(autoAftersalesSla, { kind: 'repair', createdAt: '2026-09-30T09:00:00+08:00', estimatedMinutes: 90, timeline }, '2026-09-30T18:00:00+08:00').targets[0]!;
    expect(
      labour([
        ['work-started', '2026-09-30T09:30:00+08:00'],
        ['resolved', '2026-09-30T11:00:00+08:00'],
      ]).state,
    ).toBe('met');
    expect(
      labour([
        ['work-started', '2026-09-30T09:30:00+08:00'],
        ['resolved', '2026-09-30T11:10:00+08:00'],
      ]).state,
    ).toBe('met-late');
    const paused = labour([
      ['work-started', '2026-09-30T10:00:00+08:00'],
      ['paused', '2026-09-30T11:00:00+08:00'],
      ['resumed', '2026-09-30T13:00:00+08:00'],
      ['resolved', '2026-09-30T13:30:00+08:00'],
    ]);
    expect(paused).toMatchObject({ state: 'met', elapsedMs: 90 * 60_000, pausedMs: 2 * 3_600_000 });
    expect(paused.dueAt!.toISOString()).toBe('2026-09-30T05:30:00.000Z');
  });

  it('AUTO-SLA-4: callback within 3 days of completion, to 24:00 of the third day (National Day, month end, leap day)', () => {
    const callback = (resolved: string) =>
      run(
        autoAftersalesSla,
        {
          kind: 'maintenance',
          createdAt: resolved,
          estimatedMinutes: 60,
          timeline: [
            ['work-started', resolved],
            ['resolved', resolved],
          ],
        },
        resolved,
      ).targets[1]!.dueAt!.toISOString();
    expect(callback('2026-09-30T11:00:00+08:00')).toBe('2026-10-03T16:00:00.000Z');
    expect(callback('2026-01-30T15:00:00+08:00')).toBe('2026-02-02T16:00:00.000Z');
    expect(callback('2024-02-27T15:00:00+08:00')).toBe('2024-03-01T16:00:00.000Z');
  });

  it('AUTO-SLA-3: the callback target is not started before completion', () => {
    const result = run(
      autoAftersalesSla,
      { kind: 'repair', createdAt: '2026-09-30T09:00:00+08:00', estimatedMinutes: 60, timeline: [['work-started', '2026-09-30T09:10:00+08:00']] },
      '2026-09-30T09:30:00+08:00',
    );
    expect(result.targets.map((t) => t.state)).toEqual(['running', 'not-started']);
  });

  it('AUTO-SLA-1: appointment calls answered within 10 seconds', () => {
    const call = { id: 'c', direction: 'inbound', kind: 'appointment', offeredAt: '2026-09-30T09:00:00+08:00', answeredAt: '2026-09-30T09:00:11+08:00' } as const;
    const policy = selectCallPolicy(call, autoAftersalesSla.callPolicies)!;
    expect(evaluateCall(call, policy).limits[0]).toMatchObject({ value: 11, state: 'breached' });
  });
});

describe('property-management (Mon–Fri 08:30–17:30 with statutory holidays and make-up days)', () => {
  it('PM-SLA-2: 3 working days; Sunday 20 Sep 2026 is a make-up working day', () => {
    expect(dues(propertyManagementSla, 'complaint', '2026-09-18T10:00:00+08:00')).toEqual({ fix: '2026-09-22T02:00:00.000Z', callback: null });
  });

  it('PM-SLA-1: a major complaint on 30 Sep 2026 is due after National Day', () => {
    const result = run(propertyManagementSla, { kind: 'complaint', priority: 'high', createdAt: '2026-09-30T16:00:00+08:00' }, '2026-09-30T16:00:00+08:00');
    expect(result.policyId).toBe('property-management/major-complaint');
    expect(result.targets[0]!.dueAt!.toISOString()).toBe('2026-10-08T08:00:00.000Z');
  });

  it('PM-SLA-1 / PM-SLA-2 around the 2026 Spring Festival: Saturday 14 Feb is worked', () => {
    expect(dues(propertyManagementSla, 'complaint', '2026-02-13T15:00:00+08:00', { priority: 'urgent' }).fix).toBe('2026-02-14T07:00:00.000Z');
    expect(dues(propertyManagementSla, 'complaint', '2026-02-13T15:00:00+08:00').fix).toBe('2026-02-25T07:00:00.000Z');
  });

  it('PM-SLA-2: across the 2024 leap day', () => {
    expect(dues(propertyManagementSla, 'complaint', '2024-02-28T10:00:00+08:00').fix).toBe('2024-03-04T02:00:00.000Z');
  });

  it('PM-SLA-1: callback within a week of the fix; a last day in National Day moves to 8 Oct', () => {
    const result = run(
      propertyManagementSla,
      { kind: 'complaint', priority: 'urgent', createdAt: '2026-09-24T09:00:00+08:00', timeline: [['resolved', '2026-09-24T11:00:00+08:00']] },
      '2026-09-24T12:00:00+08:00',
    );
    expect(result.targets.map((t) => [t.state, t.dueAt?.toISOString()])).toEqual([
      ['met', '2026-09-28T01:00:00.000Z'], // 1 working day from Thu 24 09:00: Fri 25–Sun 27 are the Mid-Autumn break
      ['running', '2026-10-08T09:30:00.000Z'],
    ]);
  });

  it('PM-SLA-2: callback within two weeks of the fix', () => {
    const result = run(
      propertyManagementSla,
      { kind: 'complaint', createdAt: '2026-02-09T09:00:00+08:00', timeline: [['resolved', '2026-02-10T10:00:00+08:00']] },
      '2026-02-10T12:00:00+08:00',
    );
    expect(result.targets[1]!.dueAt!.toISOString()).toBe('2026-02-24T09:30:00.000Z');
  });

  it('PM-SLA-3: forward within 2 days (make-up Saturday 28 Feb 2026), department reply within 3 days, callback two weeks after the fix', () => {
    const result = run(
      propertyManagementSla,
      {
        kind: 'survey-opinion',
        createdAt: '2026-02-26T10:00:00+08:00',
        timeline: [
          ['forwarded', '2026-02-27T09:00:00+08:00'],
          ['department-replied', '2026-03-02T18:00:00+08:00'],
          ['resolved', '2026-03-05T10:00:00+08:00'],
        ],
      },
      '2026-03-06T09:00:00+08:00',
    );
    expect(result.targets.map((t) => [t.targetId, t.state, t.dueAt?.toISOString()])).toEqual([
      ['forward', 'met', '2026-02-28T09:30:00.000Z'],
      ['department-reply', 'met-late', '2026-03-02T09:30:00.000Z'],
      ['callback', 'running', '2026-03-19T09:30:00.000Z'],
    ]);
  });
});

describe('enterprise-hotline', () => {
  it('ENT-SLA-1: reply within 30 minutes, across midnight and a month end', () => {
    expect(dues(enterpriseHotlineSla, 'consultation-reply', '2026-01-31T23:45:00+08:00')).toEqual({ reply: '2026-01-31T16:15:00.000Z' });
    const result = run(enterpriseHotlineSla, { kind: 'consultation-reply', createdAt: '2026-09-30T10:00:00+08:00' }, '2026-09-30T10:25:00+08:00');
    expect(result.targets[0]).toMatchObject({ state: 'at-risk', remainingMs: 5 * 60_000 });
  });

  it('HOT-SLA-2 (template 4): three rings', () => {
    const call = { id: 'c', direction: 'inbound', offeredAt: '2026-09-30T10:00:00+08:00', answeredAt: '2026-09-30T10:00:15+08:00', rings: 4 } as const;
    expect(evaluateCall(call, selectCallPolicy(call, enterpriseHotlineSla.callPolicies)!).limits[0]!.state).toBe('breached');
  });
});

describe('equipment-support', () => {
  it('SUP-SLA-2 / SUP-SLA-4 / SUP-SLA-1: respond in 10 min, dispatch in 5 min, reply in 24 h', () => {
    expect(dues(equipmentSupportSla, 'service-request', '2026-09-30T09:00:00+08:00')).toEqual({
      respond: '2026-09-30T01:10:00.000Z',
      dispatch: '2026-09-30T01:05:00.000Z',
      reply: '2026-10-01T01:00:00.000Z',
    });
  });

  it('SUP-SLA-3: by phone, solved or escalated within 4 hours', () => {
    const escalated = run(
      equipmentSupportSla,
      { kind: 'phone-support', createdAt: '2026-09-30T09:00:00+08:00', timeline: [['escalated', '2026-09-30T12:59:00+08:00']] },
      '2026-09-30T14:00:00+08:00',
    );
    expect(escalated.targets[0]!.state).toBe('met');
    const stuck = run(equipmentSupportSla, { kind: 'phone-support', createdAt: '2026-09-30T09:00:00+08:00' }, '2026-09-30T13:00:01+08:00');
    expect(stuck.targets[0]!.state).toBe('breached');
  });

  it('SUP-SLA-1 / SUP-SLA-3: on site by the customer’s time, fault solved within 48 h (across the end of February)', () => {
    const result = run(
      equipmentSupportSla,
      { kind: 'on-site', createdAt: '2026-02-27T09:00:00+08:00', requestedBy: '2026-02-27T14:00:00+08:00', timeline: [['arrived', '2026-02-27T14:05:00+08:00']] },
      '2026-02-27T15:00:00+08:00',
    );
    expect(result.targets.map((t) => [t.targetId, t.state, t.dueAt?.toISOString()])).toEqual([
      ['arrival', 'met-late', '2026-02-27T06:00:00.000Z'],
      ['resolve', 'running', '2026-03-01T01:00:00.000Z'],
    ]);
  });

  it('SUP-SLA-2: fax and mail policies apply only when the task names them', () => {
    expect(dues(equipmentSupportSla, 'service-request', '2026-09-30T09:00:00+08:00', { policyId: 'equipment-support/fax' })).toEqual({ respond: '2026-09-30T01:05:00.000Z' });
    expect(dues(equipmentSupportSla, 'service-request', '2026-09-30T09:00:00+08:00', { policyId: 'equipment-support/mail' })).toEqual({ read: '2026-09-30T01:10:00.000Z' });
  });
});
