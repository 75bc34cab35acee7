/**
 * Check a gas-hotline call against the hotline's standards: a preset config, a host setting (the
 * company's name), one host category, and the findings with their evidence and the call's score.
 *
 * Run: npx tsx examples/lint.ts
 */
import type { Transcript } from 'kefu/model';
import { createChecker } from 'kefu/phrases';
import { gasHotlineLint } from 'kefu/presets';

const checker = createChecker({
  preset: gasHotlineLint,
  settings: { company: '阳泉市煤气公司' },
  categories: [
    {
      id: 'no-compensation-promise',
      name: { zh: '不得承诺赔偿', en: 'Never promise compensation' },
      mode: 'must-not-include',
      severity: 'error',
      criteria: [{ phrases: ['保证赔偿', '一定赔'], speaker: 'agent' }],
    },
  ],
});

const call: Transcript = {
  id: 'demo-repair-call',
  turns: [
    { speaker: 'agent', text: '您好，阳泉市煤气公司012号客服员为您服务。', start: 0, end: 9000 },
    { speaker: 'customer', text: '你好，我家燃气表不走了，我姓王，电话13800138000。', start: 9400, end: 15000 },
    { speaker: 'agent', text: '王先生您好，您是阳光小区3号楼2单元201室王明先生吗？', start: 15400, end: 26000 },
    { speaker: 'customer', text: '对。这表到底怎么回事？', start: 26400, end: 29000 },
    { speaker: 'agent', text: '嗯，这个我不知道，你找我没用，要解决就去找领导。', start: 29400, end: 40000 },
    { speaker: 'customer', text: '那坏了你们赔吗？', start: 40400, end: 42000 },
    { speaker: 'agent', text: '放心，一定赔。王先生，您还有其他问题吗？', start: 42400, end: 51000 },
    { speaker: 'customer', text: '没有了。', start: 51400, end: 52000 },
    {
      speaker: 'agent',
      text: '感谢您的来电，如果有问题，请您与我们联系，再见！',
      start: 52400,
      end: 63000,
      events: [{ type: 'hang-up', by: 'agent', at: 63000 }],
    },
  ],
};

const result = checker.check(call, { callKind: 'repair' });
console.log(`${call.id}: score ${result.score}/100, ${result.diagnostics.length} findings\n`);
for (const d of result.diagnostics) {
  const where = d.turn === undefined ? 'call' : `turn ${d.turn} [${d.range?.start}, ${d.range?.end})`;
  console.log(`${d.severity.padEnd(5)} ${d.ruleId.padEnd(34)} ${where.padEnd(16)} ${d.message.zh}`);
  console.log(`${' '.repeat(6)}${d.message.en}`);
  if (d.excerpt !== undefined) console.log(`${' '.repeat(6)}excerpt: ${d.excerpt}`);
  if (d.suggestions[0] !== undefined) console.log(`${' '.repeat(6)}suggest: ${d.suggestions[0].zh}`);
}
console.log(
  '\nper rule:',
  result.summary
    .filter((s) => s.count > 0)
    .map((s) => `${s.ruleId}×${s.count}`)
    .join(', '),
);
