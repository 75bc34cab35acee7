import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/fake-io.js';

const line = (task: object): string => JSON.stringify(task);
const tasks = [
  line({
    id: 'T-1',
    kind: 'repair',
    createdAt: '2026-09-30T16:00:00+08:00',
    timeline: [
      { type: 'work-started', at: '2026-09-30T21:00:00+08:00' },
      { type: 'resolved', at: '2026-10-01T10:00:00+08:00' },
    ],
  }),
  line({ id: 'T-2', kind: 'repair', createdAt: '2026-09-30T18:00:00+08:00' }),
  'not json',
  line({ id: 'T-3', kind: 'callback', createdAt: '2026-09-29T18:00:00+08:00', timeline: [{ type: 'callback-done', at: '2026-09-30T09:00:00+08:00' }] }),
  '',
  line({ id: 'T-4', kind: 'complaint', createdAt: '2026-09-30T09:00:00+08:00', timeline: [{ type: 'resolved', at: '2026-09-29T09:00:00+08:00' }] }),
  line({ id: 'T-5', kind: 'survey-opinion', createdAt: '2026-09-30T09:00:00+08:00' }),
].join('\n');

describe('kefu sla due', () => {
  it('prints every target deadline in the preset zone for a --from without offset (rule: HOT-SLA-1)', async () => {
    const io = fakeIO();
    expect(await runCli(['sla', 'due', '--preset', 'gas-hotline', '--task', 'repair', '--from', '2026-09-30T16:00'], io)).toBe(0);
    expect(io.out).toBe(
      [
        'gas-hotline/repair — Pipeline-network or customer-equipment fault',
        'created 2026-09-30 16:00 +08:00 (Asia/Shanghai)',
        '  handle  HOT-SLA-1  6 h (calendar clock)   due 2026-09-30 22:00 +08:00',
        '  repair  HOT-SLA-1  24 h (calendar clock)  due 2026-10-01 16:00 +08:00',
        '',
      ].join('\n'),
    );
  });

  it('a --from with an offset is taken as given, and shown in the preset zone', async () => {
    const io = fakeIO();
    expect(await runCli(['sla', 'due', '--preset', 'gas-hotline', '--task', 'repair', '--from', '2026-09-30T08:00:00Z', '--format', 'json'], io)).toBe(0);
    const out = JSON.parse(io.out) as { from: string; timeZone: string; targets: { targetId: string; dueAt: string }[] };
    expect(out.from).toBe('2026-09-30T08:00:00.000Z');
    expect(out.timeZone).toBe('Asia/Shanghai');
    expect(out.targets.map((t) => [t.targetId, t.dueAt])).toEqual([
      ['handle', '2026-09-30T14:00:00.000Z'],
      ['repair', '2026-10-01T08:00:00.000Z'],
    ]);
  });

  it('working days over National Day; targets that start later say so (rule: PM-SLA-1)', async () => {
    const io = fakeIO();
    expect(await runCli(['sla', 'due', '--preset', 'property-management', '--task', 'complaint', '--priority', 'urgent', '--from', '2026-09-30T16:00'], io)).toBe(0);
    expect(io.out).toContain('property-management/major-complaint');
    expect(io.out).toMatch(/fix\s+PM-SLA-1\s+1 working d \(business clock\)\s+due 2026-10-08 16:00 \+08:00/);
    expect(io.out).toMatch(/callback\s+PM-SLA-1\s+1 wk \(calendar clock, civil-code days\)\s+starts on resolved/);
  });

  it('a limit from the task needs its option (rules: SUP-SLA-1, AUTO-SLA-3)', async () => {
    const io = fakeIO();
    expect(await runCli(['sla', 'due', '--preset', 'equipment-support', '--task', 'on-site', '--from', '2026-09-30T09:00', '--requested-by', '2026-09-30T14:00'], io)).toBe(0);
    expect(io.out).toMatch(/arrival .*due 2026-09-30 14:00 \+08:00/);
    expect(io.out).toMatch(/resolve .*due 2026-10-02 09:00 \+08:00/);
    const missing = fakeIO();
    expect(await runCli(['sla', 'due', '--preset', 'equipment-support', '--task', 'on-site', '--from', '2026-09-30T09:00'], missing)).toBe(0);
    expect(missing.out).toMatch(/arrival .*requestedBy is needed by target "arrival"/);
  });

  it('usage errors exit 2 with one line', async () => {
    for (const argv of [
      ['sla', 'due', '--task', 'repair'],
      ['sla', 'due', '--preset', 'gas-works', '--task', 'repair'],
      ['sla', 'due', '--preset', 'gas-hotline', '--task', 'fix'],
      ['sla', 'due', '--preset', 'gas-hotline', '--task', 'survey-opinion'],
      ['sla', 'due', '--preset', 'gas-hotline', '--task', 'repair', '--from', '30/09/2026'],
      ['sla', 'due', '--preset', 'gas-hotline', '--task', 'repair', '--from', '2026-02-30T10:00'],
      ['sla', 'due', '--preset', 'gas-hotline', '--policy', 'gas-hotline/none'],
      ['sla', 'frob'],
      ['sla'],
    ]) {
      const io = fakeIO();
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(io.err.split('\n').filter(Boolean)).toHaveLength(1);
      expect(io.out).toBe('');
    }
  });
});

describe('kefu sla check', () => {
  it('prints each task’s targets and the KPI summary; bad lines are reported by number and the rest still checked', async () => {
    const io = fakeIO({ 'tasks.jsonl': tasks });
    expect(await runCli(['sla', 'check', 'tasks.jsonl', '--preset', 'gas-hotline', '--now', '2026-10-01T12:00'], io)).toBe(1);
    expect(io.out).toContain('as of 2026-10-01 12:00 +08:00 (Asia/Shanghai)');
    expect(io.out).toMatch(/T-1 {2}gas-hotline\/repair\n {2}handle +met +due 2026-09-30 22:00 \+08:00 +elapsed 05h 00m +remaining 01h 00m/);
    expect(io.out).toMatch(/handle +breached +due 2026-10-01 00:00 \+08:00 +elapsed 18h 00m +remaining -12h 00m/);
    expect(io.out).toMatch(/gas-hotline\/repair \/ handle +HOT-SLA-1 +1 +0 +1 +0 +50\.0%/);
    expect(io.out).toMatch(/✓ +callback-pass-rate +KPI-1 +100\.0% > 98\.0%/);
    expect(io.err.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^kefu: tasks\.jsonl:3: not JSON/),
      expect.stringMatching(/^kefu: tasks\.jsonl:6: .*timeline\[0\]\.at/),
      'kefu: tasks.jsonl:7: no policy of the preset applies to a normal survey-opinion task',
    ]);
  });

  it('--format json carries evaluations, problems and KPIs', async () => {
    const io = fakeIO({ 'tasks.jsonl': tasks });
    expect(await runCli(['sla', 'check', 'tasks.jsonl', '--preset', 'gas-hotline', '--now', '2026-10-01T04:00:00Z', '--format', 'json'], io)).toBe(1);
    const out = JSON.parse(io.out) as { now: string; evaluations: { taskId: string; targets: { state: string }[] }[]; problems: { line: number }[]; kpis: { tasks: number } };
    expect(out.now).toBe('2026-10-01T04:00:00.000Z');
    expect(out.evaluations.map((e) => [e.taskId, e.targets.map((t) => t.state)])).toEqual([
      ['T-1', ['met', 'met']],
      ['T-2', ['breached', 'running']],
      ['T-3', ['met']],
    ]);
    expect(out.problems.map((p) => p.line)).toEqual([3, 6, 7]);
    expect(out.kpis.tasks).toBe(3);
  });

  it('exits 0 when every target is in time and every line is good; reads stdin with -', async () => {
    const io = fakeIO(
      {},
      `${line({ id: 'T-9', kind: 'consultation-reply', createdAt: '2026-09-30T09:00:00+08:00', timeline: [{ type: 'replied', at: '2026-09-30T15:00:00+08:00' }] })}\n`,
    );
    expect(await runCli(['sla', 'check', '-', '--preset', 'gas-hotline', '--now', '2026-10-01T12:00'], io)).toBe(0);
    expect(io.out).toMatch(/reply +met/);
    expect(io.err).toBe('');
  });

  it('an unreadable file or a missing preset is a usage error', async () => {
    const io = fakeIO();
    expect(await runCli(['sla', 'check', 'missing.jsonl', '--preset', 'gas-hotline'], io)).toBe(2);
    expect(io.err).toMatch(/^kefu: missing\.jsonl: cannot read the file/);
    const io2 = fakeIO({ 'tasks.jsonl': tasks });
    expect(await runCli(['sla', 'check', 'tasks.jsonl'], io2)).toBe(2);
    expect(io2.err).toMatch(/--preset is required/);
  });
});
