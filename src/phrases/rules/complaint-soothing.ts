import * as z from 'zod/mini';
import { PHRASE_CATALOG } from '../catalog/entries.js';
import { CatalogEntries, compileCatalogPatterns } from './catalog-pattern.js';
import { CallKinds } from './shared.js';
import { defineRule, ruleDocsUrl } from './types.js';

const SOOTHING = PHRASE_CATALOG.filter((e) => e.rule === 'PHR-COMPLAINT' && e.group === 'soothing');

/**
 * `complaint-soothing` — on a complaint call the agent soothes the customer with the standard phrases
 * (rules: PHR-COMPLAINT “真是不好意思”, “让您生气了”, “给您带来不便”, “我能理解”, “别着急” …; CALL-4
 * “向客户耐心解释，争取理解”). Runs only when the call's kind is one of `callKinds` (default complaint).
 *
 * Options: `entries` (default the shipped soothing phrases), `callKinds`.
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * const result = createChecker().check({ turns: [{ speaker: 'agent', text: '您说' }] }, { callKind: 'complaint' });
 * result.diagnostics.some((d) => d.ruleId === 'complaint-soothing'); // true
 * ```
 */
export const complaintSoothing = defineRule({
  meta: {
    id: 'complaint-soothing',
    type: 'problem',
    domainRules: ['PHR-COMPLAINT', 'CALL-4'],
    description: { zh: '投诉电话使用安抚用语', en: 'Soothe a complaining customer with the standard phrases' },
    docs: { url: ruleDocsUrl('complaint-soothing') },
    messages: {
      noSoothing: { zh: '投诉电话中未使用安抚客户的用语', en: 'The agent never used a soothing phrase on this complaint call' },
      soothe: { zh: '{{text}}', en: 'Soothe the customer: {{text}} ({{gloss}})' },
    },
    hasSuggestions: true,
    options: /* @__PURE__ */ z.strictObject({ entries: z._default(CatalogEntries.check(z.minLength(1)), SOOTHING), callKinds: z._default(CallKinds, ['complaint']) }),
  },
  create(options, setup) {
    const catalog = compileCatalogPatterns(options.entries, setup);
    const suggest = options.entries.slice(0, 3).map((e) => ({ messageId: 'soothe' as const, data: { text: e.text, gloss: e.gloss } }));
    return (ctx) => {
      if (ctx.callKind === undefined || !options.callKinds.includes(ctx.callKind)) return;
      let agentTurns = 0;
      for (let i = 0; i < ctx.turns.length; i++) {
        if (ctx.turns[i]?.speaker !== 'agent') continue;
        agentTurns++;
        if (catalog.find(ctx, i).length > 0) return;
      }
      if (agentTurns === 0) return;
      ctx.report({ messageId: 'noSoothing', suggest });
    };
  },
});
