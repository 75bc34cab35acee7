import type { SlaPreset } from '../../sla/index.js';

const OPEN = ['08:00-17:00'];

/**
 * SLA set of the gas utility's walk-in service hall (S2 客服中心管理制度 v1.9).
 *
 * Calendar: 08:00–17:00 every day of the year (rule HALL-SLA-3, "上、下班时间制定全年上午8:00下午17:OO").
 * "全年" is read as every day, public holidays included: the same page says "国家规定假期将根据实际情况确定"
 * — holidays are decided case by case — so the preset keeps the hall open and a host lists the days it
 * actually closes in the calendar's `holidays` (or `dateHours` for shortened days). Staff are in place 15
 * minutes before opening; that is a staffing rule, not a customer deadline, and is not encoded.
 *
 * Policies: `gas-service-hall/complaint` — `reply` within 3 days and a handling `opinion` within 5 days of
 * receipt (HALL-SLA-2), counted in whole days as the Civil Code counts them (the day of receipt is not
 * counted; the period ends at closing time, 17:00, of its last day).
 *
 * Call policies (HALL-SLA-1, averages judged by `computeKpis`): `gas-service-hall/payment` — gas-fee
 * payment handled in 3 minutes on average, waiting at most 15 minutes on average at peak; a visit record
 * cannot tell a payment from other business, so this policy has no `appliesTo` and the host passes it
 * for payments (and restricts the wait figure to peak hours). `gas-service-hall/business` — other business
 * in 5 minutes on average; it matches every walk-in visit.
 *
 * @example
 * ```ts
 * import { createCalendar, evaluateTaskWith } from 'kefu/sla';
 * import { gasServiceHallSla } from 'kefu/presets';
 * const calendar = createCalendar(gasServiceHallSla.calendar);
 * const task = { id: 'C-1', kind: 'complaint', createdAt: '2026-09-30T16:00:00+08:00', timeline: [] } as const;
 * evaluateTaskWith(task, gasServiceHallSla.policies, { now: '2026-10-01T09:00:00+08:00', calendar })?.targets[0]?.dueAt?.toISOString();
 * // '2026-10-03T09:00:00.000Z' — 17:00 on 3 October, the hall being open through National Day
 * ```
 */
export const gasServiceHallSla: SlaPreset = {
  calendar: {
    timeZone: 'Asia/Shanghai',
    week: { mon: OPEN, tue: OPEN, wed: OPEN, thu: OPEN, fri: OPEN, sat: OPEN, sun: OPEN },
    coveredYears: 'all',
  },
  policies: [
    {
      id: 'gas-service-hall/complaint',
      name: 'Complaint received at the hall',
      appliesTo: { kinds: ['complaint'] },
      targets: [
        {
          id: 'reply',
          name: 'Reply within 3 days',
          startOn: 'created',
          stopOn: 'replied',
          limit: { duration: { days: 3 }, clock: 'calendar', counting: 'civil-code' },
          source: { rule: 'HALL-SLA-2', text: '受理客户投诉,需3天内给予回复' },
        },
        {
          id: 'opinion',
          name: 'Written or oral handling opinion within 5 days',
          startOn: 'created',
          stopOn: 'opinion-given',
          limit: { duration: { days: 5 }, clock: 'calendar', counting: 'civil-code' },
          source: { rule: 'HALL-SLA-2', text: '并自接到投诉之日起5日内书面/口头予以处理意见' },
        },
      ],
    },
  ],
  callPolicies: [
    {
      id: 'gas-service-hall/payment',
      name: 'Gas-fee payment at the counter',
      limits: [
        { id: 'handling', measure: 'handling-seconds', average: 180, source: { rule: 'HALL-SLA-1', text: '办理燃气交费业务平均在3分钟内完成' } },
        { id: 'peak-wait', measure: 'wait-seconds', average: 900, source: { rule: 'HALL-SLA-1', text: '交费高峰期客户等候时间平均不能超过15分钟' } },
      ],
    },
    {
      id: 'gas-service-hall/business',
      name: 'Other business at the counter',
      appliesTo: { channels: ['walk-in'] },
      limits: [{ id: 'handling', measure: 'handling-seconds', average: 300, source: { rule: 'HALL-SLA-1', text: '办理其他相关业务平均在5分钟内完成' } }],
    },
  ],
  kpiTargets: [],
  notes: [
    'HALL-SLA-3: "全年" is read as every day including public holidays ("国家规定假期将根据实际情况确定"); list actual closures in calendar.holidays.',
    'HALL-SLA-2: "3天"/"5日" are counted as Civil Code days: the day of receipt is not counted and the period ends at 17:00 of its last day.',
    'HALL-SLA-1: payment vs other business cannot be read from a visit record; pass gas-service-hall/payment explicitly for payments, and only peak-hour visits for the wait average.',
  ],
};
