import type { Transcript, Turn } from '../model/transcript.js';
import type { Diagnostic, Suggestion, TextEdit } from './types.js';

/**
 * What {@link applyFixes} returns: the transcript with the fixes applied and how many findings' fixes
 * went in (a fix that overlaps one already applied waits for the next pass, as in ESLint).
 *
 * @example
 * ```ts
 * import type { FixResult } from 'kefu/phrases';
 * const r: FixResult = { transcript: { turns: [] }, applied: 0 };
 * ```
 */
export interface FixResult {
  readonly transcript: Transcript;
  readonly applied: number;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.turn !== b.turn) return false;
  // Two insertions at one point, or an edit touching another's end, still collide: their order is unclear.
  return a.range.start <= b.range.end && b.range.start <= a.range.end;
}

function applyEdits(transcript: Transcript, edits: readonly TextEdit[]): Transcript {
  const byTurn = new Map<number, TextEdit[]>();
  for (const edit of edits) byTurn.set(edit.turn, [...(byTurn.get(edit.turn) ?? []), edit]);
  const turns = transcript.turns.map((turn, index): Turn => {
    const mine = byTurn.get(index);
    if (mine === undefined) return turn;
    let text = turn.text;
    // From the end, so that earlier offsets stay valid.
    for (const edit of [...mine].sort((a, b) => b.range.start - a.range.start)) text = text.slice(0, edit.range.start) + edit.text + text.slice(edit.range.end);
    // Word timings and the recogniser's rate describe the old text; they would mislead after an edit.
    const { words: _words, speechRate: _rate, ...rest } = turn;
    return { ...rest, text };
  });
  return { ...transcript, turns };
}

/**
 * Apply the fixes of findings to the transcript they were found in, as `eslint --fix` does: findings in
 * order of position, each finding's edits all or none, skipping a finding whose edits overlap edits
 * already taken (run the checker again for those). Suggestions are never applied here.
 *
 * @param transcript - the checked transcript
 * @param diagnostics - the check's findings (those without `fix` are ignored)
 * @returns the fixed transcript (a new object) and the number of findings fixed
 * @example
 * ```ts
 * import { applyFixes, createChecker } from 'kefu/phrases';
 * const transcript = { turns: [{ speaker: 'agent' as const, text: '你好，请问你家地址是？' }] };
 * const { diagnostics } = createChecker({ rules: { 'honorific-nin': 'warn' } }).check(transcript);
 * applyFixes(transcript, diagnostics).transcript.turns[0]?.text; // '您好，请问您家地址是？'
 * ```
 */
export function applyFixes(transcript: Transcript, diagnostics: readonly Diagnostic[]): FixResult {
  const taken: TextEdit[] = [];
  let applied = 0;
  const ordered = diagnostics.filter((d) => d.fix !== undefined && d.fix.length > 0);
  ordered.sort((a, b) => (a.turn ?? 0) - (b.turn ?? 0) || (a.range?.start ?? 0) - (b.range?.start ?? 0));
  for (const d of ordered) {
    const edits = d.fix ?? [];
    if (edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...edits);
    applied++;
  }
  return { transcript: applied === 0 ? transcript : applyEdits(transcript, taken), applied };
}

/**
 * Apply one suggestion's edits (a person chose it), as an editor applies an ESLint suggestion.
 *
 * @param transcript - the checked transcript
 * @param suggestion - one of a finding's `suggestions`; one without `fix` leaves the transcript as it is
 * @returns the transcript with the suggestion applied (a new object when it had edits)
 * @example
 * ```ts
 * import { applySuggestion, createChecker } from 'kefu/phrases';
 * const transcript = { turns: [{ speaker: 'agent' as const, text: '我不知道' }] };
 * const [finding] = createChecker({ rules: { 'forbidden-phrase': 'error' } }).check(transcript).diagnostics;
 * const first = finding?.suggestions[0];
 * if (first !== undefined) applySuggestion(transcript, first).turns[0]?.text; // '这个问题我帮您请更专业的人员回答好吗？'
 * ```
 */
export function applySuggestion(transcript: Transcript, suggestion: Suggestion): Transcript {
  return suggestion.fix === undefined || suggestion.fix.length === 0 ? transcript : applyEdits(transcript, suggestion.fix);
}
