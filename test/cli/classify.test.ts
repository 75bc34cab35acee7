import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

function fakeIO(files: Record<string, string> = {}, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file ${path}`);
      return text;
    },
    readStdin: async () => stdin,
    expandFiles: async (patterns) => [...patterns],
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const CALL = '客服：您好，燃气公司12号客服员为您服务\n客户：我家燃气表不走了\n客服：好的，马上安排师傅上门\n客服：再见\n';

describe('kefu classify', () => {
  it('prints kind, priority and evidence for a caller’s words (CALL-2)', async () => {
    const t = fakeIO();
    expect(await runCli(['classify', '我家里闻到很重的煤气味'], t.io)).toBe(0);
    expect(t.out()).toBe('kind: emergency (报警)\npriority: urgent\nevidence:\n  [8, 11) 煤气味 → emergency +3\n');
  });

  it('prints JSON with --format json', async () => {
    const t = fakeIO();
    expect(await runCli(['classify', '--format', 'json', '现在不漏气了'], t.io)).toBe(0);
    expect(JSON.parse(t.out())).toMatchObject({ kind: 'emergency', priority: 'high', needsConfirmation: true });
  });

  it('replays a transcript file: the path of states and the order problems, exit 1', async () => {
    const t = fakeIO({ 'call.txt': CALL });
    expect(await runCli(['classify', '--file', 'call.txt', '--preset', 'gas-hotline'], t.io)).toBe(1);
    expect(t.out()).toContain('path: idle → ringing → answered → greeted → repair.collecting → repair.dispatched → closing\n');
    expect(t.out()).toContain('turn 3: anything-else-before-close');
    expect(t.out()).toContain('turn 2: verify-before-dispatch');
  });

  it('reads the transcript from stdin with --file - and prints JSON', async () => {
    const t = fakeIO({}, CALL);
    expect(await runCli(['classify', '--file', '-', '--format', 'json', '--preset', 'gas-hotline', '--started-at', '2026-09-30T16:00:00+08:00'], t.io)).toBe(1);
    const json = JSON.parse(t.out()) as { path: string[]; effects: { type: string; task?: { createdAt: string } }[] };
    expect(json.path.at(-1)).toBe('closing');
    expect(json.effects.find((e) => e.type === 'create-task')?.task?.createdAt).toBe('2026-09-30T16:00:00+08:00');
  });

  it('bad usage exits 2 with one line', async () => {
    for (const argv of [
      ['classify'],
      ['classify', '--preset', 'moon', 'x'],
      ['classify', '--format', 'xml', 'x'],
      ['classify', '--started-at', 'noon', 'x'],
      ['classify', '--bogus'],
    ]) {
      const t = fakeIO();
      expect(await runCli(argv, t.io)).toBe(2);
      expect(t.err().trim().split('\n')).toHaveLength(1);
    }
  });

  it('is listed in kefu --help', async () => {
    const t = fakeIO();
    await runCli(['--help'], t.io);
    expect(t.out()).toMatch(/classify\s+classify a caller/);
  });
});
