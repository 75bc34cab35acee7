import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/phrases/checker.js';
import type { Diagnostic } from '../../src/phrases/types.js';
import { PRESET_IDS } from '../../src/presets/ids.js';
import { fixtureNames, LINT_BY_PRESET, loadFixture, type FixtureCase } from './fixtures.js';

type Expected = readonly [ruleId: string, severity: 'warn' | 'error', turn: number | undefined, start?: number, end?: number];

interface Row extends FixtureCase {
  readonly expected: readonly Expected[];
}

// Every fixture, the preset and call kind it is checked with, and the exact findings the standards call for.
const TABLE: Readonly<Record<string, Row>> = {
  // Good calls, one per preset (and the gas hotline's two callback endings): no finding at all.
  'gas-hotline-repair-good': { preset: 'gas-hotline', callKind: 'repair', expected: [] },
  'gas-hotline-callback-good': { preset: 'gas-hotline', callKind: 'callback', expected: [] },
  'gas-hotline-callback-declined': { preset: 'gas-hotline', callKind: 'callback', expected: [] },
  'gas-service-hall-payment-good': { preset: 'gas-service-hall', callKind: 'business', expected: [] },
  'auto-aftersales-appointment-good': { preset: 'auto-aftersales', callKind: 'appointment', expected: [] },
  'auto-callback-good': { preset: 'auto-aftersales', callKind: 'callback', expected: [] },
  'property-management-complaint-good': { preset: 'property-management', callKind: 'complaint', expected: [] },
  'enterprise-hotline-consultation-good': { preset: 'enterprise-hotline', callKind: 'consultation', expected: [] },
  'equipment-support-repair-good': { preset: 'equipment-support', callKind: 'repair', expected: [] },
  'wrong-surname-apologised': { preset: 'gas-hotline', callKind: 'consultation', expected: [] },
  // Calls breaking a rule.
  'forbidden-phrase': {
    preset: 'gas-hotline',
    callKind: 'repair',
    expected: [
      ['forbidden-phrase', 'error', 6, 8, 11],
      ['forbidden-phrase', 'error', 6, 17, 22],
      ['forbidden-phrase', 'error', 6, 23, 37],
      ['honorific-nin', 'warn', 6, 23, 24],
    ],
  },
  'bare-refusal': {
    preset: 'gas-hotline',
    callKind: 'repair',
    expected: [
      ['forbidden-phrase', 'error', 8, 0, 1],
      ['forbidden-phrase', 'error', 8, 17, 21],
    ],
  },
  'filler-word': {
    preset: 'gas-hotline',
    callKind: 'repair',
    expected: [
      ['filler-word', 'warn', 6, 0, 1],
      ['filler-word', 'warn', 6, 6, 8],
      ['filler-word', 'warn', 6, 17, 20],
      ['filler-word', 'warn', 8, 0, 2],
    ],
  },
  'honorific-nin': {
    preset: 'gas-hotline',
    callKind: 'repair',
    expected: [
      ['honorific-nin', 'warn', 6, 4, 5],
      ['honorific-nin', 'warn', 6, 16, 17],
    ],
  },
  'greeting-missing': { preset: 'gas-hotline', callKind: 'repair', expected: [['greeting-script', 'error', 0, 0, 11]] },
  'surname-not-used': {
    preset: 'gas-hotline',
    callKind: 'consultation',
    expected: [
      ['identity-confirmation', 'warn', undefined],
      ['surname-address', 'warn', undefined],
    ],
  },
  'wrong-surname': { preset: 'gas-hotline', callKind: 'consultation', expected: [['surname-address', 'warn', 2, 0, 3]] },
  'surname-never-asked': {
    preset: 'gas-hotline',
    callKind: 'consultation',
    expected: [
      ['identity-confirmation', 'warn', undefined],
      ['surname-address', 'warn', undefined],
    ],
  },
  'identity-not-confirmed': { preset: 'gas-hotline', callKind: 'repair', expected: [['identity-confirmation', 'warn', undefined]] },
  'hold-without-consent': { preset: 'gas-hotline', callKind: 'repair', expected: [['hold-consent', 'error', 6, 0, 11]] },
  'long-hold-no-apology': { preset: 'gas-hotline', callKind: 'repair', expected: [['hold-consent', 'error', 9, 0, 33]] },
  'anything-else-missing': { preset: 'gas-hotline', callKind: 'repair', expected: [['anything-else', 'warn', 13, 0, 24]] },
  'closing-missing': { preset: 'gas-hotline', callKind: 'repair', expected: [['closing-script', 'error', 15, 0, 12]] },
  'agent-hangs-up': { preset: 'gas-hotline', callKind: 'repair', expected: [['hang-up-order', 'error', 15, 0, 24]] },
  'speaking-too-fast': { preset: 'gas-hotline', callKind: 'repair', expected: [['speaking-rate', 'warn', 6, 0, 37]] },
  'call-too-long': { preset: 'gas-hotline', callKind: 'repair', expected: [['call-length', 'warn', undefined]] },
  interruption: { preset: 'gas-hotline', callKind: 'repair', expected: [['interruption', 'warn', 7, 0, 27]] },
  'deferred-no-promise': {
    preset: 'gas-hotline',
    callKind: 'consultation',
    expected: [
      ['deferred-answer', 'error', 4, 24, 27],
      ['deferred-answer', 'error', 4, 24, 27],
      ['deferred-answer', 'error', 4, 24, 27],
    ],
  },
  'enterprise-promise-too-late': { preset: 'enterprise-hotline', callKind: 'consultation', expected: [['deferred-answer', 'error', 2, 33, 36]] },
  'complaint-no-soothing': { preset: 'gas-hotline', callKind: 'complaint', expected: [['complaint-soothing', 'warn', undefined]] },
  'callback-no-consent': { preset: 'gas-hotline', callKind: 'callback', expected: [['callback-script', 'error', 0, 0, 40]] },
  'callback-decline-mishandled': { preset: 'gas-hotline', callKind: 'callback', expected: [['callback-script', 'error', 2, 0, 20]] },
  'callback-closing-missing': { preset: 'gas-hotline', callKind: 'callback', expected: [['callback-script', 'error', 4, 0, 11]] },
  'hall-no-farewell': {
    preset: 'gas-service-hall',
    callKind: 'business',
    expected: [
      ['greeting-script', 'error', 0, 0, 11],
      ['closing-script', 'error', 6, 0, 7],
    ],
  },
  'equipment-no-technician-promise': {
    preset: 'equipment-support',
    callKind: 'repair',
    expected: [['category/technician-within-5-minutes', 'error', undefined]],
  },
  'masked-excerpt': { preset: 'gas-hotline', callKind: 'repair', expected: [['forbidden-phrase', 'error', 6, 24, 28]] },
};

function shape(d: Diagnostic): Expected {
  return d.range === undefined ? [d.ruleId, d.severity, d.turn] : [d.ruleId, d.severity, d.turn, d.range.start, d.range.end];
}

const checkers = new Map(PRESET_IDS.map((id) => [id, createChecker({ preset: LINT_BY_PRESET[id] })]));

describe('checker on the fixture transcripts', () => {
  it('has at least 30 fixtures, each with a table row', () => {
    const names = fixtureNames();
    expect(names.length).toBeGreaterThanOrEqual(30);
    expect(names.filter((n) => TABLE[n] === undefined)).toEqual([]);
    expect(Object.keys(TABLE).filter((n) => !names.includes(n))).toEqual([]);
  });

  it('has a good call for each of the six presets with no finding at error level', () => {
    for (const id of PRESET_IDS) {
      const good = Object.entries(TABLE).filter(([name, row]) => row.preset === id && name.endsWith('-good'));
      expect(good.length, id).toBeGreaterThan(0);
      for (const [name, row] of good) {
        const result = checkers.get(id)?.check(loadFixture(name), { callKind: row.callKind });
        expect(
          result?.diagnostics.filter((d) => d.severity === 'error'),
          name,
        ).toEqual([]);
      }
    }
  });

  for (const [name, row] of Object.entries(TABLE)) {
    it(`${name} (${row.preset}, ${row.callKind}) reports exactly ${row.expected.length === 0 ? 'nothing' : row.expected.map((e) => e[0]).join(', ')}`, () => {
      const result = checkers.get(row.preset)?.check(loadFixture(name), { callKind: row.callKind });
      expect(result?.diagnostics.map(shape)).toEqual(row.expected);
      if (row.expected.length === 0) expect(result?.score).toBe(100);
    });
  }
});

describe('fixture details', () => {
  const check = (name: string) => {
    const row = TABLE[name] as Row;
    return checkers.get(row.preset)?.check(loadFixture(name), { callKind: row.callKind });
  };

  it('PHR-FORBID: findings carry the catalog entry, DOMAIN id and the standard replacement', () => {
    const [first, , third] = check('forbidden-phrase')?.diagnostics ?? [];
    expect(first?.entryId).toBe('forbid-01-a');
    expect(first?.domainRules).toEqual(['PHR-FORBID']);
    expect(first?.suggestions[0]?.zh).toBe('这个问题我帮您请更专业的人员回答好吗？');
    expect(third?.entryId).toBe('forbid-02-b');
    expect(third?.message.zh).toBe('禁忌用语：“你找我没用，要解决就去找领导”');
  });

  it('PHR-FORBID-2: the bare 不 and 我不清楚 are reported under PHR-FORBID-2', () => {
    expect(check('bare-refusal')?.diagnostics.map((d) => [d.entryId, d.domainRules])).toEqual([
      ['refuse-01', ['PHR-FORBID-2']],
      ['refuse-03', ['PHR-FORBID-2']],
    ]);
  });

  it('REC-2: the phone number in an excerpt is masked', () => {
    const d = check('masked-excerpt')?.diagnostics[0];
    expect(d?.excerpt).toBe('…****8000吧，这个我不知道。');
    expect(d?.excerpt).not.toContain('13800138000');
  });

  it('REC-2: masking can be turned off', () => {
    const plain = createChecker({ preset: LINT_BY_PRESET['gas-hotline'], maskExcerpts: false, excerptContext: 30 });
    expect(plain.check(loadFixture('masked-excerpt'), { callKind: 'repair' }).diagnostics[0]?.excerpt).toBe('王先生，您的号码是13800138000吧，这个我不知道。');
    const masked = createChecker({ preset: LINT_BY_PRESET['gas-hotline'], excerptContext: 30 });
    expect(masked.check(loadFixture('masked-excerpt'), { callKind: 'repair' }).diagnostics[0]?.excerpt).toBe('王先生，您的号码是138****8000吧，这个我不知道。');
  });

  it('HOT-SLA-3: the long call is reported with its time span and length', () => {
    const d = check('call-too-long')?.diagnostics[0];
    expect(d?.message).toEqual({ zh: '通话时长4分7秒，超过3分', en: 'The call took 4 min 7 s, over 3 min' });
    expect(d?.time?.start).toBe(400);
  });

  it('SCR-HOLD: the apology finding carries the hold’s time range', () => {
    const transcript = loadFixture('long-hold-no-apology');
    const d = check('long-hold-no-apology')?.diagnostics[0];
    const holdStart = transcript.turns[8]?.events?.[0]?.at;
    expect(d?.time).toEqual({ start: holdStart, end: (holdStart as number) + 95000 + 400 });
    expect(d?.message.zh).toBe('客户等候1分35秒，回来后未致歉');
  });

  it('score: each finding lowers the score by its weight', () => {
    expect(check('forbidden-phrase')?.score).toBe(100 - 30 - 3);
    expect(check('deferred-no-promise')?.score).toBe(70);
    expect(check('identity-not-confirmed')?.score).toBe(97);
  });

  it('summary: every enabled rule with its count', () => {
    const summary = check('forbidden-phrase')?.summary ?? [];
    expect(summary.find((s) => s.ruleId === 'forbidden-phrase')).toEqual({ ruleId: 'forbidden-phrase', severity: 'error', count: 3 });
    expect(summary.find((s) => s.ruleId === 'call-length')).toEqual({ ruleId: 'call-length', severity: 'warn', count: 0 });
    expect(summary.some((s) => s.ruleId === 'identity-confirmation')).toBe(true);
  });
});
