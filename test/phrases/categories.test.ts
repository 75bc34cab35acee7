import { describe, expect, it } from 'vitest';
import { KefuError } from '../../src/model/error.js';
import type { Transcript } from '../../src/model/transcript.js';
import { validateCategories, type CategoryDefinitionInput } from '../../src/phrases/categories.js';
import { createChecker } from '../../src/phrases/checker.js';

const off = Object.fromEntries(createChecker().rules.map((r) => [r.id, 'off' as const]));
const run = (categories: CategoryDefinitionInput[], t: Transcript, callKind?: 'emergency' | 'repair') =>
  createChecker({ rules: off, categories })
    .check(t, callKind === undefined ? {} : { callKind })
    .diagnostics.map((d) => [d.ruleId, d.severity, d.turn, d.range?.start, d.range?.end, d.message.zh]);

const leak: Transcript = {
  turns: [
    { speaker: 'agent', text: '您好，燃气公司为您服务', start: 0, end: 3000 },
    { speaker: 'customer', text: '我家好像漏气了', start: 3500, end: 6000 },
    { speaker: 'agent', text: '请您马上关闭阀门，开窗通风', start: 6500, end: 10000 },
    { speaker: 'agent', text: '抢修人员马上到，保证赔偿您的损失', start: 10500, end: 14000 },
  ],
};

describe('host categories', () => {
  it('must-include, any: passes with one criterion met, reports once when none is', () => {
    const safety: CategoryDefinitionInput = {
      id: 'safety',
      name: { zh: '安全提示', en: 'Safety advice' },
      mode: 'must-include',
      criteria: [{ phrases: ['关闭阀门'] }, { phrases: ['疏散'] }],
    };
    expect(run([safety], leak)).toEqual([]);
    expect(run([{ ...safety, criteria: [{ phrases: ['疏散'] }, { phrases: ['报警'] }] }], leak)).toEqual([
      ['category/safety', 'warn', undefined, undefined, undefined, '缺少：安全提示'],
    ]);
  });

  it('must-include, all: reports each missing criterion', () => {
    const both: CategoryDefinitionInput = {
      id: 'both',
      name: { zh: '两项提示', en: 'Both' },
      mode: 'must-include',
      match: 'all',
      criteria: [{ phrases: ['关闭阀门'] }, { phrases: ['疏散'] }],
    };
    expect(run([both], leak)).toEqual([['category/both', 'warn', undefined, undefined, undefined, '缺少：两项提示（疏散）']]);
  });

  it('must-not-include: reports every hit with its evidence', () => {
    const promise: CategoryDefinitionInput = {
      id: 'no-promise',
      name: { zh: '不得承诺赔偿', en: 'No compensation promises' },
      mode: 'must-not-include',
      severity: 'error',
      criteria: [{ phrases: ['保证赔偿'] }],
    };
    expect(run([promise], leak)).toEqual([['category/no-promise', 'error', 3, 8, 12, '不得承诺赔偿：“保证赔偿”']]);
  });

  it('filters by speaker', () => {
    const said: CategoryDefinitionInput = { id: 'leak', mode: 'must-not-include', criteria: [{ phrases: ['漏气'], speaker: 'agent' }] };
    expect(run([said], leak)).toEqual([]);
    expect(run([{ ...said, criteria: [{ phrases: ['漏气'], speaker: 'customer' }] }], leak).map((d) => d[2])).toEqual([1]);
    expect(run([{ ...said, criteria: [{ phrases: ['漏气'], speaker: 'any' }] }], leak).map((d) => d[2])).toEqual([1]);
  });

  it('windows: first/last turns of the speaker, first/last seconds of the call', () => {
    const greet = (window: NonNullable<CategoryDefinitionInput['criteria'][number]['window']>): CategoryDefinitionInput => ({
      id: 'greet',
      mode: 'must-include',
      criteria: [{ phrases: ['您好'], window }],
    });
    expect(run([greet({ firstTurns: 1 })], leak)).toEqual([]);
    expect(run([greet({ lastTurns: 2 })], leak).length).toBe(1);
    expect(run([greet({ firstSeconds: 1 })], leak)).toEqual([]);
    expect(run([greet({ lastSeconds: 5 })], leak).length).toBe(1);
  });

  it('windows: before/after the first hit of another category', () => {
    const advice: CategoryDefinitionInput = { id: 'advice', mode: 'must-include', criteria: [{ phrases: ['关闭阀门'] }] };
    const afterAdvice: CategoryDefinitionInput = { id: 'dispatch', mode: 'must-include', criteria: [{ phrases: ['抢修人员'], window: { after: 'advice' } }] };
    const beforeAdvice: CategoryDefinitionInput = {
      id: 'dispatch-first',
      mode: 'must-not-include',
      criteria: [{ phrases: ['抢修人员', '开窗通风'], window: { before: 'advice' } }],
    };
    expect(run([advice, afterAdvice, beforeAdvice], leak)).toEqual([]);
    const reversed: CategoryDefinitionInput = { id: 'dispatch', mode: 'must-include', criteria: [{ phrases: ['关闭阀门'], window: { after: 'late' } }] };
    const late: CategoryDefinitionInput = { id: 'late', mode: 'must-include', criteria: [{ phrases: ['抢修人员'] }] };
    expect(run([late, reversed], leak).map((d) => d[0])).toEqual(['category/dispatch']);
  });

  it('scripts as criteria, and call kinds', () => {
    const greet: CategoryDefinitionInput = {
      id: 'greet',
      mode: 'must-include',
      callKinds: ['emergency'],
      criteria: [{ script: '您好，{company}为您服务', window: { firstTurns: 1 } }],
    };
    expect(run([greet], leak, 'emergency')).toEqual([]);
    expect(run([{ ...greet, criteria: [{ script: '您好，{company}{agentNo}号客服员为您服务' }] }], leak, 'emergency').length).toBe(1);
    expect(run([{ ...greet, criteria: [{ script: '您好，{company}{agentNo}号客服员为您服务' }] }], leak, 'repair')).toEqual([]);
  });

  it('rejects bad definitions with a KefuError naming the field', () => {
    const path = (input: unknown) => {
      try {
        validateCategories(input);
      } catch (error) {
        expect(error).toBeInstanceOf(KefuError);
        return (error as KefuError).issues[0]?.path;
      }
      return undefined;
    };
    expect(path([{ id: 'x', mode: 'must-include', criteria: [{ phrases: ['，'] }] }])).toEqual(['categories', 0, 'criteria', 0, 'phrases', 0]);
    expect(path([{ id: 'x', mode: 'sometimes', criteria: [{ phrases: ['您好'] }] }])).toEqual(['categories', 0, 'mode']);
    expect(path([{ id: 'x', mode: 'must-include', criteria: [{ phrases: ['您好'], script: '您好' }] }])).toEqual(['categories', 0, 'criteria', 0]);
    expect(path([{ id: 'x', mode: 'must-include', criteria: [{ phrases: ['您好'], window: { after: 'y' } }] }])).toEqual(['categories', 0, 'criteria', 0, 'window', 'after']);
    expect(
      path([
        { id: 'x', mode: 'must-include', criteria: [{ phrases: ['a'] }] },
        { id: 'x', mode: 'must-include', criteria: [{ phrases: ['b'] }] },
      ]),
    ).toEqual(['categories', 1, 'id']);
    expect(
      path([
        { id: 'a', mode: 'must-include', criteria: [{ phrases: ['a'], window: { after: 'b' } }] },
        { id: 'b', mode: 'must-include', criteria: [{ phrases: ['b'], window: { before: 'a' } }] },
      ]),
    ).toEqual(['categories', 0, 'criteria']);
    expect(() => createChecker({ categories: [{ id: 'Bad Id', mode: 'must-include', criteria: [{ phrases: ['a'] }] }] })).toThrow(/categories\[0\]\.id/);
  });
});
