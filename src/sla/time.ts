/**
 * Wall-clock arithmetic in an IANA zone, on plain numbers. A "day" is a local date written as the number
 * of days since 1970-01-01; a "wall" value is epoch-ms arithmetic on local date and time as if they were
 * UTC. Only `tzOffset` from @date-fns/tz touches zone data, so the host zone never leaks in.
 */
import { tzOffset } from '@date-fns/tz/tzOffset';
import { invalidField } from '../model/error.js';
import type { DateInput } from './types.js';

/** @internal */
export const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Offset of `zone` at instant `ms`, in ms. @internal */
export function offsetMs(zone: string, ms: number): number {
  return tzOffset(zone, new Date(ms)) * MINUTE_MS;
}

/** Local day (days since 1970-01-01 in `zone`) of instant `ms`. @internal */
export function localDay(zone: string, ms: number): number {
  return Math.floor((ms + offsetMs(zone, ms)) / DAY_MS);
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
  const earlyValid = offsetMs(zone, early) === before;
  const lateValid = offsetMs(zone, late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (lateValid) return late;
  return early;
}

/** Days since 1970-01-01 of a proleptic Gregorian date. @internal */
export function dayOf(year: number, month: number, date: number): number {
  return Date.UTC(year, month - 1, date) / DAY_MS;
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

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse `YYYY-MM-DD` into a day number, or `undefined` when it is not a real date. @internal */
export function parseDay(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const year = +m[1]!;
  const month = +m[2]!;
  const date = +m[3]!;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const length = month === 2 ? (leap ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);
  return month >= 1 && month <= 12 && date >= 1 && date <= length ? dayOf(year, month, date) : undefined;
}

const INSTANT_RE = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/i;

/**
 * Epoch ms of a `DateInput`, or a `KefuError` naming `field` and the value.
 * @internal
 */
export function toMs(input: DateInput, field: string): number {
  let ms = Number.NaN;
  if (input instanceof Date) ms = input.getTime();
  else if (typeof input === 'number') ms = input;
  else if (typeof input === 'string') {
    const m = INSTANT_RE.exec(input);
    if (m && parseDay(m[1]) !== undefined) ms = Date.parse(input);
  }
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) {
    throw invalidField(
      'invalid_input',
      field,
      input,
      'is not an instant (a Date, epoch ms, or ISO 8601 text with an offset)',
    );
  }
  return ms;
}
