/**
 * The checker rule `flow-order` (rule: CALL-8): replay a call through the inbound call machine and
 * report where the agent left the standard order — classifying before greeting, dispatching before
 * confirming the record, closing before asking “您还有其他问题吗？”, and any step the machine refuses.
 * It lives here, not in the phrase module, so that module never depends on classification; hosts pass
 * it to `createChecker({ extraRules: [flowOrderRule] })`.
 *
 * @module
 */
import * as z from 'zod';
import { match } from 'ts-pattern';
import type { Rule } from '../phrases/rules/types.js';
import type { Bilingual } from '../phrases/types.js';
import { createCallMachine, unexpected, type CallEvent, type DeviationCode } from './call-machine.js';
import { callMachineOptions, type ClassifyPreset } from './preset.js';
import { createEventDeriver } from './transcript-events.js';

/**
 * Options of the flow-order rule: which deviations to report (the order ones by default).
 *
 * @example
 * ```ts
 * const options: FlowOrderOptions = { report: ['greet-before-classify', 'anything-else-before-close'], refusals: true };
 * ```
 */
export interface FlowOrderOptions {
  readonly report: readonly DeviationCode[];
  /** Report steps the machine refuses in the state the call was in. */
  readonly refusals: boolean;
}

const DEVIATION_CODES = [
  'answer-within-rings',
  'greet-before-classify',
  'verify-before-dispatch',
  'record-incomplete',
  'handover-missing',
  'anything-else-before-close',
  'hold-without-consent',
  'customer-hangs-up-first',
] as const satisfies readonly DeviationCode[];

const FlowOrderOptionsSchema = z
  .object({
    report: z.array(z.enum(DEVIATION_CODES)).default(['greet-before-classify', 'verify-before-dispatch', 'anything-else-before-close', 'handover-missing']),
    refusals: z.boolean().default(true),
  })
  .strict();

/**
 * The message for each deviation, Chinese and English.
 *
 * @example
 * ```ts
 * deviationMessage('anything-else-before-close').zh; // '结束通话前未询问“您还有其他问题吗？”'
 * ```
 */
export function deviationMessage(code: DeviationCode): Bilingual {
  return match(code)
    .with('answer-within-rings', () => ({ zh: '未在规定振铃声数内接听', en: 'The call was not answered within the allowed rings' }))
    .with('greet-before-classify', () => ({ zh: '未先问候就处理来电业务', en: 'The call was handled before the standard greeting' }))
    .with('verify-before-dispatch', () => ({ zh: '未确认客户信息就下达任务', en: 'The order was dispatched before the customer record was confirmed' }))
    .with('record-incomplete', () => ({ zh: '未记录齐全客户姓名、地址、电话及内容', en: 'Not every required item was recorded before the hand-over' }))
    .with('handover-missing', () => ({ zh: '报修、投诉或预约未转交处理就结束', en: 'A repair, complaint or appointment was left without being handed over' }))
    .with('anything-else-before-close', () => ({ zh: '结束通话前未询问“您还有其他问题吗？”', en: 'Closed without asking “您还有其他问题吗？” (anything else?)' }))
    .with('hold-without-consent', () => ({ zh: '未征得客户同意即让客户等候', en: 'Put on hold without the customer’s consent' }))
    .with('customer-hangs-up-first', () => ({ zh: '应在客户挂断电话后挂机', en: 'The agent hung up before the customer' }))
    .exhaustive(unexpected('deviation code'));
}

const STEP_ZH: Readonly<Record<CallEvent['type'], string>> = {
  ring: '振铃',
  answer: '接听',
  greet: '问候',
  identify: '询问姓氏',
  verify: '确认客户信息',
  classify: '业务分类',
  defer: '延后答复',
  collect: '记录信息',
  dispatch: '下达任务',
  'self-serve': '指导自助处理',
  forward: '转交部门',
  'hand-over': '转由他人接听',
  book: '确认预约',
  'ask-anything-else': '询问其他问题',
  close: '结束语',
  hold: '等候',
  resume: '恢复通话',
  transfer: '转接',
  'hang-up': '挂机',
};

/**
 * Build the flow-order rule for an organisation (its cue words and call-machine limits).
 *
 * @param preset - classify data of a preset; the shipped lexicon and default limits without it
 * @returns a checker rule with id `flow-order`
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * import { createFlowOrderRule } from 'kefu/classify';
 * import { gasHotlineClassify } from 'kefu/presets';
 * const checker = createChecker({ extraRules: [createFlowOrderRule(gasHotlineClassify)], rules: { 'flow-order': 'warn' } });
 * ```
 */
export function createFlowOrderRule(preset?: ClassifyPreset): Rule<FlowOrderOptions> {
  return {
    meta: {
      id: 'flow-order',
      defaultSeverity: 'warn',
      domainRules: ['CALL-8'],
      description: { zh: '通话流程顺序：问候→姓氏→确认信息→分类处理→询问其他问题→结束语', en: 'Call flow order: greet → surname → confirm record → classify and handle → anything else → closing' },
      options: FlowOrderOptionsSchema as unknown as z.ZodType<FlowOrderOptions, unknown>,
    },
    create: (options, setup) => {
      const deriver = createEventDeriver({ ...(preset === undefined ? {} : { preset }), slots: { ...(setup.settings.slots ?? {}), ...(setup.settings.company === undefined ? {} : { company: setup.settings.company }) } });
      const machine = createCallMachine(callMachineOptions(preset));
      const wanted = new Set(options.report);
      return (ctx) => {
        const { events, turns } = deriver.derive(ctx.transcript);
        let state = machine.initial();
        events.forEach((event, i) => {
          const turn = turns[i] ?? -1;
          const where = turn >= 0 ? { turn } : {};
          const result = machine.transition(state, event);
          if (!result.ok) {
            if (options.refusals && result.error.code === 'invalid_state') {
              ctx.report({
                ...where,
                message: {
                  zh: `流程顺序：此时（${result.error.state}）不应“${STEP_ZH[event.type]}”`,
                  en: `Flow order: “${event.type}” is out of order in state ${result.error.state}; expected one of ${result.error.allowed.join(', ')}`,
                },
              });
            }
            return;
          }
          state = result.state;
          for (const effect of result.effects) {
            if (effect.type === 'deviation' && wanted.has(effect.code)) {
              ctx.report({ ...where, message: deviationMessage(effect.code), domainRules: effect.rules, entryId: effect.code });
            }
          }
        });
      };
    },
  };
}

/**
 * The flow-order rule with the shipped lexicon and default limits.
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * import { flowOrderRule } from 'kefu/classify';
 * const checker = createChecker({ extraRules: [flowOrderRule], rules: { 'flow-order': 'warn' } });
 * ```
 */
export const flowOrderRule: Rule<FlowOrderOptions> = /* @__PURE__ */ createFlowOrderRule();
