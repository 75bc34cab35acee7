import { describe, it } from 'vitest';
import { RuleTester, anythingElse } from '../../../src/phrases/index.js';

// rules: SCR-ANYTHING-ELSE, CALL-8 — “您还有其他问题吗？” before the closing.
new RuleTester({ describe, it }).run('anything-else (SCR-ANYTHING-ELSE)', anythingElse, {
  valid: ['客服：您好\n客户：表坏了\n客服：您还有其他问题吗？\n客服：再见', '客服：您好', { text: '客服：您好\n客服：再见', callKind: 'callback' }],
  invalid: [
    {
      text: '客服：您好\n客户：表坏了\n客服：好的，再见',
      errors: [
        {
          messageId: 'notAsked',
          turn: 2,
          suggestions: [{ messageId: 'sayScript', data: { script: '您还有其他问题吗？' }, message: { en: 'Say the standard script: 您还有其他问题吗？' } }],
        },
      ],
    },
  ],
});
