import * as z from 'zod/mini';
import { parseWith, safeParseWith } from './zod-error.js';
import type { Result } from './result.js';
import { HangUpBy, Speaker } from './enums.js';

/**
 * Something that happened during a turn: a hold started or ended, a transfer, a hang-up.
 * `at` is in milliseconds from the start of the call when known.
 *
 * @example
 * ```ts
 * TurnEvent.parse({ type: 'hang-up', by: 'customer', at: 182000 });
 * ```
 */
export const TurnEvent = /* @__PURE__ */ z.union([
  z.strictObject({ type: z.literal('hold-start'), at: z.optional(z.number().check(z.nonnegative())), consent: z.optional(z.boolean()) }),
  z.strictObject({ type: z.literal('hold-end'), at: z.optional(z.number().check(z.nonnegative())) }),
  z.strictObject({ type: z.literal('transfer'), at: z.optional(z.number().check(z.nonnegative())), to: z.optional(z.string().check(z.minLength(1))) }),
  z.strictObject({ type: z.literal('hang-up'), at: z.optional(z.number().check(z.nonnegative())), by: HangUpBy }),
]);
/** A turn event. @example `const e: TurnEvent = { type: 'hold-start' };` */
export type TurnEvent = z.infer<typeof TurnEvent>;

/**
 * Timing of one recognised word, from speech recognition.
 *
 * @example
 * ```ts
 * WordTiming.parse({ text: '您好', start: 0, end: 420 });
 * ```
 */
export const WordTiming = /* @__PURE__ */ z
  .strictObject({ text: z.string(), start: z.number().check(z.nonnegative()), end: z.number().check(z.nonnegative()) })
  .check(z.refine((w) => w.end >= w.start, { error: 'end must not be before start', path: ['end'] }));
/** A word timing. @example `const w: WordTiming = { text: '您好', start: 0, end: 400 };` */
export type WordTiming = z.infer<typeof WordTiming>;

/**
 * One turn of a call: who spoke, what they said, and optionally when (ms from call start), word timings
 * and speech-recognition extras.
 *
 * @example
 * ```ts
 * Turn.parse({ speaker: 'agent', text: '您好，燃气公司012号客服员为您服务', start: 0, end: 3200 });
 * ```
 */
export const Turn = /* @__PURE__ */ z
  .strictObject({
    speaker: Speaker,
    text: z.string(),
    start: z.optional(z.number().check(z.nonnegative())),
    end: z.optional(z.number().check(z.nonnegative())),
    events: z.optional(z.array(TurnEvent)),
    words: z.optional(z.array(WordTiming)),
    /** Recognition confidence, 0–1. */
    confidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
    /** Speech rate reported by the recogniser, characters per minute. */
    speechRate: z.optional(z.number().check(z.nonnegative())),
    /** Silence before this turn, ms. */
    silenceBefore: z.optional(z.number().check(z.nonnegative())),
  })
  .check(
    z.refine((t) => t.start === undefined || t.end === undefined || t.end >= t.start, {
      error: 'end must not be before start',
      path: ['end'],
    }),
  );
/** A turn. @example `const t: Turn = { speaker: 'customer', text: '你好' };` */
export type Turn = z.infer<typeof Turn>;

/**
 * A call transcript: the turns in order, plus optional metadata.
 *
 * @example
 * ```ts
 * Transcript.parse({ turns: [{ speaker: 'agent', text: '您好' }, { speaker: 'customer', text: '我家燃气表不走了' }] });
 * ```
 */
export const Transcript = /* @__PURE__ */ z.strictObject({
  id: z.optional(z.string().check(z.minLength(1))),
  language: z.optional(z.string().check(z.minLength(2))),
  turns: z.array(Turn),
});
/** A transcript. @example `const t: Transcript = { turns: [] };` */
export type Transcript = z.infer<typeof Transcript>;

/**
 * Validate a Transcript: return the typed value (defaults applied) or throw `KefuError` naming every failing
 * path and value.
 *
 * @example
 * ```ts
 * import { parseTranscript } from 'kefu/model';
 * const transcript = parseTranscript(JSON.parse('{"turns":[{"speaker":"agent","text":"您好"},{"speaker":"customer","text":"我家燃气表不走了"}]}'));
 * transcript.turns[1]?.speaker; // 'customer'
 * ```
 */
export function parseTranscript(input: unknown): Transcript {
  return parseWith(Transcript, input, 'Transcript');
}

/**
 * Validate a Transcript without throwing: `{ ok: true, value }` or `{ ok: false, error }` with a `KefuError`.
 *
 * @example
 * ```ts
 * import { safeParseTranscript } from 'kefu/model';
 * const result = safeParseTranscript({ turns: [{ speaker: 'caller', text: '你好' }] });
 * if (!result.ok) console.error(result.error.message);
 * // Invalid Transcript: 1 problem
 * //   ✖ turns[0].speaker: Invalid option: expected one of "agent"|"customer"|"system" (got "caller")
 * ```
 */
export function safeParseTranscript(input: unknown): Result<Transcript> {
  return safeParseWith(Transcript, input, 'Transcript');
}
