import * as z from 'zod/mini';
import { ScriptSpecSchema, compileScriptPatterns, scriptSuggestion } from './script-pattern.js';
import { CallKinds, SCRIPT_MESSAGE, firstAgentTurn } from './shared.js';
import { defineRule, ruleDocsUrl } from './types.js';

/**
 * `greeting-script` — the agent's first turn greets with the organisation's script (rules: SCR-GREET
 * “您好，{company}{agentNo}号客服员为您服务”, CALL-8; presets pass SCR-ENT, SCR-AUTO or SCR-HALL greetings).
 * Any one of `scripts` in the first `agentTurns` agent turns passes. Without a preset the script is the
 * bare 您好 (PHR-NIN keeps “您好” in use). Outbound calls (callbacks, invitations) are judged by
 * `callback-script` instead.
 *
 * Options: `scripts` (ScriptSpec[]), `agentTurns` (default 1), `skipCallKinds` (default callback, invitation).
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * createChecker({
 *   settings: { company: '燃气公司' },
 *   rules: { 'greeting-script': ['error', { scripts: [{ id: 'gas-greet', template: '您好，{company}{agentNo}号客服员为您服务' }] }] },
 * });
 * ```
 */
export const greetingScript = defineRule({
  meta: {
    id: 'greeting-script',
    type: 'problem',
    domainRules: ['SCR-GREET', 'CALL-8'],
    description: { zh: '接听后使用标准问候语', en: 'Open the call with the standard greeting' },
    docs: { url: ruleDocsUrl('greeting-script') },
    messages: {
      noGreeting: { zh: '开场未使用标准问候语', en: 'The call does not open with the standard greeting' },
      sayScript: SCRIPT_MESSAGE,
    },
    hasSuggestions: true,
    options: /* @__PURE__ */ z.strictObject({
      scripts: z._default(z.array(ScriptSpecSchema).check(z.minLength(1)), [{ id: 'greet-nin-hao', template: '您好' }]),
      agentTurns: z._default(z.int().check(z.positive()), 1),
      skipCallKinds: z._default(CallKinds, ['callback', 'invitation']),
    }),
  },
  create(options, setup) {
    const scripts = compileScriptPatterns(options.scripts, setup);
    const suggest = options.scripts.slice(0, 3).map((s) => ({ messageId: 'sayScript' as const, data: { script: scriptSuggestion(s, setup.settings).zh } }));
    return (ctx) => {
      if (ctx.callKind !== undefined && options.skipCallKinds.includes(ctx.callKind)) return;
      const first = firstAgentTurn(ctx.turns);
      if (first < 0) return;
      let seen = 0;
      for (let i = first; i < ctx.turns.length && seen < options.agentTurns; i++) {
        if (ctx.turns[i]?.speaker !== 'agent') continue;
        seen++;
        if (scripts.find(ctx, i) !== undefined) return;
      }
      ctx.report({
        messageId: 'noGreeting',
        turn: first,
        suggest,
        domainRules: options.scripts[0]?.rule === undefined ? ['SCR-GREET', 'CALL-8'] : [options.scripts[0].rule, 'CALL-8'],
      });
    };
  },
});
