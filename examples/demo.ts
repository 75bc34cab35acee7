// A short tour of kefu's main jobs. Run it with `npm run demo`.
import {
  KefuError,
  callMachineOptions,
  classifyIntent,
  cnHolidays,
  createCalendar,
  createChecker,
  dueAt,
  evaluateTaskWith,
  eventsFromTranscript,
  flowOrder,
  createCallMachine,
  getPreset,
  parseCall,
  parseCustomer,
  parseTask,
  parseTranscriptText,
} from 'kefu';

function section(title: string): void {
  console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 60 - title.length))}`);
}

section('1. Models: validate a customer, a call and a task');
const customer = parseCustomer({
  id: 'c-001',
  name: '王明',
  surname: '王',
  honorific: '先生',
  phones: ['13800138000'],
  address: { community: '幸福小区', building: '3', unit: '2', room: '401' },
  occupation: '工程师',
});
console.log('customer', customer);

const call = parseCall({
  id: 'call-001',
  direction: 'inbound',
  kind: 'repair',
  offeredAt: '2026-09-30T16:00:00+08:00',
  answeredAt: '2026-09-30T16:00:08+08:00',
  endedAt: '2026-09-30T16:02:30+08:00',
  rings: 2,
  hungUpBy: 'customer',
  agent: { id: 'a-12', agentNo: '012', name: '李静' },
  customer,
});
console.log('call', { id: call.id, kind: call.kind, rings: call.rings, hungUpBy: call.hungUpBy });

const task = parseTask({
  id: 'T-001',
  kind: 'repair',
  createdAt: '2026-09-30T16:00:00+08:00',
  policyId: 'gas-hotline/repair',
  links: { callId: call.id, customerId: customer.id },
  timeline: [
    { type: 'created', at: '2026-09-30T16:00:00+08:00' },
    { type: 'dispatched', at: '2026-09-30T16:05:00+08:00' },
  ],
});
console.log('task', task);

try {
  parseCustomer({ id: 'c-002', phones: ['123'], honorific: '老师' });
} catch (error) {
  if (error instanceof KefuError) console.log(`\nbad input is named, field by field:\n${error.message}`);
}

// Instants print in the centre's own zone, whatever the host's zone is.
const shanghai = (d: Date): string => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(d) + ' (Asia/Shanghai)';

section('2. SLA: when is this repair due? (HOT-SLA-1, 24/7)');
const hotline = getPreset('gas-hotline');
const hotlineCalendar = createCalendar(hotline.sla.calendar); // build once, reuse
const evaluation = evaluateTaskWith(task, hotline.sla.policies, { now: '2026-09-30T23:00:00+08:00', calendar: hotlineCalendar });
for (const target of evaluation?.targets ?? []) {
  console.log(`${target.targetId.padEnd(7)} due ${shanghai(target.dueAt!)}  ${target.state}  (${target.rule})`);
}

section('3. Civil-Code day counting across National Day 2026 (HALL-SLA-2)');
const hall = getPreset('gas-service-hall');
const officeWeek = createCalendar({
  timeZone: 'Asia/Shanghai',
  week: { mon: ['08:00-17:00'], tue: ['08:00-17:00'], wed: ['08:00-17:00'], thu: ['08:00-17:00'], fri: ['08:00-17:00'] },
  holidayData: cnHolidays,
});
const reply = dueAt(officeWeek, '2026-09-30T16:00:00+08:00', { duration: { days: 3 }, clock: 'business', counting: 'civil-code' });
console.log(`complaint received 2026-09-30 16:00, "3天内给予回复" on a Mon–Fri 08:00–17:00 calendar → due ${shanghai(reply.at)}`);
console.log('(the start day is not counted; Oct 1–7 are the National Day holiday; Thu 8, Fri 9 and the make-up Saturday 10 Oct are the three working days)');
console.log(`the hall itself (${hall.name.zh}) opens every day 08:00–17:00 (HALL-SLA-3): ${hall.sla.notes[0] ?? ''}`);

section('4. Classify what the caller wants (CALL-1; emergencies always win)');
for (const words of ['我家里闻到很重的煤气味', '燃气表不走了，麻烦派人来看看', '你们收费员态度太差，我要投诉']) {
  const intent = classifyIntent(words, { preset: hotline.classify });
  console.log(`${words} → ${intent.kind} / ${intent.priority}  [${intent.evidence.map((e) => e.text).join(', ')}]`);
}

section('5. Lint a call transcript against the hotline standard');
const text = [
  '客服：您好，燃气公司012号客服员为您服务',
  '客户：你好，我家燃气表不走了，我姓王',
  '客服：王先生您好，您是幸福小区3号楼2单元401室王明先生吗？',
  '客户：是的',
  '客服：嗯，这个我不知道，你找我没用，要解决就去找领导',
  '客服：感谢您的来电，如果有问题，请您与我们联系，再见！',
].join('\n');
const { transcript } = parseTranscriptText(text, { format: 'text' });
const checker = createChecker({ preset: hotline.lint, extraRules: [flowOrder], rules: { 'flow-order': ['warn', { classify: hotline.classify }] } });
const result = checker.check(transcript, { callKind: 'repair' });
console.log(`score ${result.score}/100`);
for (const d of result.diagnostics) {
  console.log(
    `  ${d.severity.padEnd(5)} ${d.ruleId.padEnd(20)} ${d.turn === undefined ? 'call' : `turn ${d.turn}`}  ${d.message.zh}${d.suggestions[0] ? `  → ${d.suggestions[0].zh}` : ''}`,
  );
}

section('6. Replay the same call through the call machine (CALL-8)');
const { events } = eventsFromTranscript(transcript, { preset: hotline.classify, startedAt: '2026-09-30T16:00:00+08:00', callId: 'call-001' });
const run = createCallMachine(callMachineOptions(hotline.classify)).replay(events);
if (run.ok) console.log(run.path.join(' → '));
