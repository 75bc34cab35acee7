import { describe, it, expect } from 'vitest';
import { PHRASE_CATALOG } from '../../src/phrases/catalog/entries.js';
import { compileCatalog } from '../../src/phrases/catalog/compile.js';

const checker = compileCatalog(PHRASE_CATALOG.filter((e) => e.kind === 'forbidden'));
const flagged = (text: string) => checker.scan(text).map((m) => m.id);

/** Utterances an agent may say that look like a forbidden phrase or filler but are not one. */
const NEAR_MISSES: readonly [string, string][] = [
  ['不管怎样，我们都会帮您处理', 'PHR-FORBID (一): 不管 as “no matter”, not a refusal'],
  ['不管什么时候您都可以打这个电话', 'PHR-FORBID (一): 不管什么'],
  ['不管多晚我们都会把维修人员派过去', 'PHR-FORBID (一): 不管多'],
  ['不管是哪个部门的问题，我都帮您跟进', 'PHR-FORBID (一): 不管是'],
  ['不管您在哪里，我们都能上门', 'PHR-FORBID (一): 不管您'],
  ['不知道您现在方便接听吗？', 'PHR-FORBID (一): 不知道您… is a polite question'],
  ['不知道是否打扰到您了', 'PHR-FORBID (一): 不知道是否'],
  ['您好，请问有什么可以帮到您？', 'PHR-NIN: 你 never matches inside 您'],
  ['您您您您', 'PHR-NIN: 您 repeated'],
  ['谢谢你的夸奖', 'PHR-STD (二): the seed’s own thanks phrase'],
  ['我们这款迷你燃气表很省电', 'PHR-NIN: 迷你 is a word, not “you”'],
  ['不客气', 'PHR-FORBID-2: 不 as part of a courtesy phrase'],
  ['不用客气，这是我们应该做的', 'PHR-FORBID-2: 不用客气'],
  ['不要紧，没有关系', 'PHR-FORBID-2: 不要紧'],
  ['不好意思，让您久等了', 'PHR-FORBID-2: 不好意思'],
  ['请不要客气', 'PHR-FORBID-2: 不 inside the utterance'],
  ['您明天再来一趟就可以办好了', 'PHR-FORBID (九): only “快下班了，明天再来” is forbidden'],
  ['我没看到您的订单号，麻烦您再说一遍', 'PHR-FORBID (十五): 没看到 alone'],
  ['您有意见可以告诉我们', 'PHR-FORBID (六): 有意见 followed by 告诉, not 告去'],
  ['您自己看着办理就可以，步骤很简单', 'PHR-FORBID (十四): 自己看着办理'],
  ['不能办的业务我会告诉您原因', 'PHR-FORBID (三): 不能办 alone'],
  ['那位先生的问题我们已经记录了', 'PHR-FILLER: 那位 at the start is an address form (PHR-ADDR)'],
  ['那边的窗口可以办理', 'PHR-FILLER: 那边 is not an opening filler'],
  ['好啊，没问题', 'PHR-FILLER: 啊 not at the start'],
  ['今天啊，我们的营业时间到五点', 'PHR-FILLER: 今天啊 is not 天啊'],
  ['明天啊上午九点师傅上门', 'PHR-FILLER: 明天啊'],
  ['我晕车的话也没关系吗？', 'PHR-FILLER: 我晕车'],
  ['嗯嗯的声音是燃气表发出的吗', 'PHR-FILLER: 嗯 at the start without a pause'],
  ['Ｎｏ problem，马上就好', 'PHR-FORBID-2: full-width text without a refusal'],
  ['这个问题我帮您请更专业的人员回答好吗？', 'PHR-FORBID-2: the recommended replacement itself'],
  ['具体情况我向当事人了解清楚再回复您，可以吗？', 'PHR-FORBID-2: the second replacement (contains 清楚, not 我不清楚)'],
];

describe('near-misses stay clean (rules: PHR-FORBID, PHR-FORBID-2, PHR-NIN, PHR-FILLER)', () => {
  it('has at least 25 near-misses', () => {
    expect(NEAR_MISSES.length).toBeGreaterThanOrEqual(25);
  });
  it.each(NEAR_MISSES)('%s — %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('the real thing is still caught next to its near-miss', () => {
  it.each([
    ['这事我们不管', ['forbid-01-b']],
    ['这个我也不知道', ['forbid-01-a']],
    ['不，不能办', ['refuse-01']],
    ['不。', ['refuse-01']],
    ['你好，请问你是哪位', ['nin-ni', 'nin-ni']],
    ['快下班了，明天再来', ['forbid-09-a']],
    ['有意见，告去', ['forbid-06-a']],
    ['自己看着办吧', ['forbid-14-a']],
    ['那，您的地址是？', ['filler-02-c']],
    ['啊，稍等', ['filler-02-a']],
    ['天啊，怎么这样', ['filler-01-b', 'filler-01-c']],
    ['我 晕', ['filler-01-a']],
  ] as const)('%s → %j', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });
});
