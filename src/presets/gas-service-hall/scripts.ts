import type { Script } from '../../scripts/index.js';

/**
 * The call scripts of S2 六 (a gas utility's service hall): the counter phrases, by id. Words are the seed's own; templates use full-width Chinese
 * punctuation and each script keeps the seed's sentence verbatim in `quote`. The literal templates keep
 * their slot names, so `render` checks them.
 *
 * @example
 * ```ts
 * import { gasServiceHallScripts } from 'kefu/presets';
 * gasServiceHallScripts['hall-welcome'].id; // 'hall-welcome'
 * ```
 */
export const gasServiceHallScripts = {
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
