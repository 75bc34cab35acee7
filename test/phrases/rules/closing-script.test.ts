import { describe, it } from 'vitest';
import { RuleTester, closingScript } from '../../../src/phrases/index.js';

// rules: SCR-CLOSE, PHR-3-3-4 — the call ends with the closing (再见 without a preset).
new RuleTester({ describe, it }).run('closing-script (SCR-CLOSE)', closingScript, {
  valid: ['客服：您好\n客户：好的\n客服：感谢您的来电，再见！', { text: '客服：您好\n客服：我们改天再聊', callKind: 'callback' }],
  invalid: [
    {
      text: '客服：您好\n客户：谢谢\n客服：好的',
      errors: [{ messageId: 'noClosing', turn: 2, message: { zh: '结束通话时未使用标准结束语' }, suggestions: [{ messageId: 'sayScript', data: { script: '再见' } }] }],
    },
  ],
});
