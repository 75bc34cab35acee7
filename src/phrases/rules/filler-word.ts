import * as z from 'zod';
import { PHRASE_CATALOG } from '../catalog/entries.js';
import { CatalogEntries, compileCatalogPatterns } from './catalog-pattern.js';
import { PhraseList, registerTexts } from './shared.js';
import { defineRule } from './types.js';

const FILLERS = PHRASE_CATALOG.filter((e) => e.category === 'filler' && e.kind === 'forbidden');

/**
 * `filler-word` — no verbal tics, opening fillers or rhetorical questions from the agent (rule: PHR-FILLER,
 * S0 客服部服务标准规范 二4-5: 口头语 “我晕、天啊、怎么这样、真是的”, 开口语 “啊、嗯、那”, 严禁反问、质问的口气).
 * Opening fillers count only at the start of a turn and before a pause (“嗯，…”, not “那位先生”).
 *
 * Options: `entries` (catalog entries; default the shipped PHR-FILLER entries), `rhetorical` (markers of a
 * rhetorical or interrogating tone; default 难道, 听不懂吗, 有没有搞错).
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * const result = createChecker().check({ turns: [{ speaker: 'agent', text: '嗯，我晕，又停气了' }] });
 * result.diagnostics.filter((d) => d.ruleId === 'filler-word').length; // 2
 * ```
 */
export const fillerWord = defineRule({
  meta: {
    id: 'filler-word',
    defaultSeverity: 'warn',
    domainRules: ['PHR-FILLER'],
    description: { zh: '不使用口头语、开口语和反问语气', en: 'No verbal tics, opening fillers or rhetorical questions' },
    options: z.strictObject({
      entries: CatalogEntries.default(FILLERS),
      rhetorical: PhraseList.default(['难道', '听不懂吗', '有没有搞错']),
    }),
  },
  create(options, setup) {
    const catalog = compileCatalogPatterns(options.entries, setup);
    const rhetorical = registerTexts(setup, 'rhetorical', options.rhetorical);
    return (ctx) => {
      for (let i = 0; i < ctx.turns.length; i++) {
        if (ctx.turns[i]?.speaker !== 'agent') continue;
        for (const hit of catalog.find(ctx, i)) {
          const entry = hit.entry;
          const opening = entry.group === 'opening-filler';
          ctx.report({
            turn: i,
            range: { start: hit.start, end: hit.end },
            message: opening
              ? { zh: `开口语：“${entry.text}”`, en: `Opening filler: ${entry.text} (“${entry.gloss}”)` }
              : { zh: `口头语：“${entry.text}”`, en: `Verbal tic: ${entry.text} (“${entry.gloss}”)` },
            suggestions: entry.suggestions ?? [],
            entryId: entry.id,
          });
        }
        for (const hit of ctx.hits(rhetorical, i)) {
          const words = ctx.turns[i]?.text.slice(hit.start, hit.end) ?? '';
          ctx.report({
            turn: i,
            range: { start: hit.start, end: hit.end },
            message: { zh: `反问、质问的口气：“${words}”`, en: `Rhetorical or interrogating tone: ${words}` },
            suggestions: [{ zh: '我理解……', en: 'Show empathy instead: 我理解…… (I understand …)' }],
          });
        }
      }
    };
  },
});
