import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callMachineOptions, createCallMachine, createEventDeriver, eventsFromTranscript } from '../../src/classify/index.js';
import type { Transcript } from '../../src/model/transcript.js';
import { PRESET_IDS, presets } from '../../src/presets/index.js';

const fixtures = readdirSync(new URL('../fixtures/transcripts/', import.meta.url)).map((name): [string, Transcript] => [
  name,
  JSON.parse(readFileSync(new URL(`../fixtures/transcripts/${name}`, import.meta.url), 'utf8')) as Transcript,
]);
const types = (transcript: Transcript, preset = presets['gas-hotline']) => eventsFromTranscript(transcript, { preset: preset.classify }).events.map((e) => e.type);
const agent = (text: string) => ({ speaker: 'agent' as const, text });
const customer = (text: string) => ({ speaker: 'customer' as const, text });

describe('the deriver asks the call machine (rule: CALL-8)', () => {
  it.each(PRESET_IDS)('%s: what it derives from every fixture transcript replays without a refusal', (id) => {
    const preset = presets[id];
    const deriver = createEventDeriver({ preset: preset.classify });
    const machine = createCallMachine(callMachineOptions(preset.classify));
    for (const [name, transcript] of fixtures) {
      const run = machine.replay(deriver.derive(transcript).events);
      expect(run.ok, name).toBe(true);
    }
  });

  it('derives only what the machine allows next: a greeting after the surname, a second confirmation or a step after the closing are not events', () => {
    const transcript: Transcript = {
      turns: [
        agent('王先生您好'),
        agent('您好，燃气公司12号客服员为您服务'),
        agent('您是幸福小区3号楼2单元401王先生吗？'),
        agent('您是幸福小区3号楼2单元401王先生吗？'),
        customer('我家燃气表不走了'),
        agent('好的，马上安排师傅上门，您还有其他问题吗？'),
        agent('感谢您的来电，如果有问题，请您与我们联系，再见！'),
        agent('您还有其他问题吗？'),
        { ...customer('没有了'), events: [{ type: 'hang-up' as const, by: 'customer' as const }] },
      ],
    };
    expect(types(transcript)).toEqual(['ring', 'answer', 'identify', 'verify', 'classify', 'collect', 'collect', 'collect', 'dispatch', 'ask-anything-else', 'close', 'hang-up']);
  });

  it('after a complaint is forwarded the machine still allows handing the caller to a colleague (CALL-4)', () => {
    const transcript: Transcript = {
      turns: [
        agent('您好，燃气公司12号客服员为您服务'),
        customer('我要投诉你们的维修师傅态度太差'),
        agent('非常抱歉，我马上转交给相关部门处理'),
        customer('我现在就要说法！'),
        agent('您别着急，我让我同事来跟您说'),
      ],
    };
    expect(types(transcript)).toEqual(['ring', 'answer', 'greet', 'classify', 'collect', 'forward', 'hand-over']);
  });

  it('listens only for the organisation’s own scripts: the hall greeting is not the hotline greeting (SCR-HALL, SCR-GREET)', () => {
    const hall: Transcript = { turns: [agent('先生，您好，我叫小陈，有什么可以帮到您？'), customer('我来交气费')] };
    // The caller's matter is classified at the end, though the agent never acted on it.
    expect(types(hall, presets['gas-service-hall'])).toEqual(['ring', 'answer', 'greet', 'classify']);
    expect(types(hall, presets['gas-hotline'])).toEqual(['ring', 'answer', 'classify']);
  });

  it('without a preset it knows no organisation’s words: no greeting, no agent cues', () => {
    const transcript: Transcript = { turns: [agent('您好，燃气公司12号客服员为您服务'), customer('我家燃气表不走了'), agent('好的，马上安排师傅上门，再见')] };
    expect(eventsFromTranscript(transcript).events.map((e) => e.type)).toEqual(['ring', 'answer', 'classify', 'collect']);
  });
});

// Issue flows: a matter the caller raised is never lost by the deriver (CALL-2, CALL-3, CALL-4).
describe('the deriver keeps every matter the caller raised', () => {
  const replay = (transcript: Transcript, preset = presets['gas-hotline']) => {
    const derived = eventsFromTranscript(transcript, { preset: preset.classify, startedAt: '2026-09-30T16:00:00+08:00' });
    const machine = createCallMachine(callMachineOptions(preset.classify));
    const run = machine.replay(derived.events);
    if (!run.ok) throw new Error(run.error.message);
    return { events: derived.events, effects: run.effects, state: run.state };
  };
  const greet = agent('您好，燃气公司12号客服员为您服务');

  it('a fire reported just before the line drops is classified, with its task and an immediate call-back', () => {
    const { events, effects } = replay({
      turns: [greet, { speaker: 'customer', text: '快来人啊我家厨房着火了', events: [{ type: 'hang-up', by: 'system' }] }],
    });
    expect(events.map((e) => e.type)).toEqual(['ring', 'answer', 'greet', 'classify', 'collect', 'hang-up']);
    // A fire is 重大抢险: the classifier says major, and leadership is told (CALL-2).
    expect(events.find((e) => e.type === 'classify')).toMatchObject({ kind: 'emergency', major: true });
    expect(effects.map((e) => e.type)).toEqual(['escalate', 'deviation', 'create-task', 'schedule-callback', 'record-call']);
    expect(effects.find((e) => e.type === 'create-task')).toMatchObject({ task: { kind: 'emergency', priority: 'urgent' } });
  });

  it('a complaint followed by an impatient question stays a complaint', () => {
    const { events } = replay({
      turns: [greet, customer('我要投诉你们的师傅态度太差了'), customer('你们到底管不管啊'), agent('非常抱歉，我马上转交相关部门处理')],
    });
    expect(events.filter((e) => e.type === 'classify').map((e) => e.type === 'classify' && e.kind)).toEqual(['complaint']);
  });

  it('a second matter raised after the first was handed over is derived, and the record lists both', () => {
    const { events, effects } = replay({
      turns: [
        greet,
        customer('我家燃气表不走了'),
        agent('好的，马上安排师傅上门'),
        agent('您还有其他问题吗？'),
        customer('还有，我要投诉上次来的师傅态度很差'),
        agent('非常抱歉，我马上转交相关部门处理'),
        { speaker: 'customer', text: '好的', events: [{ type: 'hang-up', by: 'customer' }] },
      ],
    });
    expect(events.filter((e) => e.type === 'classify').map((e) => e.type === 'classify' && e.kind)).toEqual(['repair', 'complaint']);
    expect(effects.find((e) => e.type === 'record-call')).toMatchObject({ kinds: ['repair', 'complaint'] });
  });

  it('times keep the offset the call started in', () => {
    const { events } = replay({
      turns: [
        { ...greet, start: 0 },
        { speaker: 'customer', text: '我家燃气表不走了', start: 61_500 },
      ],
    });
    expect(events.map((e) => e.at)).toEqual([
      '2026-09-30T16:00:00+08:00',
      '2026-09-30T16:00:00+08:00',
      '2026-09-30T16:00:00+08:00',
      '2026-09-30T16:01:01.500+08:00',
      '2026-09-30T16:01:01.500+08:00',
    ]);
  });
});
