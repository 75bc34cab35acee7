import { describe, it } from 'vitest';
import { RuleTester, forbiddenPhrase } from '../../../src/phrases/index.js';

// rules: PHR-FORBID, PHR-FORBID-2 — the catalog's better wording is a suggestion that replaces the phrase.
new RuleTester({ describe, it }).run('forbidden-phrase (PHR-FORBID, PHR-FORBID-2)', forbiddenPhrase, {
  valid: ['客服：不知道您方便吗？', '客服：不客气', '客户：我不知道'],
  invalid: [
    {
      text: '客服：我不知道',
      errors: [
        {
          messageId: 'forbidden',
          data: { text: '我不知道' },
          turn: 0,
          range: { start: 0, end: 4 },
          entryId: 'refuse-02',
          domainRules: ['PHR-FORBID-2'],
          suggestions: [
            { messageId: 'standardWording', message: { zh: '这个问题我帮您请更专业的人员回答好吗？' }, output: ['这个问题我帮您请更专业的人员回答好吗？'] },
            { messageId: 'standardWording', output: ['具体情况我向当事人了解清楚再回复您，可以吗？'] },
          ],
        },
      ],
      output: null,
    },
    { text: '客服：不，这个办不了', errors: [{ messageId: 'forbidden', entryId: 'refuse-01', range: { start: 0, end: 1 } }] },
  ],
});
