import * as z from 'zod/mini';
import { INSTANT_PATTERN, INSTANT_TEXT, isInstantText } from './instant.js';

const INSTANT_ERROR = `expected ${INSTANT_TEXT}`;

/**
 * An instant as text with its UTC offset, in exactly the forms {@link parseInstant} reads
 * (`2026-09-30T16:00:00+08:00`, `2026-09-30T16:00+08:00`, `2026-09-30 16:00:00+0800`, `…Z`); the text is
 * kept as written. A time without an offset is ambiguous across hosts and is rejected, and so is a date
 * that does not exist. The JSON Schema carries the syntax as a `pattern`.
 *
 * @example
 * ```ts
 * import { Timestamp } from 'kefu/model';
 * Timestamp.parse('2026-09-30T16:00:00+08:00');
 * ```
 */
// The pattern fails fast (and lands in the JSON Schema); the refinement adds what a pattern cannot say, that the date exists.
export const Timestamp = /* @__PURE__ */ z.string().check(z.regex(INSTANT_PATTERN, { error: INSTANT_ERROR, abort: true }), z.refine(isInstantText, { error: INSTANT_ERROR }));
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
export const Id = /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(128));
/** An identifier. @example `const id: Id = 'c1';` */
export type Id = z.infer<typeof Id>;
