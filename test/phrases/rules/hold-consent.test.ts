import { describe, it } from 'vitest';
import { RuleTester, holdConsent } from '../../../src/phrases/index.js';

// rule: SCR-HOLD — ask before a hold; apologise after a long one.
new RuleTester({ describe, it }).run('hold-consent (SCR-HOLD)', holdConsent, {
  valid: [
    {
      transcript: {
        turns: [
          { speaker: 'agent', text: '我帮您查一下，请您稍等' },
          { speaker: 'customer', text: '好的' },
          {
            speaker: 'agent',
            text: '',
            events: [
              { type: 'hold-start', at: 1000 },
              { type: 'hold-end', at: 5000 },
            ],
          },
        ],
      },
    },
  ],
  invalid: [
    {
      transcript: { turns: [{ speaker: 'agent', text: '我查一下', events: [{ type: 'hold-start', at: 1000 }] }] },
      errors: [{ messageId: 'noConsent', turn: 0, suggestions: [{ messageId: 'askFirst', message: { zh: '我帮您查询一下，请您稍等好吗？' } }] }],
    },
    {
      transcript: {
        turns: [
          { speaker: 'agent', text: '请您稍等', events: [{ type: 'hold-start', at: 0, consent: true }] },
          { speaker: 'agent', text: '查到了，您的表需要换电池', events: [{ type: 'hold-end', at: 95000 }] },
        ],
      },
      errors: [
        {
          messageId: 'noApology',
          data: { waited: { zh: '1分35秒', en: '1 min 35 s' } },
          turn: 1,
          message: { zh: '客户等候1分35秒，回来后未致歉' },
          suggestions: [{ messageId: 'apologise' }],
        },
      ],
    },
  ],
});
