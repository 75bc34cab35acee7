import type { AgentCues } from '../classify/index.js';

/**
 * The agent phrases of the standards' call flow that no script fixes the words of: asking the surname,
 * address and phone (CALL-3, CALL-4), “anything else” and the goodbye (SCR-ANYTHING-ELSE, SCR-CLOSE),
 * dispatching, forwarding, deferring and booking (CALL-3, CALL-4, CALL-5, SCR-AUTO), handing an
 * agitated caller to a colleague (CALL-4) and asking for a hold (SCR-HOLD). The shipped presets share
 * them; a host's preset may use, extend or replace them.
 *
 * @example
 * ```ts
 * import { STANDARD_AGENT_CUES } from 'kefu/presets';
 * STANDARD_AGENT_CUES['hold-request']?.includes('请您稍等'); // true
 * ```
 */
export const STANDARD_AGENT_CUES = {
  'ask-name': ['贵姓', '怎么称呼', '您的姓名', '叫什么名字'],
  'ask-address': ['地址', '住在哪', '哪个小区', '具体位置'],
  'ask-phone': ['联系电话', '电话号码', '联系方式', '手机号'],
  'anything-else': ['还有其他问题', '还有什么问题', '还有什么需要', '还有别的', '还有什么可以帮'],
  close: ['感谢您的来电', '感谢您致电', '谢谢您的来电', '再见'],
  dispatch: ['派人', '派师傅', '安排师傅', '安排维修', '安排人员', '抢修人员', '维修人员', '派单', '马上安排', '立即安排', '技术人员与您联系', '上门处理'],
  forward: ['转交', '反馈给', '转给相关部门', '通知相关部门', '交给相关部门', '上报'],
  defer: ['24小时内', '小时内答复', '给您答复', '回复您', '请示', '了解清楚再'],
  book: ['预约的时间为', '已经为您预约', '给您约好', '预约好了', '帮您预约好'],
  'hand-over': ['让我同事', '请我的同事', '换一位同事'],
  'hold-request': ['请您稍等', '麻烦您等一下', '稍等一下', '请稍等', '请稍后'],
} as const satisfies AgentCues;
