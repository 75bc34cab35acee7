import type { SlaPreset } from '../../sla/index.js';

const ROUND_THE_CLOCK = ['00:00-24:00'];

/**
 * SLA set of the gas utility hotline (S0 客户服务管理办法 / 客户服务标准). The calendar is open round the
 * clock: the fault and emergency service runs 24/7 (rule HOT-SLA-1), and every other limit of the standard
 * is given in hours, so all targets run on the calendar clock.
 *
 * Policies, in match order:
 * - `gas-hotline/repair` (repair and emergency tasks): `handle` within 6 h of the report, `repair` within
 *   24 h (HOT-SLA-1). The id is stable: the call machine creates repair tasks under it.
 * - `gas-hotline/consultation-reply`: a question that could not be answered on the call, `reply` within
 *   24 h (HOT-SLA-4).
 * - `gas-hotline/callback`: the random callback on consultations, `callback` within 48 h (HOT-SLA-5).
 * - `gas-hotline/complaint`: `handle` within 24 h — the complaint handling cycle of KPI-1 (the standard's
 *   complaint article itself sets no time, only "立即将投诉转交相关部门").
 *
 * Call limits: answer within 3 rings (HOT-SLA-2); resolve the call within 3 minutes where possible (HOT-SLA-3, a goal).
 * KPI targets of KPI-1: general complaints all handled with an average cycle under 24 h, callback pass rate
 * over 98%, no major complaint (priority `urgent` or `high`). Satisfaction and repair quality are not timeline
 * data and are left to the host.
 *
 * @example
 * ```ts
 * import { createCalendar, evaluateTaskWith } from 'kefu/sla';
 * import { gasHotlineSla } from 'kefu/presets';
 * const calendar = createCalendar(gasHotlineSla.calendar);
 * const result = evaluateTaskWith(
 *   { id: 'T-1', kind: 'repair', createdAt: '2026-09-30T16:00:00+08:00', timeline: [] },
 *   gasHotlineSla.policies,
 *   { now: '2026-09-30T21:00:00+08:00', calendar },
 * );
 * result?.targets.map((t) => `${t.targetId} ${t.state}`); // ['handle at-risk', 'repair running']
 * ```
 */
export const gasHotlineSla: SlaPreset = {
  calendar: {
    timeZone: 'Asia/Shanghai',
    week: { mon: ROUND_THE_CLOCK, tue: ROUND_THE_CLOCK, wed: ROUND_THE_CLOCK, thu: ROUND_THE_CLOCK, fri: ROUND_THE_CLOCK, sat: ROUND_THE_CLOCK, sun: ROUND_THE_CLOCK },
    coveredYears: 'all',
  },
  policies: [
    {
      id: 'gas-hotline/repair',
      name: 'Pipeline-network or customer-equipment fault',
      appliesTo: { kinds: ['repair', 'emergency'] },
      targets: [
        {
          id: 'handle',
          name: 'Handle (处理) within 6 hours',
          startOn: 'created',
          stopOn: ['work-started', 'resolved'],
          limit: { duration: { hours: 6 }, clock: 'calendar', counting: 'elapsed' },
          source: { rule: 'HOT-SLA-1', text: '一般故障原则上在6小时内处理' },
        },
        {
          id: 'repair',
          name: 'Repair (修复) within 24 hours',
          startOn: 'created',
          stopOn: 'resolved',
          limit: { duration: { hours: 24 }, clock: 'calendar', counting: 'elapsed' },
          warnings: [{ share: 0.8 }, { left: { hours: 1 } }],
          source: { rule: 'HOT-SLA-1', text: '一般故障原则上在6小时内处理、24小时内修复' },
        },
      ],
    },
    {
      id: 'gas-hotline/consultation-reply',
      name: 'Reply to a consultation not answered on the call',
      appliesTo: { kinds: ['consultation-reply'] },
      targets: [
        {
          id: 'reply',
          name: 'Reply within 24 hours',
          startOn: 'created',
          stopOn: 'replied',
          limit: { duration: { hours: 24 }, clock: 'calendar', counting: 'elapsed' },
          source: { rule: 'HOT-SLA-4', text: '研究或请示上级后应在24小时内答复,不可越权答复' },
        },
      ],
    },
    {
      id: 'gas-hotline/callback',
      name: 'Random callback on a consultation',
      appliesTo: { kinds: ['callback'] },
      targets: [
        {
          id: 'callback',
          name: 'Call back within 48 hours',
          startOn: 'created',
          stopOn: 'callback-done',
          limit: { duration: { hours: 48 }, clock: 'calendar', counting: 'elapsed' },
          source: { rule: 'HOT-SLA-5', text: '48小时内随机电话回访' },
        },
      ],
    },
    {
      id: 'gas-hotline/complaint',
      name: 'Complaint',
      appliesTo: { kinds: ['complaint'] },
      targets: [
        {
          id: 'handle',
          name: 'Handle within 24 hours (handling cycle)',
          startOn: 'created',
          stopOn: 'resolved',
          limit: { duration: { hours: 24 }, clock: 'calendar', counting: 'elapsed' },
          source: { rule: 'KPI-1', text: '壹般投诉处理率为100%, 处理周期<24小时' },
        },
      ],
    },
  ],
  callPolicies: [
    {
      id: 'gas-hotline/call',
      name: 'Inbound hotline call',
      appliesTo: { directions: ['inbound'], channels: ['phone'] },
      limits: [
        { id: 'answer', measure: 'rings', max: 3, source: { rule: 'HOT-SLA-2', text: '电话振铃3声内接听电话。' } },
        { id: 'resolve', measure: 'handling-seconds', max: 180, goal: true, source: { rule: 'HOT-SLA-3', text: '尽量在3分钟内为客户解决问题' } },
      ],
    },
  ],
  kpiTargets: [
    {
      id: 'general-complaints-handled',
      metric: 'completion',
      policyId: 'gas-hotline/complaint',
      priorities: ['normal', 'low'],
      op: '>=',
      value: 1,
      source: { rule: 'KPI-1', text: '壹般投诉处理率为100%' },
    },
    {
      id: 'general-complaint-cycle',
      metric: 'average-elapsed',
      policyId: 'gas-hotline/complaint',
      priorities: ['normal', 'low'],
      op: '<',
      value: 24 * 3_600_000,
      source: { rule: 'KPI-1', text: '处理周期<24小时' },
    },
    { id: 'callback-pass-rate', metric: 'compliance', targetId: 'callback', op: '>', value: 0.98, source: { rule: 'KPI-1', text: '电话回访合格率大于98%' } },
    {
      id: 'major-complaints',
      metric: 'task-count',
      taskKind: 'complaint',
      priorities: ['urgent', 'high'],
      op: '=',
      value: 0,
      source: { rule: 'KPI-1', text: '重大投诉为0' },
    },
  ],
  notes: [
    'HOT-SLA-1: 处理 (handle) is taken as work starting on the fault (or its resolution, if no start was recorded); 修复 (repair) as resolution.',
    'Emergency (报警) tasks share the repair policy: the standard names no tighter limit for them.',
    'All limits run on wall-clock hours, round the clock; "paused"/"resumed" events (e.g. no access to the premises) extend them.',
    'KPI-1 comes from the appended 客服部各岗位职责 page; "处理周期<24小时" is read as the average cycle of general complaints and also set as a 24 h target per complaint.',
  ],
};
