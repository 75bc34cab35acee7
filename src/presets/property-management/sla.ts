import { cnHolidays } from '../../sla/holidays-cn.js';
import type { SlaPreset, SlaTarget } from '../../sla/index.js';

const OFFICE = ['08:30-17:30'];

const callbackAfterFix = (weeks: number, rule: string, text: string): SlaTarget => ({
  id: 'callback',
  name: `Callback on the fix within ${weeks === 1 ? 'one week' : `${weeks} weeks`}`,
  startOn: 'resolved',
  stopOn: 'callback-done',
  limit: { duration: { weeks }, clock: 'calendar', counting: 'civil-code' },
  source: { rule, text },
});

/**
 * SLA set of a property-management service desk (S1 template 3, 客户回访制度).
 *
 * Calendar: Monday–Friday with the PRC statutory holidays and make-up working days (`cnHolidays`), since
 * the standard counts working days (工作日). It gives no office hours; 08:30–17:30 is assumed (change
 * `week` to your own). Working-day limits run on the business clock from the moment of receipt (1 working
 * day from Tuesday 10:00 is Wednesday 10:00); limits in days and weeks (两日, 三日, 一周, 两周) are counted as
 * the Civil Code counts them (the first day not counted; the period ends at close of business of its last
 * day, moved to the next working day when that is a rest day or holiday).
 *
 * Policies, in match order:
 * - `property-management/major-complaint` (complaints with priority `urgent` or `high`): `fix` within 1
 *   working day, `callback` within a week of the fix (PM-SLA-1).
 * - `property-management/complaint` (other complaints): `fix` within 3 working days, `callback` within two
 *   weeks of the fix (PM-SLA-2).
 * - `property-management/survey-opinion`: `forward` to the responsible department within 2 days,
 *   `department-reply` with measures within 3 days of receiving it, `callback` within two weeks of the fix (PM-SLA-3).
 *
 * @example
 * ```ts
 * import { createCalendar, evaluateTaskWith } from 'kefu/sla';
 * import { propertyManagementSla } from 'kefu/presets';
 * const calendar = createCalendar(propertyManagementSla.calendar);
 * // A general complaint on Friday 18 Sep 2026, 10:00: Sunday 20 Sep is a make-up working day.
 * const task = { id: 'PM-1', kind: 'complaint', createdAt: '2026-09-18T10:00:00+08:00', timeline: [] } as const;
 * evaluateTaskWith(task, propertyManagementSla.policies, { now: '2026-09-18T11:00:00+08:00', calendar })?.targets[0]?.dueAt?.toISOString();
 * // '2026-09-22T02:00:00.000Z' — Tuesday 22 Sep, 10:00
 * ```
 */
export const propertyManagementSla: SlaPreset = {
  calendar: {
    timeZone: 'Asia/Shanghai',
    week: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE },
    holidayData: cnHolidays,
  },
  policies: [
    {
      id: 'property-management/major-complaint',
      name: 'Major complaint',
      appliesTo: { kinds: ['complaint'], priorities: ['urgent', 'high'] },
      targets: [
        {
          id: 'fix',
          name: 'Fixed within 1 working day',
          startOn: 'created',
          stopOn: 'resolved',
          limit: { duration: { workingDays: 1 }, clock: 'business', counting: 'elapsed' },
          source: { rule: 'PM-SLA-1', text: '接到重大投诉后,一个工作日内整改解决。' },
        },
        callbackAfterFix(1, 'PM-SLA-1', '整改解决一周内就整改效果对客户进行回访。'),
      ],
    },
    {
      id: 'property-management/complaint',
      name: 'General complaint',
      appliesTo: { kinds: ['complaint'] },
      targets: [
        {
          id: 'fix',
          name: 'Fixed within 3 working days',
          startOn: 'created',
          stopOn: 'resolved',
          limit: { duration: { workingDays: 3 }, clock: 'business', counting: 'elapsed' },
          source: { rule: 'PM-SLA-2', text: '接到一般投诉后,三个工作日内整改解决。' },
        },
        callbackAfterFix(2, 'PM-SLA-2', '整改解决后两周内对就整改效果对客户进行回访。'),
      ],
    },
    {
      id: 'property-management/survey-opinion',
      name: 'Opinion from a satisfaction survey',
      appliesTo: { kinds: ['survey-opinion'] },
      targets: [
        {
          id: 'forward',
          name: 'To the responsible department within 2 days',
          startOn: 'created',
          stopOn: 'forwarded',
          limit: { duration: { days: 2 }, clock: 'calendar', counting: 'civil-code' },
          source: { rule: 'PM-SLA-3', text: '对客户意见进行汇总后两日内送达责任部门' },
        },
        {
          id: 'department-reply',
          name: 'Department answers with measures within 3 days',
          startOn: 'forwarded',
          stopOn: 'department-replied',
          limit: { duration: { days: 3 }, clock: 'calendar', counting: 'civil-code' },
          source: { rule: 'PM-SLA-3', text: '责任部门接到意见后三日内将整改措施书面反馈客务部' },
        },
        callbackAfterFix(2, 'PM-SLA-3', '整改后两周内对提出意见的客户就整改后的效果进行回访。'),
      ],
    },
  ],
  callPolicies: [],
  kpiTargets: [],
  notes: [
    'Office hours are not in the standard: 08:30–17:30 Monday–Friday is assumed, with statutory holidays and make-up working days.',
    'A major complaint (重大投诉) is a complaint task with priority urgent or high.',
    '"N个工作日" runs on the business clock from receipt; "N日"/"N周" are Civil Code day counts ending at close of business.',
    'The survey opinion is "created" when the opinions have been compiled (汇总).',
  ],
};
