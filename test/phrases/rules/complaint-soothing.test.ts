import { describe, it } from 'vitest';
import { RuleTester, complaintSoothing } from '../../../src/phrases/index.js';

// rules: PHR-COMPLAINT, CALL-4 — soothing phrases on a complaint call.
new RuleTester({ describe, it }).run('complaint-soothing (PHR-COMPLAINT)', complaintSoothing, {
  valid: [{ text: '客服：真是不好意思，让您生气了', callKind: 'complaint' }, { text: '客服：您说', callKind: 'consultation' }, '客服：您说'],
  invalid: [
    {
      text: '客服：您说\n客服：我记录了',
      callKind: 'complaint',
      errors: [
        {
          messageId: 'noSoothing',
          turn: null,
          message: { zh: '投诉电话中未使用安抚客户的用语' },
          suggestions: [{ messageId: 'soothe' }, { messageId: 'soothe' }, { messageId: 'soothe' }],
        },
      ],
    },
  ],
});
