/**
 * kefu/sla/zone — reading and writing wall-clock time in an IANA zone: the public face of the
 * wall-clock arithmetic of kefu/sla, so hosts (and the CLI) never reach for the internals or the
 * host's zone. Printing is date-fns' `lightFormat` over a `TZDateMini` (whose getters read the zone's
 * wall clock); it is an entry of its own so that kefu/sla stays within its size budget.
 *
 * @example
 * ```ts
 * import { formatInZone, parseWallClock } from 'kefu/sla/zone';
 * formatInZone(parseWallClock('2026-10-01 09:30', 'Asia/Shanghai'), 'Asia/Shanghai'); // '2026-10-01 09:30 +08:00'
 * ```
 * @module sla/zone
 */
import { TZDateMini } from '@date-fns/tz';
import { lightFormat } from 'date-fns';
import { invalidField } from '../model/error.js';
import { readDateTime } from '../model/instant.js';
import { checkZone, fromWall, offsetMs, toMs } from './time.js';
import type { DateInput } from './types.js';

// `xxx` (the offset) is the one token lightFormat lacks: it is put in as quoted text first.
const OFFSET_TOKEN = /xxx|'[^']*'/g;

/**
 * An instant as wall-clock text in `timeZone`. Pattern tokens (the date-fns names, so a pattern reads the
 * same in both): `yyyy` year, `MM` month, `dd` day, `HH` hour 00–23, `mm` minute, `ss` second, `SSS`
 * millisecond, `xxx` the zone's offset at that instant (`+08:00`, `-04:00`); text in single quotes is
 * copied as it is, and so is any other character. Years 0000–9999.
 *
 * @param instant - a `Date`, epoch ms, or instant text with an offset
 * @param timeZone - an IANA zone, e.g. `'Asia/Shanghai'`
 * @param pattern - default `'yyyy-MM-dd HH:mm xxx'`
 * @returns the formatted text
 * @throws KefuError `invalid_input` naming `instant` or `timeZone` and the value
 *
 * @example
 * ```ts
 * import { formatInZone } from 'kefu/sla/zone';
 * formatInZone('2026-09-30T14:00:00Z', 'Asia/Shanghai'); // '2026-09-30 22:00 +08:00'
 * formatInZone(Date.UTC(2026, 8, 30, 14), 'America/New_York', "yyyy-MM-dd'T'HH:mm:ss"); // '2026-09-30T10:00:00'
 * ```
 */
export function formatInZone(instant: DateInput, timeZone: string, pattern = 'yyyy-MM-dd HH:mm xxx'): string {
  const ms = toMs(instant, 'instant');
  const zone = checkZone(timeZone, 'timeZone', 'invalid_input');
  const offset = offsetMs(zone, ms);
  // The offset's "HH:MM" is the time of day of that many ms after the epoch.
  const xxx = (offset < 0 ? '-' : '+') + new Date(Math.abs(offset)).toISOString().slice(11, 16);
  return lightFormat(
    new TZDateMini(ms, zone),
    pattern.replace(OFFSET_TOKEN, (token) => (token === 'xxx' ? `'${xxx}'` : token)),
  );
}

/**
 * The instant a wall-clock reading names in `timeZone`: `YYYY-MM-DD`, optionally with a time after `T`,
 * `t` or a space — `HH:MM`, `HH:MM:SS` or `HH:MM:SS.f` — and NO offset (text with an offset is an
 * instant already: use `parseInstant` of `kefu/model`). A date alone is its midnight.
 *
 * At a DST switch a reading may not exist (spring forward) or exist twice (fall back). Like Temporal's
 * `'compatible'` choice, a missing reading is taken with the offset before the switch (02:30 on New
 * York's spring-forward night is 03:30 EDT) and a doubled one is the earlier instant (01:30 on the
 * fall-back night is 01:30 EDT). So `formatInZone(parseWallClock(w, z), z)` gives `w` back except inside
 * a spring-forward gap.
 *
 * @param text - the wall-clock reading
 * @param timeZone - an IANA zone, e.g. a calendar's `timeZone`
 * @returns the instant
 * @throws KefuError `invalid_input` naming `text` or `timeZone` and the value; a date that does not exist (2026-02-30) is refused
 *
 * @example
 * ```ts
 * import { parseWallClock } from 'kefu/sla/zone';
 * parseWallClock('2026-10-01 09:30', 'Asia/Shanghai').toISOString(); // '2026-10-01T01:30:00.000Z'
 * parseWallClock('2026-03-08T02:30', 'America/New_York').toISOString(); // '2026-03-08T07:30:00.000Z' (03:30 EDT)
 * ```
 */
export function parseWallClock(text: string, timeZone: string): Date {
  const read = readDateTime(text);
  if (read === undefined || read[1] !== undefined) throw invalidField('invalid_input', 'text', text, 'is not a wall-clock time without offset, e.g. 2026-10-01 09:30');
  return new Date(fromWall(checkZone(timeZone, 'timeZone', 'invalid_input'), read[0]));
}
