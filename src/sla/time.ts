/**
 * Wall-clock arithmetic in an IANA zone, on plain numbers. A "day" is a local date written as the number
 * of days since 1970-01-01; a "wall" value is epoch-ms arithmetic on local date and time as if they were
 * UTC. Only `offsetMs` touches zone data (through @date-fns/tz), so the host zone never leaks in.
 */
import { tzOffset } from '@date-fns/tz/tzOffset';
import { invalidField } from '../model/error.js';
import { INSTANT_RULE, parseInstant, readDateTime } from '../model/instant.js';
import type { DateInput } from './types.js';

/** @internal */
export const DAY_MS = 86_400_000;

/** Ten years of days: the longest date range a calendar takes, and how far a search walks through closed days. @internal */
export const TEN_YEARS = 3660;

/** Offset of `zone` at instant `ms`, in ms (@date-fns/tz reads it from the platform's zone data). @internal */
export function offsetMs(zone: string, ms: number): number {
  return tzOffset(zone, new Date(ms)) * 60_000;
}

/** Local day (days since 1970-01-01 in `zone`) of instant `ms`. @internal */
export function localDay(zone: string, ms: number): number {
  return Math.floor(toWall(zone, ms) / DAY_MS);
}

/** Local wall time of instant `ms` (epoch-ms arithmetic as if local were UTC). @internal */
export function toWall(zone: string, ms: number): number {
  return ms + offsetMs(zone, ms);
}

/**
 * The instant a wall-clock time names. At a DST switch a wall time may not exist (spring forward) or
 * exist twice (fall back); like Temporal's `'compatible'` choice, a missing time is read with the offset
 * before the switch (so 02:30 on a spring-forward night becomes 03:30) and a doubled one takes the
 * earlier instant.
 * @internal
 */
export function fromWall(zone: string, wall: number): number {
  const before = offsetMs(zone, wall - DAY_MS);
  const after = offsetMs(zone, wall + DAY_MS);
  if (before === after) return wall - before;
  const early = wall - before;
  const late = wall - after;
  // Both valid: the earlier instant; one valid: that one; neither (cannot happen): the old offset.
  return offsetMs(zone, late) === after && !(offsetMs(zone, early) === before && early <= late) ? late : early;
}

/** Year of a local day. @internal */
export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** Weekday of a local day, 0 = Sunday. @internal */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** `YYYY-MM-DD` of a local day. @internal */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Parse `YYYY-MM-DD` into a day number, or `undefined` when it is not a real date. @internal */
export function parseDay(text: unknown): number | undefined {
  const read = readDateTime(text);
  return read === undefined || read[2] || read[1] !== undefined ? undefined : read[0] / DAY_MS;
}

/**
 * `zone` itself when @date-fns/tz knows it (it answers NaN for one the platform lacks; a fixed offset such
 * as "+08:00" it reads as such), else a KefuError (`code`) naming `path` and the value.
 * @internal
 */
export function checkZone(zone: unknown, path: string | readonly string[], code: 'invalid_input' | 'invalid_calendar'): string {
  if (typeof zone === 'string' && Number.isFinite(offsetMs(zone, 0))) return zone;
  throw invalidField(code, path, zone, 'is not an IANA time zone');
}

/**
 * Epoch ms of a `DateInput`, or a `KefuError` naming `field` (a dotted path or path list) and the value.
 * Text goes through the model's one instant reader, so sla accepts exactly what a `Task` does.
 * @internal
 */
export function toMs(input: DateInput, field: string | readonly (string | number)[]): number {
  if (typeof input === 'string') return parseInstant(input, field);
  const ms = typeof input === 'number' ? input : input instanceof Date ? input.getTime() : NaN;
  if (!(Math.abs(ms) <= 8.64e15)) throw invalidField('invalid_input', field, input, INSTANT_RULE);
  return ms;
}
