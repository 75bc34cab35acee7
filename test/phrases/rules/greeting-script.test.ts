import { describe, it } from 'vitest';
import { RuleTester, greetingScript } from '../../../src/phrases/index.js';

const gasGreet = { id: 'demo-greet', template: '您好，{company}{agentNo}号客服员为您服务' };

// rules: SCR-GREET, CALL-8 — the first agent turn greets with the organisation's script.
new RuleTester({ describe, it }).run('greeting-script (SCR-GREET)', greetingScript, {
  valid: [
    '客服：您好，请问有什么可以帮您？',
    { text: '客服：您好，示例公司12号客服员为您服务', options: { scripts: [gasGreet] }, settings: { company: '示例公司' } },
    { text: '客服：王先生，我是回访的客服', callKind: 'callback' },
  ],
  invalid: [
    {
      text: '客服：喂，哪位\n客户：我家燃气表不走了',
      errors: [
        {
          messageId: 'noGreeting',
          turn: 0,
          message: { en: 'The call does not open with the standard greeting' },
          suggestions: [{ messageId: 'sayScript', data: { script: '您好' }, message: { en: 'Say the standard script: 您好' }, output: null }],
        },
      ],
    },
    {
      text: '客服：您好，其他公司12号客服员为您服务',
      options: { scripts: [gasGreet] },
      settings: { company: '示例公司' },
      errors: [
        { messageId: 'noGreeting', domainRules: ['SCR-GREET', 'CALL-8'], suggestions: [{ messageId: 'sayScript', data: { script: '您好，示例公司{agentNo}号客服员为您服务' } }] },
      ],
    },
  ],
});
