import * as z from 'zod/mini';
import { HONORIFICS } from '../../model/enums.js';
import { isSurname, surnamesBefore } from '../../text/surname.js';
import { CallKinds, PhraseList, registerTexts } from './shared.js';
import { defineRule, ruleDocsUrl, type PhraseHit } from './types.js';

// Only listed surnames count (text/surname.ts), so 那位先生 (third party, PHR-ADDR) or 这位女士 never do.

interface Address {
  readonly turn: number;
  /** The surname nearest the title (王 in 王先生 and in 王小明先生). */
  readonly surname: string;
  /** Surnames the address may carry: a full name (王明先生, 王小明先生) starts up to three characters back. */
  readonly candidates: readonly string[];
  readonly start: number;
  readonly end: number;
}

function addressesIn(turn: number, text: string, hits: readonly PhraseHit[]): Address[] {
  const out: Address[] = [];
  for (const h of hits) {
    // 王先生, 王明先生, 王小明先生: the surname stands one to three characters before the title.
    const at = surnamesBefore(text, h.start);
    const [from] = at;
    if (from === undefined) continue;
    const candidates = at.map((i) => text.charAt(i));
    const surname = text.charAt(from);
    out.push({ turn, surname, candidates, start: from, end: h.end });
  }
  return out;
}

/**
 * `surname-address` — once the customer's surname is known, the agent addresses them by it (“王先生”),
 * and a wrong surname is apologised for (rules: PHR-ADDR “知道客户姓氏时，可称‘××先生/小姐/女士’”,
 * CALL-8 “询问客户的姓氏，并运用客户的姓氏进行尊称…叫错客户姓氏一定要向客户致歉”).
 *
 * The surname becomes known when the customer says 姓王 / 免贵姓王 / 我是王先生, or when the agent
 * addresses the customer as 王先生 (e.g. while confirming identity). Three findings:
 * - the surname was given but no later agent turn uses “{surname}先生/女士/小姐”;
 * - the agent used another surname than the one given and did not apologise (对不起/抱歉/不好意思) in
 *   that turn or the next agent turn;
 * - `requireAsk`: the surname never became known and the agent never asked (贵姓, 怎么称呼, …).
 *
 * Options: `requireAsk` (default true), `askPhrases`, `apologies`, `skipAskCallKinds` (default emergency —
 * a gas-leak call does not wait for courtesies — and the outbound callback and invitation, where the
 * agent already knows whom they call).
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * createChecker({ rules: { 'surname-address': ['warn', { requireAsk: false }] } });
 * ```
 */
export const surnameAddress = defineRule({
  meta: {
    id: 'surname-address',
    type: 'problem',
    domainRules: ['PHR-ADDR', 'CALL-8'],
    description: { zh: '询问并使用客户姓氏尊称客户', en: 'Ask the customer’s surname and address them by it' },
    docs: { url: ruleDocsUrl('surname-address') },
    messages: {
      surnameNotUsed: {
        zh: '客户已告知姓{{surname}}，客服未以“{{surname}}先生/女士”称呼客户',
        en: 'The customer gave the surname {{surname}} but the agent never addressed them as {{surname}}先生/女士',
      },
      wrongSurname: { zh: '叫错客户姓氏（客户姓{{surname}}），应向客户致歉', en: 'Wrong surname (the customer is {{surname}}); apologise to the customer' },
      surnameNeverAsked: { zh: '未询问客户姓氏', en: 'The agent never asked the customer’s surname' },
      addressBySurname: { zh: '{{surname}}先生/{{surname}}女士', en: 'Address the customer as {{surname}}先生 or {{surname}}女士' },
      apologise: { zh: '对不起，我叫错了您的姓氏。', en: 'Apologise: 对不起，我叫错了您的姓氏。' },
      askSurname: { zh: '请问您贵姓？', en: 'Ask: 请问您贵姓？' },
    },
    hasSuggestions: true,
    options: /* @__PURE__ */ z.strictObject({
      requireAsk: z._default(z.boolean(), true),
      askPhrases: z._default(PhraseList.check(z.minLength(1)), ['贵姓', '怎么称呼', '姓什么', '您的姓氏']),
      apologies: z._default(PhraseList.check(z.minLength(1)), ['对不起', '抱歉', '不好意思']),
      skipAskCallKinds: z._default(CallKinds, ['emergency', 'callback', 'invitation']),
    }),
  },
  create(options, setup) {
    const honorifics = registerTexts(setup, 'title', HONORIFICS);
    const surnameMarks = registerTexts(setup, 'surname', ['姓']);
    const asks = registerTexts(setup, 'ask', options.askPhrases);
    const apologies = registerTexts(setup, 'apology', options.apologies);
    return (ctx) => {
      const turns = ctx.turns;
      // The customer's surname, or the surnames an address before it may have meant (王明先生: 王 or 明).
      let known: { surname: string; possible: readonly string[]; turn: number } | undefined;
      let asked = false;
      let usedAfterKnown = false;
      let pendingWrong: Address | undefined;
      let pendingWrongChecks = 0;
      for (const [i, turn] of turns.entries()) {
        if (turn.speaker === 'customer') {
          if (known !== undefined) continue;
          for (const h of ctx.hits(surnameMarks, i)) {
            const next = turn.text.charAt(h.end);
            if (isSurname(next)) {
              known = { surname: next, possible: [next], turn: i };
              break;
            }
          }
          if (known === undefined) {
            const self = addressesIn(i, turn.text, ctx.hits(honorifics, i))[0];
            if (self !== undefined) known = { surname: self.surname, possible: self.candidates, turn: i };
          }
          continue;
        }
        if (turn.speaker !== 'agent') continue;
        if (ctx.hits(asks, i).length > 0) asked = true;
        const apologised = ctx.hits(apologies, i).length > 0;
        if (pendingWrong !== undefined) {
          if (apologised) pendingWrong = undefined;
          else if (++pendingWrongChecks >= 2) {
            reportWrong(pendingWrong);
            pendingWrong = undefined;
          }
        }
        for (const address of addressesIn(i, turn.text, ctx.hits(honorifics, i))) {
          if (known === undefined) {
            // The agent knew the surname already (a callback, a confirmation): it counts as known and used.
            known = { surname: address.surname, possible: address.candidates, turn: i };
            usedAfterKnown = true;
          } else if (address.candidates.some((c) => known?.possible.includes(c) === true)) {
            usedAfterKnown = true;
          } else if (pendingWrong === undefined) {
            if (apologised) continue;
            pendingWrong = address;
            pendingWrongChecks = 1;
          }
        }
      }
      if (pendingWrong !== undefined) reportWrong(pendingWrong);
      if (known !== undefined && !usedAfterKnown) {
        const data = { surname: known.surname };
        ctx.report({ messageId: 'surnameNotUsed', data, suggest: [{ messageId: 'addressBySurname', data }] });
      }
      const skipAsk = ctx.callKind !== undefined && options.skipAskCallKinds.includes(ctx.callKind);
      if (known === undefined && !asked && options.requireAsk && !skipAsk && turns.some((t) => t.speaker === 'agent')) {
        ctx.report({ messageId: 'surnameNeverAsked', suggest: [{ messageId: 'askSurname' }] });
      }

      function reportWrong(address: Address): void {
        ctx.report({
          messageId: 'wrongSurname',
          data: { surname: known?.surname ?? '' },
          turn: address.turn,
          range: { start: address.start, end: address.end },
          suggest: [{ messageId: 'apologise' }],
        });
      }
    };
  },
});
