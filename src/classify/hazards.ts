/**
 * The shipped hazard compositions (rule: CALL-2, 报警 first): dangers that callers describe by what
 * they see happening to a person, a vehicle, a machine or a meter, where no single word is a report.
 * Each class of the issue that asked for them — a person in danger, people trapped, a vehicle hazard
 * on the road, gas that cannot be stopped, a meter that runs with everything off — is one pattern.
 * Written from the seeds' scenarios and tuned on the tuning writers only.
 *
 * @module
 */
import { deepFrozen } from '../model/freeze.js';
/**
 * A hazard said together with what makes it present (rule: CALL-2): an emergency cue when a word of
 * `hazard` and a word of `context` stand within `window` characters of each other, in either order —
 * 卡在半空 with 工人, 往后溜 with 上坡, 晕倒 with 老人 — where neither word alone is a report of danger.
 *
 * @example
 * ```ts
 * import type { HazardPattern } from 'kefu/classify';
 * const trapped: HazardPattern = { id: 'trapped', hazard: ['困在', '下不来'], context: ['人', '工人'], window: 12 };
 * ```
 */
export interface HazardPattern {
  /** Names the hazard in the evidence (`hazard:<id>`). */
  readonly id: string;
  readonly hazard: readonly string[];
  readonly context: readonly string[];
  /** Normalised characters allowed between the two words (default 12). */
  readonly window?: number;
}

/** People, and the parts of a body an accident reaches. */
const PEOPLE = [
  '人',
  '工人',
  '师傅',
  '同事',
  '孩子',
  '小孩',
  '老人',
  '顾客',
  '客户',
  '乘客',
  '我妈',
  '我爸',
  '老公',
  '老婆',
  '爷爷',
  '奶奶',
  '他',
  '她',
  '手',
  '胳膊',
  '腿',
  '眼睛',
  '头',
  '身上',
];

/**
 * The shipped hazard patterns.
 *
 * @example
 * ```ts
 * import { DEFAULT_HAZARDS } from 'kefu/classify';
 * DEFAULT_HAZARDS.map((h) => h.id); // ['person-hurt', 'trapped', 'road', 'gas-unstoppable', 'meter-running']
 * ```
 */
export const DEFAULT_HAZARDS: readonly HazardPattern[] = /* @__PURE__ */ deepFrozen([
  {
    // A person hurt, collapsed or unconscious: 有个师傅被喷到了 眼睛睁不开, 老人晕过去了.
    id: 'person-hurt',
    hazard: [
      '晕倒',
      '晕过去',
      '昏过去',
      '昏倒',
      '倒在地上',
      '倒地',
      '叫不醒',
      '不省人事',
      '没意识',
      '没有意识',
      '抽搐',
      '喘不上气',
      '喘不过气',
      '呼吸困难',
      '流血',
      '出血',
      '受伤',
      '伤到',
      '喷到',
      '烫伤',
      '烧伤',
      '砸到',
      '压到',
      '压住',
      '夹到',
      '夹住',
      '卷进',
      '绞进',
      '割到',
      '睁不开',
      '触电',
      '电到',
    ],
    context: PEOPLE,
    window: 12,
  },
  {
    // People who cannot get out: 升降机卡在半空 上头两个工人下不来, 电梯里困着人.
    id: 'trapped',
    hazard: ['困在', '被困', '困住', '困着', '关在', '卡在半空', '悬在半空', '吊在半空', '下不来', '卡在里面', '卡住了'],
    // People only (not 里头, not a body part): a stuck lift with nobody in it is a repair.
    context: ['人', '工人', '师傅', '孩子', '小孩', '老人', '乘客', '我们', '半空', '高空'],
    window: 8,
  },
  {
    // A vehicle that is a danger where it is: 爆胎 在高架上, 上坡 刹车踩不下去 一直往后溜. A car that
    // has only stalled (抛锚, 熄火) is a breakdown for roadside help (the after-sales preset's repair).
    id: 'road',
    hazard: [
      '刹车失灵',
      '刹车不灵',
      '刹不住',
      '刹车踩不下去',
      '踩不下去',
      '刹车踩不动',
      '方向盘打不动',
      '方向失灵',
      '爆胎',
      '胎爆了',
      '轮胎爆了',
      '往后溜',
      '溜车',
      '失控',
      '车歪',
    ],
    context: ['高速', '高架', '马路', '路上', '路中间', '车道', '上坡', '下坡', '坡上', '隧道', '桥上', '行驶', '开车', '车上', '危险', '救命'],
    window: 16,
  },
  {
    // Gas that keeps coming and cannot be shut off: 旋钮掉了 关不上 一直在出气.
    id: 'gas-unstoppable',
    hazard: ['出气', '冒气', '喷气', '往外出'],
    context: ['关不上', '关不了', '关不住', '拧不上', '拧不紧', '止不住', '停不下来', '一直', '不停'],
    window: 10,
  },
  {
    // A gas meter that counts with every appliance off: the sign of a leak (S0 第十三条, 安全检查).
    id: 'meter-running',
    hazard: ['还在转', '还在走', '一直走', '一直转', '往上跳', '一直跳', '在跳', '字在走', '数在走', '走了'],
    context: ['没开', '都没开', '啥都没开', '什么都没开', '没用气', '没有用气', '没用', '都关了', '都关着', '关着'],
    window: 30,
  },
]);
