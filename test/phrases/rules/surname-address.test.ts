import { describe, it } from 'vitest';
import { RuleTester, surnameAddress } from '../../../src/phrases/index.js';

// rules: PHR-ADDR, CALL-8 — ask the surname, use it, apologise for a wrong one.
new RuleTester({ describe, it }).run('surname-address (PHR-ADDR)', surnameAddress, {
  valid: ['客服：请问您贵姓？\n客户：姓王\n客服：王先生，您好', { text: '客服：您好', callKind: 'emergency' }, { text: '客服：您好', options: { requireAsk: false } }],
  invalid: [
    {
      text: '客服：请问您贵姓？\n客户：姓王\n客服：好的',
      errors: [{ messageId: 'surnameNotUsed', data: { surname: '王' }, turn: null, suggestions: [{ messageId: 'addressBySurname', message: { zh: '王先生/王女士' } }] }],
    },
    {
      text: '客服：请问您贵姓？\n客户：姓王\n客服：李先生，您好\n客服：王先生，马上安排',
      errors: [{ messageId: 'wrongSurname', data: { surname: '王' }, turn: 2, range: { start: 0, end: 3 }, suggestions: [{ messageId: 'apologise' }] }],
    },
    {
      text: '客服：您好\n客户：表坏了',
      errors: [{ messageId: 'surnameNeverAsked', message: { en: 'The agent never asked the customer’s surname' }, suggestions: [{ messageId: 'askSurname' }] }],
    },
  ],
});
