import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { RuleTester, applyFixes, createChecker, defineRule, honorificNin } from '../../src/phrases/index.js';

// A host's rule, tested the way a host would (rule: PHR-NIN wording in its messages).
const noSystemTurns = defineRule({
  meta: {
    id: 'acme/no-system-turns',
    type: 'problem',
    domainRules: [],
    description: { zh: '无系统提示', en: 'No system turns' },
    docs: { url: 'https://example.com/rules/no-system-turns' },
    messages: { systemTurn: { zh: '系统提示：{{text}}', en: 'System turn: {{text}}' }, unfilled: { zh: '{{missing}}', en: '{{missing}}' } },
    fixable: 'text',
    options: z.strictObject({ fix: z.boolean().default(false), unfilled: z.boolean().default(false) }),
  },
  create: (options) => (ctx) => {
    ctx.turns.forEach((turn, i) => {
      if (turn.speaker !== 'system') return;
      if (options.unfilled) ctx.report({ messageId: 'unfilled', turn: i });
      else
        ctx.report({
          messageId: 'systemTurn',
          data: { text: turn.text },
          turn: i,
          ...(options.fix ? { fix: { turn: i, range: { start: 0, end: turn.text.length }, text: '' } } : {}),
        });
    });
  },
});

const system = { turns: [{ speaker: 'system' as const, text: '嘀' }] };
const fails = (cases: Parameters<RuleTester['run']>[2]) => {
  try {
    new RuleTester().run('acme/no-system-turns', noSystemTurns, cases);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
};

describe('RuleTester without a framework throws on the first failure', () => {
  it('passes when every case holds', () => {
    expect(fails({ valid: ['客服：您好'], invalid: [{ transcript: system, errors: [{ messageId: 'systemTurn', data: { text: '嘀' }, turn: 0 }] }] })).toBeUndefined();
  });
  it('names the case and what differed', () => {
    expect(fails({ valid: [{ name: 'beep', transcript: system }] })).toBe('acme/no-system-turns › beep: expected no finding, got 1: systemTurn at turn 0');
    expect(fails({ invalid: [{ name: 'n', transcript: system, errors: 2 }] })).toBe('acme/no-system-turns › n: expected 2 finding(s), got 1: systemTurn at turn 0');
    expect(fails({ invalid: [{ name: 'n', transcript: system, errors: [{ messageId: 'other' }] }] })).toBe(
      'acme/no-system-turns › n: finding 0: messageId "other" is not declared in meta.messages',
    );
    expect(fails({ invalid: [{ name: 'n', transcript: system, errors: [{ data: { text: '嘟' } }] }] })).toBe(
      'acme/no-system-turns › n: finding 0 data.text: expected "嘟", got "嘀"',
    );
  });
  it('wants output when the rule fixes, and checks it', () => {
    expect(fails({ invalid: [{ name: 'n', transcript: system, options: { fix: true }, errors: 1 }] })).toBe(
      'acme/no-system-turns › n: the rule fixed the call; add `output` (the turns’ text after the fixes)',
    );
    expect(fails({ invalid: [{ name: 'n', transcript: system, options: { fix: true }, errors: 1, output: [''] }] })).toBeUndefined();
    expect(fails({ invalid: [{ name: 'n', transcript: system, options: { fix: true }, errors: 1, output: null }] })).toBe('acme/no-system-turns › n: expected no fix, got 1');
  });
  it('refuses a message with a placeholder left unfilled', () => {
    expect(fails({ invalid: [{ name: 'n', transcript: system, options: { unfilled: true }, errors: 1 }] })).toBe(
      'acme/no-system-turns › n: message "{{missing}}" of unfilled has a placeholder without data',
    );
  });
});

describe('fixes as text edits (rule: PHR-NIN)', () => {
  it('applyFixes turns 你 into 您 and keeps the rest of the transcript', () => {
    const transcript = { id: 'c-1', turns: [{ speaker: 'agent' as const, text: '你好，请问你家地址是？', start: 0, end: 3000 }] };
    const { diagnostics } = createChecker({ preset: { id: 'nin-only', rules: { 'honorific-nin': 'warn' } } }).check(transcript);
    expect(diagnostics.map((d) => d.fix)).toEqual([[{ turn: 0, range: { start: 0, end: 1 }, text: '您' }], [{ turn: 0, range: { start: 5, end: 6 }, text: '您' }]]);
    expect(applyFixes(transcript, diagnostics)).toEqual({
      transcript: { id: 'c-1', turns: [{ speaker: 'agent', text: '您好，请问您家地址是？', start: 0, end: 3000 }] },
      applied: 2,
    });
  });
  it('runs a built-in rule through the tester too', () => {
    expect(() => new RuleTester().run('honorific-nin', honorificNin, { invalid: [{ text: '客服：你好', errors: [{ messageId: 'useNin' }], output: ['您好'] }] })).not.toThrow();
  });
});
