import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../../src/model/transcript.js';
import type { RuleEntry } from '../../../src/phrases/checker-config.js';
import { createChecker } from '../../../src/phrases/checker.js';

const only = (id: string, options?: unknown) => {
  const off = Object.fromEntries(createChecker().rules.map((r) => [r.id, 'off' as const]));
  const rules: Record<string, RuleEntry> = { ...off, [id]: options === undefined ? 'error' : ['error', options] };
  return createChecker({ rules });
};
const agent = (...texts: string[]): Transcript => ({ turns: texts.map((text) => ({ speaker: 'agent' as const, text })) });
const where = (id: string, t: Transcript, options?: unknown) =>
  only(id, options)
    .check(t)
    .diagnostics.map((d) => [d.turn, d.range?.start, d.range?.end, d.entryId]);

describe('forbidden-phrase (PHR-FORBID, PHR-FORBID-2)', () => {
  it('finds each of the fifteen groups’ phrases, across spaces and punctuation', () => {
    expect(where('forbidden-phrase', agent('我 没 工 夫', '快下班了,明天再来'))).toEqual([
      [0, 0, 7, 'forbid-07-a'],
      [1, 0, 9, 'forbid-09-a'],
    ]);
  });
  it('reports 我不知道 once (PHR-FORBID-2), not also 不知道', () => {
    expect(where('forbidden-phrase', agent('我不知道'))).toEqual([[0, 0, 4, 'refuse-02']]);
  });
  it('does not count the catalog’s exceptions: 不知道您…, 不管怎样, 不客气', () => {
    expect(where('forbidden-phrase', agent('不知道您方便吗？', '不管怎样我们都会处理', '不客气'))).toEqual([]);
  });
  it('counts the bare 不 only at the start and before a pause', () => {
    expect(where('forbidden-phrase', agent('不，这个办不了', '这不，可以的'))).toEqual([[0, 0, 1, 'refuse-01']]);
  });
  it('ignores what the customer says', () => {
    expect(only('forbidden-phrase').check({ turns: [{ speaker: 'customer', text: '我不知道' }] }).diagnostics).toEqual([]);
  });
  it('takes the host’s catalog entries', () => {
    const entries = [{ id: 'acme-1', text: '没办法', gloss: 'nothing I can do', category: 'forbidden', rule: 'PHR-FORBID', source: 'ACME', kind: 'forbidden', severity: 'warn' }];
    const [d] = only('forbidden-phrase', { entries }).check(agent('没办法，我不知道')).diagnostics;
    expect([d?.entryId, d?.severity]).toEqual(['acme-1', 'warn']);
  });
});

describe('filler-word (PHR-FILLER)', () => {
  it('reports verbal tics anywhere and opening fillers only at the start before a pause', () => {
    expect(where('filler-word', agent('嗯，好的', '那，您稍等', '那位先生已经走了', '天啊，怎么这样'))).toEqual([
      [0, 0, 1, 'filler-02-b'],
      [1, 0, 1, 'filler-02-c'],
      [3, 0, 2, 'filler-01-b'],
      [3, 3, 7, 'filler-01-c'],
    ]);
  });
  it('reports a rhetorical question marker (反问、质问)', () => {
    expect(
      only('filler-word')
        .check(agent('难道您不会看说明书吗'))
        .diagnostics.map((d) => d.message.zh),
    ).toEqual(['反问、质问的口气：“难道”']);
  });
  it('does not read 今天啊 as 天啊', () => {
    expect(where('filler-word', agent('今天啊，师傅会上门'))).toEqual([]);
  });
});

describe('honorific-nin (PHR-NIN)', () => {
  it('reports every 你 the agent says to the customer, with 您 as the suggestion', () => {
    const [first, second] = only('honorific-nin').check(agent('你好，请问你家地址是？')).diagnostics;
    expect([first?.range, second?.range]).toEqual([
      { start: 0, end: 1 },
      { start: 5, end: 6 },
    ]);
    expect(first?.suggestions).toEqual([{ zh: '您', en: 'you (honorific)' }]);
  });
  it('accepts 您 and the catalog’s exceptions', () => {
    expect(where('honorific-nin', agent('您好，请问您家地址是？', '这是迷你型燃气表'))).toEqual([]);
  });
});

describe('complaint-soothing (PHR-COMPLAINT)', () => {
  it('wants a soothing phrase on a complaint call only', () => {
    const plain = agent('您说', '我记录了');
    expect(
      only('complaint-soothing')
        .check(plain, { callKind: 'complaint' })
        .diagnostics.map((d) => d.turn),
    ).toEqual([undefined]);
    expect(only('complaint-soothing').check(plain, { callKind: 'consultation' }).diagnostics).toEqual([]);
    expect(only('complaint-soothing').check(plain).diagnostics).toEqual([]);
    expect(only('complaint-soothing').check(agent('真是不好意思，让您生气了'), { callKind: 'complaint' }).diagnostics).toEqual([]);
  });
});

describe('deferred-answer (CALL-5, HOT-SLA-4, ENT-SLA-1)', () => {
  const call = (...texts: [string, string][]): Transcript => ({ turns: texts.map(([speaker, text]) => ({ speaker: speaker === 'a' ? 'agent' : 'customer', text })) });
  it('accepts an apology, a time and a contact (the standard’s own sentence)', () => {
    expect(where('deferred-answer', call(['a', '对不起，您的问题现在不能立刻给您答复，请您先留下您的联络方式，我马上与上级沟通，在24小时内，我会与您联络']))).toEqual([]);
  });
  it('reports each missing part at the deferral', () => {
    const d = only('deferred-answer').check(call(['a', '等我了解清楚再回复您'])).diagnostics;
    expect(d.map((x) => [x.turn, x.range, x.domainRules])).toEqual([
      [0, { start: 7, end: 10 }, ['CALL-5', 'PHR-COMPLAINT']],
      [0, { start: 7, end: 10 }, ['CALL-5', 'HOT-SLA-4', 'ENT-SLA-1']],
      [0, { start: 7, end: 10 }, ['CALL-5', 'PHR-COMPLAINT']],
    ]);
  });
  it('counts a phone number the customer gives as the contact, and a promise made in a later turn', () => {
    expect(where('deferred-answer', call(['a', '抱歉，我核实后回复您'], ['c', '我的电话是13800138000'], ['a', '好的，明天上午之前给您答复']))).toEqual([]);
  });
  it('reports a promised time beyond the limit, read from Chinese numerals too', () => {
    const t = call(['a', '抱歉，我会在两个小时内给您答复，请留下联系电话']);
    expect(where('deferred-answer', t, { maxMinutes: 30 })).toEqual([[0, 6, 10, undefined]]);
    expect(where('deferred-answer', t)).toEqual([]);
    expect(where('deferred-answer', call(['a', '抱歉，我会在三十分钟内给您答复，请留下联系电话']), { maxMinutes: 30 })).toEqual([]);
  });
});
