import * as z from 'zod/mini';
import { ScriptSpecSchema, compileScriptPatterns, scriptSuggestion } from './script-pattern.js';
import { CallKinds, SCRIPT_MESSAGE, isBlank, lastAgentTurn } from './shared.js';
import { defineRule, ruleDocsUrl } from './types.js';

/**
 * `anything-else` — before closing, the agent asks whether the customer has anything else
 * (rules: SCR-ANYTHING-ELSE “您还有其他问题吗？”, CALL-8). Any agent turn after the first one may carry it;
 * the seeds' variants (S0 客服工作规范 “请问您还有什么需要我为您做的吗？”) pass too. A call with a single
 * agent turn is not judged.
 *
 * Options: `scripts`, `skipCallKinds` (default callback, invitation).
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * createChecker({ rules: { 'anything-else': 'warn' } });
 * ```
 */
export const anythingElse = defineRule({
  meta: {
    id: 'anything-else',
    type: 'problem',
    domainRules: ['SCR-ANYTHING-ELSE', 'CALL-8'],
    description: { zh: '结束前询问“您还有其他问题吗？”', en: 'Ask “anything else?” before closing' },
    docs: { url: ruleDocsUrl('anything-else') },
    messages: {
      notAsked: { zh: '结束通话前未询问客户是否还有其他问题', en: 'The agent did not ask whether the customer had anything else before closing' },
      sayScript: SCRIPT_MESSAGE,
    },
    hasSuggestions: true,
    options: /* @__PURE__ */ z.strictObject({
      scripts: z._default(z.array(ScriptSpecSchema).check(z.minLength(1)), [
        { id: 'anything-else', template: '您还有其他问题吗？' },
        { id: 'anything-else-need', template: '还有什么需要我为您做的吗？' },
      ]),
      skipCallKinds: z._default(CallKinds, ['callback', 'invitation']),
    }),
  },
  create(options, setup) {
    const scripts = compileScriptPatterns(options.scripts, setup);
    // The schema requires at least one script; the first is the one to suggest.
    const suggest = options.scripts.slice(0, 1).map((s) => ({ messageId: 'sayScript' as const, data: { script: scriptSuggestion(s, setup.settings).zh } }));
    return (ctx) => {
      if (ctx.callKind !== undefined && options.skipCallKinds.includes(ctx.callKind)) return;
      const turns = ctx.turns;
      let agentTurns = 0;
      for (let i = 0; i < turns.length; i++) {
        if (turns[i]?.speaker !== 'agent' || isBlank(turns[i]?.text ?? '')) continue;
        agentTurns++;
        if (agentTurns > 1 && scripts.find(ctx, i) !== undefined) return;
      }
      if (agentTurns < 2) return;
      ctx.report({ messageId: 'notAsked', turn: lastAgentTurn(turns), suggest });
    };
  },
});
