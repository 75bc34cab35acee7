import { describe, expect, it } from 'vitest';
import { createCallMachine } from '../../src/classify/call-machine.js';
import { eventsFromTranscript } from '../../src/classify/transcript-events.js';
import type { Transcript } from '../../src/model/transcript.js';
import { createChecker } from '../../src/phrases/checker.js';
import { flowOrder } from '../../src/phrases/rules/flow-order.js';
import { BUILTIN_RULES } from '../../src/phrases/rules/index.js';
import { parseTranscriptText } from '../../src/transcripts/parse.js';
import { gasHotline, gasHotlineClassify } from '../../src/presets/index.js';

const standard: Transcript = {
  turns: [
    { speaker: 'agent', text: '您好，燃气公司12号客服员为您服务', start: 0 },
    { speaker: 'customer', text: '我家燃气表不走了', start: 4000 },
    { speaker: 'agent', text: '请问您贵姓？', start: 7000 },
    { speaker: 'customer', text: '姓王', start: 9000 },
    { speaker: 'agent', text: '王先生，您是幸福小区3号楼2单元401王明先生吗？', start: 10000 },
    { speaker: 'customer', text: '是的，电话13800138000', start: 15000 },
    { speaker: 'agent', text: '好的，我马上安排师傅上门维修', start: 20000 },
    { speaker: 'agent', text: '您还有其他问题吗？', start: 25000 },
    { speaker: 'customer', text: '没有了', start: 27000 },
    { speaker: 'agent', text: '感谢您的来电，如果有问题，请您与我们联系，再见！', start: 28000, events: [{ type: 'hang-up', by: 'customer', at: 31000 }] },
  ],
};

describe('eventsFromTranscript (rule: CALL-8)', () => {
  it('derives the standard path from scripts, the classifier and agent cues, timed from startedAt', () => {
    const { events, turns } = eventsFromTranscript(standard, { startedAt: '2026-09-30T16:00:00+08:00', callId: 'c-9', preset: gasHotlineClassify });
    expect(events.map((e) => e.type)).toEqual([
      'ring',
      'answer',
      'greet',
      'identify',
      'verify',
      'classify',
      'collect',
      'collect',
      'collect',
      'collect',
      'dispatch',
      'ask-anything-else',
      'close',
      'hang-up',
    ]);
    expect(turns).toEqual([-1, -1, 0, 4, 4, 6, 6, 6, 6, 6, 6, 7, 9, 9]);
    expect(events[5]).toEqual({ type: 'classify', at: '2026-09-30T16:00:20+08:00', kind: 'repair' });
    const run = createCallMachine({ policies: gasHotline.classify.policies }).replay(events);
    expect(run.ok && run.path).toEqual([
      'idle',
      'ringing',
      'answered',
      'greeted',
      'identified',
      'verified',
      'repair.collecting',
      'repair.collecting',
      'repair.collecting',
      'repair.collecting',
      'repair.collecting',
      'repair.dispatched',
      'wrap-up',
      'closing',
      'ended',
    ]);
    expect(run.ok && run.effects.filter((e) => e.type === 'deviation')).toEqual([]);
    expect(run.ok && run.effects.find((e) => e.type === 'create-task')).toMatchObject({ task: { id: 'c-9-T1', kind: 'repair', policyId: 'gas-hotline/repair' } });
  });

  it('rejects a bad start time', () => {
    expect(() => eventsFromTranscript(standard, { startedAt: 'yesterday' })).toThrowError(/startedAt/);
  });
});

describe('flow-order checker rule (opt-in: extraRules, then turned on by a config)', () => {
  const flowFindings = (transcript: Transcript) =>
    createChecker({ extraRules: [flowOrder], rules: { 'flow-order': ['warn', { classify: gasHotlineClassify }] } })
      .check(transcript)
      .diagnostics.filter((d) => d.ruleId === 'flow-order')
      .map((d) => [d.turn, d.entryId ?? 'refused', d.domainRules]);

  it('finds nothing in a call that follows the standard order', () => {
    expect(flowFindings(standard)).toEqual([]);
  });

  it('reports dispatch before the record was confirmed and closing before “anything else” at their turns', () => {
    const { transcript } = parseTranscriptText('客服：您好，燃气公司12号客服员为您服务\n客户：我家燃气表不走了\n客服：好的，马上安排师傅上门\n客服：再见');
    expect(flowFindings(transcript)).toEqual([
      [2, 'verify-before-dispatch', ['CALL-8', 'SCR-VERIFY']],
      [3, 'anything-else-before-close', ['SCR-ANYTHING-ELSE', 'CALL-8']],
    ]);
  });

  it('reports handling before the greeting and dispatch before the record was confirmed', () => {
    const { transcript } = parseTranscriptText('客户：我家燃气表不走了\n客服：好的，马上安排师傅上门\n客服：您还有其他问题吗？\n客服：感谢您的来电，再见');
    expect(flowFindings(transcript)).toEqual([
      [1, 'greet-before-classify', ['CALL-8', 'SCR-GREET']],
      [1, 'verify-before-dispatch', ['CALL-8', 'SCR-VERIFY']],
    ]);
  });

  it('is opt-in: not built in, off until a config turns it on', () => {
    expect(flowOrder.meta).toMatchObject({ id: 'flow-order', type: 'problem', domainRules: ['CALL-8'], docs: { url: 'https://kefu-js.github.io/kefu/rules/flow-order' } });
    expect(createChecker().rules.some((r) => r.id === 'flow-order')).toBe(false);
    expect(BUILTIN_RULES.map((r): string => r.meta.id)).not.toContain('flow-order');
    expect(createChecker({ extraRules: [flowOrder] }).rules.some((r) => r.id === 'flow-order')).toBe(false);
    expect(createChecker({ extraRules: [flowOrder], rules: { 'flow-order': 'warn' } }).rules.some((r) => r.id === 'flow-order')).toBe(true);
  });
});
