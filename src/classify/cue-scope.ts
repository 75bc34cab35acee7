/**
 * Linear-time questions about cue spans in one normalised text: is a span inside another (a cue
 * inside a neutral phrase, a negator inside a hedge), which negator, resolver or question governs an
 * emergency cue. Each index is built in one pass over the text's positions, so a text with many
 * matches — 100 KB of 请问, thousands of negated cues — costs time in proportion to its length.
 *
 * @internal
 * @module
 */
import type { PhraseMatch } from '../text/matcher.js';

/**
 * Counts the work of one classification: matcher steps, and here one step per position or match an
 * index visits. A cost measure that does not depend on the machine, to test that the work is linear.
 *
 * @internal
 */
export interface StepCounter {
  steps: number;
}

/** The spans of one set, indexed by normalised start: which query spans they contain. */
export interface SpanIndex {
  /** Some span of the set starts at or before `start` and ends at or after `end`. */
  covers(start: number, end: number): boolean;
  /** Some span of the set contains `[start, end)` and is longer than it. */
  coversStrictly(start: number, end: number): boolean;
}

/** The index of no spans. */
export const NO_SPANS: SpanIndex = { covers: () => false, coversStrictly: () => false };

/** Up to this many spans, queries scan them instead of indexing the text. */
const SMALL = 8;

/**
 * Index `spans` of a normalised text of `length` units: the furthest end of the spans starting at or
 * before each position, and of those starting exactly there.
 */
export function spanIndex(spans: readonly PhraseMatch[], length: number, counter: StepCounter | undefined): SpanIndex {
  if (spans.length === 0) return NO_SPANS;
  // A handful of spans (an utterance) are scanned directly: cheaper than two arrays of the text's
  // length, and still a constant per query.
  if (spans.length <= SMALL) {
    const covering = (start: number, end: number, longer: boolean): boolean => {
      if (counter !== undefined) counter.steps += spans.length;
      return spans.some((o) => o.normalizedStart <= start && o.normalizedEnd >= end && (!longer || o.normalizedEnd - o.normalizedStart > end - start));
    };
    return { covers: (start, end) => covering(start, end, false), coversStrictly: (start, end) => covering(start, end, true) };
  }
  const endAt = new Int32Array(length + 1).fill(-1);
  for (const s of spans) if (s.normalizedEnd > (endAt[s.normalizedStart] ?? -1)) endAt[s.normalizedStart] = s.normalizedEnd;
  const endUpTo = new Int32Array(length + 1);
  let furthest = -1;
  for (let p = 0; p <= length; p++) {
    furthest = Math.max(furthest, endAt[p] ?? -1);
    endUpTo[p] = furthest;
  }
  if (counter !== undefined) counter.steps += spans.length + length + 1;
  return {
    covers: (start, end) => (endUpTo[start] ?? -1) >= end,
    // Longer and containing: it starts earlier and reaches as far, or starts here and reaches further.
    coversStrictly: (start, end) => (start > 0 && (endUpTo[start - 1] ?? -1) >= end) || (endAt[start] ?? -1) > end,
  };
}

/**
 * The first span of `spans` (in their order) at each normalised position, by start or by end:
 * `-1` where none is.
 */
export function firstAt(spans: readonly PhraseMatch[], by: 'start' | 'end', length: number, counter: StepCounter | undefined): Int32Array {
  const first = new Int32Array(length + 1).fill(-1);
  spans.forEach((s, i) => {
    const at = by === 'start' ? s.normalizedStart : s.normalizedEnd;
    if ((first[at] ?? -1) === -1) first[at] = i;
  });
  if (counter !== undefined) counter.steps += spans.length + length + 1;
  return first;
}

/** Clause numbers of an original text: how many clause breaks stand before each offset. */
export function clauseNumbers(original: string, isBreak: (ch: string) => boolean, counter: StepCounter | undefined): Int32Array {
  const before = new Int32Array(original.length + 1);
  for (let i = 0; i < original.length; i++) before[i + 1] = (before[i] ?? 0) + (isBreak(original.charAt(i)) ? 1 : 0);
  if (counter !== undefined) counter.steps += original.length + 1;
  return before;
}

/**
 * For each normalised position `p`, the first question (in the order of `questions`, which end in
 * order) that ends at or before `p` within the clause of `p`; `-1` where none. `clauseOf` numbers a
 * normalised position's clause, `clauseOfEnd` a question's.
 */
export function questionBefore(
  questions: readonly PhraseMatch[],
  length: number,
  clauseOf: (position: number) => number,
  clauseOfEnd: (question: PhraseMatch) => number,
  counter: StepCounter | undefined,
): Int32Array {
  const answer = new Int32Array(length + 1).fill(-1);
  if (questions.length === 0) return answer;
  const firstInClause = new Map<number, number>();
  let next = 0;
  for (let p = 0; p <= length; p++) {
    for (let q = questions[next]; q !== undefined && q.normalizedEnd <= p; q = questions[++next]) {
      const clause = clauseOfEnd(q);
      if (!firstInClause.has(clause)) firstInClause.set(clause, next);
    }
    answer[p] = firstInClause.get(clauseOf(p)) ?? -1;
  }
  if (counter !== undefined) counter.steps += questions.length + length + 1;
  return answer;
}

/**
 * `items` ordered by start, then end (both at most `length`), keeping their order on ties: two
 * stable counting passes, so ordering costs time in proportion to the text, not `n log n`.
 */
export function orderByRange<T extends { readonly start: number; readonly end: number }>(items: readonly T[], length: number, counter: StepCounter | undefined): T[] {
  if (counter !== undefined) counter.steps += 2 * (items.length + length + 2);
  if (items.length < 2) return [...items];
  const pass = (list: readonly T[], key: (item: T) => number): T[] => {
    const count = new Int32Array(length + 2);
    for (const item of list) count[key(item) + 1] = (count[key(item) + 1] ?? 0) + 1;
    for (let k = 1; k < count.length; k++) count[k] = (count[k] ?? 0) + (count[k - 1] ?? 0);
    const out: T[] = new Array<T>(list.length);
    for (const item of list) {
      const at = count[key(item)] ?? 0;
      out[at] = item;
      count[key(item)] = at + 1;
    }
    return out;
  };
  return pass(
    pass(items, (item) => item.end),
    (item) => item.start,
  );
}
