import type { Script } from '../../scripts/index.js';

/**
 * The call scripts of S3 一 and 六 (a car dealer's after-sales centre): invitation, the six-step appointment, farewell and the 3-day callback, by id. Words are the seed's own; templates use full-width Chinese
 * punctuation and each script keeps the seed's sentence verbatim in `quote`. The literal templates keep
 * their slot names, so `render` checks them.
 *
 * @example
 * ```ts
 * import { autoAftersalesScripts } from 'kefu/presets';
 * autoAftersalesScripts['auto-appt-greet'].id; // 'auto-appt-greet'
 * ```
 */
export const autoAftersalesScripts = {
  'auto-invite-open': {
    id: 'auto-invite-open',
    rule: 'SCR-AUTO',
    template: '您好！我是{brand}、{dealer}、客服专员“{agentName}”，非常感谢您的接听',
    quote: '您好!我是长安汽车、上饶致远4S店、客服专员“小某”,非常感谢您的接听',
    source: 'S3 一 1 欢迎语',
    gloss: 'Hello! I am customer-service specialist “{agentName}” of {brand}, {dealer}; thank you very much for taking the call.',
  },
  'auto-invite-close': {
    id: 'auto-invite-close',
    rule: 'SCR-AUTO',
    template: '再次感谢您的接听，我是“{agentName}”祝您生活工作愉快，再见！',
    quote: '再次感谢您的接听,我是“小某”祝您生活工作愉快,再见!',
    source: 'S3 一 1 再见语',
    gloss: 'Thank you again for taking the call; this is “{agentName}”, wishing you a happy life and work. Goodbye!',
  },
  'auto-appt-greet': {
    id: 'auto-appt-greet',
    rule: 'SCR-AUTO',
    template: '您好！欢迎致电{brand}、{dealer}，请问有什么可以帮到您的？',
    quote: '您好!欢迎致电长安汽车、上饶致远4S店,请问有什么可以帮到您的?',
    source: 'S3 一 2 ②',
    gloss: 'Hello! Welcome to {brand}, {dealer}; how can I help you?',
  },
  'auto-appt-ask-contact': {
    id: 'auto-appt-ask-contact',
    rule: 'SCR-AUTO',
    template: '您好！请问您的电话号码及车牌号码是多少呢？',
    quote: '您好!请问您的电话号码及车牌号码是多少呢?',
    source: 'S3 一 2 ③',
    gloss: 'Hello! May I have your phone number and licence plate number?',
  },
  'auto-appt-ask-time': {
    id: 'auto-appt-ask-time',
    rule: 'SCR-AUTO',
    template: '您好！请问您来店维修、保养的时间是多少呢？有什么需要特别交代的事项吗？',
    quote: '您好!请问您来店维修、保养的时间是多少呢?有什么需要特别交代的事项吗?',
    source: 'S3 一 2 ④',
    gloss: 'Hello! When would you like to come in for repair or maintenance? Anything in particular we should know?',
  },
  'auto-appt-readback': {
    id: 'auto-appt-readback',
    rule: 'SCR-AUTO',
    template: '您好！{surname}{title}，您此次预约的时间为{month}月{day}日{hour}时{minute}分，项目包括{items}，您指定的维修技师是{technician}高级技师，请问是信息是否准确',
    quote: '您好!XX先生,您此次预约的时间为XX月XX日XX时XX分,项目包括XX,您指定的维修技师是XXX高级技师,请问是信息是否准确',
    source: 'S3 一 2 ⑤',
    gloss: 'Hello, Mr/Ms {surname}: your appointment is on {month}/{day} at {hour}:{minute} for {items}, with senior technician {technician}; is that correct?',
  },
  'auto-appt-thanks': {
    id: 'auto-appt-thanks',
    rule: 'SCR-AUTO',
    template: '感谢您致电{brand}、{dealer}，祝您生活工作愉快、再见',
    quote: '感谢您致电长安汽车、上饶致远4S店,祝您生活工作愉快、再见',
    source: 'S3 一 2 ⑥',
    gloss: 'Thank you for calling {brand}, {dealer}; have a happy life and work, goodbye.',
  },
  'auto-farewell': {
    id: 'auto-farewell',
    rule: 'SCR-AUTO',
    template: '您好！{surname}{title}，请慢走、注意行车安全，欢迎您的下次光临！再见',
    quote: '您好!某先生/女士,请慢走、注意行车安全,欢迎您的下次光临!再见',
    source: 'S3 五 7',
    gloss: 'Goodbye, Mr/Ms {surname}; drive safely, and we look forward to your next visit!',
  },
  'auto-callback-open': {
    id: 'auto-callback-open',
    rule: 'SCR-AUTO',
    template: '您好！{surname}{title}，我是{brand}、{dealer}、客服专员“{agentName}”，非常感谢您的接听，同时非常感谢你到售后服务中心进行维修、保养',
    quote: '您好!某先生/女士,我是长安汽车、上饶致远4S店、客服专员“小某”,非常感谢您的接听,同时非常感谢你到售后服务中心进行维修、保养',
    source: 'S3 六 1',
    gloss: 'Hello, Mr/Ms {surname}; I am specialist “{agentName}” of {brand}, {dealer}; thank you for taking the call and for having your car serviced with us.',
  },
  'auto-callback-usage': {
    id: 'auto-callback-usage',
    rule: 'SCR-AUTO',
    template: '您好！{surname}{title}，请问您现在的车辆使用情况如何？',
    quote: '您好!某先生/女士,请问您现在的车辆使用情况如何?',
    source: 'S3 六 2 提问①',
    gloss: 'Hello, Mr/Ms {surname}; how is your car running now?',
  },
  'auto-callback-rating': {
    id: 'auto-callback-rating',
    rule: 'SCR-AUTO',
    template: '您对本次服务中心的服务经理的总体满意度是多少呢？',
    quote: '您对本次服务中心的服务经理的总体满意度是多少呢?',
    source: 'S3 六 2 提问②',
    gloss: 'How satisfied are you overall with the service manager this time?',
  },
  'auto-callback-close': {
    id: 'auto-callback-close',
    rule: 'SCR-AUTO',
    template: '好的，非常感谢{surname}{title}对我们的评价，我是客服专员“{agentName}”非常感谢您在百忙之中的接听与配合，期待您的下次光临，再见！',
    quote: '好的,非常感谢某先生/女士对我们的评价,我是客服专员“小某”非常感谢您在百忙之中的接听与配合,期待您的下次光临,再见!',
    source: 'S3 六 4',
    gloss: 'Thank you, Mr/Ms {surname}, for your rating; this is “{agentName}”, thank you for your time and help; we look forward to your next visit. Goodbye!',
  },
} as const satisfies Readonly<Record<string, Script>>;

/**
 * The inbound appointment call of the after-sales centre in its six steps (rule: SCR-AUTO, S3 一 2):
 * answer within 10 seconds, greet with the centre's name, ask phone and plate, ask time and needs,
 * read the appointment back, thank. Steps without words have no script.
 *
 * @example
 * ```ts
 * import { APPOINTMENT_STEPS } from 'kefu/presets';
 * APPOINTMENT_STEPS.map((s) => ('scriptId' in s ? s.scriptId : '-')); // ['-', 'auto-appt-greet', …, 'auto-appt-thanks']
 * ```
 */
export const APPOINTMENT_STEPS = [
  { step: 1, gloss: 'answer the phone within 10 seconds', zh: '电话10秒接听' },
  { step: 2, gloss: 'greet with the service centre name and ask the need', zh: '主动报出服务中心名称并询问客户的需求', scriptId: 'auto-appt-greet' },
  { step: 3, gloss: 'ask the phone number and licence plate', zh: '主动询问用户的电话号码与车牌号', scriptId: 'auto-appt-ask-contact' },
  { step: 4, gloss: 'ask the visit time and needs', zh: '主动询问用户来店的时间及需求', scriptId: 'auto-appt-ask-time' },
  { step: 5, gloss: 'read the appointment back', zh: '主动复述用户来店的的需求', scriptId: 'auto-appt-readback' },
  { step: 6, gloss: 'thank the customer for calling', zh: '感谢用户的来电', scriptId: 'auto-appt-thanks' },
] as const satisfies readonly { step: number; gloss: string; zh: string; scriptId?: keyof typeof autoAftersalesScripts }[];

/**
 * The five-level satisfaction scale of the 3-day after-sales callback (rule: SCR-AUTO, S3 六 2),
 * best first. A dissatisfied answer requires asking and recording the reason.
 *
 * @example
 * ```ts
 * import { SATISFACTION_SCALE } from 'kefu/presets';
 * SATISFACTION_SCALE[4]; // { level: 5, zh: '非常不满意', en: 'very dissatisfied', dissatisfied: true }
 * ```
 */
export const SATISFACTION_SCALE = [
  { level: 1, zh: '非常满意', en: 'very satisfied', dissatisfied: false },
  { level: 2, zh: '比较满意', en: 'fairly satisfied', dissatisfied: false },
  { level: 3, zh: '一般', en: 'neutral', dissatisfied: false },
  { level: 4, zh: '比较不满意', en: 'fairly dissatisfied', dissatisfied: true },
  { level: 5, zh: '非常不满意', en: 'very dissatisfied', dissatisfied: true },
] as const;

/**
 * Price factor on the next visit for a customer whose suggestion was adopted: “若采纳，下次维修保养的
 * 费用将享受8折的优惠” — 8折, i.e. 20% off (rule: SCR-AUTO, S3 六 3).
 *
 * @example
 * ```ts
 * import { ADOPTED_SUGGESTION_PRICE_FACTOR } from 'kefu/presets';
 * 500 * ADOPTED_SUGGESTION_PRICE_FACTOR; // 400
 * ```
 */
export const ADOPTED_SUGGESTION_PRICE_FACTOR = 0.8;
