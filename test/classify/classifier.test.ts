import { describe, expect, it } from 'vitest';
import { classifyIntent, createClassifier } from '../../src/classify/classifier.js';
import { DEFAULT_LEXICON, extendLexicon } from '../../src/classify/lexicon.js';
import { KefuError } from '../../src/model/error.js';
import { autoAftersales, gasHotline } from '../../src/presets/index.js';

const classifier = createClassifier();
const brief = (text: string) => {
  const r = classifier.classify(text);
  return { kind: r.kind, priority: r.priority, needsConfirmation: r.needsConfirmation };
};

describe('classifier: safety first (rule: CALL-2)', () => {
  it('an asserted emergency cue is urgent with its evidence at the original offsets', () => {
    const r = classifier.classify('我家里闻到很重的煤气味');
    expect([r.kind, r.priority, r.needsConfirmation]).toEqual(['emergency', 'urgent', false]);
    expect(r.evidence).toEqual([{ kind: 'emergency', cue: '煤气味', text: '煤气味', start: 8, end: 11, weight: 3, negated: false }]);
  });

  it('an emergency cue wins over every other kind', () => {
    expect(brief('我要投诉，你们修完以后厨房一直漏气')).toEqual({ kind: 'emergency', priority: 'urgent', needsConfirmation: false });
  });

  it('a denied or resolved cue lowers it to needs-confirmation, never silently away', () => {
    expect(brief('没有煤气味')).toEqual({ kind: 'emergency', priority: 'high', needsConfirmation: true });
    expect(brief('现在不漏气了')).toEqual({ kind: 'emergency', priority: 'high', needsConfirmation: true });
    expect(brief('煤气味没了')).toEqual({ kind: 'emergency', priority: 'high', needsConfirmation: true });
    expect(brief('我家没有煤气味，就是灶打不着火')).toEqual({ kind: 'repair', priority: 'high', needsConfirmation: true });
    const r = classifier.classify('现在不漏气了');
    expect(r.evidence[0]).toMatchObject({ cue: '漏气', negated: true, negation: '不', weight: 0, start: 3, end: 5 });
  });

  it('doubt is not denial: hedged cues stay urgent; a negation never crosses a clause break', () => {
    expect(brief('好像有煤气味，不知道是不是漏气').priority).toBe('urgent');
    expect(brief('会不会是漏气了').priority).toBe('urgent');
    expect(brief('没有，煤气味很重').priority).toBe('urgent');
    expect(brief('没人在家，漏气了').priority).toBe('urgent');
  });

  it('a question about a danger is a consultation that needs confirmation', () => {
    expect(brief('请问怎么判断家里是不是漏气')).toEqual({ kind: 'consultation', priority: 'high', needsConfirmation: true });
  });

  it('着火 inside 打不着火 is no fire (the longest cue counts)', () => {
    expect(brief('燃气灶打不着火')).toEqual({ kind: 'repair', priority: 'normal', needsConfirmation: false });
  });
});

describe('classifier: kinds (rule: CALL-1)', () => {
  it.each([
    ['燃气表不走了', 'repair', 'normal'],
    ['你们的服务态度太差了，我要投诉', 'complaint', 'high'],
    ['请问开户需要带什么证件', 'consultation', 'normal'],
    ['比较满意，谢谢你们回访', 'callback', 'normal'],
    ['我想预约下周六做保养', 'appointment', 'normal'],
    ['我要交燃气费', 'business', 'normal'],
  ] as const)('%s → %s (%s)', (text, kind, priority) => {
    expect(brief(text)).toEqual({ kind, priority, needsConfirmation: false });
  });

  it('with no cue it falls back to consultation and says so', () => {
    const r = classifier.classify('喂，你好');
    expect([r.kind, r.matched, r.evidence]).toEqual(['consultation', false, []]);
  });

  it('matches across full-width forms and spaces, reporting original offsets', () => {
    const r = classifier.classify('燃 气 泄 漏！');
    expect(r.evidence[0]).toMatchObject({ cue: '燃气泄漏', text: '燃 气 泄 漏', start: 0, end: 7 });
  });
});

describe('classifier: transcripts', () => {
  it('classifies on customer turns; agent cues count a quarter; an agent-only danger asks for confirmation', () => {
    const r = classifier.classify({
      turns: [
        { speaker: 'agent', text: '您好，燃气公司12号客服员为您服务' },
        { speaker: 'customer', text: '我家燃气表不走了' },
        { speaker: 'agent', text: '请问您闻到煤气味了吗？' },
        { speaker: 'customer', text: '没闻到' },
      ],
    });
    expect([r.kind, r.priority, r.needsConfirmation]).toEqual(['repair', 'high', true]);
    expect(r.evidence.find((e) => e.kind === 'emergency')).toMatchObject({ turn: 2, speaker: 'agent', weight: 0.75 });
    expect(r.evidence.find((e) => e.kind === 'repair')).toMatchObject({ turn: 1, speaker: 'customer', text: '不走了', start: 5, end: 8 });
  });
});

describe('classifier: lexicons and presets', () => {
  it('a preset adds its organisation’s words', () => {
    expect(classifyIntent('车子在高速上抛锚了').kind).toBe('consultation');
    expect(classifyIntent('车子在高速上抛锚了', { preset: autoAftersales.classify }).kind).toBe('repair');
    expect(classifyIntent('闻到一股瓦斯味', { preset: gasHotline.classify }).priority).toBe('urgent');
  });

  it('hosts extend the lexicon; the base is not changed', () => {
    const before = DEFAULT_LEXICON.cues.repair.length;
    const custom = createClassifier(extendLexicon(DEFAULT_LEXICON, { cues: { repair: [{ text: '炉子罢工', weight: 2 }] } }));
    expect(custom.classify('我家炉子罢工了').kind).toBe('repair');
    expect(DEFAULT_LEXICON.cues.repair.length).toBe(before);
  });

  it('bad lexicons and inputs are KefuErrors naming the field', () => {
    expect(() => extendLexicon(DEFAULT_LEXICON, { cues: { weather: ['雨'] } as never })).toThrowError(/cues\.weather/);
    expect(() => extendLexicon(DEFAULT_LEXICON, { cues: { repair: [{ text: '坏', weight: 0 }] } })).toThrowError(/cues\.repair\[0\]/);
    expect(() => classifier.classify(42 as never)).toThrowError(KefuError);
    expect(() => createClassifier(DEFAULT_LEXICON, { agentWeight: 2 })).toThrowError(/agentWeight/);
  });
});
