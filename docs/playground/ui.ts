// The playground's logic as pure functions over plain values (no DOM), unit-tested in test/docs/.

/** A finding's place in a turn: half-open UTF-16 offsets, and the finding's index in the result. */
export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly finding: number;
}

/** A run of a turn's text covered by the same set of findings (none for plain text). */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Indices of the findings covering this run, ascending. */
  readonly findings: readonly number[];
}

/**
 * Cut `text` into runs at every mark boundary, so overlapping and nested findings each stay visible. Marks
 * are clamped to the text; an empty mark (start = end) becomes an empty segment at its offset so a
 * finding about "something missing here" still has a place to show. Concatenating the segments' texts
 * gives back `text`.
 */
export function buildSegments(text: string, marks: readonly Mark[]): Segment[] {
  const clamp = (n: number): number => Math.min(Math.max(0, Math.trunc(Number.isFinite(n) ? n : 0)), text.length);
  const clean = marks.map((m) => {
    const start = clamp(m.start);
    return { start, end: Math.max(start, clamp(m.end)), finding: m.finding };
  });
  const cuts = new Set<number>([0, text.length]);
  for (const m of clean) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  const pushEmptyAt = (at: number): void => {
    const findings = clean
      .filter((m) => m.start === at && m.end === at)
      .map((m) => m.finding)
      .sort((a, b) => a - b);
    if (findings.length > 0) segments.push({ start: at, end: at, text: '', findings });
  };
  for (let i = 0; i < points.length; i += 1) {
    const start = points[i] ?? 0;
    pushEmptyAt(start);
    const end = points[i + 1];
    if (end === undefined || end === start) continue;
    const findings = clean
      .filter((m) => m.start <= start && m.end >= end && m.end > m.start)
      .map((m) => m.finding)
      .sort((a, b) => a - b);
    segments.push({ start, end, text: text.slice(start, end), findings });
  }
  return segments;
}

/** The severity a highlight shows: the worst of the findings it covers. */
export function worstSeverity(severities: readonly ('warn' | 'error')[]): 'warn' | 'error' | undefined {
  if (severities.includes('error')) return 'error';
  return severities.length > 0 ? 'warn' : undefined;
}

/** What the playground needs of one finding to place it. */
export interface Placeable {
  readonly turn?: number;
  readonly range?: { readonly start: number; readonly end: number };
}

/**
 * Group findings by turn: a finding with a range marks that range, one with a turn but no range marks the
 * whole turn, and one without a turn is about the call as a whole (listed, not placed).
 */
export function marksByTurn(findings: readonly Placeable[], turnTexts: readonly string[]): { byTurn: Mark[][]; callLevel: number[] } {
  const byTurn: Mark[][] = turnTexts.map(() => []);
  const callLevel: number[] = [];
  findings.forEach((f, finding) => {
    const marks = f.turn === undefined ? undefined : byTurn[f.turn];
    if (f.turn === undefined || marks === undefined) {
      callLevel.push(finding);
      return;
    }
    const length = turnTexts[f.turn]?.length ?? 0;
    marks.push(f.range === undefined ? { start: 0, end: length, finding } : { start: f.range.start, end: f.range.end, finding });
  });
  return { byTurn, callLevel };
}

/** A score band for colouring: the checker's 0–100 quality score. */
export function scoreBand(score: number): 'good' | 'fair' | 'poor' {
  if (score >= 90) return 'good';
  if (score >= 60) return 'fair';
  return 'poor';
}

/** A run of time that is either working or not, for the SLA timeline. */
export interface TimeRun {
  readonly start: number;
  readonly end: number;
  readonly working: boolean;
}

/**
 * Runs of working and closed time between `from` and `to` (ms), sampling `isWorking` every `stepMs`
 * and at `from`; adjacent samples with the same answer merge. Calendar changes fall on whole minutes, so a
 * step that divides the hour gives exact runs when `from` is on such a boundary.
 */
export function workingRuns(from: number, to: number, stepMs: number, isWorking: (ms: number) => boolean): TimeRun[] {
  if (!(to > from) || !(stepMs > 0)) return [];
  const runs: TimeRun[] = [];
  let runStart = from;
  let state = isWorking(from);
  for (let t = from + stepMs; t < to; t += stepMs) {
    const now = isWorking(t);
    if (now !== state) {
      runs.push({ start: runStart, end: t, working: state });
      runStart = t;
      state = now;
    }
  }
  runs.push({ start: runStart, end: to, working: state });
  return runs;
}

/** Position of an instant on a timeline of `width` units spanning [from, to], as a percentage string. */
export function percentAt(ms: number, from: number, to: number): string {
  if (!(to > from)) return '0%';
  const share = Math.min(1, Math.max(0, (ms - from) / (to - from)));
  return `${(share * 100).toFixed(3)}%`;
}

/** Start of the local day (in a zone `offsetMinutes` ahead of UTC) containing `ms`, in ms. */
export function localDayStart(ms: number, offsetMinutes: number): number {
  const offset = offsetMinutes * 60_000;
  return Math.floor((ms + offset) / 86_400_000) * 86_400_000 - offset;
}

/**
 * Read a `datetime-local` value (`2026-09-30T16:00`) as wall time in a zone `offsetMinutes` ahead of UTC
 * and write it as an ISO instant with that offset (`2026-09-30T16:00:00+08:00`). Returns undefined for
 * anything else.
 */
export function wallTimeToIso(value: string, offsetMinutes: number): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (m === null) return undefined;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}${sign}${hh}:${mm}`;
}

/** An instant shown as wall time in a zone `offsetMinutes` ahead of UTC: `2026-10-08 17:00 (周四 Thu)`. */
export function formatWallTime(ms: number, offsetMinutes: number): string {
  const shifted = new Date(ms + offsetMinutes * 60_000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const zh = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'][shifted.getUTCDay()] ?? '';
  const en = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][shifted.getUTCDay()] ?? '';
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())} ${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())} (${zh} ${en})`;
}

/** Milliseconds as a short bilingual duration: `2天3小时 (2 d 3 h)`. */
export function formatDurationMs(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const zh = `${d > 0 ? `${d}天` : ''}${h > 0 ? `${h}小时` : ''}${m > 0 || minutes === 0 ? `${m}分钟` : ''}`;
  const en = [d > 0 ? `${d} d` : '', h > 0 ? `${h} h` : '', m > 0 || minutes === 0 ? `${m} min` : ''].filter((p) => p !== '').join(' ');
  return `${ms < 0 ? '-' : ''}${zh} (${en})`;
}

/** A state path with repeats folded: `a → b ×3 → c` (a machine that stays in a state while recording). */
export function foldPath(path: readonly string[]): string {
  const parts: string[] = [];
  let index = 0;
  while (index < path.length) {
    const name = path[index] ?? '';
    let run = 1;
    while (path[index + run] === name) run += 1;
    parts.push(run > 1 ? `${name} ×${run}` : name);
    index += run;
  }
  return parts.join(' → ');
}
