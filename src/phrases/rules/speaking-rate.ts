import * as z from 'zod/mini';
import type { Turn } from '../../model/transcript.js';
import { defineRule, ruleDocsUrl } from './types.js';

/** Characters that are spoken: CJK ideographs, ASCII letters and digits (punctuation and spaces are not). */
function spokenLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0xff10 && c <= 0xff19)) count++;
  }
  return count;
}

/** Speaking time of a turn: the word timings' span when present, else the turn's own span. */
function speakingMs(turn: Turn): number | undefined {
  const words = turn.words;
  if (words !== undefined && words.length > 0) {
    let start = Infinity;
    let end = -Infinity;
    for (const w of words) {
      start = Math.min(start, w.start);
      end = Math.max(end, w.end);
    }
    if (end > start) return end - start;
  }
  if (turn.start !== undefined && turn.end !== undefined && turn.end > turn.start) return turn.end - turn.start;
  return undefined;
}

/**
 * `speaking-rate` — the agent speaks about 120–140 characters a minute (rule: VOICE-1, “语速适中，每分钟吐字约120-140个”).
 * The rate of an agent turn is the recogniser's `speechRate` when given, else its spoken characters
 * (ideographs, letters, digits) over its duration (word timings, else turn start/end). Short turns are
 * too noisy to judge and skipped.
 *
 * Options: `min` (120), `max` (140), `tolerance` (10 characters a minute either side), `minChars` (15),
 * `minMs` (3000).
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * createChecker({ rules: { 'speaking-rate': ['warn', { tolerance: 0 }] } });
 * ```
 */
export const speakingRate = defineRule({
  meta: {
    id: 'speaking-rate',
    type: 'suggestion',
    domainRules: ['VOICE-1'],
    description: { zh: '语速适中，每分钟吐字约120-140个', en: 'Speak at about 120–140 characters a minute' },
    docs: { url: ruleDocsUrl('speaking-rate') },
    messages: {
      tooFast: { zh: '语速约每分钟{{rate}}字，过快（标准为每分钟{{min}}-{{max}}个）', en: 'Speaking rate about {{rate}} characters a minute, too fast (standard {{min}}–{{max}})' },
      tooSlow: { zh: '语速约每分钟{{rate}}字，过慢（标准为每分钟{{min}}-{{max}}个）', en: 'Speaking rate about {{rate}} characters a minute, too slow (standard {{min}}–{{max}})' },
    },
    options: /* @__PURE__ */ z
      .strictObject({
        min: z._default(z.number().check(z.positive()), 120),
        max: z._default(z.number().check(z.positive()), 140),
        tolerance: z._default(z.number().check(z.nonnegative()), 10),
        minChars: z._default(z.int().check(z.nonnegative()), 15),
        minMs: z._default(z.number().check(z.nonnegative()), 3000),
      })
      .check(z.refine((o) => o.min <= o.max, { error: 'min must not exceed max', path: ['min'] })),
  },
  create(options) {
    const low = options.min - options.tolerance;
    const high = options.max + options.tolerance;
    return (ctx) => {
      ctx.turns.forEach((turn, index) => {
        if (turn.speaker !== 'agent') return;
        const chars = spokenLength(turn.text);
        if (chars < options.minChars) return;
        let rate = turn.speechRate;
        if (rate === undefined) {
          const ms = speakingMs(turn);
          if (ms === undefined || ms < options.minMs) return;
          rate = (chars * 60_000) / ms;
        }
        if (rate >= low && rate <= high) return;
        ctx.report({ messageId: rate > high ? 'tooFast' : 'tooSlow', data: { rate: Math.round(rate), min: options.min, max: options.max }, turn: index });
      });
    };
  },
});
