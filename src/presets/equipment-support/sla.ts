import type { SlaPreset } from '../../sla/index.js';

const ROUND_THE_CLOCK = ['00:00-24:00'];

/**
 * SLA set of an equipment maker's after-sales desk (S3 appended pages 售后服务的标准及要求, 售后服务要求,
 * 热线操作步骤, 现场技术支持). The standard gives no opening hours, so the calendar is round the clock and
 * the limits run on wall-clock time; a desk with office hours swaps in its own calendar and business clock.
 *
 * Policies, in match order:
 * - `equipment-support/service-request` (service requests and repair reports): `respond` within 10
 *   minutes (SUP-SLA-2), `dispatch` a technician to contact the customer within 5 minutes (SUP-SLA-4),
 *   `reply` within 24 hours (SUP-SLA-1).
 * - `equipment-support/phone-support`: the technician solves the problem by phone or escalates to the
 *   supervisor within 4 hours (`resolve-or-escalate`, SUP-SLA-3).
 * - `equipment-support/on-site`: `arrival` by the time the customer set (the task's `requestedBy`,
 *   SUP-SLA-1) and `resolve` within 48 hours (SUP-SLA-3).
 * - `equipment-support/fax` and `equipment-support/mail`: respond to a fax within 5 minutes, read mail
 *   within 10 minutes of arrival (SUP-SLA-2). A task does not record its channel, so these apply only to
 *   tasks that name them in `policyId`.
 *
 * Call policy `equipment-support/call`: answer within three rings (SUP-SLA-2).
 *
 * @example
 * ```ts
 * import { createCalendar, evaluateTaskWith } from 'kefu/sla';
 * import { equipmentSupportSla } from 'kefu/presets';
 * const calendar = createCalendar(equipmentSupportSla.calendar);
 * const task = { id: 'S-1', kind: 'on-site', createdAt: '2026-09-30T09:00:00+08:00', requestedBy: '2026-09-30T14:00:00+08:00', timeline: [] } as const;
 * evaluateTaskWith(task, equipmentSupportSla.policies, { now: '2026-09-30T10:00:00+08:00', calendar })?.targets[0]?.dueAt?.toISOString(); // '2026-09-30T06:00:00.000Z'
 * ```
 */
export const equipmentSupportSla: SlaPreset = {
  calendar: {
    timeZone: 'Asia/Shanghai',
    week: { mon: ROUND_THE_CLOCK, tue: ROUND_THE_CLOCK, wed: ROUND_THE_CLOCK, thu: ROUND_THE_CLOCK, fri: ROUND_THE_CLOCK, sat: ROUND_THE_CLOCK, sun: ROUND_THE_CLOCK },
    coveredYears: 'all',
  },
  policies: [
    {
      id: 'equipment-support/service-request',
      name: 'Service request',
      appliesTo: { kinds: ['service-request', 'repair'] },
      targets: [
        {
          id: 'respond',
          name: 'Respond within 10 minutes',
          startOn: 'created',
          stopOn: 'acknowledged',
          limit: { duration: { minutes: 10 }, clock: 'calendar', counting: 'elapsed' },
          pauseOn: [],
          source: { rule: 'SUP-SLA-2', text: '响应时间必需控制在10分钟内' },
        },
        {
          id: 'dispatch',
          name: 'A technician contacts the customer within 5 minutes',
          startOn: 'created',
          stopOn: 'dispatched',
          limit: { duration: { minutes: 5 }, clock: 'calendar', counting: 'elapsed' },
          pauseOn: [],
          source: { rule: 'SUP-SLA-4', text: '告诉客户,5分钟内安排有关技术人员与之联系' },
        },
        {
          id: 'reply',
          name: 'Reply within 24 hours',
          startOn: 'created',
          stopOn: 'replied',
          limit: { duration: { hours: 24 }, clock: 'calendar', counting: 'elapsed' },
          source: { rule: 'SUP-SLA-1', text: '接到服务信息,应在24小时内答复' },
        },
      ],
    },
    {
      id: 'equipment-support/phone-support',
      name: 'Technical support by phone',
      appliesTo: { kinds: ['phone-support'] },
      targets: [
        {
          id: 'resolve-or-escalate',
          name: 'Solved by phone, or escalated to the supervisor, within 4 hours',
          startOn: 'created',
          stopOn: ['resolved', 'escalated'],
          limit: { duration: { hours: 4 }, clock: 'calendar', counting: 'elapsed' },
          source: { rule: 'SUP-SLA-3', text: '技术人员通过电话在4小时内还不能解决问题,要上报主管请求协助' },
        },
      ],
    },
    {
      id: 'equipment-support/on-site',
      name: 'On-site support',
      appliesTo: { kinds: ['on-site'] },
      targets: [
        {
          id: 'arrival',
          name: 'On site by the time the customer set',
          startOn: 'created',
          stopOn: 'arrived',
          limit: { from: 'requestedBy', clock: 'calendar' },
          pauseOn: [],
          source: { rule: 'SUP-SLA-1', text: '需要现场服务的,在客户规定的时间内到达现场' },
        },
        {
          id: 'resolve',
          name: 'Fault solved within 48 hours',
          startOn: 'created',
          stopOn: 'resolved',
          limit: { duration: { hours: 48 }, clock: 'calendar', counting: 'elapsed' },
          source: { rule: 'SUP-SLA-3', text: '保证客户故障在48小时内 给与解决' },
        },
      ],
    },
    {
      id: 'equipment-support/fax',
      name: 'Request received by fax',
      targets: [
        {
          id: 'respond',
          name: 'Respond to a fax within 5 minutes',
          startOn: 'created',
          stopOn: 'acknowledged',
          limit: { duration: { minutes: 5 }, clock: 'calendar', counting: 'elapsed' },
          pauseOn: [],
          source: { rule: 'SUP-SLA-2', text: '5分钟内对传真作出响应' },
        },
      ],
    },
    {
      id: 'equipment-support/mail',
      name: 'Request received by mail',
      targets: [
        {
          id: 'read',
          name: 'Mail read within 10 minutes of arrival',
          startOn: 'created',
          stopOn: 'acknowledged',
          limit: { duration: { minutes: 10 }, clock: 'calendar', counting: 'elapsed' },
          pauseOn: [],
          source: { rule: 'SUP-SLA-2', text: '每10分钟接收一次邮件' },
        },
      ],
    },
  ],
  callPolicies: [
    {
      id: 'equipment-support/call',
      name: 'Inbound support call',
      appliesTo: { directions: ['inbound'], channels: ['phone'] },
      limits: [{ id: 'answer', measure: 'rings', max: 3, source: { rule: 'SUP-SLA-2', text: '要求服务人员必需在电话3声内接听电话' } }],
    },
  ],
  kpiTargets: [],
  notes: [
    'No opening hours in the standard: all limits run on wall-clock time.',
    'SUP-SLA-4: "5分钟内安排有关技术人员与之联系" is read as the technician being assigned (dispatched) within 5 minutes.',
    'SUP-SLA-3: the 4-hour phone-support target stops on resolution or on escalation to the supervisor, the action the rule requires.',
    'SUP-SLA-2: fax and mail have no task channel; tasks opt in with policyId equipment-support/fax or equipment-support/mail. "每10分钟接收一次邮件" is read as a mail waiting at most 10 minutes.',
    'SUP-SLA-2 "要严格记录保障时间和到每个环节的处理时间" is the timeline itself: every step is an event with its time.',
  ],
};
