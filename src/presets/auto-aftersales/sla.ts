import type { SlaPreset } from '../../sla/index.js';

const ROUND_THE_CLOCK = ['00:00-24:00'];

/**
 * Days after a repair or maintenance within which the after-sales callback must be made
 * (“三天内必须进行回访”, rule: SCR-AUTO, S3 六 1).
 *
 * @example
 * ```ts
 * import { AFTERSALES_CALLBACK_DAYS } from 'kefu/presets';
 * AFTERSALES_CALLBACK_DAYS; // 3
 * ```
 */
export const AFTERSALES_CALLBACK_DAYS = 3;

/**
 * SLA set of the car dealer's after-sales centre (S3 售后服务中心流程细则). The standard gives no opening
 * hours, so the calendar is round the clock and every limit runs on wall-clock time; a workshop that
 * stops overnight records `paused` / `resumed` events (or a host swaps in its own calendar and business
 * clock).
 *
 * Policies, in match order:
 * - `auto-aftersales/reception` (reception tasks, created when the car parks): `greet` within 1 minute (AUTO-SLA-2).
 * - `auto-aftersales/repair` (repair and maintenance): `labour` — from work start to completion within the
 *   estimated labour time the customer signed for (the task's `estimatedMinutes`): `met` is the blue stamp,
 *   `met-late` the red stamp (AUTO-SLA-3); `callback` within 3 days after completion (AUTO-SLA-4), counted
 *   as Civil Code days (the day of completion not counted; ends at 24:00 of the third day).
 *
 * Call policy `auto-aftersales/appointment-call`: inbound appointment calls answered within 10 seconds (AUTO-SLA-1).
 *
 * @example
 * ```ts
 * import { createCalendar, evaluateTaskWith } from 'kefu/sla';
 * import { autoAftersalesSla } from 'kefu/presets';
 * const calendar = createCalendar(autoAftersalesSla.calendar);
 * const task = {
 *   id: 'RO-1', kind: 'repair', createdAt: '2026-09-30T09:00:00+08:00', estimatedMinutes: 90,
 *   timeline: [{ type: 'work-started', at: '2026-09-30T09:30:00+08:00' }, { type: 'resolved', at: '2026-09-30T11:10:00+08:00' }],
 * } as const;
 * evaluateTaskWith(task, autoAftersalesSla.policies, { now: '2026-09-30T12:00:00+08:00', calendar })?.targets[0]?.state; // 'met-late' (red stamp)
 * ```
 */
export const autoAftersalesSla: SlaPreset = {
  calendar: {
    timeZone: 'Asia/Shanghai',
    week: { mon: ROUND_THE_CLOCK, tue: ROUND_THE_CLOCK, wed: ROUND_THE_CLOCK, thu: ROUND_THE_CLOCK, fri: ROUND_THE_CLOCK, sat: ROUND_THE_CLOCK, sun: ROUND_THE_CLOCK },
    coveredYears: 'all',
  },
  policies: [
    {
      id: 'auto-aftersales/reception',
      name: 'Greeting a customer who has parked',
      appliesTo: { kinds: ['reception'] },
      targets: [
        {
          id: 'greet',
          name: 'Greet within 1 minute of parking',
          startOn: 'created',
          stopOn: 'acknowledged',
          limit: { duration: { minutes: 1 }, clock: 'calendar', counting: 'elapsed' },
          pauseOn: [],
          source: { rule: 'AUTO-SLA-2', text: '用户停车后1分钟内迎接' },
        },
      ],
    },
    {
      id: 'auto-aftersales/repair',
      name: 'Repair or maintenance order',
      appliesTo: { kinds: ['repair', 'maintenance'] },
      targets: [
        {
          id: 'labour',
          name: 'Finish within the estimated labour time (blue stamp / red stamp)',
          startOn: 'work-started',
          stopOn: 'resolved',
          limit: { from: 'estimatedMinutes', clock: 'calendar' },
          source: { rule: 'AUTO-SLA-3', text: '工时内完工的盖蓝章、工时外完工的盖红章' },
        },
        {
          id: 'callback',
          name: 'Follow-up callback within 3 days',
          startOn: 'resolved',
          stopOn: 'callback-done',
          limit: { duration: { days: AFTERSALES_CALLBACK_DAYS }, clock: 'calendar', counting: 'civil-code' },
          source: { rule: 'AUTO-SLA-4', text: '客服专员在用户车辆维修、保养三天内必须进行回访' },
        },
      ],
    },
  ],
  callPolicies: [
    {
      id: 'auto-aftersales/appointment-call',
      name: 'Inbound appointment call',
      appliesTo: { kinds: ['appointment'], directions: ['inbound'] },
      limits: [{ id: 'answer', measure: 'wait-seconds', max: 10, source: { rule: 'AUTO-SLA-1', text: '电话10秒接听' } }],
    },
  ],
  kpiTargets: [],
  notes: [
    'No opening hours in the standard: limits run on wall-clock time; record paused/resumed for overnight stops or waiting for parts.',
    "AUTO-SLA-3: the labour clock runs from work-started to resolved, limited by the task's estimatedMinutes (预计工时); met = 蓝章, met-late = 红章.",
    'AUTO-SLA-4: "三天内" counted as Civil Code days from the day after completion, ending at 24:00 of the third day.',
    'AUTO-SLA-2: the greeting clock cannot be paused.',
  ],
};
