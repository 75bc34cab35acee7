import * as z from 'zod/mini';

// Each enum is a const tuple first: kefu/sla reads the tuples without zod. The schemas are marked pure so
// that a bundle using only a tuple drops them, and zod with them.

/**
 * The CallKind values in order — the one list the schema and the type derive from.
 *
 * @example
 * ```ts
 * import { CALL_KINDS } from 'kefu/model';
 * CALL_KINDS[0]; // 'consultation'
 * ```
 */
export const CALL_KINDS = ['consultation', 'repair', 'emergency', 'complaint', 'callback', 'appointment', 'invitation', 'business'] as const;
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
export const CallKind = /* @__PURE__ */ z.enum(CALL_KINDS);
/** A call kind (rule: CALL-1). @example `const kind: CallKind = 'emergency';` */
export type CallKind = (typeof CALL_KINDS)[number];

/**
 * The Priority values in order — the one list the schema and the type derive from.
 *
 * @example
 * ```ts
 * import { PRIORITIES } from 'kefu/model';
 * PRIORITIES[0]; // 'urgent'
 * ```
 */
export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
/**
 * How urgent a task or call is. `urgent` is reserved for emergencies (rule: CALL-2).
 *
 * @example
 * ```ts
 * Priority.parse('urgent');
 * ```
 */
export const Priority = /* @__PURE__ */ z.enum(PRIORITIES);
/** A priority. @example `const p: Priority = 'normal';` */
export type Priority = (typeof PRIORITIES)[number];

/**
 * The Speaker values in order — the one list the schema and the type derive from.
 *
 * @example
 * ```ts
 * import { SPEAKERS } from 'kefu/model';
 * SPEAKERS[0]; // 'agent'
 * ```
 */
export const SPEAKERS = ['agent', 'customer', 'system'] as const;
/**
 * Who speaks a turn of a transcript.
 *
 * @example
 * ```ts
 * Speaker.parse('agent');
 * ```
 */
export const Speaker = /* @__PURE__ */ z.enum(SPEAKERS);
/** A speaker. @example `const s: Speaker = 'customer';` */
export type Speaker = (typeof SPEAKERS)[number];

/**
 * The CustomerType values in order — the one list the schema and the type derive from.
 *
 * @example
 * ```ts
 * import { CUSTOMER_TYPES } from 'kefu/model';
 * CUSTOMER_TYPES[0]; // 'official'
 * ```
 */
export const CUSTOMER_TYPES = ['official', 'owner', 'manager', 'finance', 'technician', 'household'] as const;
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
export const CustomerType = /* @__PURE__ */ z.enum(CUSTOMER_TYPES);
/** A customer type (TIP-1 … TIP-6). @example `const t: CustomerType = 'household';` */
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

/**
 * The Honorific values in order — the one list the schema and the type derive from.
 *
 * @example
 * ```ts
 * import { HONORIFICS } from 'kefu/model';
 * HONORIFICS[0]; // '先生'
 * ```
 */
export const HONORIFICS = ['先生', '女士', '小姐'] as const;
/**
 * Honorifics the standards use to address a customer (rule: PHR-ADDR).
 *
 * @example
 * ```ts
 * Honorific.parse('女士');
 * ```
 */
export const Honorific = /* @__PURE__ */ z.enum(HONORIFICS);
/** An honorific. @example `const h: Honorific = '先生';` */
export type Honorific = (typeof HONORIFICS)[number];

/**
 * The Direction values in order — the one list the schema and the type derive from.
 *
 * @example
 * ```ts
 * import { DIRECTIONS } from 'kefu/model';
 * DIRECTIONS[0]; // 'inbound'
 * ```
 */
export const DIRECTIONS = ['inbound', 'outbound'] as const;
/**
 * Direction of a call: the customer called in, or the centre called out (callbacks, invitations).
 *
 * @example
 * ```ts
 * Direction.parse('outbound');
 * ```
 */
export const Direction = /* @__PURE__ */ z.enum(DIRECTIONS);
/** A call direction. @example `const d: Direction = 'inbound';` */
export type Direction = (typeof DIRECTIONS)[number];

/**
 * The Channel values in order — the one list the schema and the type derive from.
 *
 * @example
 * ```ts
 * import { CHANNELS } from 'kefu/model';
 * CHANNELS[0]; // 'phone'
 * ```
 */
export const CHANNELS = ['phone', 'walk-in', 'online'] as const;
/**
 * How the customer reached the centre: by phone, in person at the hall (walk-in), or online.
 *
 * @example
 * ```ts
 * Channel.parse('walk-in');
 * ```
 */
export const Channel = /* @__PURE__ */ z.enum(CHANNELS);
/** A channel. @example `const c: Channel = 'phone';` */
export type Channel = (typeof CHANNELS)[number];

/**
 * The HangUpBy values in order — the one list the schema and the type derive from.
 *
 * @example
 * ```ts
 * import { HANG_UP_PARTIES } from 'kefu/model';
 * HANG_UP_PARTIES[0]; // 'agent'
 * ```
 */
export const HANG_UP_PARTIES = ['agent', 'customer', 'system'] as const;
/**
 * Who ended the call. The standard wants the customer to hang up first (rule: CALL-8).
 *
 * @example
 * ```ts
 * HangUpBy.parse('customer');
 * ```
 */
export const HangUpBy = /* @__PURE__ */ z.enum(HANG_UP_PARTIES);
/** Who hung up. @example `const h: HangUpBy = 'customer';` */
export type HangUpBy = (typeof HANG_UP_PARTIES)[number];

/**
 * The TaskKind values in order — the one list the schema and the type derive from.
 *
 * @example
 * ```ts
 * import { TASK_KINDS } from 'kefu/model';
 * TASK_KINDS[0]; // 'repair'
 * ```
 */
export const TASK_KINDS = [
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
] as const;
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
export const TaskKind = /* @__PURE__ */ z.enum(TASK_KINDS);
/** A task kind. @example `const k: TaskKind = 'repair';` */
export type TaskKind = (typeof TASK_KINDS)[number];

/**
 * The TaskEventType values in order — the one list the schema and the type derive from.
 *
 * @example
 * ```ts
 * import { TASK_EVENT_TYPES } from 'kefu/model';
 * TASK_EVENT_TYPES[0]; // 'created'
 * ```
 */
export const TASK_EVENT_TYPES = [
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
] as const;
/**
 * Events on a task's timeline. SLA targets start and stop on these; `paused`/`resumed` stop and restart
 * the clock (e.g. waiting for the customer).
 *
 * @example
 * ```ts
 * TaskEventType.parse('dispatched');
 * ```
 */
export const TaskEventType = /* @__PURE__ */ z.enum(TASK_EVENT_TYPES);
/** A task event type. @example `const e: TaskEventType = 'resolved';` */
export type TaskEventType = (typeof TASK_EVENT_TYPES)[number];
