import { describe, it } from 'vitest';
import { RuleTester, callbackScript } from '../../../src/phrases/index.js';

// rule: SCR-CALLBACK — ask for time, handle a decline, close with thanks.
new RuleTester({ describe, it }).run('callback-script (SCR-CALLBACK)', callbackScript, {
  valid: [
    { text: '客服：您好，想对您做一下回访，能占用您一点时间吗？\n客户：现在不方便\n客服：抱歉，打扰了，再见！', callKind: 'callback' },
    { text: '客服：您好，想对您做一下回访，能占用您一点时间吗？\n客户：可以\n客服：感谢您对我们工作的支持，再见！', callKind: 'callback' },
    '客服：您好',
  ],
  invalid: [
    {
      text: '客服：您好，我是回访的客服\n客户：嗯\n客服：感谢您对我们工作的支持',
      callKind: 'callback',
      errors: [{ messageId: 'noConsentAsked', turn: 0, suggestions: [{ messageId: 'sayScript', data: { script: '能占用您一点时间吗' } }] }],
    },
    {
      text: '客服：能占用您一点时间吗？\n客户：在开会\n客服：好的',
      callKind: 'callback',
      errors: [{ messageId: 'declineMishandled', turn: 2, suggestions: [{ messageId: 'sayScript', data: { script: '抱歉，打扰了，再见！' } }] }],
    },
    {
      text: '客服：能占用您一点时间吗？\n客户：可以\n客服：好的，再见',
      callKind: 'callback',
      errors: [{ messageId: 'noClosing', turn: 2, message: { en: 'The callback does not end with the standard thank-you closing' } }],
    },
  ],
});
