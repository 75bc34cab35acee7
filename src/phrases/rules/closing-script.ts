import * as z from 'zod/mini';
import { ScriptSpecSchema, compileScriptPatterns, scriptSuggestion } from './script-pattern.js';
import { CallKinds, SCRIPT_MESSAGE, lastAgentTurns } from './shared.js';
import { defineRule, ruleDocsUrl } from './types.js';

/**
 * `closing-script` — the agent closes with the organisation's closing (rules: SCR-CLOSE “感谢您的来电，
 * 如果有问题，请您与我们联系，再见！”, PHR-3-3-4 “再见”结尾). Any one of `scripts` in the last
 * `agentTurns` agent turns passes; without a preset the script is 再见. Callbacks and invitations are
 * judged by `callback-script`.
 *
 * Options: `scripts`, `agentTurns` (default 2), `skipCallKinds` (default callback, invitation).
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * createChecker({ rules: { 'closing-script': ['error', { scripts: [{ id: 'gas-close', template: '感谢您的来电，如果有问题，请您与我们联系，再见！' }] }] } });
 * ```
 */
export const closingScript = defineRule({
  meta: {
    id: 'closing-script',
    type: 'problem',
    domainRules: ['SCR-CLOSE', 'PHR-3-3-4'],
    description: { zh: '使用标准结束语', en: 'Close the call with the standard closing' },
    docs: { url: ruleDocsUrl('closing-script') },
    messages: {
      noClosing: { zh: '结束通话时未使用标准结束语', en: 'The call does not end with the standard closing' },
      sayScript: SCRIPT_MESSAGE,
    },
    hasSuggestions: true,
    options: /* @__PURE__ */ z.strictObject({
      scripts: z._default(z.array(ScriptSpecSchema).check(z.minLength(1)), [{ id: 'close-goodbye', template: '再见' }]),
      agentTurns: z._default(z.int().check(z.positive()), 2),
      skipCallKinds: z._default(CallKinds, ['callback', 'invitation']),
    }),
  },
  create(options, setup) {
    const scripts = compileScriptPatterns(options.scripts, setup);
    const suggest = options.scripts.slice(0, 3).map((s) => ({ messageId: 'sayScript' as const, data: { script: scriptSuggestion(s, setup.settings).zh } }));
    return (ctx) => {
      if (ctx.callKind !== undefined && options.skipCallKinds.includes(ctx.callKind)) return;
      const last = lastAgentTurns(ctx.turns, options.agentTurns);
      if (last.length === 0) return;
      for (const i of last) if (scripts.find(ctx, i) !== undefined) return;
      const turn = last[last.length - 1];
      ctx.report({ messageId: 'noClosing', ...(turn === undefined ? {} : { turn }), suggest });
    };
  },
});
