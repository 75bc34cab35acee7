import { describe, expect, it } from 'vitest';
import {
  callMachineOptions,
  callbackMachineOptions,
  createCallMachine,
  createCallbackMachine,
  createClassifier,
  createEventDeriver,
  DEFAULT_LEXICON,
  extendLexicon,
} from '../../src/classify/index.js';
import { KefuError } from '../../src/model/error.js';
import { createChecker } from '../../src/phrases/index.js';
import { definePreset, parsePreset, PresetSchema, type PresetData } from '../../src/presets/index.js';
import { render } from '../../src/scripts/index.js';
import { cnHolidays, createCalendar } from '../../src/sla/index.js';

// A made-up seventh organisation, written as data alone: nothing in src/ knows of it.
const greet = {
  id: 'water-greet',
  rule: 'SCR-GREET',
  template: '您好，{company}热线，工号{agentNo}为您服务',
  quote: '您好,示例水务公司热线,工号XX为您服务',
  source: '示例水务公司服务规范 第三条',
  gloss: 'Hello, {company} hotline, agent {agentNo} at your service.',
} as const;
const close = {
  id: 'water-close',
  rule: 'SCR-CLOSE',
  template: '感谢来电，祝您用水愉快',
  quote: '感谢来电,祝您用水愉快',
  source: '示例水务公司服务规范 第九条',
  gloss: 'Thanks for calling.',
} as const;

const office = ['08:30-12:00', '13:30-17:30'];
const water: PresetData = {
  id: 'water-hotline',
  name: { zh: '示例水务公司服务热线', en: 'Demo water utility hotline' },
  source: '示例水务公司服务规范（2026）',
  sla: {
    calendar: { timeZone: 'Asia/Shanghai', week: { mon: office, tue: office, wed: office, thu: office, fri: office }, holidayData: cnHolidays },
    policies: [
      {
        id: 'water-hotline/repair',
        name: 'Burst pipe or no water',
        appliesTo: { kinds: ['repair', 'emergency'] },
        targets: [{ id: 'arrive', startOn: 'created', stopOn: 'arrived', limit: { duration: { hours: 2 }, clock: 'calendar', counting: 'elapsed' } }],
      },
    ],
    callPolicies: [],
    kpiTargets: [],
    notes: [],
  },
  lint: {
    id: 'water-hotline',
    settings: { company: '示例水务公司' },
    rules: { 'greeting-script': ['error', { scripts: [greet] }], 'closing-script': ['error', { scripts: [close] }] },
  },
  scripts: { 'water-greet': greet, 'water-close': close },
  classify: {
    id: 'water-hotline',
    description: { zh: '示例水务公司来电分类', en: 'Demo water utility call classification' },
    lexicon: { cues: { repair: [{ text: '停水', weight: 2 }, '水表'], emergency: [{ text: '爆管', weight: 3 }] } },
    machine: { maxRings: 4, replyWithinMinutes: 60, consultationCallbackWithinMinutes: null },
    callback: { scale: [{ zh: '很满意' }, { zh: '满意' }, { zh: '一般' }, { zh: '不满意' }, { zh: '很不满意' }] },
    agentCues: { dispatch: ['派抢修队'], 'ask-phone': ['留个电话'], 'anything-else': ['还需要什么帮助'], close: ['感谢来电'] },
    steps: { greet: [greet], close: [close] },
  },
};

describe('a seventh organisation is one folder of data (rules: CALL-8, CALL-3, HOT-SLA-2)', () => {
  const preset = parsePreset(definePreset(water));

  it('passes the preset schema and derives its policy map from its SLA policies', () => {
    expect(PresetSchema.safeParse(preset).success).toBe(true);
    expect(preset.classify.policies).toEqual({ repair: 'water-hotline/repair', emergency: 'water-hotline/repair' });
    expect(() => createCalendar(preset.sla.calendar)).not.toThrow();
    expect(createChecker({ preset: preset.lint }).check({ turns: [] }).score).toBeLessThanOrEqual(100);
  });

  it('runs the classifier with its own cue words', () => {
    const classifier = createClassifier(extendLexicon(DEFAULT_LEXICON, preset.classify.lexicon));
    expect(classifier.classify('我们小区停水了').kind).toBe('repair');
    expect(classifier.classify('楼下爆管了').kind).toBe('emergency');
  });

  it('runs the deriver and the call machine with its scripts, agent cues and limits', () => {
    const deriver = createEventDeriver({ preset: preset.classify, slots: { company: '示例水务公司' } });
    const { events, turns } = deriver.derive(
      {
        turns: [
          { speaker: 'agent', text: render(greet, { company: '示例水务公司', agentNo: '07' }), start: 0 },
          { speaker: 'customer', text: '我家停水了，水表也不转', start: 3000 },
          { speaker: 'agent', text: '好的，请您留个电话', start: 6000 },
          { speaker: 'customer', text: '13800138000', start: 8000 },
          { speaker: 'agent', text: '张先生，我们马上派抢修队过去，您还需要什么帮助吗？', start: 10000 },
          { speaker: 'customer', text: '没有了', start: 13000 },
          { speaker: 'agent', text: '感谢来电，祝您用水愉快', start: 14000, events: [{ type: 'hang-up', by: 'customer' }] },
        ],
      },
      { startedAt: '2026-09-30T16:00:00+08:00', callId: 'w-1' },
    );
    // Asking for the phone is still gathering; the agent acts on the matter (and so classifies it) when dispatching.
    expect(events.map((e) => e.type)).toEqual([
      'ring',
      'answer',
      'greet',
      'identify',
      'classify',
      'collect',
      'collect',
      'collect',
      'dispatch',
      'ask-anything-else',
      'close',
      'hang-up',
    ]);
    expect(events.filter((e) => e.type === 'collect').map((e) => e.field)).toEqual(['name', 'phone', 'content']);
    expect(events[3]).toEqual({ type: 'identify', at: '2026-09-30T16:00:10+08:00', surname: '张' });
    expect(turns).toEqual([-1, -1, 0, 4, 4, 4, 4, 4, 4, 4, 6, 6]);
    const run = createCallMachine(callMachineOptions(preset.classify)).replay(events);
    expect(run.ok && run.path.at(-1)).toBe('ended');
    expect(run.ok && run.effects.find((e) => e.type === 'create-task')).toMatchObject({ task: { id: 'w-1-T1', kind: 'repair', policyId: 'water-hotline/repair' } });
    expect(run.ok && run.effects.filter((e) => e.type === 'deviation').map((e) => (e.type === 'deviation' ? [e.code, e.missing] : []))).toEqual([
      ['verify-before-dispatch', undefined],
      ['record-incomplete', ['address']],
    ]);
  });

  it('runs the callback machine with its own words for the five levels', () => {
    const machine = createCallbackMachine(callbackMachineOptions(preset.classify));
    const run = machine.replay([
      { type: 'dial', at: '2026-10-01T10:00:00+08:00' },
      { type: 'ask-consent', at: '2026-10-01T10:00:10+08:00' },
      { type: 'consent', at: '2026-10-01T10:00:15+08:00', given: true },
      { type: 'rate', at: '2026-10-01T10:00:30+08:00', level: 'satisfied' },
    ]);
    expect(run.ok && run.effects).toEqual([
      { type: 'record-satisfaction', level: 'satisfied', zh: '满意', score: 4, at: '2026-10-01T10:00:30+08:00', rules: ['SCR-AUTO', 'REC-1'] },
    ]);
  });

  it('a malformed preset is a KefuError naming the field and the value', () => {
    const bad = { ...definePreset(water), classify: { ...definePreset(water).classify, agentCues: { teleport: ['x'] } } };
    expect(() => parsePreset(bad)).toThrowError(KefuError);
    expect(() => parsePreset(bad)).toThrowError(/classify\.agentCues\.teleport/);
    expect(() => parsePreset({ ...definePreset(water), scripts: { 'water-greet': close } })).toThrowError(/scripts\.water-greet\.id/);
  });
});
