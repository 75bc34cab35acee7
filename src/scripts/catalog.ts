/**
 * The call scripts of the source standards, as templates. Words are the seeds' own; the seeds mix
 * ASCII and full-width punctuation (a scraping artefact), templates use full-width Chinese
 * punctuation, and each script keeps the seed's sentence verbatim in `quote`.
 *
 * @module
 */
import type { Script, ScriptRule } from '../text/template.js';

/**
 * Every shipped script by id. The literal templates keep their slot names, so `render` checks them:
 * `render(SCRIPTS['gas-greet'], { company, agentNo })`.
 *
 * @example
 * ```ts
 * SCRIPTS['gas-close'].template; // '感谢您的来电，如果有问题，请您与我们联系，再见！'
 * ```
 */
export const SCRIPTS = {
  // ── S0: gas utility hotline ────────────────────────────────────────────────────────────────
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

  // ── S1 template 4: company customer-service hotline ────────────────────────────────────────
  'ent-greet': {
    id: 'ent-greet',
    rule: 'SCR-ENT',
    template: '您好，{company}，请问什么事情能够帮您',
    quote: '您好,山东标金,请问什么事情能够帮您',
    source: 'S1 模板4 四(二) 电话接听客服 2',
    gloss: 'Hello, {company}; what can I help you with?',
  },
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

  // ── S3 一 and 六: car dealer after-sales centre ────────────────────────────────────────────
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
    template:
      '您好！{surname}{title}，您此次预约的时间为{month}月{day}日{hour}时{minute}分，项目包括{items}，您指定的维修技师是{technician}高级技师，请问是信息是否准确',
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

  // ── S2 六: gas utility service hall (counter) ──────────────────────────────────────────────
  'hall-welcome': {
    id: 'hall-welcome',
    rule: 'SCR-HALL',
    template: '欢迎光临，请随便参观',
    quote: '欢迎光临,请随便参观',
    source: 'S2 六 打招呼 1',
    gloss: 'Welcome, please feel free to look around.',
  },
  'hall-greet': {
    id: 'hall-greet',
    rule: 'SCR-HALL',
    template: '{salutation}，{greeting}，我叫{agentName}，有什么可以帮到您？',
    quote: '先生/小姐,早上好/您好,我叫XX,有什么可以帮到您?',
    source: 'S2 六 打招呼 2',
    gloss: 'Sir/Madam, good morning/hello, my name is {agentName}; how can I help you?',
    slots: {
      salutation: { gloss: 'sir or madam', values: ['先生', '小姐'] },
      greeting: { gloss: 'greeting', values: ['早上好', '您好'] },
    },
  },
  'hall-sorry-wait': {
    id: 'hall-sorry-wait',
    rule: 'SCR-HALL',
    template: '不好意思，让您久等了',
    quote: '不好意思,让您久等了',
    source: 'S2 六 正接待一位顾客时',
    gloss: 'Sorry to have kept you waiting.',
  },
  'hall-your-turn': {
    id: 'hall-your-turn',
    rule: 'SCR-HALL',
    template: '不好意思，让您久等了，请问有什么可以帮到您？',
    quote: '不好意思,让您久等了,请问有什么可以帮到您?',
    source: 'S2 六 向已等候很久的顾客道歉',
    gloss: 'Sorry to have kept you waiting; how can I help you?',
  },
  'hall-ask-name': {
    id: 'hall-ask-name',
    rule: 'SCR-HALL',
    template: '您好，我叫{agentName}，您怎么称呼呀？',
    quote: '您好,我叫XX,您怎么称呼呀?',
    source: 'S2 六 称呼顾客姓氏',
    gloss: 'Hello, my name is {agentName}; how may I address you?',
  },
  'hall-farewell': {
    id: 'hall-farewell',
    rule: 'SCR-HALL',
    template: '再见。欢迎下次光临',
    quote: '再见。欢迎下次光临',
    source: 'S2 六 离开时',
    gloss: 'Goodbye, welcome back next time.',
  },
} as const satisfies Readonly<Record<string, Script>>;

/**
 * A shipped script id.
 *
 * @example
 * ```ts
 * const id: ScriptId = 'gas-greet';
 * ```
 */
export type ScriptId = keyof typeof SCRIPTS;

/**
 * All shipped scripts, in catalog order.
 *
 * @example
 * ```ts
 * ALL_SCRIPTS.filter((s) => s.rule === 'SCR-CALLBACK').length; // 3
 * ```
 */
export const ALL_SCRIPTS: readonly Script[] = Object.values(SCRIPTS);

/**
 * The scripts of one DOMAIN rule.
 *
 * @param rule - e.g. `SCR-HOLD`
 * @returns the scripts, in catalog order
 * @example
 * ```ts
 * scriptsForRule('SCR-HOLD').map((s) => s.id); // ['hold-wait', 'hold-wait-trouble', 'hold-handover', 'hold-return']
 * ```
 */
export function scriptsForRule(rule: ScriptRule): Script[] {
  return ALL_SCRIPTS.filter((s) => s.rule === rule);
}

/**
 * The scripts each organisation of the standards uses, by preset id. The hold scripts and the
 * standard phrases of S0 第四条 are the hotline's; the enterprise hotline (S1 t4) shares them.
 *
 * @example
 * ```ts
 * SCRIPTS_BY_PRESET['gas-hotline'].includes('gas-greet'); // true
 * ```
 */
export const SCRIPTS_BY_PRESET = {
  'gas-hotline': [
    'gas-greet',
    'gas-verify',
    'hold-wait',
    'hold-wait-trouble',
    'hold-handover',
    'hold-return',
    'gas-anything-else',
    'gas-close',
    'gas-callback-open',
    'gas-callback-decline',
    'gas-callback-close',
  ],
  'enterprise-hotline': [
    'ent-greet',
    'hold-wait',
    'hold-return',
    'ent-close-thanks-call',
    'ent-close-thanks-notify',
    'ent-callback-open',
    'ent-callback-intro',
    'ent-callback-purpose',
    'ent-callback-check-clear',
    'ent-callback-check-satisfied',
    'ent-callback-close',
    'ent-callback-followup',
    'ent-visit-welcome',
  ],
  'auto-aftersales': [
    'auto-invite-open',
    'auto-invite-close',
    'auto-appt-greet',
    'auto-appt-ask-contact',
    'auto-appt-ask-time',
    'auto-appt-readback',
    'auto-appt-thanks',
    'auto-farewell',
    'auto-callback-open',
    'auto-callback-usage',
    'auto-callback-rating',
    'auto-callback-close',
  ],
  'gas-service-hall': ['hall-welcome', 'hall-greet', 'hall-sorry-wait', 'hall-your-turn', 'hall-ask-name', 'hall-farewell'],
} as const satisfies Readonly<Record<string, readonly ScriptId[]>>;

/**
 * The inbound appointment call of the after-sales centre in its six steps (rule: SCR-AUTO, S3 一 2):
 * answer within 10 seconds, greet with the centre's name, ask phone and plate, ask time and needs,
 * read the appointment back, thank. Steps without words have no script.
 *
 * @example
 * ```ts
 * APPOINTMENT_STEPS.map((s) => s.scriptId ?? '-'); // ['-', 'auto-appt-greet', …, 'auto-appt-thanks']
 * ```
 */
export const APPOINTMENT_STEPS = [
  { step: 1, gloss: 'answer the phone within 10 seconds', zh: '电话10秒接听' },
  { step: 2, gloss: 'greet with the service centre name and ask the need', zh: '主动报出服务中心名称并询问客户的需求', scriptId: 'auto-appt-greet' },
  { step: 3, gloss: 'ask the phone number and licence plate', zh: '主动询问用户的电话号码与车牌号', scriptId: 'auto-appt-ask-contact' },
  { step: 4, gloss: 'ask the visit time and needs', zh: '主动询问用户来店的时间及需求', scriptId: 'auto-appt-ask-time' },
  { step: 5, gloss: 'read the appointment back', zh: '主动复述用户来店的的需求', scriptId: 'auto-appt-readback' },
  { step: 6, gloss: 'thank the customer for calling', zh: '感谢用户的来电', scriptId: 'auto-appt-thanks' },
] as const satisfies readonly { step: number; gloss: string; zh: string; scriptId?: ScriptId }[];

/**
 * The five-level satisfaction scale of the 3-day after-sales callback (rule: SCR-AUTO, S3 六 2),
 * best first. A dissatisfied answer requires asking and recording the reason.
 *
 * @example
 * ```ts
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
 * 500 * ADOPTED_SUGGESTION_PRICE_FACTOR; // 400
 * ```
 */
export const ADOPTED_SUGGESTION_PRICE_FACTOR = 0.8;

/**
 * Days after a repair or maintenance within which the after-sales callback must be made
 * (“三天内必须进行回访”, rule: SCR-AUTO, S3 六 1).
 *
 * @example
 * ```ts
 * AFTERSALES_CALLBACK_DAYS; // 3
 * ```
 */
export const AFTERSALES_CALLBACK_DAYS = 3;
