import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KefuError } from '../../src/model/index.js';
import { formatInZone, parseWallClock } from '../../src/sla/zone.js';

const SECONDS = "yyyy-MM-dd'T'HH:mm:ss";

describe('formatInZone', () => {
  it('writes the wall clock and offset of the zone, never the host (rule: HOT-SLA-1 deadlines shown in the calendar zone)', () => {
    expect(formatInZone('2026-09-30T14:00:00Z', 'Asia/Shanghai')).toBe('2026-09-30 22:00 +08:00');
    expect(formatInZone(Date.UTC(2026, 8, 30, 14), 'America/New_York')).toBe('2026-09-30 10:00 -04:00');
    expect(formatInZone(new Date(Date.UTC(2026, 11, 30, 14)), 'America/New_York')).toBe('2026-12-30 09:00 -05:00');
    expect(formatInZone('2026-09-30T14:00:00Z', 'Asia/Kolkata')).toBe('2026-09-30 19:30 +05:30');
    expect(formatInZone('2026-09-30T14:00:00Z', 'UTC')).toBe('2026-09-30 14:00 +00:00');
  });

  it('takes the date-fns tokens, quoted text and milliseconds', () => {
    expect(formatInZone('2026-09-30T14:05:06.789Z', 'Asia/Shanghai', "yyyy-MM-dd'T'HH:mm:ss.SSSxxx")).toBe('2026-09-30T22:05:06.789+08:00');
    expect(formatInZone('2026-09-30T14:05:06Z', 'Asia/Shanghai', "yyyy年MM月dd日 HH时mm分 'yyyy'")).toBe('2026年09月30日 22时05分 yyyy');
  });

  it('names the field and the value it refuses', () => {
    expect(() => formatInZone('2026-09-30T14:00:00Z', 'Mars/Olympus')).toThrow('timeZone is not an IANA time zone');
    expect(() => formatInZone('2026-09-30 14:00', 'Asia/Shanghai')).toThrow('instant is not an ISO 8601 date-time with an offset');
    expect(() => formatInZone(Number.NaN, 'Asia/Shanghai')).toThrow(KefuError);
  });
});

describe('parseWallClock', () => {
  it('reads a wall-clock time in the zone (rule: HALL-SLA-3 opening at 08:00 local)', () => {
    expect(parseWallClock('2026-10-01 09:30', 'Asia/Shanghai').toISOString()).toBe('2026-10-01T01:30:00.000Z');
    expect(parseWallClock('2026-10-01T08:00:00', 'Asia/Shanghai').toISOString()).toBe('2026-10-01T00:00:00.000Z');
    expect(parseWallClock('2026-10-01t08:00:00.250', 'Asia/Shanghai').toISOString()).toBe('2026-10-01T00:00:00.250Z');
    expect(parseWallClock('2026-10-01', 'Asia/Shanghai').toISOString()).toBe('2026-09-30T16:00:00.000Z');
    expect(parseWallClock('2026-09-30 10:00', 'America/New_York').toISOString()).toBe('2026-09-30T14:00:00.000Z');
  });

  it('DST: a missing time is read with the offset before the switch, a doubled one is the earlier instant', () => {
    // New York springs forward on 8 Mar 2026 at 02:00 and falls back on 1 Nov 2026 at 02:00.
    expect(parseWallClock('2026-03-08 02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(formatInZone(parseWallClock('2026-03-08 02:30', 'America/New_York'), 'America/New_York')).toBe('2026-03-08 03:30 -04:00');
    expect(parseWallClock('2026-11-01 01:30', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(formatInZone('2026-11-01T06:30:00Z', 'America/New_York')).toBe('2026-11-01 01:30 -05:00');
  });

  it('refuses text with an offset, impossible dates and unknown zones, naming the field', () => {
    expect(() => parseWallClock('2026-10-01T09:30+08:00', 'Asia/Shanghai')).toThrow('text is not a wall-clock time');
    expect(() => parseWallClock('2026-02-30 09:30', 'Asia/Shanghai')).toThrow('text is not a wall-clock time');
    expect(() => parseWallClock('2026-10-01 24:00', 'Asia/Shanghai')).toThrow(KefuError);
    expect(() => parseWallClock('2026-10-01 09:30', 'Nowhere/City')).toThrow('timeZone is not an IANA time zone');
  });
});

describe('format ∘ parse round-trips', () => {
  // 1970–2100 at whole seconds; Asia/Shanghai had DST in 1986–1991, New York has it every year.
  const instants = fc.integer({ min: 0, max: 4_102_444_800 }).map((s) => s * 1000);
  for (const zone of ['Asia/Shanghai', 'America/New_York']) {
    it(`${zone}: an instant comes back, or the earlier instant of a doubled (fall-back) wall time`, () => {
      fc.assert(
        fc.property(instants, (ms) => {
          const wall = formatInZone(ms, zone, SECONDS);
          const back = parseWallClock(wall, zone).getTime();
          if (back === ms) return true;
          // Only a fall-back hour reads two ways: the same wall time one offset change earlier.
          return back < ms && formatInZone(back, zone, SECONDS) === wall;
        }),
        { numRuns: 2000 },
      );
    });

    it(`${zone}: a wall time comes back, or moves forward by the gap of a spring-forward night`, () => {
      fc.assert(
        fc.property(instants, fc.integer({ min: -3, max: 3 }), (ms, hours) => {
          // A wall time near an instant (which reaches the switch nights), written without offset.
          const wall = new Date(ms + hours * 3_600_000).toISOString().slice(0, 19);
          const back = formatInZone(parseWallClock(wall, zone), zone, SECONDS);
          if (back === wall) return true;
          const gap = Date.parse(`${back}Z`) - Date.parse(`${wall}Z`);
          return gap > 0 && gap <= 3_600_000;
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('the documented exceptions exist: New York 2026-03-08 02:30 and 2026-11-01 01:30', () => {
    expect(formatInZone(parseWallClock('2026-03-08T02:30:00', 'America/New_York'), 'America/New_York', SECONDS)).toBe('2026-03-08T03:30:00');
    expect(parseWallClock(formatInZone('2026-11-01T06:30:00Z', 'America/New_York', SECONDS), 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });
});
