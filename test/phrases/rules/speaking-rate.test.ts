import { describe, it } from 'vitest';
import { RuleTester, speakingRate } from '../../../src/phrases/index.js';

// 20 spoken characters; rule: VOICE-1 wants 120–140 a minute (±10 by default).
const turn = (ms: number) => ({ turns: [{ speaker: 'agent' as const, text: '您把表盖打开换上两节五号电池就可以了谢谢', start: 0, end: ms }] });

new RuleTester({ describe, it }).run('speaking-rate (VOICE-1)', speakingRate, {
  valid: [{ transcript: turn(9000) }, { transcript: turn(2000) }],
  invalid: [
    {
      transcript: turn(6000),
      errors: [{ messageId: 'tooFast', data: { rate: 200, min: 120, max: 140 }, turn: 0, message: { zh: '语速约每分钟200字，过快（标准为每分钟120-140个）' } }],
    },
    { transcript: turn(20000), errors: [{ messageId: 'tooSlow', data: { rate: 60 }, message: { en: 'Speaking rate about 60 characters a minute, too slow (standard 120–140)' } }] },
  ],
});
