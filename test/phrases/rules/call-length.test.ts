import { describe, it } from 'vitest';
import { RuleTester, callLength } from '../../../src/phrases/index.js';

const call = (end: number) => ({ turns: [{ speaker: 'agent' as const, text: '您好', start: 0, end }] });

// rule: HOT-SLA-3 — within 3 minutes where possible.
new RuleTester({ describe, it }).run('call-length (HOT-SLA-3)', callLength, {
  valid: [{ transcript: call(180_000) }, { text: '客服：您好' }, { transcript: call(200_000), options: { maxMs: 240_000 } }],
  invalid: [
    {
      transcript: call(247_000),
      errors: [
        {
          messageId: 'tooLong',
          data: { took: { zh: '4分7秒', en: '4 min 7 s' }, limit: { zh: '3分', en: '3 min' } },
          turn: null,
          message: { zh: '通话时长4分7秒，超过3分', en: 'The call took 4 min 7 s, over 3 min' },
        },
      ],
    },
  ],
});
