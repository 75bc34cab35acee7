import * as z from 'zod';

/**
 * An instant as an ISO 8601 string with its UTC offset (`2026-09-30T16:00:00+08:00` or `…Z`).
 * A time without an offset is ambiguous across hosts and is rejected.
 *
 * @example
 * ```ts
 * Timestamp.parse('2026-09-30T16:00:00+08:00');
 * ```
 */
export const Timestamp = z.iso.datetime({ offset: true, error: 'expected an ISO 8601 date-time with an offset, e.g. 2026-09-30T16:00:00+08:00' });
/** An ISO 8601 instant with offset. @example `const t: Timestamp = '2026-09-30T08:00:00Z';` */
export type Timestamp = z.infer<typeof Timestamp>;

/**
 * A non-empty identifier (trimmed, at most 128 characters).
 *
 * @example
 * ```ts
 * Id.parse('T-2026-0001');
 * ```
 */
export const Id = z.string().trim().min(1, 'must not be empty').max(128);
/** An identifier. @example `const id: Id = 'c1';` */
export type Id = z.infer<typeof Id>;
