import * as z from 'zod/mini';
import { PHRASE_CATALOG } from '../catalog/entries.js';
import { CatalogEntries, compileCatalogPatterns } from './catalog-pattern.js';
import { PhraseList, WORDING_MESSAGE, registerTexts, replaceText } from './shared.js';
import { isSkippedCharacter } from '../../text/skip.js';
import { defineRule, ruleDocsUrl } from './types.js';

/** End of the filler and the pause right after it, so that removing both leaves the sentence as it starts. */
function endOfPause(text: string, end: number): number {
  let at = end;
  while (at < text.length && isSkippedCharacter(text.charAt(at))) at++;
  return at;
}

const FILLERS = PHRASE_CATALOG.filter((e) => e.category === 'filler' && e.kind === 'forbidden');

/**
 * `filler-word` — no verbal tics, opening fillers or rhetorical questions from the agent (rule: PHR-FILLER,
 * S0 客服部服务标准规范 二4-5: 口头语 “我晕、天啊、怎么这样、真是的”, 开口语 “啊、嗯、那”, 严禁反问、质问的口气).
 * Opening fillers count only at the start of a turn and before a pause (“嗯，…”, not “那位先生”).
 * Fix: tics and fillers are removed together with the pause after them (“嗯，好的” → “好的”).
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
    type: 'suggestion',
    domainRules: ['PHR-FILLER'],
    description: { zh: '不使用口头语、开口语和反问语气', en: 'No verbal tics, opening fillers or rhetorical questions' },
    docs: { url: ruleDocsUrl('filler-word') },
    messages: {
      openingFiller: { zh: '开口语：“{{text}}”', en: 'Opening filler: {{text}} (“{{gloss}}”)' },
      verbalTic: { zh: '口头语：“{{text}}”', en: 'Verbal tic: {{text}} (“{{gloss}}”)' },
      rhetorical: { zh: '反问、质问的口气：“{{words}}”', en: 'Rhetorical or interrogating tone: {{words}}' },
      standardWording: WORDING_MESSAGE,
      showEmpathy: { zh: '我理解……', en: 'Show empathy instead: 我理解…… (I understand …)' },
    },
    fixable: 'text',
    hasSuggestions: true,
    options: /* @__PURE__ */ z.strictObject({
      entries: z._default(CatalogEntries, FILLERS),
      rhetorical: z._default(PhraseList, ['难道', '听不懂吗', '有没有搞错']),
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
          const text = ctx.turns[i]?.text ?? '';
          ctx.report({
            messageId: entry.group === 'opening-filler' ? 'openingFiller' : 'verbalTic',
            data: { text: entry.text, gloss: entry.gloss },
            turn: i,
            range: { start: hit.start, end: hit.end },
            fix: replaceText(i, { start: hit.start, end: endOfPause(text, hit.end) }, ''),
            suggest: (entry.suggestions ?? []).map((wording) => ({ messageId: 'standardWording', data: { wording } })),
            entryId: entry.id,
          });
        }
        for (const hit of ctx.hits(rhetorical, i)) {
          const words = ctx.turns[i]?.text.slice(hit.start, hit.end) ?? '';
          // A rhetorical question needs rewording by a person; there is no safe fix.
          ctx.report({ messageId: 'rhetorical', data: { words }, turn: i, range: { start: hit.start, end: hit.end }, suggest: [{ messageId: 'showEmpathy' }] });
        }
      }
    };
  },
});
