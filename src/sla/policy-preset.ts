import type { CallPolicy } from './call.js';
import type { KpiTarget } from './kpi.js';
import type { SlaPolicy } from './policy.js';
import type { CalendarDefinition } from './types.js';

/**
 * An organisation's SLA set as data: the calendar its business clock and day counts use, its task
 * policies in match order, its call-level policies, and its KPI targets. `notes` records the readings a
 * preset had to choose where the standard is silent (e.g. whether "全年" includes public holidays).
 *
 * @example
 * ```ts
 * import { createCalendar, evaluateTaskWith, type SlaPreset } from 'kefu/sla';
 * import { gasHotlineSla } from 'kefu/presets';
 * const preset: SlaPreset = gasHotlineSla;
 * const calendar = createCalendar(preset.calendar); // once
 * const result = evaluateTaskWith({ id: 'T-1', kind: 'callback', createdAt: '2026-09-30T09:00:00+08:00' }, preset.policies, { now: '2026-10-01T09:00:00+08:00', calendar });
 * result?.targets[0]?.rule; // 'HOT-SLA-5': call back within 48 hours
 * result?.targets[0]?.state; // 'running' (24 of 48 h)
 * ```
 */
export interface SlaPreset {
  /** The calendar definition (build it once with `createCalendar`). */
  readonly calendar: CalendarDefinition;
  /** Task policies, most specific first. */
  readonly policies: readonly SlaPolicy[];
  /** Call-level policies. */
  readonly callPolicies: readonly CallPolicy[];
  /** KPI targets to check with `computeKpis`. */
  readonly kpiTargets: readonly KpiTarget[];
  /** Choices made where the standard is silent, in English. */
  readonly notes: readonly string[];
}
