import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { KefuError } from '../../src/model/error.js';
import { Transcript } from '../../src/model/transcript.js';
import { acceptTranscript } from '../../src/phrases/checker-input.js';
import { createChecker } from '../../src/phrases/checker.js';
import { BUILTIN_RULES, defineRule } from '../../src/phrases/rules/index.js';
import { PRESET_IDS } from '../../src/presets/ids.js';
import { render } from '../../src/scripts/index.js';
import { SCRIPTS } from '../../src/presets/index.js';
import { LINT_BY_PRESET } from './fixtures.js';

const errorOf = (fn: () => unknown): KefuError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof KefuError) return error;
    throw error;
  }
  throw new Error('expected a KefuError');
};

describe('createChecker configuration', () => {
  it('runs the recommended config without a preset: every built-in rule, in registry order', () => {
    const checker = createChecker();
    expect(checker.rules.map((r) => r.id)).toEqual(BUILTIN_RULES.map((r) => r.meta.id));
    expect(checker.rules.find((r) => r.id === 'forbidden-phrase')?.severity).toBe('error');
    expect(checker.rules.find((r) => r.id === 'call-length')).toEqual({
      id: 'call-length',
      severity: 'warn',
      domainRules: ['HOT-SLA-3'],
      description: { zh: '尽量在3分钟内为客户解决问题', en: 'Resolve the call within 3 minutes where possible' },
      helpUri: 'https://kefu-js.github.io/kefu/rules/call-length',
    });
  });

  it('applies preset entries, then host entries over them', () => {
    const checker = createChecker({ preset: LINT_BY_PRESET['gas-service-hall'], rules: { 'speaking-rate': 'error', 'filler-word': 'off' } });
    const ids = checker.rules.map((r) => r.id);
    expect(ids).not.toContain('hang-up-order');
    expect(ids).not.toContain('filler-word');
    expect(checker.rules.find((r) => r.id === 'speaking-rate')?.severity).toBe('error');
  });

  it('builds a checker for every preset id (src/presets/<id>/lint.ts)', () => {
    for (const id of PRESET_IDS) {
      expect(LINT_BY_PRESET[id].id).toBe(id);
      expect(createChecker({ preset: LINT_BY_PRESET[id] }).rules.length).toBeGreaterThan(5);
    }
  });

  it('merges host settings over the preset’s: SCR-GREET with the host’s company name', () => {
    const checker = createChecker({ preset: LINT_BY_PRESET['gas-hotline'], settings: { company: '阳泉市煤气公司' } });
    expect(checker.settings.company).toBe('阳泉市煤气公司');
    const greet = (text: string) => checker.check({ turns: [{ speaker: 'agent', text }] }).diagnostics.filter((d) => d.ruleId === 'greeting-script').length;
    expect(greet('您好，阳泉市煤气公司12号客服员为您服务')).toBe(0);
    expect(greet('您好，燃气公司12号客服员为您服务')).toBe(1);
  });

  it('rejects an unknown rule id with a KefuError naming the field', () => {
    // A host without TypeScript can still name a rule that does not exist; the type rejects it.
    const error = errorOf(() => createChecker({ rules: { 'no-such-rule': 'warn' } as never }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('rules.no-such-rule names no rule');
    expect(error.issues[0]?.path).toEqual(['rules', 'no-such-rule']);
  });

  it('validates rule options with the rule’s zod schema', () => {
    const error = errorOf(() => createChecker({ rules: { 'call-length': ['warn', { maxMs: -1 }] } }));
    expect(error.message).toContain('options of rules.call-length');
    expect(error.issues[0]?.path).toEqual(['maxMs']);
    expect(error.issues[0]?.value).toBe(-1);
    expect(() => createChecker({ rules: { 'speaking-rate': ['warn', { min: 150, max: 140 }] } })).toThrow(KefuError);
    expect(() => createChecker({ rules: { 'call-length': ['warn', { maxMinutes: 3 }] } })).toThrow(/maxMinutes/);
  });

  it('rejects malformed severities, settings and options', () => {
    expect(errorOf(() => createChecker({ rules: { 'call-length': 'loud' as never } })).issues[0]?.path).toEqual(['call-length']);
    expect(errorOf(() => createChecker({ settings: { company: '' } })).issues[0]?.path).toEqual(['company']);
    expect(errorOf(() => createChecker({ excerptContext: -2 })).issues[0]?.path).toEqual(['excerptContext']);
    expect(errorOf(() => createChecker({ colour: true } as never)).issues[0]?.path).toEqual(['colour']);
    expect(errorOf(() => createChecker({ preset: { rules: {} } as never }))?.message).toContain('id');
  });
});

describe('extra rules (a host’s or kefu/classify’s own rule)', () => {
  const noSystemTurns = defineRule({
    meta: {
      id: 'no-system-turns',
      type: 'problem',
      domainRules: [],
      description: { zh: '无系统提示', en: 'No system turns' },
      docs: { url: 'https://example.com/rules/no-system-turns' },
      messages: { systemTurn: { zh: '系统提示', en: 'System turn' } },
      options: z.strictObject({ allow: z.number().int().nonnegative().default(0) }),
    },
    create: (options, setup) => {
      const beeps = setup.phrases([{ id: 'beep', text: '嘀' }]);
      return (ctx) => {
        let seen = 0;
        ctx.turns.forEach((turn, i) => {
          if (turn.speaker !== 'system') return;
          if (++seen > options.allow) ctx.report({ messageId: 'systemTurn', turn: i, range: ctx.hits(beeps, i)[0] ?? { start: 0, end: turn.text.length } });
        });
      };
    },
  });
  const transcript: Transcript = {
    turns: [
      { speaker: 'system', text: '嘀，开始录音' },
      { speaker: 'agent', text: '您好' },
    ],
  };

  it('is off until a config turns it on (severity lives in configuration), with its phrases in the shared matcher', () => {
    expect(createChecker({ extraRules: [noSystemTurns] }).rules.some((r) => r.id === 'no-system-turns')).toBe(false);
    const checker = createChecker({ extraRules: [noSystemTurns], rules: { 'surname-address': 'off', 'no-system-turns': 'warn' } });
    const found = checker.check(transcript).diagnostics.filter((d) => d.ruleId === 'no-system-turns');
    expect(found.map((d) => [d.severity, d.turn, d.range])).toEqual([['warn', 0, { start: 0, end: 1 }]]);
  });

  it('takes severity and options from the config like a built-in rule', () => {
    const checker = createChecker({ extraRules: [noSystemTurns], rules: { 'no-system-turns': ['error', { allow: 1 }] } });
    expect(checker.rules.find((r) => r.id === 'no-system-turns')?.severity).toBe('error');
    expect(checker.check(transcript).diagnostics.filter((d) => d.ruleId === 'no-system-turns')).toEqual([]);
  });

  it('rejects a rule id that is already taken and a value that is not a rule', () => {
    expect(() => createChecker({ extraRules: [{ ...noSystemTurns, meta: { ...noSystemTurns.meta, id: 'call-length' } }] })).toThrow(/already taken/);
    expect(errorOf(() => createChecker({ extraRules: [{ meta: {} } as never] })).issues[0]?.path).toEqual(['extraRules', 0]);
  });

  it('turns a rule that throws into a finding of that rule instead of throwing', () => {
    const broken = defineRule({
      meta: {
        id: 'broken',
        type: 'problem',
        domainRules: [],
        description: { zh: '坏', en: 'broken' },
        docs: { url: 'https://example.com/rules/broken' },
        messages: {},
        options: z.strictObject({}),
      },
      create: () => () => {
        throw new Error('boom');
      },
    });
    const result = createChecker({ extraRules: [broken], rules: { broken: 'warn' } }).check({ turns: [] });
    expect(result.diagnostics).toEqual([{ ruleId: 'broken', severity: 'warn', domainRules: [], message: { zh: '规则执行失败：boom', en: 'Rule failed: boom' }, suggestions: [] }]);
  });
});

describe('check input', () => {
  const checker = createChecker();

  it('throws a KefuError naming the field for a non-Transcript', () => {
    expect(errorOf(() => checker.check({ turns: [{ speaker: 'robot', text: 'hi' }] } as never)).issues[0]?.path).toEqual(['turns', 0, 'speaker']);
    expect(errorOf(() => checker.check('您好' as never)).code).toBe('invalid_input');
    expect(errorOf(() => checker.check({ turns: [{ speaker: 'agent', text: '您好', start: 5, end: 1 }] })).issues[0]?.path).toEqual(['turns', 0, 'end']);
  });

  it('throws a KefuError for an unknown call kind', () => {
    expect(errorOf(() => checker.check({ turns: [] }, { callKind: 'chat' as never })).issues[0]?.path).toEqual(['callKind']);
  });

  it('places a finding in time from word timings when the turn has them', () => {
    const result = checker.check({
      turns: [
        {
          speaker: 'agent',
          text: '您好，这个不知道',
          start: 1000,
          end: 4000,
          words: [
            { text: '您好', start: 1000, end: 1500 },
            { text: '这个', start: 2000, end: 2400 },
            { text: '不知道', start: 2400, end: 3100 },
          ],
        },
      ],
    });
    expect(result.diagnostics.find((d) => d.ruleId === 'forbidden-phrase')?.time).toEqual({ start: 2400, end: 3100 });
  });

  it('the fast path accepts exactly what the Transcript schema accepts', () => {
    const turn = fc.record(
      {
        speaker: fc.constantFrom('agent', 'customer', 'system', 'bot'),
        text: fc.oneof(fc.string(), fc.constant(3)),
        start: fc.oneof(fc.nat(), fc.constant(-1), fc.constant(Number.NaN)),
        end: fc.nat(),
        confidence: fc.double({ min: -1, max: 2 }),
        extra: fc.string(),
        events: fc.array(
          fc.oneof(
            fc.constant({ type: 'hold-start', consent: true }),
            fc.constant({ type: 'hang-up' }),
            fc.record({ type: fc.constant('hang-up'), by: fc.constantFrom('agent', 'x') }),
          ),
        ),
        words: fc.array(fc.record({ text: fc.string(), start: fc.nat(), end: fc.nat() })),
      },
      { requiredKeys: ['speaker', 'text'] },
    );
    fc.assert(
      fc.property(fc.record({ id: fc.string(), turns: fc.array(turn, { maxLength: 4 }) }, { requiredKeys: ['turns'] }), (input) => {
        const zod = Transcript.safeParse(input);
        let ours: boolean;
        try {
          acceptTranscript(input);
          ours = true;
        } catch (error) {
          expect(error).toBeInstanceOf(KefuError);
          ours = false;
        }
        expect(ours).toBe(zod.success);
      }),
      { numRuns: 500 },
    );
  });
});

describe('checker invariants (property tests)', () => {
  const checkers = [createChecker(), ...PRESET_IDS.map((id) => createChecker({ preset: LINT_BY_PRESET[id] }))];
  const words = ['您好', '你', '不知道', '不，', '嗯，', '请您稍等', '王先生', '我姓李', '回复您', '30分钟', '再见', '13800138000', '，', '。', ' ', '\u9fff', '\ud800', '😀'];
  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((w) => w.join('')),
  );
  const event = fc.oneof(
    fc.record({ type: fc.constant('hold-start' as const), at: fc.nat(300_000), consent: fc.boolean() }, { requiredKeys: ['type'] }),
    fc.record({ type: fc.constant('hold-end' as const), at: fc.nat(300_000) }, { requiredKeys: ['type'] }),
    fc.record(
      { type: fc.constant('hang-up' as const), by: fc.constantFrom('agent' as const, 'customer' as const, 'system' as const), at: fc.nat(300_000) },
      { requiredKeys: ['type', 'by'] },
    ),
  );
  const turn = fc
    .record(
      {
        speaker: fc.constantFrom('agent' as const, 'customer' as const, 'system' as const),
        text,
        start: fc.nat(300_000),
        length: fc.nat(60_000),
        events: fc.array(event, { maxLength: 2 }),
      },
      { requiredKeys: ['speaker', 'text'] },
    )
    .map(({ length, ...t }) => (t.start === undefined ? t : { ...t, end: t.start + (length ?? 0) }));
  const transcript = fc.record({ turns: fc.array(turn, { maxLength: 12 }) });
  const callKind = fc.option(fc.constantFrom('consultation' as const, 'repair' as const, 'emergency' as const, 'complaint' as const, 'callback' as const, 'business' as const), {
    nil: undefined,
  });

  it('never throws on a valid transcript, and every range lies inside its turn', () => {
    fc.assert(
      fc.property(transcript, callKind, fc.nat(checkers.length - 1), (t, kind, which) => {
        const result = (checkers[which] as (typeof checkers)[number]).check(t, kind === undefined ? {} : { callKind: kind });
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        for (const d of result.diagnostics) {
          if (d.turn === undefined) continue;
          const length = t.turns[d.turn]?.text.length ?? -1;
          expect(d.range).toBeDefined();
          expect(d.range?.start).toBeGreaterThanOrEqual(0);
          expect(d.range?.end).toBeLessThanOrEqual(length);
          expect(d.range?.start).toBeLessThanOrEqual(d.range?.end ?? -1);
          expect(d.speaker).toBe(t.turns[d.turn]?.speaker);
        }
        expect(result.summary.reduce((n, s) => n + s.count, 0)).toBe(result.diagnostics.length);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary strings as turns', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('agent' as const, 'customer' as const), fc.string({ unit: 'binary', maxLength: 60 })), { maxLength: 10 }), (pairs) => {
        const result = (checkers[1] as (typeof checkers)[number]).check({ turns: pairs.map(([speaker, text]) => ({ speaker, text })) });
        for (const d of result.diagnostics) if (d.range !== undefined) expect(d.range.end).toBeLessThanOrEqual(pairs[d.turn ?? -1]?.[1].length ?? -1);
      }),
      { numRuns: 300 },
    );
  });

  const name = fc.constantFrom('王', '李', '陈', '欧阳');
  it('SCR-GREET / SCR-CLOSE / SCR-ANYTHING-ELSE: a rendered script raises no finding of its rule', () => {
    const checker = createChecker({ preset: LINT_BY_PRESET['gas-hotline'], settings: { company: '阳泉市煤气公司' } });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (agentNo) => {
        const turns: Transcript['turns'] = [
          { speaker: 'agent', text: render(SCRIPTS['gas-greet'], { company: '阳泉市煤气公司', agentNo: String(agentNo) }) },
          { speaker: 'customer', text: '我想问一下' },
          { speaker: 'agent', text: render(SCRIPTS['gas-anything-else'], {}) },
          { speaker: 'agent', text: render(SCRIPTS['gas-close'], {}) },
        ];
        const ids = checker.check({ turns }, { callKind: 'consultation' }).diagnostics.map((d) => d.ruleId);
        expect(ids).not.toContain('greeting-script');
        expect(ids).not.toContain('anything-else');
        expect(ids).not.toContain('closing-script');
      }),
      { numRuns: 100 },
    );
  });

  it('SCR-VERIFY: a rendered identity question raises no identity-confirmation finding', () => {
    const checker = createChecker({ preset: LINT_BY_PRESET['gas-hotline'] });
    fc.assert(
      fc.property(fc.constantFrom('阳光小区3号楼2单元201', '和平里5栋', '东城区'), name, fc.constantFrom('先生' as const, '女士' as const), (address, surname, title) => {
        const turns: Transcript['turns'] = [
          { speaker: 'agent', text: '您好' },
          { speaker: 'agent', text: render(SCRIPTS['gas-verify'], { address, fullName: `${surname}明`, title }) },
        ];
        expect(checker.check({ turns }, { callKind: 'repair' }).diagnostics.map((d) => d.ruleId)).not.toContain('identity-confirmation');
      }),
    );
  });

  it('SCR-CALLBACK: the rendered callback opening and closing raise no callback-script finding', () => {
    fc.assert(
      fc.property(fc.constantFrom('燃气公司', '阳泉市煤气公司'), fc.integer({ min: 1, max: 999 }), fc.constantFrom('96777', '0353-1234567'), (company, agentNo, hotline) => {
        const checker = createChecker({ preset: LINT_BY_PRESET['gas-hotline'], settings: { company, hotline } });
        const turns: Transcript['turns'] = [
          { speaker: 'agent', text: render(SCRIPTS['gas-callback-open'], { company, agentNo: String(agentNo) }) },
          { speaker: 'customer', text: '可以' },
          { speaker: 'agent', text: '请问您对维修服务满意吗？' },
          { speaker: 'customer', text: '满意' },
          { speaker: 'agent', text: render(SCRIPTS['gas-callback-close'], { hotline }) },
        ];
        expect(checker.check({ turns }, { callKind: 'callback' }).diagnostics.map((d) => d.ruleId)).not.toContain('callback-script');
      }),
      { numRuns: 30 },
    );
  });

  it('SCR-HALL / SCR-AUTO / SCR-ENT: each preset’s rendered greeting raises no greeting-script finding', () => {
    const cases = [
      ['gas-service-hall', render(SCRIPTS['hall-greet'], { salutation: '小姐', greeting: '您好', agentName: '小陈' })],
      ['auto-aftersales', render(SCRIPTS['auto-appt-greet'], { brand: '长安汽车', dealer: '致远4S店' })],
      ['enterprise-hotline', render(SCRIPTS['ent-greet'], { company: '标金公司' })],
    ] as const;
    for (const [preset, text] of cases) {
      const ids = createChecker({ preset: LINT_BY_PRESET[preset] })
        .check({ turns: [{ speaker: 'agent', text }] })
        .diagnostics.map((d) => d.ruleId);
      expect(ids, preset).not.toContain('greeting-script');
    }
  });
});
