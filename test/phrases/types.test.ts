// Type tests: tsc -p . checks them (vitest's expectTypeOf is a no-op at run time); each @ts-expect-error
// must stay an error, so a loosened type fails the build.
import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import {
  type BUILTIN_RULES,
  type callLength,
  createChecker,
  defineRule,
  recommended,
  type BuiltinRuleId,
  type LintConfig,
  type RuleContext,
  type RuleMessageIds,
  type RuleOptions,
  type RulesConfig,
} from '../../src/phrases/index.js';

const shortCall = defineRule({
  meta: {
    id: 'acme/short-call',
    type: 'problem',
    domainRules: [],
    description: { zh: '通话过短', en: 'Call too short' },
    docs: { url: 'https://example.com/rules/short-call' },
    messages: { tooShort: { zh: '通话只有{{turns}}轮', en: 'Only {{turns}} turns' } },
    options: z.strictObject({ minTurns: z.number().int().default(2), kinds: z.array(z.string()).optional() }),
  },
  create(options) {
    expectTypeOf(options).toEqualTypeOf<{ minTurns: number; kinds?: string[] | undefined }>();
    return (ctx) => {
      expectTypeOf(ctx).toEqualTypeOf<RuleContext<'tooShort'>>();
      // @ts-expect-error a messageId that meta.messages does not declare
      ctx.report({ messageId: 'tooLong' });
      if (ctx.turns.length < options.minTurns) ctx.report({ messageId: 'tooShort', data: { turns: ctx.turns.length } });
    };
  },
});

describe('defineRule infers options, message ids and the id (types)', () => {
  it('from meta.options, meta.messages and meta.id', () => {
    expectTypeOf<RuleOptions<typeof shortCall>>().toEqualTypeOf<{ minTurns: number; kinds?: string[] | undefined }>();
    expectTypeOf<RuleMessageIds<typeof shortCall>>().toEqualTypeOf<'tooShort'>();
    expectTypeOf(shortCall.meta.id).toEqualTypeOf<'acme/short-call'>();
    expectTypeOf<RuleOptions<typeof callLength>>().toEqualTypeOf<{ maxMs: number }>();
  });
});

describe('config rule keys are the registry’s ids (types)', () => {
  it('derives the id union from BUILTIN_RULES', () => {
    expectTypeOf<BuiltinRuleId>().toEqualTypeOf<(typeof BUILTIN_RULES)[number]['meta']['id']>();
    expectTypeOf<'forbidden-phrase'>().toExtend<BuiltinRuleId>();
    // flow-order is opt-in (extraRules), so it is not a built-in id.
    expectTypeOf<'flow-order'>().not.toExtend<BuiltinRuleId>();
    expectTypeOf<'forbidden-phrases'>().not.toExtend<BuiltinRuleId>();
  });

  it('accepts built-in and namespaced keys and rejects a typo', () => {
    const ok: RulesConfig = { 'honorific-nin': 'warn', 'category/ask-company': 'error', 'acme/short-call': ['warn', { minTurns: 3 }] };
    expectTypeOf(ok).toExtend<RulesConfig>();
    // @ts-expect-error 'honorific' is no rule id
    const typo: LintConfig = { id: 'demo-hotline', extends: recommended, rules: { honorific: 'warn' } };
    void typo;
    // @ts-expect-error a severity is off, warn or error
    const loud: RulesConfig = { 'call-length': 'loud' };
    void loud;
  });

  it('lets createChecker name the ids of its extraRules, inferred from them', () => {
    createChecker({ extraRules: [shortCall], rules: { 'acme/short-call': 'warn' } });
    const bare = defineRule({ ...shortCall, meta: { ...shortCall.meta, id: 'no-system-turns' } });
    createChecker({ extraRules: [bare], rules: { 'no-system-turns': 'warn' } });
    // Never called: at run time the checker would refuse it too ("names no rule").
    const unknownId = () =>
      // @ts-expect-error an id neither built in, namespaced nor among extraRules
      createChecker({ extraRules: [bare], rules: { 'no-such-rule': 'warn' } });
    expectTypeOf(unknownId).toBeFunction();
  });

  it('recommended names every built-in rule', () => {
    expectTypeOf<keyof typeof recommended.rules>().toEqualTypeOf<BuiltinRuleId>();
  });
});
