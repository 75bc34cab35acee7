/**
 * Surnames in an address: the one home of the 百家姓 list and of reading “王先生” as the surname 王
 * (rule: PHR-ADDR “知道客户姓氏时，可称‘××先生/小姐/女士’”).
 *
 * @module
 */
import { Honorific } from '../model/enums.js';

// Common single-character surnames (the first ~300 of 百家姓 by frequency). Only listed characters count,
// so 那位先生 (a third party, PHR-ADDR) or 这位女士 never read as a surname.
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
);

/** A full name stands before the title: the surname is one to three characters back (王先生, 王明先生, 王小明先生). */
const MAX_BACK = 3;

const isHan = (ch: string): boolean => /\p{Script=Han}/u.test(ch);

/**
 * Whether a character is a common Chinese surname (百家姓).
 *
 * @param ch - one character
 * @returns true for a listed surname
 * @example
 * ```ts
 * isSurname('王'); // true
 * isSurname('那'); // false
 * ```
 */
export function isSurname(ch: string): boolean {
  return SURNAMES.has(ch);
}

/**
 * The surname of the first address “×先生 / ×女士 / ×小姐” in a text: the listed surname nearest the
 * title, at most three characters back; `undefined` when no address carries one (那位先生, 您好先生).
 *
 * @param text - an agent's or customer's words
 * @returns the one-character surname, or undefined
 * @example
 * ```ts
 * readSurname('王先生，您好'); // '王'
 * readSurname('那位先生刚走'); // undefined
 * ```
 */
export function readSurname(text: string): string | undefined {
  for (const title of honorificsIn(text)) {
    const [nearest] = surnamesBefore(text, title);
    if (nearest !== undefined) return text.charAt(nearest);
  }
  return undefined;
}

/**
 * Offsets of the listed surnames one to three characters before a title at `title` (王 in 王先生;
 * 王 and 小 in 王小明先生), nearest first, stopping at the first character that is not Chinese.
 *
 * @internal
 */
export function surnamesBefore(text: string, title: number): number[] {
  const at: number[] = [];
  for (let back = 1; back <= MAX_BACK && title - back >= 0; back++) {
    const ch = text.charAt(title - back);
    if (!isHan(ch)) break;
    if (SURNAMES.has(ch)) at.push(title - back);
  }
  return at;
}

/** Offsets of every honorific, in text order. */
function honorificsIn(text: string): number[] {
  const at: number[] = [];
  for (const honorific of Honorific.options) {
    for (let i = text.indexOf(honorific); i !== -1; i = text.indexOf(honorific, i + honorific.length)) at.push(i);
  }
  return at.sort((a, b) => a - b);
}
