// The values the getting-started and presets guides print in their comments, recomputed: a change of
// behaviour that makes a guide wrong fails here (the snippet check only proves the guides compile).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyIntent, createCallMachine, eventsFromTranscript } from '../../src/classify/index.js';
import { createChecker } from '../../src/phrases/index.js';
import { parseTranscriptText } from '../../src/transcripts/index.js';
import { getPreset } from '../../src/presets/index.js';
import { alwaysOpenCalendar, cnHolidays, createCalendar, dueAt, evaluateTask, type SlaPolicy } from '../../src/sla/index.js';

const guide = (name: string): string => readFileSync(new URL(`../../docs/guides/${name}`, import.meta.url), 'utf8');
const CALL = ['客服：您好，燃气公司012号客服员为您服务。', '客户：你好，我家燃气表不走了。', '客服：这个我不知道，你找别人吧。', '客户：……', '客服：再见。'].join('\n');

describe('getting-started guide', () => {
  const text = guide('getting-started.md');
  const { transcript } = parseTranscriptText(CALL);

  it('shows the real scores and findings of its call (rule: PHR-FORBID)', () => {
    const result = createChecker().check(transcript, { callKind: 'repair' });
    expect(result.score).toBe(78);
    expect(text).toContain(`result.score; // ${result.score}`);
    const first = result.diagnostics[0];
    expect(first?.ruleId).toBe('forbidden-phrase');
    expect(text).toContain(`// forbidden-phrase 2 { start: ${first?.range?.start}, end: ${first?.range?.end} } ${first?.message.en} ${first?.suggestions[0]?.zh}`);
    const hotline = createChecker({ preset: getPreset('gas-hotline').lint }).check(transcript, { callKind: 'repair' }).score;
    expect(text).toContain(`.score; // ${hotline}`);
  });

  it('shows the real deadlines across National Day 2026 (rule: HALL-SLA-2)', () => {
    const weekdays = ['08:00-17:00'];
    const hall = createCalendar({ week: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays }, holidayData: cnHolidays });
    const civil = dueAt(hall, '2026-09-30T16:00:00+08:00', { duration: { days: 3 }, clock: 'calendar', counting: 'civil-code' }).at.toISOString();
    const working = dueAt(hall, '2026-09-30T16:00:00+08:00', { duration: { workingDays: 3 }, clock: 'business', counting: 'elapsed' }).at.toISOString();
    expect(civil).toBe('2026-10-08T09:00:00.000Z');
    expect(working).toBe('2026-10-10T08:00:00.000Z');
    expect(text).toContain(`// '${civil}'`);
    expect(text).toContain(`// '${working}'`);
  });

  it('shows the real state of its repair task (rule: HOT-SLA-1)', () => {
    const repair: SlaPolicy = {
      id: 'my-hotline/repair',
      name: 'Fault repair',
      appliesTo: { kinds: ['repair'] },
      targets: [{ id: 'repair', startOn: 'created', stopOn: 'resolved', limit: { duration: { hours: 24 }, clock: 'calendar', counting: 'elapsed' } }],
    };
    const [target] = evaluateTask({ id: 'T-1', kind: 'repair', createdAt: '2026-09-30T16:00:00+08:00', timeline: [] }, repair, {
      now: '2026-10-01T12:00:00+08:00',
      calendar: alwaysOpenCalendar(),
    }).targets;
    expect(text).toContain(`target?.state; // '${target?.state}'`);
    expect(text).toContain(`target?.dueAt?.toISOString(); // '${target?.dueAt?.toISOString()}'`);
  });

  it('shows the real classification and call path (rules: CALL-1, CALL-2)', () => {
    expect(classifyIntent('我家里闻到很重的煤气味')).toMatchObject({ kind: 'emergency', priority: 'urgent' });
    expect(classifyIntent('现在不漏气了，就是灶打不着火')).toMatchObject({ kind: 'repair', needsConfirmation: true, priority: 'high' });
    const path = createCallMachine()
      .replay(eventsFromTranscript(transcript, { preset: getPreset('gas-hotline').classify }).events)
      .path.join(' → ');
    expect(text).toContain(`// '${path}'`);
  });
});
