import { describe, it } from 'vitest';
import { RuleTester, flowOrder } from '../../../src/phrases/index.js';
import { gasHotlineClassify } from '../../../src/presets/index.js';

// The organisation's words (its greeting, its “anything else” question) come with its classification data.
const classify = gasHotlineClassify;

// rule: CALL-8 — greet → confirm the record → handle → “anything else” → close.
new RuleTester({ describe, it }).run('flow-order (CALL-8)', flowOrder, {
  valid: [
    {
      options: { classify },
      text: '客服：您好，燃气公司12号客服员为您服务\n客户：我家燃气表不走了\n客服：请问您贵姓？\n客户：姓王\n客服：王先生，您是幸福小区3号楼2单元401王明先生吗？\n客户：是的\n客服：好的，我马上安排师傅上门维修\n客服：您还有其他问题吗？\n客户：没有了\n客服：感谢您的来电，如果有问题，请您与我们联系，再见！',
    },
  ],
  invalid: [
    {
      text: '客服：您好，燃气公司12号客服员为您服务\n客户：我家燃气表不走了\n客服：好的，马上安排师傅上门\n客服：再见',
      options: { classify },
      errors: [
        { messageId: 'deviation', turn: 2, entryId: 'verify-before-dispatch', domainRules: ['CALL-8', 'SCR-VERIFY'], message: { zh: '未确认客户信息就下达任务' } },
        {
          messageId: 'deviation',
          turn: 3,
          entryId: 'anything-else-before-close',
          data: { deviation: { zh: '结束通话前未询问“您还有其他问题吗？”', en: 'Closed without asking “您还有其他问题吗？” (anything else?)' } },
        },
      ],
      output: null,
    },
    {
      text: '客服：您好，燃气公司12号客服员为您服务\n客户：我家燃气表不走了\n客服：好的，马上安排师傅上门\n客服：再见',
      options: { classify, report: ['anything-else-before-close'] },
      errors: [{ messageId: 'deviation', turn: 3, entryId: 'anything-else-before-close' }],
    },
  ],
});
