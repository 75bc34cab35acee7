import * as z from 'zod/mini';
import { CallKind } from '../../model/enums.js';
import type { Turn } from '../../model/transcript.js';
import { hasKeptCharacters } from '../../text/skip.js';
import type { Bilingual, TextEdit, TextRange } from '../types.js';
import type { PhrasePattern, PhraseSetHandle, RuleContext, RuleSetup } from './types.js';

/**
 * Whether a turn's text is empty or only whitespace (as `String.prototype.trim` sees it), settled by
 * the first character for the printable ASCII and ideographs nearly every turn starts with.
 *
 * @internal
 * @example
 * ```ts
 * isBlank(' \n'); // true
 * isBlank('您好'); // false
 * ```
 */
export function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  const c = text.charCodeAt(0);
  if ((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff)) return false;
  return text.trim() === '';
}

/**
 * Index of the first turn spoken by the agent, or -1.
 *
 * @internal
 * @example
 * ```ts
 * firstAgentTurn([{ speaker: 'customer', text: '喂' }, { speaker: 'agent', text: '您好' }]); // 1
 * ```
 */
export function firstAgentTurn(turns: readonly Turn[]): number {
  return turns.findIndex((t) => t.speaker === 'agent' && !isBlank(t.text));
}

/**
 * Index of the last non-empty turn spoken by the agent, or -1.
 *
 * @internal
 * @example
 * ```ts
 * lastAgentTurn([{ speaker: 'agent', text: '再见' }, { speaker: 'customer', text: '再见' }]); // 0
 * ```
 */
export function lastAgentTurn(turns: readonly Turn[]): number {
  for (let i = turns.length - 1; i >= 0; i--) {
    const turn = turns[i];
    if (turn !== undefined && turn.speaker === 'agent' && !isBlank(turn.text)) return i;
  }
  return -1;
}

/**
 * Indices of the last `count` non-empty agent turns, latest last.
 *
 * @internal
 * @example
 * ```ts
 * lastAgentTurns([{ speaker: 'agent', text: 'a' }, { speaker: 'agent', text: 'b' }], 1); // [1]
 * ```
 */
export function lastAgentTurns(turns: readonly Turn[], count: number): number[] {
  const out: number[] = [];
  for (let i = turns.length - 1; i >= 0 && out.length < count; i--) {
    const turn = turns[i];
    if (turn !== undefined && turn.speaker === 'agent' && !isBlank(turn.text)) out.unshift(i);
  }
  return out;
}

/**
 * Register a list of phrase texts under ids `prefix-0`, `prefix-1`, ….
 *
 * @internal
 * @example
 * ```ts
 * // const set = registerTexts(setup, 'tic', ['我晕', '天啊']);
 * ```
 */
export function registerTexts(setup: RuleSetup, prefix: string, texts: readonly string[]): PhraseSetHandle {
  return setup.phrases(texts.map((text, i): PhrasePattern => ({ id: `${prefix}-${i}`, text })));
}

/**
 * Whether any hit of the set occurs in the turn.
 *
 * @internal
 * @example
 * ```ts
 * // if (hasHit(ctx, soothing, i)) …
 * ```
 */
export function hasHit(ctx: RuleContext, set: PhraseSetHandle, turn: number): boolean {
  return ctx.hits(set, turn).length > 0;
}

/**
 * zod schema of a list of phrases in rule options: non-empty strings with at least one character that is
 * not punctuation or space.
 *
 * @internal
 * @example
 * ```ts
 * PhraseList.parse(['请您稍等']);
 * ```
 */
export const PhraseList = /* @__PURE__ */ z.array(
  z.string().check(z.minLength(1), z.refine(hasKeptCharacters, { error: 'has no characters left after normalisation (only spaces or punctuation)' })),
);

/**
 * zod schema of a list of call kinds in rule options.
 *
 * @internal
 * @example
 * ```ts
 * CallKinds.parse(['complaint']);
 * ```
 */
export const CallKinds = /* @__PURE__ */ z.array(CallKind);

/**
 * Whether a rule limited to `kinds` applies to a call of `callKind`. An unknown call kind counts as
 * applicable unless the rule only makes sense for a known kind (`requireKnown`).
 *
 * @internal
 * @example
 * ```ts
 * appliesTo(['complaint'], 'complaint', true); // true
 * appliesTo(['complaint'], undefined, true); // false
 * ```
 */
export function appliesTo(kinds: readonly CallKind[] | undefined, callKind: CallKind | undefined, requireKnown: boolean): boolean {
  if (kinds === undefined) return true;
  if (callKind === undefined) return !requireKnown;
  return kinds.includes(callKind);
}

/**
 * A bilingual message with the quoted standard phrase, for suggestions.
 *
 * @internal
 * @example
 * ```ts
 * say('您还有其他问题吗？', 'Ask: anything else?'); // { zh: '您还有其他问题吗？', en: 'Ask: anything else? (您还有其他问题吗？)' }
 * ```
 */
export function say(zh: string, en: string): Bilingual {
  return { zh, en: `${en} (${zh})` };
}

/**
 * Milliseconds rendered for messages: `95 s`, `3 min 20 s`.
 *
 * @internal
 * @example
 * ```ts
 * formatDuration(200000); // { zh: '3分20秒', en: '3 min 20 s' }
 * ```
 */
export function formatDuration(ms: number): Bilingual {
  const total = Math.round(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return { zh: `${seconds}秒`, en: `${seconds} s` };
  return { zh: `${minutes}分${seconds === 0 ? '' : `${seconds}秒`}`, en: `${minutes} min${seconds === 0 ? '' : ` ${seconds} s`}` };
}

/**
 * Start and end of the call in ms: earliest turn start (or event) and latest turn end or hang-up.
 *
 * @internal
 * @example
 * ```ts
 * callSpan([{ speaker: 'agent', text: '您好', start: 0, end: 1000 }]); // { start: 0, end: 1000 }
 * ```
 */
export function callSpan(turns: readonly Turn[]): { start: number; end: number } | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const t of turns) {
    if (t.start !== undefined) start = Math.min(start, t.start);
    if (t.end !== undefined) end = Math.max(end, t.end);
    if (t.start !== undefined) end = Math.max(end, t.start);
    for (const e of t.events ?? []) {
      if (e.at === undefined) continue;
      start = Math.min(start, e.at);
      end = Math.max(end, e.at);
    }
  }
  return start <= end ? { start, end } : undefined;
}

/**
 * An edit that replaces `range` of turn `turn` with `text`.
 *
 * @internal
 * @example
 * ```ts
 * replaceText(2, { start: 0, end: 1 }, '您'); // { turn: 2, range: { start: 0, end: 1 }, text: '您' }
 * ```
 */
export function replaceText(turn: number, range: TextRange, text: string): TextEdit {
  return { turn, range: { start: range.start, end: range.end }, text };
}

/**
 * Message template of a suggestion that quotes wording given as data (a catalog entry's or a category's
 * own bilingual suggestion): the data's Chinese in Chinese, its English in English.
 *
 * @internal
 * @example
 * ```ts
 * WORDING_MESSAGE.zh; // '{{wording}}'
 * ```
 */
export const WORDING_MESSAGE: Bilingual = { zh: '{{wording}}', en: '{{wording}}' };

/**
 * Message template of a suggestion to say a script, with the slots the settings know filled in.
 *
 * @internal
 * @example
 * ```ts
 * SCRIPT_MESSAGE.en; // 'Say the standard script: {{script}}'
 * ```
 */
export const SCRIPT_MESSAGE: Bilingual = { zh: '{{script}}', en: 'Say the standard script: {{script}}' };
