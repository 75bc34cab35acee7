import { describe, it } from 'vitest';
import { RuleTester, deferredAnswer } from '../../../src/phrases/index.js';

// rules: CALL-5, HOT-SLA-4, ENT-SLA-1 — apology, promised time and contact; within the limit.
new RuleTester({ describe, it }).run('deferred-answer (CALL-5)', deferredAnswer, {
  valid: ['客服：对不起，您的问题现在不能立刻给您答复，请您先留下您的联络方式，在24小时内，我会与您联络'],
  invalid: [
    {
      text: '客服：等我了解清楚再回复您',
      errors: [
        { messageId: 'noApology', turn: 0, range: { start: 7, end: 10 }, domainRules: ['CALL-5', 'PHR-COMPLAINT'], suggestions: [{ messageId: 'sayApology' }] },
        { messageId: 'noTimeLimit', range: { start: 7, end: 10 }, suggestions: [{ messageId: 'promiseTime', message: { en: 'Promise a time, e.g. 我会在24小时内给您答复' } }] },
        { messageId: 'noContact', range: { start: 7, end: 10 }, suggestions: [{ messageId: 'askContact' }] },
      ],
    },
    {
      text: '客服：抱歉，我会在两个小时内给您答复，请留下联系电话',
      options: { maxMinutes: 30 },
      errors: [{ messageId: 'tooLate', data: { promised: '两个小时', maxMinutes: 30 }, range: { start: 6, end: 10 }, message: { zh: '承诺的答复时限“两个小时”超过30分钟的规定' } }],
    },
  ],
});
