/**
 * The cue lexicon of the intent classifier: Chinese cue phrases per call kind (rule: CALL-1), with
 * weights, plus the negators, hedges, resolvers and neutral phrases that decide whether an
 * emergency cue is asserted, denied or uncertain. Data only; hosts extend it.
 *
 * @module
 */
import { CallKind } from '../model/enums.js';
import { KefuError } from '../model/error.js';
import { deepFrozen } from '../model/freeze.js';
import { DEFAULT_HAZARDS, type HazardPattern } from './hazards.js';

export type { HazardPattern } from './hazards.js';

/**
 * One cue: a phrase and how much it counts (default 1). A weight below 1 supports a kind but cannot
 * make an emergency on its own.
 *
 * @example
 * ```ts
 * const cue: Cue = { text: '燃气泄漏', weight: 3 };
 * const plain: Cue = '坏了';
 * ```
 */
export type Cue = string | { readonly text: string; readonly weight?: number };

/**
 * A complete lexicon: cues for every call kind and the phrases that qualify emergency cues.
 *
 * @example
 * ```ts
 * import { DEFAULT_LEXICON } from 'kefu/classify';
 * DEFAULT_LEXICON.cues.emergency.length > 0; // true
 * ```
 */
export interface CueLexicon {
  readonly cues: { readonly [K in CallKind]: readonly Cue[] };
  /** Words that deny a following emergency cue: 没有煤气味, 不漏气了. */
  readonly negators: readonly string[];
  /** Phrases that make a negator a question or a doubt, so the cue stays: 是不是漏气, 不知道是不是. */
  readonly hedges: readonly string[];
  /** Words after a cue that say it has stopped: 煤气味没了, 火灭了. */
  readonly resolvers: readonly string[];
  /** Phrases inside which no cue counts: 怎么办 (not a question about a service), 煤气公司 (a name). */
  readonly neutral: readonly string[];
  /** Questions about a danger rather than reports of one (怎么判断…漏气): the cue needs confirmation. */
  readonly inquiries: readonly string[];
  /**
   * Words that make what follows in their sentence a supposition (如果在高速上爆胎了…, 万一着火): an
   * emergency cue after one is a question about danger, not a report; it needs confirmation.
   */
  readonly hypotheticals: readonly string[];
  /** Hazards found by composition: a hazard word with its context nearby (see {@link HazardPattern}). */
  readonly hazards: readonly HazardPattern[];
  /**
   * What makes an emergency major (重大抢险, rule: CALL-2: leadership is told at once): emergency cue
   * texts (着火, 爆炸, 中毒 …) and composed hazards as `hazard:<id>`, asserted by the caller.
   */
  readonly major: readonly string[];
}

/**
 * Additions to a lexicon, e.g. an organisation's own words; every part is optional.
 *
 * @example
 * ```ts
 * const gasWords: LexiconAddition = { cues: { emergency: ['调压箱漏气'], repair: ['自闭阀'] } };
 * ```
 */
export interface LexiconAddition {
  readonly cues?: { readonly [K in CallKind]?: readonly Cue[] };
  readonly negators?: readonly string[];
  readonly hedges?: readonly string[];
  readonly resolvers?: readonly string[];
  readonly neutral?: readonly string[];
  readonly inquiries?: readonly string[];
  readonly hypotheticals?: readonly string[];
  readonly hazards?: readonly HazardPattern[];
  readonly major?: readonly string[];
}

const w = (text: string, weight: number): Cue => ({ text, weight });

/**
 * The shipped lexicon, written from the seeds' scenarios (S0 第三条, 第十三–十六条; S2; S3 一, 六) and
 * tuned on the tuning half of the labelled utterances only.
 *
 * @example
 * ```ts
 * import { createClassifier, DEFAULT_LEXICON } from 'kefu/classify';
 * const classifier = createClassifier(DEFAULT_LEXICON);
 * ```
 */
export const DEFAULT_LEXICON: CueLexicon = /* @__PURE__ */ deepFrozen({
  cues: {
    // rule: CALL-1, CALL-2 — 报警: a present danger. Any of these (weight ≥ 1) wins over every other kind.
    emergency: [
      w('漏气', 3),
      w('燃气泄漏', 3),
      w('燃气泄露', 3),
      w('煤气泄漏', 3),
      w('煤气泄露', 3),
      w('天然气泄漏', 3),
      w('泄漏', 3),
      w('泄露', 3),
      w('漏燃气', 3),
      w('漏煤气', 3),
      w('天然气漏', 3),
      w('燃气漏', 3),
      w('煤气漏', 3),
      w('气漏了', 3),
      w('漏了', 1),
      w('煤气味', 3),
      w('燃气味', 3),
      w('天然气味', 3),
      w('液化气味', 3),
      w('燃气的味', 3),
      w('煤气的味', 3),
      w('天然气的味', 3),
      w('液化气的味', 3),
      w('燃气的气味', 3),
      w('臭鸡蛋味', 3),
      w('臭味', 1),
      w('气味', 1),
      w('味道很大', 1),
      w('味道特别', 1),
      w('味道越来越', 1),
      w('有味儿', 1),
      w('着火', 3),
      w('起火', 3),
      w('失火', 3),
      w('火灾', 3),
      w('火警', 3),
      w('爆炸', 3),
      w('爆燃', 3),
      w('炸了', 2),
      w('冒烟', 3),
      w('中毒', 3),
      w('煤气中毒', 3),
      w('报警器响', 3),
      w('报警器一直', 3),
      w('报警器在响', 3),
      w('报警器在叫', 3),
      w('报警器叫', 3),
      w('火苗窜', 3),
      w('窜出来', 2),
      w('火很大', 2),
      w('管道破裂', 3),
      w('管道爆裂', 3),
      w('爆裂', 3),
      w('挖断', 3),
      w('打穿', 2),
      w('管线破', 3),
      w('破裂', 2),
      w('往外冒气', 3),
      w('往外冒', 2),
      w('往外喷', 3),
      w('冒气', 2),
      w('跑气', 3),
      w('呲呲', 2),
      w('嘶嘶', 2),
      w('焦味', 2),
      w('焦糊', 2),
      w('嘭的一声', 2),
      w('砰的一声', 2),
      w('轰的一声', 2),
      w('不敢开灯', 3),
      w('不敢打开电灯', 3),
      w('不敢开电灯', 3),
      w('异味', 2),
      w('怪味', 2),
      w('刺鼻', 2),
      w('都是味', 2),
      w('一股味', 2),
      w('味儿', 1),
      w('有味', 1),
      w('还有火', 3),
      w('关不掉', 2),
      w('火关不', 3),
      w('着起来', 3),
      w('烧起来', 3),
      w('火着了', 3),
      w('冒火', 3),
      w('明火', 2),
      w('报警器', 3),
      w('爆了', 2),
      w('炸开', 3),
      w('晕倒', 3),
      w('昏迷', 3),
      w('滋滋', 2),
      w('嗤嗤', 2),
      w('哧哧', 2),
      w('头晕', 0.5),
      w('开窗', 0.5),
      w('关了总阀', 0.5),
    ],
    // rule: CALL-1, CALL-3, CALL-6 — 报修: something broken or not working.
    repair: [
      w('报修', 3),
      w('打不着火', 3),
      w('点不着火', 3),
      w('不着火', 3),
      w('打不着', 3),
      w('点不着', 3),
      w('点不燃', 3),
      w('打火', 1),
      w('不出气', 3),
      w('没气了', 2),
      w('不出热水', 3),
      w('不走了', 3),
      w('不走字', 3),
      w('不计数', 3),
      w('数字不动', 3),
      w('不动了', 2),
      w('坏了', 2),
      w('坏掉', 2),
      w('故障', 2),
      w('修理', 2),
      w('维修', 1),
      w('来修', 2),
      w('修一下', 2),
      w('修车', 2),
      w('不显示', 2),
      w('不亮', 2),
      w('黑屏', 2),
      w('没反应', 2),
      w('没电了', 2),
      w('换电池', 2),
      w('火很小', 2),
      w('火太小', 2),
      w('火苗小', 2),
      w('火苗很小', 2),
      w('气压低', 2),
      w('气压不够', 2),
      w('熄火', 2),
      w('灭了', 1),
      w('关不上', 2),
      w('拧不动', 2),
      w('打不开', 2),
      w('异响', 2),
      w('不制冷', 2),
      w('不热', 2),
      w('开不了机', 2),
      w('堵了', 2),
      w('漏水', 2),
      w('滴水', 2),
      w('报错', 2),
      w('忽冷忽热', 2),
      w('不稳定', 1),
      w('没有火花', 2),
      w('刷不进去', 2),
      w('充不进去', 2),
      w('插了没反应', 2),
      w('生锈', 1),
      w('不能用', 2),
      w('用不了', 2),
      w('关阀', 1),
      w('跳了', 1),
      w('恢复不了', 2),
      w('烧不开', 2),
      w('黄色', 1),
      w('要更换', 1),
      w('需要技术支持', 2),
      w('进不去', 1),
      w('有问题', 1),
    ],
    // rule: CALL-1, CALL-4 — 投诉: dissatisfaction with staff, charges or service; a demand for redress.
    complaint: [
      w('投诉', 4),
      w('态度', 2),
      w('乱收费', 4),
      w('服务太差', 3),
      w('太差', 2),
      w('差劲', 2),
      w('有意见', 2),
      w('说法', 2),
      w('交代', 2),
      w('没人管', 3),
      w('不负责', 3),
      w('推来推去', 3),
      w('推诿', 3),
      w('马虎', 2),
      w('找你们经理', 2),
      w('找你们领导', 2),
      w('曝光', 4),
      w('举报', 4),
      w('消协', 4),
      w('不耐烦', 3),
      w('骂人', 3),
      w('什么质量', 3),
      w('刮花', 3),
      w('划痕', 3),
      w('多收', 3),
      w('多扣', 3),
      w('退给我', 2),
      w('怎么能这样', 2),
      w('太过分', 3),
      w('没给我答复', 3),
      w('没有答复', 3),
      w('没消息', 2),
      w('没人处理', 3),
      w('也没来', 2),
      w('没人来', 2),
      w('什么效率', 3),
      w('什么服务', 3),
      w('反映', 2),
      w('坑人', 3),
      w('不像话', 3),
      w('爱答不理', 3),
      w('放鸽子', 3),
      w('不合理', 2),
      w('这么贵', 2),
      w('私下收费', 3),
      w('告你们', 4),
      w('管不管', 3),
    ],
    // rule: CALL-1, CALL-5 — 咨询: a question about prices, procedures, times, places, safety.
    consultation: [
      w('请问', 1),
      w('咨询', 2),
      w('问一下', 1),
      w('想问', 1),
      w('了解一下', 1.5),
      w('怎么', 2),
      w('怎么办理', 3),
      w('如何', 2),
      w('多少钱', 2),
      w('怎么收费', 2),
      w('收费标准', 2),
      w('标准是多少', 2),
      w('需要什么', 2),
      w('什么手续', 2),
      w('什么证件', 2),
      w('哪些材料', 2),
      w('流程', 2),
      w('在哪里', 2),
      w('在哪', 1),
      w('几点', 2),
      w('什么时候', 2),
      w('营业时间', 2),
      w('为什么', 1.5),
      w('可以吗', 1),
      w('吗', 1.5),
      w('有没有', 0.5),
      w('注意事项', 2),
      w('注意什么', 2),
      w('安全知识', 2),
      w('安全用气', 1),
      w('多久', 2),
      w('多长时间', 2),
      w('年限', 2),
      w('是多少', 2),
      w('怎么算', 2),
      w('补贴', 1),
      w('资料', 1),
      w('收费吗', 2),
      w('可以用', 1),
      w('免费', 1),
      w('保修期', 1),
      w('多少公里', 2),
      w('恢复供气', 2),
      w('停气', 1),
    ],
    // rule: CALL-1, SCR-CALLBACK, SCR-AUTO — 回访: answering a callback, a rating on the five-level scale.
    callback: [
      w('回访', 4),
      w('非常满意', 4),
      w('比较满意', 4),
      w('满意', 3),
      w('比较不满意', 4),
      w('非常不满意', 4),
      w('不太满意', 3),
      w('一般', 2),
      w('不方便', 2),
      w('还行', 1.5),
      w('挺好', 1.5),
      w('谢谢回访', 4),
      w('回电', 1),
    ],
    // rule: CALL-1, SCR-AUTO — 预约: booking, moving or cancelling a time.
    appointment: [
      w('预约', 5),
      w('约个', 3),
      w('约一下', 3),
      w('约好', 2),
      w('订个时间', 3),
      w('排个号', 3),
      w('安排一个时间', 3),
      w('安排个时间', 3),
      w('来店', 1),
      w('上门', 0.5),
      w('过来检查', 1),
    ],
    // rule: CALL-1 — counter and account business (S2): pay, top up, open, transfer, close, invoice, buy.
    business: [
      w('缴费', 2),
      w('交燃气费', 2),
      w('交费', 2),
      w('交物业费', 2),
      w('买气', 2),
      w('充值', 2),
      w('过户', 2),
      w('开户', 2),
      w('销户', 2),
      w('更名', 2),
      w('户主', 1),
      w('补卡', 2),
      w('补办', 2),
      w('开发票', 2),
      w('发票', 1),
      w('欠费', 2),
      w('余额', 2),
      w('报装', 2),
      w('买一台', 2),
      w('办理', 0.5),
      w('预存', 2),
      w('代扣', 2),
      w('我要', 1.5),
      w('我来', 1.5),
      w('帮我', 1),
      w('我想', 0.5),
    ],
    // rule: CALL-1 — 邀约 is outbound; a caller rarely names it.
    invitation: [w('邀约', 3), w('邀请', 2)],
  },
  negators: ['没有', '没', '不', '无', '未', '并没有', '不再'],
  hedges: ['是不是', '会不会', '有没有', '不知道', '不确定', '不清楚', '说不定', '不会是', '是否', '怀疑'],
  resolvers: ['没了', '没有了', '消失了', '散了', '灭了', '停了'],
  neutral: ['怎么办', '煤气公司', '燃气公司', '燃气集团'],
  inquiries: ['怎么判断', '如何判断', '怎样判断', '怎么检查', '如何检查', '怎么知道', '怎么预防', '如何预防', '怎么防止', '如何防止', '怎么处理'],
  // Not 一旦: “一旦点火就有味” reports a present fault.
  hypotheticals: ['如果', '要是', '万一', '假如', '假设', '倘若', '若是', '如若'],
  hazards: DEFAULT_HAZARDS,
  // Fire, explosion, poisoning, a person down or trapped: 重大抢险 (S0 第三条(一)).
  major: [
    '着火',
    '起火',
    '失火',
    '火灾',
    '火警',
    '爆炸',
    '爆燃',
    '炸了',
    '炸开',
    '中毒',
    '煤气中毒',
    '晕倒',
    '昏迷',
    '烧起来',
    '着起来',
    '火着了',
    '冒火',
    '火很大',
    '火苗窜',
    '管道破裂',
    '管道爆裂',
    'hazard:person-hurt',
    'hazard:trapped',
  ],
});

function isCue(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value !== 'object' || value === null) return false;
  const cue = value as { text?: unknown; weight?: unknown };
  return typeof cue.text === 'string' && cue.text.trim() !== '' && (cue.weight === undefined || (typeof cue.weight === 'number' && Number.isFinite(cue.weight) && cue.weight > 0));
}

function checkHazards(value: unknown): readonly HazardPattern[] {
  if (!Array.isArray(value))
    throw new KefuError('invalid_input', 'hazards must be an array', [{ path: ['hazards'], message: 'must be an array of { id, hazard, context, window? }', value }]);
  value.forEach((entry: unknown, i) => {
    const e = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : undefined;
    if (e === undefined || typeof e['id'] !== 'string' || e['id'] === '') {
      throw new KefuError('invalid_input', `hazards[${i}].id must be a non-empty string`, [
        { path: ['hazards', i, 'id'], message: 'must be a non-empty string', value: e?.['id'] },
      ]);
    }
    checkWords(`hazards.${i}.hazard`, e['hazard']);
    checkWords(`hazards.${i}.context`, e['context']);
    const window = e['window'];
    if (window !== undefined && (typeof window !== 'number' || !Number.isInteger(window) || window < 0)) {
      throw new KefuError('invalid_input', `hazards[${i}].window must be a non-negative integer`, [
        { path: ['hazards', i, 'window'], message: 'must be a non-negative integer', value: window },
      ]);
    }
  });
  return value as readonly HazardPattern[];
}

function checkWords(path: string, value: unknown): readonly string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.trim() !== '')) {
    throw new KefuError('invalid_input', `${path} must be an array of non-empty strings`, [{ path: path.split('.'), message: 'must be an array of non-empty strings', value }]);
  }
  return value as readonly string[];
}

/**
 * Add an organisation's words to a lexicon (the base is not changed). Cue lists are appended; a cue
 * text given again keeps the highest weight at classification time.
 *
 * @param base - the lexicon to extend, usually {@link DEFAULT_LEXICON}
 * @param additions - extra cues and qualifier words
 * @returns a new complete lexicon
 * @throws KefuError `invalid_input` naming the bad entry (unknown kind, empty cue, weight ≤ 0)
 * @example
 * ```ts
 * import { DEFAULT_LEXICON, extendLexicon } from 'kefu/classify';
 * const lexicon = extendLexicon(DEFAULT_LEXICON, { cues: { repair: ['自闭阀'] } });
 * ```
 */
export function extendLexicon(base: CueLexicon, ...additions: readonly LexiconAddition[]): CueLexicon {
  let cues: Record<CallKind, readonly Cue[]> = { ...base.cues };
  let { negators, hedges, resolvers, neutral, inquiries } = base;
  let { hypotheticals, hazards, major } = base;
  additions.forEach((addition, a) => {
    if (typeof addition !== 'object' || addition === null) {
      throw new KefuError('invalid_input', `additions[${a}] must be an object`, [{ path: ['additions', a], message: 'must be an object', value: addition }]);
    }
    for (const [kind, list] of Object.entries(addition.cues ?? {})) {
      if (!(CallKind.options as readonly string[]).includes(kind)) {
        throw new KefuError('invalid_input', `cues.${kind} is not a call kind`, [{ path: ['cues', kind], message: `must be one of ${CallKind.options.join(', ')}`, value: kind }]);
      }
      if (!Array.isArray(list)) throw new KefuError('invalid_input', `cues.${kind} must be an array`, [{ path: ['cues', kind], message: 'must be an array of cues', value: list }]);
      list.forEach((cue: unknown, i) => {
        if (!isCue(cue))
          throw new KefuError('invalid_input', `cues.${kind}[${i}] is not a cue`, [
            { path: ['cues', kind, i], message: 'must be a non-empty string or { text, weight > 0 }', value: cue },
          ]);
      });
      cues = { ...cues, [kind]: [...cues[kind as CallKind], ...(list as readonly Cue[])] };
    }
    if (addition.negators !== undefined) negators = [...negators, ...checkWords('negators', addition.negators)];
    if (addition.hedges !== undefined) hedges = [...hedges, ...checkWords('hedges', addition.hedges)];
    if (addition.resolvers !== undefined) resolvers = [...resolvers, ...checkWords('resolvers', addition.resolvers)];
    if (addition.neutral !== undefined) neutral = [...neutral, ...checkWords('neutral', addition.neutral)];
    if (addition.inquiries !== undefined) inquiries = [...inquiries, ...checkWords('inquiries', addition.inquiries)];
    if (addition.hypotheticals !== undefined) hypotheticals = [...hypotheticals, ...checkWords('hypotheticals', addition.hypotheticals)];
    if (addition.hazards !== undefined) hazards = [...hazards, ...checkHazards(addition.hazards)];
    if (addition.major !== undefined) major = [...major, ...checkWords('major', addition.major)];
  });
  return { cues, negators, hedges, resolvers, neutral, inquiries, hypotheticals, hazards, major };
}
