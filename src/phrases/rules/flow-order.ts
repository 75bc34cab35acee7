import * as z from 'zod/mini';
import {
  CALL_STEP_NAMES_ZH,
  callMachineOptions,
  createCallMachine,
  createEventDeriver,
  DEVIATION_CODES,
  deviationMessage,
  type ClassifyPreset,
  type DeviationCode,
} from '../../classify/index.js';
import { defineRule, ruleDocsUrl } from './types.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Classification data is a kefu/classify type without a schema of its own; the deriver and the machine
// read it, so the rule checks only the shape they cannot do without.
function isClassifyPreset(value: unknown): value is ClassifyPreset {
  return isObject(value) && typeof value['id'] === 'string' && isObject(value['description']) && isObject(value['lexicon']);
}

/**
 * `flow-order` — the agent follows the standard call flow (rule: CALL-8): answer → greet → surname →
 * confirm the record → classify and handle → “您还有其他问题吗？” → closing → the customer hangs up first.
 * The call is replayed through the inbound call machine of `kefu/classify` with the events derived from
 * the transcript; each deviation the machine notes and each step it refuses in the state the call was in
 * is reported at its turn. Not a built-in rule: a host adds it with `extraRules: [flowOrder]` and a config
 * turns it on, with the organisation's classification data as the `classify` option (its cue words and
 * machine limits).
 *
 * Options: `report` (deviation codes; default greet-before-classify, verify-before-dispatch,
 * anything-else-before-close, handover-missing), `refusals` (default true), `classify` (a `ClassifyPreset`).
 *
 * @example
 * ```ts
 * import { createChecker, flowOrder } from 'kefu/phrases';
 * const checker = createChecker({ extraRules: [flowOrder], rules: { 'flow-order': 'warn' } });
 * checker.check({ turns: [{ speaker: 'customer', text: '我家燃气表不走了' }, { speaker: 'agent', text: '好的，马上安排师傅上门' }] });
 * ```
 */
export const flowOrder = defineRule({
  meta: {
    id: 'flow-order',
    type: 'problem',
    domainRules: ['CALL-8'],
    description: {
      zh: '通话流程顺序：问候→姓氏→确认信息→分类处理→询问其他问题→结束语',
      en: 'Call flow order: greet → surname → confirm record → classify and handle → anything else → closing',
    },
    docs: { url: ruleDocsUrl('flow-order') },
    messages: {
      deviation: { zh: '{{deviation}}', en: '{{deviation}}' },
      outOfOrder: {
        zh: '流程顺序：此时（{{state}}）不应“{{step}}”',
        en: 'Flow order: “{{event}}” is out of order in state {{state}}; expected one of {{allowed}}',
      },
    },
    options: /* @__PURE__ */ z.strictObject({
      report: z._default(z.array(z.enum(DEVIATION_CODES)), ['greet-before-classify', 'verify-before-dispatch', 'anything-else-before-close', 'handover-missing']),
      refusals: z._default(z.boolean(), true),
      classify: z.optional(z.custom<ClassifyPreset>(isClassifyPreset, { error: 'must be classification data (id, description, lexicon)' })),
    }),
  },
  create(options, setup) {
    const preset = options.classify;
    const slots = { ...setup.settings.slots, ...(setup.settings.company === undefined ? {} : { company: setup.settings.company }) };
    const deriver = createEventDeriver({ ...(preset === undefined ? {} : { preset }), slots });
    const machine = createCallMachine(callMachineOptions(preset));
    const wanted = new Set<DeviationCode>(options.report);
    return (ctx) => {
      const { events, turns } = deriver.derive(ctx.transcript);
      let state = machine.initial();
      events.forEach((event, i) => {
        const turn = turns[i] ?? -1;
        const where = turn >= 0 ? { turn } : {};
        const result = machine.transition(state, event);
        if (!result.ok) {
          if (options.refusals && result.error.code === 'invalid_state') {
            const data = { state: result.error.state, step: CALL_STEP_NAMES_ZH[event.type], event: event.type, allowed: result.error.allowed.join(', ') };
            ctx.report({ messageId: 'outOfOrder', data, ...where });
          }
          return;
        }
        state = result.state;
        for (const effect of result.effects) {
          if (effect.type === 'deviation' && wanted.has(effect.code)) {
            ctx.report({ messageId: 'deviation', data: { deviation: deviationMessage(effect.code) }, ...where, domainRules: effect.rules, entryId: effect.code });
          }
        }
      });
    };
  },
});
