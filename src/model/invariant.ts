// Checks for facts the code guarantees but the type checker cannot see: an index inside bounds the
// caller has just tested, a capture group that is not optional in its pattern. When one fails, kefu
// has a bug (the input is not to blame), so the error is a plain `Error`, never a `KefuError`.
// Internal: not exported from any public entry.

/**
 * The element at `index` of a list, where the caller guarantees `0 <= index < list.length`.
 * @internal
 */
export function itemAt<T extends NonNullable<unknown> | null>(list: ArrayLike<T>, index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`kefu internal error: index ${index} is outside a list of length ${list.length}`);
  return item;
}

/**
 * `value`, which the caller guarantees is not `undefined`; `what` names it in the error.
 * @internal
 */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`kefu internal error: ${what} is missing`);
  return value;
}
