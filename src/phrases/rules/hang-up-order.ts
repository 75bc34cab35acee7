import * as z from 'zod/mini';
import { defineRule, ruleDocsUrl } from './types.js';

/**
 * `hang-up-order` — the agent hangs up only after the customer has (rules: CALL-8, SCR-CLOSE: “应在客户挂断电话后挂机”).
 * Reports each `hang-up` event whose `by` is `agent`, at the turn that carries it.
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * const result = createChecker().check({ turns: [{ speaker: 'agent', text: '再见！', events: [{ type: 'hang-up', by: 'agent' }] }] });
 * result.diagnostics.some((d) => d.ruleId === 'hang-up-order'); // true
 * ```
 */
export const hangUpOrder = defineRule({
  meta: {
    id: 'hang-up-order',
    type: 'problem',
    domainRules: ['CALL-8', 'SCR-CLOSE'],
    description: { zh: '客户挂断电话后再挂机', en: 'Let the customer hang up first' },
    docs: { url: ruleDocsUrl('hang-up-order') },
    messages: { agentHungUpFirst: { zh: '客服先挂断了电话，应等客户挂断后再挂机', en: 'The agent hung up first; wait for the customer to hang up' } },
    options: /* @__PURE__ */ z.strictObject({}),
  },
  create() {
    return (ctx) => {
      ctx.turns.forEach((turn, index) => {
        for (const event of turn.events ?? []) {
          if (event.type !== 'hang-up' || event.by !== 'agent') continue;
          ctx.report({
            messageId: 'agentHungUpFirst',
            turn: index,
            ...(event.at === undefined ? {} : { time: { start: event.at, end: event.at } }),
          });
        }
      });
    };
  },
});
