import * as z from 'zod/mini';
import { PhraseList, registerTexts } from './shared.js';
import { defineRule, ruleDocsUrl } from './types.js';

/**
 * `interruption` — the agent does not cut the customer off (客服部服务标准规范 二6 “不得无故打断客户说话”;
 * 客户服务标准 第七条(三)). An agent turn that starts while a customer turn is still running, by at least
 * `minOverlapMs`, is reported — unless the agent interrupts the way the standard phrases allow
 * (rule: PHR-STD “当打断客户谈话时说：对不起，我可以占用您一点儿时间吗？”). Needs timestamps.
 *
 * Options: `minOverlapMs` (default 500), `politePhrases`.
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * createChecker({ rules: { interruption: ['warn', { minOverlapMs: 1000 }] } });
 * ```
 */
export const interruption = defineRule({
  meta: {
    id: 'interruption',
    type: 'problem',
    domainRules: ['PHR-STD'],
    description: { zh: '不得无故打断客户说话', en: 'Do not cut the customer off' },
    docs: { url: ruleDocsUrl('interruption') },
    messages: {
      talkedOver: {
        zh: '客服在客户说话时插话（重叠{{seconds}}秒），应请客户说完再答复',
        en: 'The agent talked over the customer for {{seconds}} s; let the customer finish first',
      },
      askToInterrupt: { zh: '对不起，我可以占用您一点儿时间吗？', en: 'If you must interrupt: 对不起，我可以占用您一点儿时间吗？' },
    },
    hasSuggestions: true,
    options: /* @__PURE__ */ z.strictObject({
      minOverlapMs: z._default(z.number().check(z.nonnegative()), 500),
      politePhrases: z._default(PhraseList, ['我可以占用您一点儿时间吗', '我可以占用您一点时间吗']),
    }),
  },
  create(options, setup) {
    const polite = registerTexts(setup, 'polite', options.politePhrases);
    return (ctx) => {
      const turns = ctx.turns;
      // The customer turn, among those before the current one, that runs latest.
      let latest: { readonly start: number; readonly end: number } | undefined;
      turns.forEach((turn, a) => {
        if (turn.speaker === 'customer') {
          if (turn.start !== undefined && turn.end !== undefined && (latest === undefined || turn.end > latest.end)) latest = { start: turn.start, end: turn.end };
          return;
        }
        if (turn.speaker !== 'agent' || turn.start === undefined || latest === undefined) return;
        const customerStart = latest.start;
        const customerEnd = latest.end;
        // The agent started inside the customer's turn and the customer kept talking long enough.
        if (!(customerStart < turn.start && customerEnd - turn.start >= options.minOverlapMs)) return;
        if (ctx.hits(polite, a).length > 0) return;
        const overlapEnd = Math.min(customerEnd, turn.end ?? customerEnd);
        const seconds = ((customerEnd - turn.start) / 1000).toFixed(1);
        ctx.report({
          messageId: 'talkedOver',
          data: { seconds },
          turn: a,
          time: { start: turn.start, end: Math.max(turn.start, overlapEnd) },
          suggest: [{ messageId: 'askToInterrupt' }],
        });
      });
    };
  },
});
