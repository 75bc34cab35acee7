import { describe, it } from 'vitest';
import { RuleTester, hangUpOrder } from '../../../src/phrases/index.js';

// rules: CALL-8, SCR-CLOSE — the customer hangs up first.
new RuleTester({ describe, it }).run('hang-up-order (CALL-8)', hangUpOrder, {
  valid: [{ transcript: { turns: [{ speaker: 'agent', text: '再见！', events: [{ type: 'hang-up', by: 'customer' }] }] } }],
  invalid: [
    {
      transcript: { turns: [{ speaker: 'agent', text: '再见！', events: [{ type: 'hang-up', by: 'agent', at: 3000 }] }] },
      errors: [{ messageId: 'agentHungUpFirst', turn: 0, message: { en: 'The agent hung up first; wait for the customer to hang up' }, suggestions: [] }],
      output: null,
    },
  ],
});
