import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSegments,
  foldPath,
  formatDurationMs,
  formatWallTime,
  localDayStart,
  marksByTurn,
  percentAt,
  scoreBand,
  wallTimeToIso,
  workingRuns,
  worstSeverity,
  type Mark,
} from '../../docs/playground/ui.js';

describe('buildSegments', () => {
  it('cuts a turn at a forbidden phrase so the highlight is exactly its range (rule: PHR-FORBID)', () => {
    const text = '王先生，这个情况不知道是什么原因';
    const start = text.indexOf('不知道');
    expect(buildSegments(text, [{ start, end: start + 3, finding: 0 }])).toEqual([
      { start: 0, end: start, text: '王先生，这个情况', findings: [] },
      { start, end: start + 3, text: '不知道', findings: [0] },
      { start: start + 3, end: text.length, text: '是什么原因', findings: [] },
    ]);
  });

  it('keeps overlapping findings apart: the overlap carries both', () => {
    expect(
      buildSegments('abcdef', [
        { start: 1, end: 4, finding: 0 },
        { start: 3, end: 5, finding: 1 },
      ]).map((s) => [s.text, s.findings]),
    ).toEqual([
      ['a', []],
      ['bc', [0]],
      ['d', [0, 1]],
      ['e', [1]],
      ['f', []],
    ]);
  });

  it('places an empty range as an empty segment and clamps ranges outside the text', () => {
    expect(
      buildSegments('abc', [
        { start: 1, end: 1, finding: 2 },
        { start: -5, end: 99, finding: 3 },
      ]),
    ).toEqual([
      { start: 0, end: 1, text: 'a', findings: [3] },
      { start: 1, end: 1, text: '', findings: [2] },
      { start: 1, end: 3, text: 'bc', findings: [3] },
    ]);
  });

  it('counts UTF-16 code units, as the checker does, so astral characters stay whole', () => {
    const text = '𠮷你好';
    expect(buildSegments(text, [{ start: 2, end: 3, finding: 0 }]).map((s) => s.text)).toEqual(['𠮷', '你', '好']);
  });

  it('gives back the text and covers each mark exactly, whatever the marks', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.array(fc.record({ start: fc.integer({ min: -3, max: 35 }), end: fc.integer({ min: -3, max: 35 }) }), { maxLength: 6 }),
        (text, raw) => {
          const marks: Mark[] = raw.map((r, finding) => ({ ...r, finding }));
          const segments = buildSegments(text, marks);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          for (const s of segments) expect(s.text).toBe(text.slice(s.start, s.end));
          for (const m of marks) {
            const start = Math.min(Math.max(0, m.start), text.length);
            const end = Math.max(start, Math.min(Math.max(0, m.end), text.length));
            const covered = segments.filter((s) => s.findings.includes(m.finding));
            if (start === end) {
              expect(covered.map((s) => [s.start, s.end])).toEqual([[start, end]]);
            } else {
              expect(covered.map((s) => s.text).join('')).toBe(text.slice(start, end));
              expect(covered[0]?.start).toBe(start);
            }
          }
        },
      ),
    );
  });
});

describe('marksByTurn', () => {
  it('marks a range, marks a whole turn for a finding without range, and lists call-level findings apart (rule: HOT-SLA-3)', () => {
    const { byTurn, callLevel } = marksByTurn([{ turn: 1, range: { start: 0, end: 2 } }, { turn: 0 }, {}, { turn: 7 }], ['您好', '你好，请问']);
    expect(byTurn).toEqual([[{ start: 0, end: 2, finding: 1 }], [{ start: 0, end: 2, finding: 0 }]]);
    expect(callLevel).toEqual([2, 3]);
  });
});

describe('small formatting helpers', () => {
  it('shows the worst severity of a highlight', () => {
    expect(worstSeverity(['warn', 'error'])).toBe('error');
    expect(worstSeverity(['warn'])).toBe('warn');
    expect(worstSeverity([])).toBeUndefined();
  });

  it('bands the 0–100 score', () => {
    expect([100, 90, 89, 60, 59, 0].map(scoreBand)).toEqual(['good', 'good', 'fair', 'fair', 'poor', 'poor']);
  });

  it('reads a datetime-local value as Shanghai wall time (rule: HALL-SLA-2 worked example start)', () => {
    expect(wallTimeToIso('2026-09-30T16:00', 480)).toBe('2026-09-30T16:00:00+08:00');
    expect(wallTimeToIso('2026-09-30T16:00:30', -300)).toBe('2026-09-30T16:00:30-05:00');
    expect(wallTimeToIso('30/09/2026', 480)).toBeUndefined();
  });

  it('writes an instant as wall time of the calendar, whatever the host zone', () => {
    // Thursday 8 October 2026, 17:00 in Shanghai = 09:00 UTC.
    expect(formatWallTime(Date.UTC(2026, 9, 8, 9), 480)).toBe('2026-10-08 17:00 (周四 Thu)');
  });

  it('finds the local midnight of an instant', () => {
    expect(localDayStart(Date.UTC(2026, 8, 30, 8), 480)).toBe(Date.UTC(2026, 8, 29, 16));
    expect(localDayStart(Date.UTC(2026, 8, 30, 17), 480)).toBe(Date.UTC(2026, 8, 30, 16));
  });

  it('writes durations in both languages', () => {
    expect(formatDurationMs(((2 * 24 + 3) * 60 + 5) * 60_000)).toBe('2天3小时5分钟 (2 d 3 h 5 min)');
    expect(formatDurationMs(0)).toBe('0分钟 (0 min)');
  });

  it('places instants on the timeline as clamped percentages', () => {
    expect(percentAt(50, 0, 200)).toBe('25.000%');
    expect(percentAt(-10, 0, 200)).toBe('0.000%');
    expect(percentAt(500, 0, 200)).toBe('100.000%');
  });
});

describe('workingRuns', () => {
  it('merges samples into runs of open and closed time (rule: HALL-SLA-3, 08:00–17:00)', () => {
    const hour = 3_600_000;
    const open = (ms: number): boolean => {
      const h = Math.floor(ms / hour) % 24;
      return h >= 8 && h < 17;
    };
    expect(workingRuns(0, 24 * hour, 15 * 60_000, open)).toEqual([
      { start: 0, end: 8 * hour, working: false },
      { start: 8 * hour, end: 17 * hour, working: true },
      { start: 17 * hour, end: 24 * hour, working: false },
    ]);
    expect(workingRuns(10, 10, 1, open)).toEqual([]);
  });
});

describe('foldPath', () => {
  it('folds the repeats of a state the call machine stays in while recording (rule: CALL-1)', () => {
    expect(foldPath(['idle', 'ringing', 'repair.collecting', 'repair.collecting', 'repair.collecting', 'ended'])).toBe('idle → ringing → repair.collecting ×3 → ended');
    expect(foldPath([])).toBe('');
  });
});
