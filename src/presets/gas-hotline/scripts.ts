import type { Script } from '../../scripts/index.js';

/**
 * The call scripts of S0 客户服务标准 (the gas utility hotline): the call flow of 第十二条, the hold phrases of 第四条 and the callback of 第十六条, by id. Words are the seed's own; templates use full-width Chinese
 * punctuation and each script keeps the seed's sentence verbatim in `quote`. The literal templates keep
 * their slot names, so `render` checks them.
 *
 * @example
 * ```ts
 * import { gasHotlineScripts } from 'kefu/presets';
 * gasHotlineScripts['gas-close'].id; // 'gas-close'
 * ```
 */
export const gasHotlineScripts = {
  'gas-greet': {
    id: 'gas-greet',
    rule: 'SCR-GREET',
    template: '您好，{company}{agentNo}号客服员为您服务',
    quote: '您好,阳泉市煤气公司XX号客服员为您服务',
    source: 'S0 客户服务标准 第十二条(四)',
    gloss: 'Hello, {company} agent No. {agentNo} at your service.',
  },
  'gas-verify': {
    id: 'gas-verify',
    rule: 'SCR-VERIFY',
    template: '您是{address}{fullName}{title}吗？',
    quote: '您是XX小区XX号楼X单元X号XXX(全称)先生/女士吗?',
    source: 'S0 客户服务标准 第十二条(六)',
    gloss: 'Are you Mr/Ms {fullName} of {address}?',
    slots: { title: { gloss: 'form of address', values: ['先生', '女士'] } },
  },
  'hold-wait': {
    id: 'hold-wait',
    rule: 'SCR-HOLD',
    template: '请您稍等',
    quote: '请您稍等',
    source: 'S0 客户服务标准 第四条(五)',
    gloss: 'Please wait a moment.',
  },
  'hold-wait-trouble': {
    id: 'hold-wait-trouble',
    rule: 'SCR-HOLD',
    template: '麻烦您等一下',
    quote: '麻烦您等一下',
    source: 'S0 客户服务标准 第四条(五)',
    gloss: 'Sorry to trouble you, please wait a moment.',
  },
  'hold-handover': {
    id: 'hold-handover',
    rule: 'SCR-HOLD',
    template: '请稍等！我将与{department}部门联系，由他为您进行{reply}',
    quote: '请稍等!我将与××部门联系,由他为您进行解释(答复)',
    source: 'S0 客户服务标准 第四条(十三)',
    gloss: 'One moment please! I will contact the {department} department, who will {reply} for you.',
    slots: { department: { gloss: 'department', maxLength: 12 }, reply: { gloss: 'explain or answer', values: ['解释', '答复'] } },
  },
  'hold-return': {
    id: 'hold-return',
    rule: 'SCR-HOLD',
    template: '对不起，让您久等了',
    quote: '对不起,让您久等了',
    source: 'S0 客户服务标准 第四条(六)',
    gloss: 'Sorry to have kept you waiting.',
  },
  'gas-anything-else': {
    id: 'gas-anything-else',
    rule: 'SCR-ANYTHING-ELSE',
    template: '您还有其他问题吗？',
    quote: '您还有其他问题吗?',
    source: 'S0 客户服务标准 第十二条(十二)',
    gloss: 'Do you have any other questions?',
  },
  'gas-close': {
    id: 'gas-close',
    rule: 'SCR-CLOSE',
    template: '感谢您的来电，如果有问题，请您与我们联系，再见！',
    quote: '感谢您的来电,如果有问题,请您与我们联系,再见!',
    source: 'S0 客户服务标准 第十二条(十二)',
    gloss: 'Thank you for calling; if you have any problem, please contact us. Goodbye!',
  },
  'gas-callback-open': {
    id: 'gas-callback-open',
    rule: 'SCR-CALLBACK',
    template: '您好，我是{company}{agentNo}号客服员，想对您做一下回访，能占用您一点时间吗？',
    quote: '您好,我是阳泉市煤气公司XX号客服员,想对您做一下回访,能占用您一点时间吗?',
    source: 'S0 客户服务标准 第十六条(一)',
    gloss: 'Hello, this is {company} agent No. {agentNo}; may I take a moment of your time for a follow-up call?',
  },
  'gas-callback-decline': {
    id: 'gas-callback-decline',
    rule: 'SCR-CALLBACK',
    template: '抱歉，打扰了，再见！',
    quote: '抱歉,打扰了,再见!',
    source: 'S0 客户服务标准 第十六条(三)',
    gloss: 'Sorry to have disturbed you, goodbye!',
  },
  'gas-callback-close': {
    id: 'gas-callback-close',
    rule: 'SCR-CALLBACK',
    template: '感谢您对我们工作的支持，如您有关于燃气方面的问题可以随时拨打{hotline}电话，再见！',
    quote: '感谢您对我们工作的支持,如您有关于燃气方面的问题可以随时拨打XXXXXXX电话,再见!',
    source: 'S0 客户服务标准 第十六条(四)',
    gloss: 'Thank you for supporting our work; for any gas question you can call {hotline} at any time. Goodbye!',
  },
} as const satisfies Readonly<Record<string, Script>>;
