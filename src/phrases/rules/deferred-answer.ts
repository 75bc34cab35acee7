import * as z from 'zod/mini';
import { PhraseList, registerTexts } from './shared.js';
import { defineRule, ruleDocsUrl } from './types.js';

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 24, 二十四, 两, 半 → a number; undefined when it cannot be read. */
function readNumber(text: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  if (text === '半') return 0.5;
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? DIGITS[text] : undefined;
  const tens = ten === 0 ? 1 : DIGITS[text.slice(0, ten)];
  const units = ten === text.length - 1 ? 0 : DIGITS[text.slice(ten + 1)];
  return tens === undefined || units === undefined ? undefined : tens * 10 + units;
}

const DURATION = /(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十]{1,3}|半)\s*个?\s*(分钟|小时|钟头|工作日|天|日)/g;
const CLOCK_OR_DAY = /\d{1,2}\s*[点:：]|今天|明天|上午|下午|今晚|下班前/;
const PHONE = /(?:1[3-9]\d[ -]?\d{4}[ -]?\d{4})|(?:0\d{2,3}[ -]?[2-9]\d{6,7})/;
const MINUTES: Readonly<Record<string, number>> = { 分钟: 1, 小时: 60, 钟头: 60, 天: 1440, 日: 1440, 工作日: 1440 };

interface TimePromise {
  readonly minutes: number;
  readonly turn: number;
  readonly start: number;
  readonly end: number;
}

function promisesIn(turn: number, text: string): { durations: TimePromise[]; clock: boolean } {
  const durations: TimePromise[] = [];
  for (const m of text.matchAll(DURATION)) {
    const n = readNumber(m[1] ?? '');
    if (n === undefined) continue;
    durations.push({ minutes: n * (MINUTES[m[2] ?? ''] ?? 1), turn, start: m.index, end: m.index + m[0].length });
  }
  return { durations, clock: CLOCK_OR_DAY.test(text) };
}

/**
 * `deferred-answer` — a question the agent cannot answer on the call is deferred properly (rules: CALL-5
 * “不能当即答复的问题，向客户致歉，并留下姓名、联系电话…在24小时内答复”, HOT-SLA-4, ENT-SLA-1 “时限30分钟内”,
 * PHR-COMPLAINT “对不起，您的问题现在不能立刻给您答复，请您先留下您的联络方式…在XXX时间内，我会与您联络”).
 *
 * When an agent turn defers (回复您, 给您答复, 与您联络, …), the agent must, from the turn before it to
 * the end of the call: apologise (对不起/抱歉/不好意思), promise a time (“24小时内”, “30分钟”, “明天上午”),
 * and take a contact (ask for it — 联系方式, 联系电话 — or hear a phone number from the customer). A
 * promised duration longer than `maxMinutes` is reported too. Only the first deferral is judged.
 *
 * Options: `triggers`, `contactPhrases`, `apologies`, `maxMinutes` (default 1440 — 24 h, HOT-SLA-4; the
 * enterprise preset sets 30, ENT-SLA-1), `requireApology` (default true).
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * createChecker({ rules: { 'deferred-answer': ['error', { maxMinutes: 30 }] } });
 * ```
 */
export const deferredAnswer = defineRule({
  meta: {
    id: 'deferred-answer',
    type: 'problem',
    domainRules: ['CALL-5', 'HOT-SLA-4', 'ENT-SLA-1', 'PHR-COMPLAINT'],
    description: { zh: '不能当即答复时致歉、承诺时限并留下联系方式', en: 'A deferred answer needs an apology, a promised time and a contact' },
    docs: { url: ruleDocsUrl('deferred-answer') },
    messages: {
      noApology: { zh: '不能当即答复时应先向客户致歉', en: 'Apologise when the answer has to wait' },
      noTimeLimit: { zh: '承诺回复时未告知客户答复时限', en: 'The promised reply has no time limit' },
      noContact: { zh: '承诺回复时未留下客户联系方式', en: 'The agent promised a reply without taking a contact' },
      tooLate: { zh: '承诺的答复时限“{{promised}}”超过{{maxMinutes}}分钟的规定', en: 'The promised time “{{promised}}” exceeds the {{maxMinutes}}-minute limit' },
      sayApology: { zh: '对不起，您的问题现在不能立刻给您答复', en: 'Say: 对不起，您的问题现在不能立刻给您答复' },
      promiseTime: { zh: '我会在24小时内给您答复', en: 'Promise a time, e.g. 我会在24小时内给您答复' },
      askContact: { zh: '请您先留下您的联络方式', en: 'Ask: 请您先留下您的联络方式' },
    },
    hasSuggestions: true,
    options: /* @__PURE__ */ z.strictObject({
      triggers: z._default(PhraseList.check(z.minLength(1)), [
        '回复您',
        '答复您',
        '给您答复',
        '给您回复',
        '给您回电',
        '与您联络',
        '与您联系',
        '给您打电话',
        '不能立刻给您答复',
        '不能准确的给予答复',
      ]),
      contactPhrases: z._default(PhraseList.check(z.minLength(1)), ['联系方式', '联系电话', '联络方式', '您的电话', '电话号码', '手机号']),
      apologies: z._default(PhraseList.check(z.minLength(1)), ['对不起', '抱歉', '不好意思']),
      maxMinutes: z._default(z.number().check(z.positive()), 1440),
      requireApology: z._default(z.boolean(), true),
    }),
  },
  create(options, setup) {
    const triggers = registerTexts(setup, 'defer', options.triggers);
    const contacts = registerTexts(setup, 'contact', options.contactPhrases);
    const apologies = registerTexts(setup, 'apology', options.apologies);
    return (ctx) => {
      const turns = ctx.turns;
      let first = -1;
      for (let i = 0; i < turns.length && first < 0; i++) if (turns[i]?.speaker === 'agent' && ctx.hits(triggers, i).length > 0) first = i;
      const trigger = first < 0 ? undefined : ctx.hits(triggers, first)[0];
      if (trigger === undefined) return;
      let apologised = false;
      let timed = false;
      let contact = false;
      const durations: TimePromise[] = [];
      turns.forEach((turn, i) => {
        if (i < first - 1) return;
        if (turn.speaker === 'customer') {
          if (PHONE.test(turn.text)) contact = true;
          return;
        }
        if (turn.speaker !== 'agent') return;
        if (ctx.hits(apologies, i).length > 0) apologised = true;
        if (ctx.hits(contacts, i).length > 0) contact = true;
        if (i >= first) {
          const found = promisesIn(i, turn.text);
          if (found.clock || found.durations.length > 0) timed = true;
          durations.push(...found.durations);
        }
      });
      const where = { turn: first, range: { start: trigger.start, end: trigger.end } };
      if (options.requireApology && !apologised) {
        ctx.report({
          messageId: 'noApology',
          ...where,
          suggest: [{ messageId: 'sayApology' }],
          domainRules: ['CALL-5', 'PHR-COMPLAINT'],
        });
      }
      if (!timed) {
        ctx.report({
          messageId: 'noTimeLimit',
          ...where,
          suggest: [{ messageId: 'promiseTime' }],
          domainRules: ['CALL-5', 'HOT-SLA-4', 'ENT-SLA-1'],
        });
      }
      if (!contact) {
        ctx.report({
          messageId: 'noContact',
          ...where,
          suggest: [{ messageId: 'askContact' }],
          domainRules: ['CALL-5', 'PHR-COMPLAINT'],
        });
      }
      for (const p of durations) {
        if (p.minutes <= options.maxMinutes) continue;
        ctx.report({
          messageId: 'tooLate',
          data: { promised: turns[p.turn]?.text.slice(p.start, p.end) ?? '', maxMinutes: options.maxMinutes },
          turn: p.turn,
          range: { start: p.start, end: p.end },
          domainRules: ['HOT-SLA-4', 'ENT-SLA-1'],
        });
      }
    };
  },
});
