/**
 * Checks shared by the calendar, limit and policy readers, so each error names its field and value the
 * same way whichever entry point the bad data came through.
 */
import { invalidField, type KefuErrorCode } from '../model/error.js';

/** A path from an input's root to a field. @internal */
export type Path = readonly (string | number)[];

/** A plain object (not null, not an array). @internal */
export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Throw `code` naming `path` and `value` unless `value` is a plain object. @internal */
export function mustBeObject(value: unknown, path: string | Path, code: KefuErrorCode): asserts value is Record<string, unknown> {
  if (!isObject(value)) throw invalidField(code, path, value, 'must be an object');
}

/** Throw `code` naming `path` and `value` unless `value` is a list (with an entry, when `filled`). @internal */
export function mustBeList(value: unknown, path: string | Path, code: KefuErrorCode, filled = false): asserts value is readonly unknown[] {
  if (!Array.isArray(value) || (filled && value.length === 0)) throw invalidField(code, path, value, filled ? 'must be a non-empty list' : 'must be a list');
}

/**
 * Check one value against allowed values; returns it typed, or throws (`code`, by default `invalid_policy`)
 * naming `[...base, key]` (and `index`, inside a list) and the value. Paths are built only on failure:
 * this runs on every evaluation.
 * @internal
 */
export function checkOne<T extends string>(value: unknown, allowed: readonly T[], base: Path, key: string, code: KefuErrorCode = 'invalid_policy', index?: number): T {
  if (!allowed.includes(value as T)) {
    throw invalidField(code, index === undefined ? [...base, key] : [...base, key, index], value, `is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/**
 * Check a list against allowed values (a single value too, with `single`); returns it as a list, or
 * throws `invalid_policy` naming `[...base, key]` and the first bad entry.
 * @internal
 */
export function checkList<T extends string>(value: unknown, allowed: readonly T[], base: Path, key: string, single = false): readonly T[] {
  if (single && !Array.isArray(value)) return [checkOne(value, allowed, base, key)];
  mustBeList(value, [...base, key], 'invalid_policy');
  for (let i = 0; i < value.length; i++) checkOne(value[i], allowed, base, key, 'invalid_policy', i);
  return value as readonly T[];
}

/**
 * `value`, which the caller knows is there (an index known to be in range, a day known to be worked). A
 * missing one is a bug in kefu, not bad input: it throws a plain `Error`, never a `KefuError`.
 * @internal
 */
export function known<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('kefu internal error: missing value');
  return value;
}
