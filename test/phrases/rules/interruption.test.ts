import { describe, it } from 'vitest';
import { RuleTester, interruption } from '../../../src/phrases/index.js';

const talk = (agentText: string) => ({
  turns: [
    { speaker: 'customer' as const, text: '我家的燃气表从昨天开始就不走了', start: 0, end: 4000 },
    { speaker: 'agent' as const, text: agentText, start: 2000, end: 5000 },
  ],
});

// rule: PHR-STD — no cutting the customer off, unless with the standard's polite phrase.
new RuleTester({ describe, it }).run('interruption (PHR-STD)', interruption, {
  valid: [{ transcript: talk('对不起，我可以占用您一点时间吗') }, { transcript: talk('好的'), options: { minOverlapMs: 3000 } }],
  invalid: [
    {
      transcript: talk('您的表号是多少'),
      errors: [
        {
          messageId: 'talkedOver',
          data: { seconds: '2.0' },
          turn: 1,
          message: { zh: '客服在客户说话时插话（重叠2.0秒），应请客户说完再答复' },
          suggestions: [{ messageId: 'askToInterrupt' }],
        },
      ],
    },
  ],
});
