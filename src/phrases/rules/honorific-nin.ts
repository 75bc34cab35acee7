import * as z from 'zod/mini';
import { PHRASE_CATALOG } from '../catalog/entries.js';
import { CatalogEntries, compileCatalogPatterns } from './catalog-pattern.js';
import { WORDING_MESSAGE, replaceText } from './shared.js';
import { defineRule, ruleDocsUrl } from './types.js';

const PLAIN_YOU = PHRASE_CATALOG.filter((e) => e.rule === 'PHR-NIN' && e.kind === 'forbidden');

/**
 * `honorific-nin` — the agent addresses the customer as 您, never 你 (rules: PHR-NIN, S0 客服部服务标准规范 二3
 * “与客户交流的整个过程，要使用‘你’字的敬称‘您’”; PHR-3-3-4 “‘您’字不离口”). Every 你 in an agent turn is
 * reported, except inside the catalog entry's `unless` phrases (迷你, …). 你 inside a forbidden phrase is
 * reported here too: each rule judges its own standard. Fix: a plain 你 becomes 您.
 *
 * Options: `entries` (default the shipped PHR-NIN forbidden entry).
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * const result = createChecker().check({ turns: [{ speaker: 'agent', text: '你好，请问你家地址是？' }] });
 * result.diagnostics.filter((d) => d.ruleId === 'honorific-nin').map((d) => d.range?.start); // [0, 5]
 * ```
 */
export const honorificNin = defineRule({
  meta: {
    id: 'honorific-nin',
    type: 'problem',
    domainRules: ['PHR-NIN', 'PHR-3-3-4'],
    description: { zh: '对客户使用敬称“您”', en: 'Address the customer as 您' },
    docs: { url: ruleDocsUrl('honorific-nin') },
    messages: {
      useNin: { zh: '对客户应使用敬称“您”，而非“{{text}}”', en: 'Address the customer as 您, not {{text}}' },
      standardWording: WORDING_MESSAGE,
      nin: { zh: '您', en: 'you (honorific)' },
    },
    fixable: 'text',
    hasSuggestions: true,
    options: /* @__PURE__ */ z.strictObject({ entries: z._default(CatalogEntries, PLAIN_YOU) }),
  },
  create(options, setup) {
    const catalog = compileCatalogPatterns(options.entries, setup);
    return (ctx) => {
      for (let i = 0; i < ctx.turns.length; i++) {
        if (ctx.turns[i]?.speaker !== 'agent') continue;
        for (const hit of catalog.find(ctx, i)) {
          const said = ctx.turns[i]?.text.slice(hit.start, hit.end);
          const wordings = hit.entry.suggestions;
          ctx.report({
            messageId: 'useNin',
            data: { text: hit.entry.text },
            turn: i,
            range: { start: hit.start, end: hit.end },
            // Only the single character is safe to swap; a host's longer entry (你们) needs a person.
            ...(said === '你' ? { fix: replaceText(i, hit, '您') } : {}),
            suggest: wordings === undefined ? [{ messageId: 'nin' }] : wordings.map((wording) => ({ messageId: 'standardWording', data: { wording } })),
            entryId: hit.entry.id,
          });
        }
      }
    };
  },
});
