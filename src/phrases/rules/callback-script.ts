import * as z from 'zod/mini';
import { ScriptSpecSchema, compileScriptPatterns, scriptSuggestion, type ScriptSpec } from './script-pattern.js';
import { CallKinds, SCRIPT_MESSAGE, isBlank, PhraseList, lastAgentTurns, registerTexts } from './shared.js';
import { defineRule, ruleDocsUrl, type SuggestionReport } from './types.js';

/**
 * `callback-script` — a callback follows the callback script (rule: SCR-CALLBACK, S0 第十六条): the opening
 * asks whether the customer has time (“…想对您做一下回访，能占用您一点时间吗？”); when the customer
 * declines, the agent says “抱歉，打扰了，再见！”; otherwise the callback ends with the thank-you closing
 * (“感谢您对我们工作的支持，…再见！”). Runs only on calls whose kind is one of `callKinds`.
 *
 * Options: `openings`, `declines`, `closings` (ScriptSpec[]), `declineSignals` (customer phrases that
 * decline, e.g. 不方便), `callKinds` (default callback), `openingTurns` (agent turns that may carry the
 * consent question, default 1), `agentTurns` (closing window, default 2).
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * const checker = createChecker({ settings: { hotline: '96777' } });
 * checker.check({ turns: [{ speaker: 'agent', text: '您好，我是燃气公司012号客服员，想对您做一下回访，能占用您一点时间吗？' }, { speaker: 'customer', text: '现在不方便' }, { speaker: 'agent', text: '抱歉，打扰了，再见！' }] }, { callKind: 'callback' });
 * ```
 */
export const callbackScript = defineRule({
  meta: {
    id: 'callback-script',
    type: 'problem',
    domainRules: ['SCR-CALLBACK'],
    description: { zh: '回访电话按回访规范进行', en: 'Run callbacks by the callback script' },
    docs: { url: ruleDocsUrl('callback-script') },
    messages: {
      noConsentAsked: { zh: '回访开头未征询客户是否方便', en: 'The callback does not open by asking whether the customer has time' },
      declineMishandled: { zh: '客户不方便时应说“抱歉，打扰了，再见！”并结束回访', en: 'When the customer has no time, say 抱歉，打扰了，再见！ and end the callback' },
      noClosing: { zh: '回访结束时未使用标准结束语', en: 'The callback does not end with the standard thank-you closing' },
      sayScript: SCRIPT_MESSAGE,
    },
    hasSuggestions: true,
    options: /* @__PURE__ */ z.strictObject({
      openings: z._default(z.array(ScriptSpecSchema).check(z.minLength(1)), [
        { id: 'callback-ask-time', template: '能占用您一点时间吗' },
        { id: 'callback-convenient', template: '请问此刻方便接听吗' },
      ]),
      declines: z._default(z.array(ScriptSpecSchema).check(z.minLength(1)), [{ id: 'callback-decline', template: '抱歉，打扰了，再见！' }]),
      closings: z._default(z.array(ScriptSpecSchema).check(z.minLength(1)), [{ id: 'callback-thanks', template: '感谢您对我们工作的支持' }]),
      declineSignals: z._default(PhraseList.check(z.minLength(1)), ['不方便', '没时间', '没空', '在忙', '正忙', '不用了', '在开会', '在开车', '改天']),
      callKinds: z._default(CallKinds, ['callback']),
      openingTurns: z._default(z.int().check(z.positive()), 1),
      agentTurns: z._default(z.int().check(z.positive()), 2),
    }),
  },
  create(options, setup) {
    const openings = compileScriptPatterns(options.openings, setup);
    const declines = compileScriptPatterns(options.declines, setup);
    const closings = compileScriptPatterns(options.closings, setup);
    const declineSignals = registerTexts(setup, 'decline', options.declineSignals);
    const settings = setup.settings;
    // Each script list has at least one entry (the schema says so); the first is the one to suggest.
    const sayFirst = (scripts: readonly ScriptSpec[]): SuggestionReport<'sayScript'>[] =>
      scripts.slice(0, 1).map((s) => ({ messageId: 'sayScript', data: { script: scriptSuggestion(s, settings).zh } }));
    return (ctx) => {
      if (ctx.callKind === undefined || !options.callKinds.includes(ctx.callKind)) return;
      const turns = ctx.turns;
      const agentTurns: number[] = [];
      turns.forEach((turn, i) => {
        if (turn.speaker === 'agent' && !isBlank(turn.text)) agentTurns.push(i);
      });
      const firstAgent = agentTurns[0];
      if (firstAgent === undefined) return;
      // The consent question may come in one of the first `openingTurns` agent turns (after 请问您是王先生吗).
      const opening = agentTurns.slice(0, options.openingTurns).find((i) => openings.find(ctx, i) !== undefined) ?? firstAgent;
      if (openings.find(ctx, opening) === undefined) {
        ctx.report({ messageId: 'noConsentAsked', turn: firstAgent, suggest: sayFirst(options.openings) });
      }
      // The customer's answer to the opening decides the rest of the call.
      let answer = -1;
      for (let i = opening + 1; i < turns.length; i++) {
        if (turns[i]?.speaker === 'customer') {
          answer = i;
          break;
        }
      }
      if (answer >= 0 && ctx.hits(declineSignals, answer).length > 0) {
        const reply = agentTurns.find((i) => i > answer);
        if (reply !== undefined && declines.find(ctx, reply) !== undefined) return;
        ctx.report({ messageId: 'declineMishandled', ...(reply === undefined ? {} : { turn: reply }), suggest: sayFirst(options.declines) });
        return;
      }
      if (agentTurns.length < 2) return;
      const closingTurns = lastAgentTurns(turns, options.agentTurns);
      if (closingTurns.some((i) => closings.find(ctx, i) !== undefined)) return;
      const turn = closingTurns[closingTurns.length - 1];
      ctx.report({ messageId: 'noClosing', ...(turn === undefined ? {} : { turn }), suggest: sayFirst(options.closings) });
    };
  },
});
