import * as z from 'zod/mini';
import { ScriptSpecSchema, compileScriptPatterns, scriptSuggestion } from './script-pattern.js';
import { CallKinds, SCRIPT_MESSAGE } from './shared.js';
import { defineRule, ruleDocsUrl } from './types.js';

/**
 * `identity-confirmation` — the agent confirms the customer's record before handling the request
 * (rules: SCR-VERIFY “您是{address}{fullName}先生/女士吗？”, CALL-8 “确认客户信息”). Any agent turn may
 * carry it; the address and name slots are wildcards, so “您是阳光小区3号楼2单元201王明先生吗？” and
 * “您是王先生吗？” both pass.
 *
 * Options: `scripts`, `skipCallKinds` (default callback, invitation, business — counters see the customer).
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * createChecker({ rules: { 'identity-confirmation': ['warn', { skipCallKinds: ['consultation'] }] } });
 * ```
 */
export const identityConfirmation = defineRule({
  meta: {
    id: 'identity-confirmation',
    type: 'problem',
    domainRules: ['SCR-VERIFY', 'CALL-8'],
    description: { zh: '确认客户信息', en: 'Confirm the customer’s record' },
    docs: { url: ruleDocsUrl('identity-confirmation') },
    messages: {
      notConfirmed: { zh: '未与客户确认客户信息（地址、姓名）', en: 'The agent never confirmed the customer’s record (address and name)' },
      sayScript: SCRIPT_MESSAGE,
    },
    hasSuggestions: true,
    options: /* @__PURE__ */ z.strictObject({
      scripts: z._default(z.array(ScriptSpecSchema).check(z.minLength(1)), [{ id: 'verify', template: '您是{address}{fullName}{title}吗？' }]),
      skipCallKinds: z._default(CallKinds, ['callback', 'invitation', 'business']),
    }),
  },
  create(options, setup) {
    const scripts = compileScriptPatterns(options.scripts, setup);
    // The schema requires at least one script; the first is the one to suggest.
    const suggest = options.scripts.slice(0, 1).map((s) => ({ messageId: 'sayScript' as const, data: { script: scriptSuggestion(s, setup.settings).zh } }));
    return (ctx) => {
      if (ctx.callKind !== undefined && options.skipCallKinds.includes(ctx.callKind)) return;
      let agentTurns = 0;
      for (let i = 0; i < ctx.turns.length; i++) {
        if (ctx.turns[i]?.speaker !== 'agent') continue;
        agentTurns++;
        if (scripts.find(ctx, i) !== undefined) return;
      }
      if (agentTurns < 2) return;
      ctx.report({ messageId: 'notConfirmed', suggest });
    };
  },
});
