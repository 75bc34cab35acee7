import type { SlaPreset } from '../../sla/index.js';

const ROUND_THE_CLOCK = ['00:00-24:00'];

/**
 * SLA set of a company customer-service hotline (S1 template 4, 电话客服管理). The standard gives no
 * opening hours, so the calendar is round the clock and the limits run on wall-clock time.
 *
 * Policy `enterprise-hotline/reply` (reply tasks for questions the agent could not answer on the call):
 * escalate at once and `reply` to the customer within 30 minutes (ENT-SLA-1).
 * Call policy `enterprise-hotline/call`: answer inbound calls within three rings (HOT-SLA-2 as template 4 states it).
 *
 * @example
 * ```ts
 * import { createCalendar, evaluateTaskWith } from 'kefu/sla';
 * import { enterpriseHotlineSla } from 'kefu/presets';
 * const calendar = createCalendar(enterpriseHotlineSla.calendar);
 * const task = { id: 'Q-1', kind: 'consultation-reply', createdAt: '2026-09-30T10:00:00+08:00', timeline: [] } as const;
 * evaluateTaskWith(task, enterpriseHotlineSla.policies, { now: '2026-09-30T10:31:00+08:00', calendar })?.targets[0]?.state; // 'breached'
 * ```
 */
export const enterpriseHotlineSla: SlaPreset = {
  calendar: {
    timeZone: 'Asia/Shanghai',
    week: { mon: ROUND_THE_CLOCK, tue: ROUND_THE_CLOCK, wed: ROUND_THE_CLOCK, thu: ROUND_THE_CLOCK, fri: ROUND_THE_CLOCK, sat: ROUND_THE_CLOCK, sun: ROUND_THE_CLOCK },
    coveredYears: 'all',
  },
  policies: [
    {
      id: 'enterprise-hotline/reply',
      name: 'Reply to a question the agent could not answer',
      appliesTo: { kinds: ['consultation-reply'] },
      targets: [
        {
          id: 'reply',
          name: 'Reply within 30 minutes',
          startOn: 'created',
          stopOn: 'replied',
          limit: { duration: { minutes: 30 }, clock: 'calendar', counting: 'elapsed' },
          source: { rule: 'ENT-SLA-1', text: '立即提交相关负责人协调解决办法并及时回复客户,时限30分钟内' },
        },
      ],
    },
  ],
  callPolicies: [
    {
      id: 'enterprise-hotline/call',
      name: 'Inbound hotline call',
      appliesTo: { directions: ['inbound'], channels: ['phone'] },
      limits: [{ id: 'answer', measure: 'rings', max: 3, source: { rule: 'HOT-SLA-2', text: '来电铃声三声铃声之内须接听电话' } }],
    },
  ],
  kpiTargets: [],
  notes: ['No opening hours in the standard: the 30-minute reply runs on wall-clock time.'],
};
