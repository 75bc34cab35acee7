/**
 * The words of a title (职务) or occupation (职业) that mark each customer type of the appendix 服务技巧
 * (rules: TIP-1 … TIP-6), and the traditional characters those words are written with.
 *
 * @module
 */
import type { CustomerType } from '../model/enums.js';
import { deepFrozen } from '../model/freeze.js';

/**
 * Keywords that mark a customer type in a title (职务) or occupation (职业). Latin keywords match whole
 * words only (`cto` is not found in `director`); Chinese keywords match anywhere.
 *
 * @example
 * ```ts
 * const rule: CustomerTypeKeywords = { type: 'technician', keywords: ['工艺员'] };
 * ```
 */
export interface CustomerTypeKeywords {
  readonly type: CustomerType;
  readonly keywords: readonly string[];
}

/**
 * The shipped mapping, in priority order (used to break ties between equally long keywords). Titles are
 * head-final, so the keyword that ends last names the person (董事长司机 is a driver, 财务科长 a section
 * chief); among those the longest wins, so 董事长 (owner) beats 董事 (manager), 总经理 beats 经理, and a
 * company rank named with its function goes to the function: 财务总监 is finance staff (TIP-4: fee
 * rules matter to them), 技术总监 an engineer (TIP-5: talk about the equipment), while 销售总监 stays a
 * manager (TIP-3). Government ranks keep their standing whatever the department (财务科长 is TIP-1).
 * Common homophone slips of the rank words (经里, 会记, 局张) are keywords too.
 *
 * @example
 * ```ts
 * import { DEFAULT_CUSTOMER_TYPE_KEYWORDS } from 'kefu/scripts';
 * DEFAULT_CUSTOMER_TYPE_KEYWORDS.find((k) => k.type === 'finance')?.keywords.includes('会计'); // true
 * ```
 */
export const DEFAULT_CUSTOMER_TYPE_KEYWORDS: readonly CustomerTypeKeywords[] = /* @__PURE__ */ deepFrozen([
  {
    // TIP-1 机关干部、上级领导、著名人士: officials, and public figures of every kind.
    type: 'official',
    keywords: [
      '局长',
      '处长',
      '科长',
      '主任',
      '厅长',
      '市长',
      '县长',
      '区长',
      '镇长',
      '乡长',
      '村长',
      '支书',
      '书记',
      '秘书长',
      '干部',
      '公务员',
      '领导',
      '人大代表',
      '政协委员',
      '名人',
      '明星',
      '著名',
      '知名人士',
      '歌手',
      '歌星',
      '演员',
      '影星',
      '艺人',
      '主持人',
      '网红',
      '导演',
      '作家',
      '运动员',
      '冠军',
      '院士',
      '所长',
      '法官',
      '检察官',
      '科员',
      '议员',
      '立法委员',
      '主席',
      '劳动模范',
      '劳模',
      '局张',
      '书计',
      'celebrity',
      'singer',
      'actor',
      'actress',
      'mayor',
    ],
  },
  {
    // TIP-2 企业主、老板: whoever owns the business, however small.
    type: 'owner',
    keywords: [
      '老板',
      '老板娘',
      '董事长',
      '企业主',
      '个体户',
      '个体工商户',
      '工商户',
      '包工头',
      '工头',
      '承包商',
      '店主',
      '摊主',
      '掌柜',
      '创始人',
      '法人',
      '法定代表人',
      '股东',
      '东主',
      '场主',
      '矿主',
      '加盟商',
      '老版',
      '合伙人',
      'owner',
      'founder',
      'boss',
      'proprietor',
    ],
  },
  {
    // TIP-3 企业主要管理人员.
    type: 'manager',
    keywords: [
      '总经理',
      '经理',
      '总监',
      '总裁',
      '副总',
      '厂长',
      '矿长',
      '行长',
      '院长',
      '店长',
      '主管',
      '高管',
      '董事',
      '经里',
      'ceo',
      'coo',
      'vp',
      'gm',
      'manager',
      'director',
      'president',
    ],
  },
  {
    // TIP-4 财务、行政管理人员, including finance and admin heads of a company.
    type: 'finance',
    keywords: [
      '会计',
      '出纳',
      '财务',
      '审计',
      '行政',
      '文员',
      '人事',
      '后勤',
      '收银',
      '财务总监',
      '财务经理',
      '财务主管',
      '行政经理',
      '行政主管',
      '人事经理',
      '人力资源',
      '秘书',
      '文秘',
      '统计员',
      '资料员',
      '会记',
      '出那',
      'cfo',
      'accountant',
      'cashier',
      'finance',
      'accounting',
      'hr',
    ],
  },
  {
    // TIP-5 工程技术人员: engineers, IT staff and skilled trades.
    type: 'technician',
    keywords: [
      '工程师',
      '技术员',
      '技师',
      '技工',
      '技术',
      '总工',
      '技术总监',
      '技术经理',
      '技术主管',
      '程序员',
      '设计师',
      '架构师',
      '开发',
      '运维',
      '网管',
      '前端',
      '后端',
      '算法',
      '电工',
      '焊工',
      '钳工',
      '水暖工',
      '水电工',
      '管道工',
      '安装工',
      '维修工',
      '修理工',
      '机修',
      '汽修',
      '修车师傅',
      '维修师傅',
      '机械师',
      '高工',
      '化验员',
      '质检员',
      '施工员',
      '安全员',
      '制图',
      'cad',
      '工程狮',
      '研发',
      'cto',
      'engineer',
      'technician',
      'developer',
      'programmer',
      'devops',
      'mechanic',
      'electrician',
      'plumber',
    ],
  },
  {
    // TIP-6 一般用户 is the default; these words name an ordinary person where a title also holds a
    // rank word (董事长司机, 局长夫人, 主任医师, 客户经理: the last word names the person).
    type: 'household',
    keywords: ['司机', '家属', '夫人', '爱人', '保姆', '医师', '医生', '护士', '教师', '老师', '客户经理', '大堂经理', '业主', '骑手', '快递员', '保安', 'driver'],
  },
]);

// Traditional forms of the characters the keywords are written with, so that 處長, 總經理 and 會計 read
// as 处长, 总经理 and 会计 without shipping a full converter (hosts with one pass `toSimplified`).
const TRADITIONAL_PAIRS =
  '處处長长廳厅縣县區区鎮镇鄉乡書书記记祕秘幹干務务員员領领導导協协會会計计財财審审後后總总經经監监廠厂闆板業业創创夥伙師师術术設设' +
  '電电發发網网紅红藝艺畫画動动運运軍军個个體体戶户頭头裝装維维車车鉗钳銷销執执產产專专職职稅税銀银營营團团隊队劇剧視视獎奖選选';

const TRADITIONAL: ReadonlyMap<string, string> = new Map(
  Array.from({ length: TRADITIONAL_PAIRS.length / 2 }, (_, i) => [TRADITIONAL_PAIRS.charAt(2 * i), TRADITIONAL_PAIRS.charAt(2 * i + 1)]),
);

/**
 * `value` lower-cased with the traditional characters of the keywords made simplified, character by
 * character (titles are short; the explanation quotes the value as written).
 */
export function simplifyTitleChars(value: string): string {
  let out = '';
  for (const ch of value.toLowerCase()) out += TRADITIONAL.get(ch) ?? ch;
  return out;
}
