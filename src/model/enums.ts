import * as z from 'zod';

/**
 * The kinds of call the standards name (rule: CALL-1): inbound 咨询 consultation, 报修 repair, 报警
 * emergency, 投诉 complaint; outbound 回访 callback; the after-sales centre's 预约 appointment and
 * 邀约 invitation; and `business` for counter or account business (缴费, 过户, …).
 *
 * @example
 * ```ts
 * CallKind.parse('repair'); // 'repair'
 * ```
 */
export const CallKind = z.enum([
  'consultation',
  'repair',
  'emergency',
  'complaint',
  'callback',
  'appointment',
  'invitation',
  'business',
]);
/** A call kind (rule: CALL-1). @example `const kind: CallKind = 'emergency';` */
export type CallKind = z.infer<typeof CallKind>;

/**
 * How urgent a task or call is. `urgent` is reserved for emergencies (rule: CALL-2).
 *
 * @example
 * ```ts
 * Priority.parse('urgent');
 * ```
 */
export const Priority = z.enum(['urgent', 'high', 'normal', 'low']);
/** A priority. @example `const p: Priority = 'normal';` */
export type Priority = z.infer<typeof Priority>;

/**
 * Who speaks a turn of a transcript.
 *
 * @example
 * ```ts
 * Speaker.parse('agent');
 * ```
 */
export const Speaker = z.enum(['agent', 'customer', 'system']);
/** A speaker. @example `const s: Speaker = 'customer';` */
export type Speaker = z.infer<typeof Speaker>;

/**
 * The six customer types of the service-skills appendix (rules: TIP-1 … TIP-6): officials, leaders and
 * celebrities; business owners; senior managers; finance and administrative staff; engineers and
 * technicians; ordinary households.
 *
 * @example
 * ```ts
 * CustomerType.parse('technician');
 * ```
 */
export const CustomerType = z.enum(['official', 'owner', 'manager', 'finance', 'technician', 'household']);
/** A customer type (TIP-1 … TIP-6). @example `const t: CustomerType = 'household';` */
export type CustomerType = z.infer<typeof CustomerType>;

/**
 * Honorifics the standards use to address a customer (rule: PHR-ADDR).
 *
 * @example
 * ```ts
 * Honorific.parse('女士');
 * ```
 */
export const Honorific = z.enum(['先生', '女士', '小姐']);
/** An honorific. @example `const h: Honorific = '先生';` */
export type Honorific = z.infer<typeof Honorific>;

/**
 * Direction of a call: the customer called in, or the centre called out (callbacks, invitations).
 *
 * @example
 * ```ts
 * Direction.parse('outbound');
 * ```
 */
export const Direction = z.enum(['inbound', 'outbound']);
/** A call direction. @example `const d: Direction = 'inbound';` */
export type Direction = z.infer<typeof Direction>;

/**
 * How the customer reached the centre: by phone, in person at the hall (walk-in), or online.
 *
 * @example
 * ```ts
 * Channel.parse('walk-in');
 * ```
 */
export const Channel = z.enum(['phone', 'walk-in', 'online']);
/** A channel. @example `const c: Channel = 'phone';` */
export type Channel = z.infer<typeof Channel>;

/**
 * Who ended the call. The standard wants the customer to hang up first (rule: CALL-8).
 *
 * @example
 * ```ts
 * HangUpBy.parse('customer');
 * ```
 */
export const HangUpBy = z.enum(['agent', 'customer', 'system']);
/** Who hung up. @example `const h: HangUpBy = 'customer';` */
export type HangUpBy = z.infer<typeof HangUpBy>;

/**
 * Kinds of SLA-bound work the standards create (see DOMAIN.md SLA rows): repair and emergency orders,
 * complaints, replies to deferred consultations, callbacks, appointments, reception of a parked car,
 * satisfaction-survey opinions, service requests, phone support and on-site support, follow-up cases.
 *
 * @example
 * ```ts
 * TaskKind.parse('consultation-reply');
 * ```
 */
export const TaskKind = z.enum([
  'repair',
  'emergency',
  'complaint',
  'consultation-reply',
  'callback',
  'appointment',
  'reception',
  'maintenance',
  'survey-opinion',
  'service-request',
  'phone-support',
  'on-site',
  'follow-up',
]);
/** A task kind. @example `const k: TaskKind = 'repair';` */
export type TaskKind = z.infer<typeof TaskKind>;

/**
 * Events on a task's timeline. SLA targets start and stop on these; `paused`/`resumed` stop and restart
 * the clock (e.g. waiting for the customer).
 *
 * @example
 * ```ts
 * TaskEventType.parse('dispatched');
 * ```
 */
export const TaskEventType = z.enum([
  'created',
  'acknowledged',
  'escalated',
  'forwarded',
  'dispatched',
  'arrived',
  'work-started',
  'replied',
  'opinion-given',
  'department-replied',
  'resolved',
  'callback-done',
  'customer-replied',
  'closed',
  'reopened',
  'paused',
  'resumed',
]);
/** A task event type. @example `const e: TaskEventType = 'resolved';` */
export type TaskEventType = z.infer<typeof TaskEventType>;
