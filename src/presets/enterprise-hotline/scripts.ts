import type { Script } from '../../scripts/index.js';
import { gasHotlineScripts } from '../gas-hotline/scripts.js';

/**
 * The call scripts of S1 模板4 (a company customer-service hotline): greeting, closing thanks, the callback and the visitor welcome, by id. Words are the seed's own; templates use full-width Chinese
 * punctuation and each script keeps the seed's sentence verbatim in `quote`. The literal templates keep
 * their slot names, so `render` checks them.
 *
 * @example
 * ```ts
 * import { enterpriseHotlineScripts } from 'kefu/presets';
 * enterpriseHotlineScripts['ent-greet'].id; // 'ent-greet'
 * ```
 */
export const enterpriseHotlineScripts = {
  'ent-greet': {
    id: 'ent-greet',
    rule: 'SCR-ENT',
    template: '您好，{company}，请问什么事情能够帮您',
    quote: '您好,山东标金,请问什么事情能够帮您',
    source: 'S1 模板4 四(二) 电话接听客服 2',
    gloss: 'Hello, {company}; what can I help you with?',
  },
  // S1 t4 shares the hold phrases of S0 第四条 (the same standard phrases, word for word).
  'hold-wait': gasHotlineScripts['hold-wait'],
  'hold-return': gasHotlineScripts['hold-return'],
  'ent-close-thanks-call': {
    id: 'ent-close-thanks-call',
    rule: 'SCR-ENT',
    template: '多谢您打电话来',
    quote: '多谢您打电话来',
    source: 'S1 模板4 四(二) 电话接听客服 2',
    gloss: 'Thank you for calling.',
  },
  'ent-close-thanks-notify': {
    id: 'ent-close-thanks-notify',
    rule: 'SCR-ENT',
    template: '多谢您通知我们',
    quote: '多谢您通知我们',
    source: 'S1 模板4 四(二) 电话接听客服 2',
    gloss: 'Thank you for letting us know.',
  },
  'ent-callback-open': {
    id: 'ent-callback-open',
    rule: 'SCR-ENT',
    template: '您好！请问您是{name}{title}吗',
    quote: '您好!请问您是.先生女士吗',
    source: 'S1 模板4 四(二) 电话回访客服 2',
    gloss: 'Hello! Am I speaking with Mr/Ms {name}?',
    slots: { title: { gloss: 'form of address', values: ['先生', '女士'] } },
  },
  'ent-callback-intro': {
    id: 'ent-callback-intro',
    rule: 'SCR-ENT',
    template: '那里是{company}客服部，我的工号是{agentNo}，请问此刻方便接听吗',
    quote: '那里是山东标金客服部,我的工号是.,请问此刻方便接听吗',
    source: 'S1 模板4 四(二) 电话回访客服 2',
    gloss: 'This is the {company} customer-service department, my job number is {agentNo}; is now a good time to talk?',
  },
  'ent-callback-purpose': {
    id: 'ent-callback-purpose',
    rule: 'SCR-ENT',
    template: '您曾在{date}日致电我们反映了情景，关于这个问题我们已经有了跟进结果',
    quote: '您曾在.日致电我们反映了情景,关于这个问题我们已经有了跟进结果.x',
    source: 'S1 模板4 四(二) 电话回访客服 2',
    gloss: 'On {date} you called us about a matter; we now have a follow-up result on it.',
  },
  'ent-callback-check-clear': {
    id: 'ent-callback-check-clear',
    rule: 'SCR-ENT',
    template: '请问您对这个问题是否已经清楚了',
    quote: '请问您对这个问题是否已经清楚了',
    source: 'S1 模板4 四(二) 电话回访客服 2',
    gloss: 'Is the matter now clear to you?',
  },
  'ent-callback-check-satisfied': {
    id: 'ent-callback-check-satisfied',
    rule: 'SCR-ENT',
    template: '您是否满意我们的答复',
    quote: '您是否满意我们的答复',
    source: 'S1 模板4 四(二) 电话回访客服 2',
    gloss: 'Are you satisfied with our answer?',
  },
  'ent-callback-close': {
    id: 'ent-callback-close',
    rule: 'SCR-ENT',
    template: '欢迎随时致电客服部，我的工号是{agentNo}，再见！',
    quote: '欢迎随时致电客服部,我的工号是.,再见!',
    source: 'S1 模板4 四(二) 电话回访客服 2',
    gloss: 'You are welcome to call the customer-service department at any time; my job number is {agentNo}. Goodbye!',
  },
  'ent-callback-followup': {
    id: 'ent-callback-followup',
    rule: 'SCR-ENT',
    template: '我们将尽快跟进反映您的问题，尽早协调解决方案，将在第一时间告知您',
    quote: '我们将尽快跟进反映您的问题,尽早协调解决方案,将在第一时间告知您',
    source: 'S1 模板4 四(二) 电话回访客服 2',
    gloss: 'We will follow up your issue as soon as possible, work out a solution early and tell you at the first moment.',
  },
  'ent-visit-welcome': {
    id: 'ent-visit-welcome',
    rule: 'SCR-ENT',
    template: '您好，欢迎来到{company}',
    quote: '您好,欢迎来到山东标金',
    source: 'S1 模板4 四(三) 来访客户服务 2',
    gloss: 'Hello, welcome to {company}.',
  },
} as const satisfies Readonly<Record<string, Script>>;
