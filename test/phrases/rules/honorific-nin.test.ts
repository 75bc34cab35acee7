import { describe, it } from 'vitest';
import { RuleTester, honorificNin } from '../../../src/phrases/index.js';

// rule: PHR-NIN — 您, never 你, for the customer; the fix swaps the character.
new RuleTester({ describe, it }).run('honorific-nin (PHR-NIN)', honorificNin, {
  valid: ['客服：您好，请问您家地址是？', '客服：这是迷你型燃气表', '客户：你们怎么还不来'],
  invalid: [
    {
      text: '客服：你好，请问你家地址是？',
      errors: [
        {
          messageId: 'useNin',
          data: { text: '你' },
          turn: 0,
          range: { start: 0, end: 1 },
          entryId: 'nin-ni',
          message: { zh: '对客户应使用敬称“您”，而非“你”', en: 'Address the customer as 您, not 你' },
          suggestions: [{ messageId: 'standardWording', message: { zh: '您', en: 'you (honorific)' }, output: null }],
        },
        { messageId: 'useNin', turn: 0, range: { start: 5, end: 6 } },
      ],
      output: ['您好，请问您家地址是？'],
    },
  ],
});
