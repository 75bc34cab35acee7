import type { KefuError } from './error.js';

/**
 * The outcome of an operation that may fail without throwing: `{ ok: true, value }` or
 * `{ ok: false, error }`.
 *
 * @example
 * ```ts
 * const result: Result<number> = { ok: true, value: 1 };
 * if (result.ok) console.log(result.value);
 * ```
 */
export type Result<T, E = KefuError> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };
