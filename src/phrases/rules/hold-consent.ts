import * as z from 'zod/mini';
import type { Turn, TurnEvent } from '../../model/transcript.js';
import { formatDuration, isBlank, PhraseList, registerTexts } from './shared.js';
import { defineRule, ruleDocsUrl, type PhraseSetHandle, type RuleContext } from './types.js';

const HOLD_REQUESTS = ['请您稍等', '麻烦您等一下', '请稍等', '稍等一下', '请稍候', '请稍后', '您能稍等一下吗'];
const ASSENTS = ['好的', '好', '可以', '行', '没问题', '没关系', '嗯', '等吧'];
const APOLOGIES = ['让您久等了', '让你久等了', '久等了'];

type HoldStart = Extract<TurnEvent, { type: 'hold-start' }>;

const HOLD_MESSAGES = {
  noConsent: { zh: '让客户在线等候前未征得客户同意', en: 'The customer was put on hold without being asked' },
  noApology: { zh: '客户等候{{waited}}，回来后未致歉', en: 'The customer waited {{waited}} on hold and got no apology' },
  askFirst: { zh: '我帮您查询一下，请您稍等好吗？', en: 'Ask first, e.g. 我帮您查询一下，请您稍等好吗？' },
  apologise: { zh: '对不起，让您久等了。', en: 'Say: 对不起，让您久等了。' },
};
type HoldMessageId = keyof typeof HOLD_MESSAGES;

/** An assent that is not negated: 好的 and 可以 agree, 不行 and 不好 do not. */
function agrees(text: string, hits: readonly { start: number }[]): boolean {
  return hits.some((h) => !'不没别'.includes(text.charAt(h.start - 1) || '\u0000'));
}

/**
 * `hold-consent` — putting the customer on hold needs their consent, and a long hold ends with an apology
 * (rules: SCR-HOLD, S0 第十二条(九) “让客户在线等候时，必须征得客户同意”, 第四条(六) “对不起，让您久等了”).
 *
 * A `hold-start` event has consent when the event says so (`consent: true`), or when an agent turn before
 * it asked the customer to wait (请您稍等, 麻烦您等一下, …) and a customer turn after that request
 * agreed (好的, 可以, …). `consent: false` is always reported. A hold longer than `maxHoldMs` (needs the
 * events' `at`) must be followed, in the agent's next turn, by an apology such as 让您久等了.
 *
 * Options: `maxHoldMs` (default 60 000 — the standard only says 不宜过长), `requests`, `assents`, `apologies`.
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * createChecker({ rules: { 'hold-consent': ['error', { maxHoldMs: 30000 }] } });
 * ```
 */
export const holdConsent = defineRule({
  meta: {
    id: 'hold-consent',
    type: 'problem',
    domainRules: ['SCR-HOLD'],
    description: { zh: '让客户在线等候须征得同意，久等后致歉', en: 'Ask before putting the customer on hold; apologise after a long hold' },
    docs: { url: ruleDocsUrl('hold-consent') },
    messages: HOLD_MESSAGES,
    hasSuggestions: true,
    options: /* @__PURE__ */ z.strictObject({
      maxHoldMs: z._default(z.number().check(z.positive()), 60_000),
      requests: z._default(PhraseList.check(z.minLength(1)), HOLD_REQUESTS),
      assents: z._default(PhraseList.check(z.minLength(1)), ASSENTS),
      apologies: z._default(PhraseList.check(z.minLength(1)), APOLOGIES),
    }),
  },
  create(options, setup) {
    const requests = registerTexts(setup, 'request', options.requests);
    const assents = registerTexts(setup, 'assent', options.assents);
    const apologies = registerTexts(setup, 'apology', options.apologies);
    return (ctx) => {
      const turns = ctx.turns;
      let lastRequest = -1;
      let agreedSinceRequest = false;
      turns.forEach((turn, i) => {
        if (turn.speaker === 'agent' && ctx.hits(requests, i).length > 0) {
          // The agreement must come after this request; the request may share the turn with the hold.
          const events = turn.events;
          if (!(events !== undefined && events.some((e) => e.type === 'hold-start') && lastRequest >= 0 && agreedSinceRequest)) {
            lastRequest = i;
            agreedSinceRequest = false;
          }
        } else if (turn.speaker === 'customer' && lastRequest >= 0 && agrees(turn.text, ctx.hits(assents, i))) {
          agreedSinceRequest = true;
        }
        const events = turn.events;
        if (events === undefined) return;
        for (const event of events) {
          if (event.type !== 'hold-start') continue;
          const consented = event.consent ?? (lastRequest >= 0 && agreedSinceRequest);
          if (!consented) {
            ctx.report({
              messageId: 'noConsent',
              turn: i,
              suggest: [{ messageId: 'askFirst' }],
              ...(event.at === undefined ? {} : { time: { start: event.at, end: event.at } }),
            });
          }
          lastRequest = -1;
          agreedSinceRequest = false;
          checkLongHold(ctx, turns, i, event, options.maxHoldMs, apologies);
        }
      });
    };
  },
});

function checkLongHold(ctx: RuleContext<HoldMessageId>, turns: readonly Turn[], from: number, start: HoldStart, maxHoldMs: number, apologies: PhraseSetHandle): void {
  if (start.at === undefined) return;
  // The matching hold-end: the first one at or after the start, in the same turn or a later one.
  let endTurn = -1;
  let endAt: number | undefined;
  let passedStart = false;
  for (let j = from; j < turns.length && endTurn < 0; j++) {
    for (const e of turns[j]?.events ?? []) {
      if (j === from && !passedStart) {
        if (e === start) passedStart = true;
        continue;
      }
      if (e.type === 'hold-end') {
        endTurn = j;
        endAt = e.at;
        break;
      }
    }
  }
  if (endTurn < 0 || endAt === undefined || endAt - start.at <= maxHoldMs) return;
  let back = -1;
  for (let j = endTurn; j < turns.length; j++) {
    const t = turns[j];
    if (t !== undefined && t.speaker === 'agent' && !isBlank(t.text)) {
      back = j;
      break;
    }
  }
  if (back >= 0 && ctx.hits(apologies, back).length > 0) return;
  ctx.report({
    messageId: 'noApology',
    data: { waited: formatDuration(endAt - start.at) },
    turn: back >= 0 ? back : endTurn,
    suggest: [{ messageId: 'apologise' }],
    time: { start: start.at, end: endAt },
  });
}
