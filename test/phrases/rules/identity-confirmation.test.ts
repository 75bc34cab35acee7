import { describe, it } from 'vitest';
import { RuleTester, identityConfirmation } from '../../../src/phrases/index.js';

// rules: SCR-VERIFY, CALL-8 — the agent confirms the customer's record.
new RuleTester({ describe, it }).run('identity-confirmation (SCR-VERIFY)', identityConfirmation, {
  valid: ['客服：您好\n客户：表坏了\n客服：您是阳光小区3号楼201王明先生吗？', '客服：您好', { text: '客服：您好\n客服：好的', callKind: 'business' }],
  invalid: [
    {
      text: '客服：您好\n客户：表坏了\n客服：好的，马上安排',
      errors: [
        {
          messageId: 'notConfirmed',
          turn: null,
          message: { zh: '未与客户确认客户信息（地址、姓名）' },
          suggestions: [{ messageId: 'sayScript', data: { script: '您是{address}{fullName}{title}吗？' } }],
        },
      ],
    },
  ],
});
