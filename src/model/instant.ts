/**
 * The one reader of instant texts. The model's `Timestamp` schema, the SLA functions and the call
 * machines all go through it, so an instant one of them accepts is accepted by all, with the same value.
 * No zod here: `kefu/sla` imports this file and must not bundle zod.
 */
import { KefuError, invalidField } from './error.js';

// One syntax, two uses: an instant needs a time and an offset; a wall-clock reading (sla's
// parseWallClock) has no offset and may leave the time out. INSTANT_PATTERN below is this regex with
// the time and the offset required; the parity test checks that the two agree.
const ANY_DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)(?:[Tt ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d{1,9}))?)?)?([Zz]|([+-])([01]\d|2[0-3]):?([0-5]\d))?$/;

/**
 * The accepted instant syntax, for hosts that check text without parsing it (it is the `pattern` of
 * `Timestamp` in the JSON Schemas). The date must also exist, which a pattern cannot say: use
 * {@link isInstantText} for that.
 *
 * @example
 * ```ts
 * import { INSTANT_PATTERN } from 'kefu/model';
 * INSTANT_PATTERN.test('2026-09-30T16:00+08:00'); // true
 * ```
 */
export const INSTANT_PATTERN = /^(\d{4})-(\d\d)-(\d\d)[Tt ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d{1,9}))?)?([Zz]|([+-])([01]\d|2[0-3]):?([0-5]\d))$/;

/**
 * Read date-time text: `[wall, offset]`, where `wall` is the written date and time as epoch ms as if
 * they were UTC and `offset` the written offset in minutes (`undefined` when none was written), or
 * `undefined` when the text does not match or names a date that does not exist. `withTime`: whether a
 * time was written.
 * @internal
 */
export function readDateTime(text: unknown): [wall: number, offset: number | undefined, withTime: boolean] | undefined {
  const m = typeof text === 'string' ? ANY_DATE_TIME.exec(text) : null;
  if (m === null) return undefined;
  const [, year = '', month = '', day = '', hour, minute = '0', second = '0', fraction = '', zone, sign, offsetHours = '0', offsetMinutes = '0'] = m;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written.
  date.setUTCFullYear(+year, +month - 1, +day);
  // A day the month lacks rolls over into the next month: that is how an impossible date shows.
  if (date.getUTCMonth() !== +month - 1 || date.getUTCDate() !== +day) return undefined;
  // Digits past the millisecond are dropped, as Date.parse drops them.
  const wall = date.setUTCHours(+(hour ?? 0), +minute, +second, +(fraction + '00').slice(0, 3));
  return [wall, zone === undefined ? undefined : (sign === '-' ? -1 : 1) * (+offsetHours * 60 + +offsetMinutes), hour !== undefined];
}

/**
 * Epoch ms of an instant text (the forms of {@link parseInstant}), or `undefined` when the text is not
 * one — for callers that must not throw, such as a zod refinement.
 *
 * @example
 * ```ts
 * import { instantMs } from 'kefu/model';
 * instantMs('2026-09-30T16:00:00+08:00'); // 1790755200000
 * instantMs('2026-09-30T16:00:00'); // undefined: no offset
 * ```
 */
export function instantMs(text: unknown): number | undefined {
  const read = readDateTime(text);
  return read === undefined || read[1] === undefined || !read[2] ? undefined : read[0] - read[1] * 60_000;
}

/**
 * The offset from UTC, in minutes, that an instant text is written in (`Z` is 0), or `undefined` when
 * the text is not an instant — so a time computed from it can be written the way the caller wrote theirs.
 *
 * @example
 * ```ts
 * import { instantOffset } from 'kefu/model';
 * instantOffset('2026-09-30T16:00:00+08:00'); // 480
 * instantOffset('2026-09-30T08:00:00Z'); // 0
 * ```
 */
export function instantOffset(text: unknown): number | undefined {
  const read = readDateTime(text);
  return read === undefined || !read[2] ? undefined : read[1];
}

/**
 * An instant (epoch ms) as ISO 8601 text at a fixed offset from UTC in minutes (`Z` when 0);
 * milliseconds are written only when there are any.
 *
 * @param ms - epoch milliseconds
 * @param offsetMinutes - the offset to write it in, e.g. 480 for +08:00 (default 0)
 * @throws KefuError `invalid_input` when `ms` is not finite or the offset is not a whole number of
 *   minutes within ±23:59
 * @example
 * ```ts
 * import { formatInstant } from 'kefu/model';
 * formatInstant(1790755200000, 480); // '2026-09-30T16:00:00+08:00'
 * formatInstant(1790755200500); // '2026-09-30T08:00:00.500Z'
 * ```
 */
export function formatInstant(ms: number, offsetMinutes = 0): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    throw new KefuError('invalid_input', 'ms must be a finite number of epoch milliseconds', [{ path: ['ms'], message: 'must be a finite number', value: ms }]);
  }
  if (typeof offsetMinutes !== 'number' || !Number.isInteger(offsetMinutes) || Math.abs(offsetMinutes) >= 24 * 60) {
    throw new KefuError('invalid_input', 'offsetMinutes must be a whole number of minutes within ±23:59', [
      { path: ['offsetMinutes'], message: 'must be an integer between -1439 and 1439', value: offsetMinutes },
    ]);
  }
  const wall = new Date(ms + offsetMinutes * 60_000).toISOString();
  const text = ms % 1000 === 0 ? wall.replace('.000Z', 'Z') : wall;
  if (offsetMinutes === 0) return text;
  const size = Math.abs(offsetMinutes);
  const zone = `${offsetMinutes < 0 ? '-' : '+'}${String(Math.floor(size / 60)).padStart(2, '0')}:${String(size % 60).padStart(2, '0')}`;
  return `${text.slice(0, -1)}${zone}`;
}

/**
 * Whether `text` is an instant kefu accepts (see {@link parseInstant} for the forms).
 *
 * @example
 * ```ts
 * import { isInstantText } from 'kefu/model';
 * isInstantText('2026-09-30 16:00:00+0800'); // true
 * isInstantText('2026-02-30T16:00:00+08:00'); // false: February has no 30th
 * ```
 */
export function isInstantText(text: unknown): boolean {
  return instantMs(text) !== undefined;
}

/**
 * Read an instant written as text: ISO 8601 / RFC 3339 extended date and time WITH its UTC offset.
 *
 * Accepted, exactly:
 * - date `YYYY-MM-DD` (a date that exists: `2026-02-30` is refused);
 * - separator `T`, `t` or one space (RFC 3339 §5.6 allows the lower case and the space);
 * - time `HH:MM`, `HH:MM:SS` or `HH:MM:SS.f` with 1–9 fraction digits (00–23 hours; no `24:00`, no
 *   leap second `:60`); digits past the millisecond are dropped, not rounded;
 * - offset `Z`, `z`, `±HH:MM` or `±HHMM` (hours 00–23).
 *
 * Refused: a time without an offset (it would name a different instant on every host — read one with
 * `parseWallClock` from `kefu/sla` and a time zone), a date alone, `±HH`, a comma fraction, basic-format
 * `20260930T160000Z`, surrounding spaces, and every other notation `Date.parse` happens to take.
 *
 * @param text - the text
 * @param path - the field to name in the error, a dotted path or a path list (default `'instant'`)
 * @returns epoch milliseconds
 * @throws KefuError `invalid_input` naming `path` and the value
 *
 * @example
 * ```ts
 * import { parseInstant } from 'kefu/model';
 * parseInstant('2026-09-30T16:00+08:00'); // 1790755200000
 * parseInstant('2026-09-30t08:00:00z'); // 1790755200000
 * parseInstant('2026-09-30T16:00:00', 'createdAt'); // KefuError: createdAt is not an ISO 8601 date-time with an offset …
 * ```
 */
export function parseInstant(text: unknown, path: string | readonly (string | number)[] = 'instant'): number {
  const ms = instantMs(text);
  if (ms === undefined) throw invalidField('invalid_input', path, text, `is not ${INSTANT_TEXT}`);
  return ms;
}

/**
 * What instant text must be, as error messages say it (“is not …”, “expected …”, “must be …”).
 *
 * @internal
 */
export const INSTANT_TEXT = 'an ISO 8601 date-time with an offset, e.g. 2026-09-30T16:00:00+08:00';

/**
 * What an instant must be where a Date or epoch milliseconds are accepted too.
 *
 * @internal
 */
export const INSTANT_RULE = `is not a Date, epoch ms or ${INSTANT_TEXT}`;
