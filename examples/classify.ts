/**
 * Classify a caller's words, run a repair call through the call machine, and replay a transcript to
 * find where the agent left the standard order. Run: npx tsx examples/classify.ts
 */
import { callMachineOptions, createCallMachine, createClassifier, DEFAULT_LEXICON, extendLexicon, type CallEvent } from 'kefu/classify';
import { createChecker, flowOrder } from 'kefu/phrases';
import { parseTranscriptText } from 'kefu/transcripts';
import { gasHotline, gasHotlineClassify } from 'kefu/presets';
import { inferCustomerType, tipsFor } from 'kefu/scripts';

// 1. What does the caller want? Compile the lexicon once, classify many.
const classifier = createClassifier(extendLexicon(DEFAULT_LEXICON, gasHotline.classify.lexicon));
for (const words of ['我家里闻到很重的煤气味', '现在不漏气了，就是灶打不着火', '你们师傅乱收费，我要投诉', '请问开户需要带什么证件']) {
  const r = classifier.classify(words);
  console.log(
    `${words} → ${r.kind} / ${r.priority}${r.needsConfirmation ? ' (needs confirmation)' : ''} — ${r.evidence.map((e) => (e.negated ? `¬${e.text}` : e.text)).join(', ')}`,
  );
}

// 2. A repair call through the machine: effects are data the host carries out.
const machine = createCallMachine(callMachineOptions(gasHotline.classify));
const t = (s: number): string => new Date(Date.parse('2026-09-30T16:00:00+08:00') + s * 1000).toISOString();
const events: CallEvent[] = [
  { type: 'ring', at: t(0), callId: 'c-42' },
  { type: 'answer', at: t(3) },
  { type: 'greet', at: t(4) },
  { type: 'identify', at: t(10), surname: '王' },
  { type: 'verify', at: t(20) },
  { type: 'classify', at: t(30), kind: 'repair' },
  ...(['name', 'address', 'phone', 'content'] as const).map((field, i): CallEvent => ({ type: 'collect', at: t(31 + i), field })),
  { type: 'dispatch', at: t(60) },
  { type: 'ask-anything-else', at: t(70) },
  { type: 'close', at: t(75) },
  { type: 'hang-up', at: t(78), by: 'customer' },
];
const run = machine.replay(events);
if (run.ok) {
  console.log(`\npath: ${run.path.join(' → ')}`);
  for (const effect of run.effects)
    console.log(`effect: ${effect.type}${effect.type === 'create-task' ? ` ${effect.task.id} ${effect.task.kind} under ${effect.task.policyId ?? '(no policy)'}` : ''}`);
}

// 3. Replay a transcript and report where the agent left the standard order.
const checker = createChecker({ extraRules: [flowOrder], rules: { 'flow-order': ['warn', { classify: gasHotlineClassify }] } });
const { transcript } = parseTranscriptText('客服：您好，燃气公司12号客服员为您服务\n客户：我家燃气表不走了\n客服：好的，马上安排师傅上门\n客服：再见');
for (const d of checker.check(transcript).diagnostics.filter((x) => x.ruleId === 'flow-order')) console.log(`\nturn ${d.turn}: ${d.message.zh} / ${d.message.en}`);

// 4. Who is calling, and how to serve them (TIP-1 … TIP-6).
const who = inferCustomerType({ title: '财务科长', occupation: '会计' });
console.log(`\n${who.type} (${who.explanation.en}): ${tipsFor(who.type).service.zh}`);
