/**
 * Shared data frozen all the way down. kefu's catalogs, lexicons and presets are read by every checker
 * and classifier a host builds: one stray assignment (`presets[id].lint.rules[x] = 'off'`) would change
 * them all, so they cannot be assigned to at all.
 *
 * @module
 */

/**
 * `value` with every object and array inside it frozen (functions and zod schemas are left alone: they
 * are not data). Returns the same value, for use at a declaration.
 *
 * @example
 * ```ts
 * import { deepFrozen } from 'kefu/model';
 * const limits = deepFrozen({ rings: 3, words: ['您好'] });
 * Object.isFrozen(limits.words); // true
 * ```
 */
export function deepFrozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !('_zod' in value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFrozen(inner);
  }
  return value;
}
