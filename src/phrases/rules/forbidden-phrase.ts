import * as z from 'zod/mini';
import { PHRASE_CATALOG } from '../catalog/entries.js';
import { CatalogEntries, compileCatalogPatterns } from './catalog-pattern.js';
import { WORDING_MESSAGE, replaceText } from './shared.js';
import { defineRule, ruleDocsUrl } from './types.js';

const FORBIDDEN = PHRASE_CATALOG.filter((e) => e.kind === 'forbidden' && (e.rule === 'PHR-FORBID' || e.rule === 'PHR-FORBID-2'));

/**
 * `forbidden-phrase` — the agent never uses the standards' forbidden phrases (rules: PHR-FORBID, the 15
 * groups of S0 第八条 禁忌用语 such as 不知道, 找领导去, 没看到我在忙吗; PHR-FORBID-2, the bare refusals
 * 不 / 我不知道 / 我不清楚 / 我不想回答你的问题 of S0 客服工作规范 3). Each finding carries the catalog
 * entry id and the standards' better wording as suggestions, each of which replaces the phrase. A phrase nested in a longer one is
 * reported once (我不知道, not also 不知道); catalog `unless` phrases (不知道您…) do not count.
 *
 * Options: `entries` (catalog entries; default the shipped forbidden entries of PHR-FORBID and PHR-FORBID-2).
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * const result = createChecker().check({ turns: [{ speaker: 'agent', text: '这个我不知道。' }] });
 * result.diagnostics.find((d) => d.ruleId === 'forbidden-phrase')?.entryId; // 'refuse-02'
 * ```
 */
export const forbiddenPhrase = defineRule({
  meta: {
    id: 'forbidden-phrase',
    type: 'problem',
    domainRules: ['PHR-FORBID', 'PHR-FORBID-2'],
    description: { zh: '不使用禁忌用语', en: 'Never use a forbidden phrase' },
    docs: { url: ruleDocsUrl('forbidden-phrase') },
    messages: {
      forbidden: { zh: '禁忌用语：“{{text}}”', en: 'Forbidden phrase: {{text}} (“{{gloss}}”)' },
      standardWording: WORDING_MESSAGE,
    },
    hasSuggestions: true,
    options: /* @__PURE__ */ z.strictObject({ entries: z._default(CatalogEntries, FORBIDDEN) }),
  },
  create(options, setup) {
    const catalog = compileCatalogPatterns(options.entries, setup);
    return (ctx) => {
      for (let i = 0; i < ctx.turns.length; i++) {
        if (ctx.turns[i]?.speaker !== 'agent') continue;
        for (const hit of catalog.find(ctx, i)) {
          const entry = hit.entry;
          // The standards' replacement is a whole sentence: offered, never applied by a fix-all.
          ctx.report({
            messageId: 'forbidden',
            data: { text: entry.text, gloss: entry.gloss },
            turn: i,
            range: { start: hit.start, end: hit.end },
            suggest: (entry.suggestions ?? []).map((wording) => ({ messageId: 'standardWording', data: { wording }, fix: replaceText(i, hit, wording.zh) })),
            entryId: entry.id,
            domainRules: [entry.rule],
            ...(entry.severity === 'warn' ? { severity: 'warn' as const } : {}),
          });
        }
      }
    };
  },
});
