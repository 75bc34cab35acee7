import { describe, it } from 'vitest';
import { RuleTester, fillerWord } from '../../../src/phrases/index.js';

// rule: PHR-FILLER — verbal tics anywhere, opening fillers at the start before a pause, no rhetorical tone.
new RuleTester({ describe, it }).run('filler-word (PHR-FILLER)', fillerWord, {
  valid: ['客服：好的，师傅马上到', '客服：那位先生已经走了', '客服：今天啊，师傅会上门'],
  invalid: [
    {
      name: 'removes an opening filler with the pause after it',
      text: '客服：嗯，好的',
      errors: [{ messageId: 'openingFiller', data: { text: '嗯', gloss: 'Um (opening filler)' }, turn: 0, range: { start: 0, end: 1 }, entryId: 'filler-02-b', suggestions: [] }],
      output: ['好的'],
    },
    {
      // One pass, as eslint --fix: the second edit touches the first, so it waits for the next pass.
      name: 'removes the first of two touching verbal tics in one pass',
      text: '客服：天啊，怎么这样',
      errors: [
        { messageId: 'verbalTic', message: { zh: '口头语：“天啊”', en: 'Verbal tic: 天啊 (“Oh my god”)' }, range: { start: 0, end: 2 } },
        { messageId: 'verbalTic', data: { text: '怎么这样', gloss: 'How can it be like this' }, range: { start: 3, end: 7 } },
      ],
      output: ['怎么这样'],
    },
    {
      name: 'a rhetorical question has a suggestion but no fix',
      text: '客服：难道您不会看说明书吗',
      errors: [
        { messageId: 'rhetorical', data: { words: '难道' }, range: { start: 0, end: 2 }, suggestions: [{ messageId: 'showEmpathy', message: { zh: '我理解……' }, output: null }] },
      ],
      output: null,
    },
  ],
});
