import { match } from 'ts-pattern';
import { unexpected, type CallEvent, type DeviationCode } from './call-machine.js';

/**
 * The message for each deviation of the call machine from the standard order (rule: CALL-8), Chinese
 * and English.
 *
 * @example
 * ```ts
 * import { deviationMessage } from 'kefu/classify';
 * deviationMessage('anything-else-before-close').zh; // '结束通话前未询问“您还有其他问题吗？”'
 * ```
 */
export function deviationMessage(code: DeviationCode): { readonly zh: string; readonly en: string } {
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

/**
 * The Chinese name of each step of the call machine, for messages a user reads.
 *
 * @example
 * ```ts
 * import { CALL_STEP_NAMES_ZH } from 'kefu/classify';
 * CALL_STEP_NAMES_ZH.greet; // '问候'
 * ```
 */
export const CALL_STEP_NAMES_ZH: Readonly<Record<CallEvent['type'], string>> = {
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
