import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { createChecker } from '../../src/phrases/checker.js';
import type { JsonReportEntry, SarifLog } from '../../src/phrases/index.js';
import { fakeIO } from '../helpers/fake-io.js';

const fixture = (path: string): string => readFileSync(`test/fixtures/${path}`, 'utf8');

// Only the two phrase rules stay on, so exit codes depend on nothing but 禁用语 (PHR-FORBID) and 您 (PHR-NIN).
const ONLY_PHRASES = createChecker()
  .rules.map((r) => r.id)
  .filter((id) => id !== 'forbidden-phrase' && id !== 'honorific-nin')
  .map((id) => `${id}=off`)
  .join(',');

const FILES = {
  'calls/bad.txt': fixture('formats/bad-call.txt'),
  'calls/ni.txt': '客服：您好\n客户：燃气表不走了\n客服：你家地址是哪里？\n',
  'calls/clean.txt': '客服：您好\n客户：燃气表不走了\n客服：请问您家地址是哪里？\n',
  'calls/aliyun.json': fixture('asr/aliyun-flat.json'),
  'calls/broken.txt': '客服：您好\n经理：我来处理\n',
  'calls/good.txt': fixture('formats/good-call.txt'),
};

async function lint(args: string[], files: Record<string, string> = FILES, stdin = '') {
  const io = fakeIO(files, stdin);
  const code = await runCli(['lint', ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('kefu lint — exit codes (ESLint convention)', () => {
  it('exits 1 when an error-level finding exists (forbidden phrase, PHR-FORBID), pointing at the line and column', async () => {
    const { code, out, err } = await lint(['--rule', ONLY_PHRASES, 'calls/bad.txt']);
    expect(code).toBe(1);
    expect(err).toBe('');
    expect(out).toMatch(/^\ncalls\/bad\.txt\n/);
    // "不知道" opens turn 3 at line 3, column 12 of the file.
    expect(out).toMatch(/\n {2}3:12 +错误 +\S*不知道\S* +forbidden-phrase\n/);
    expect(out).toContain('汇总\n');
  });

  it('exits 0 with warnings only (你 instead of 您, PHR-NIN), and 0 on a clean call', async () => {
    const warned = await lint(['--rule', ONLY_PHRASES, 'calls/ni.txt']);
    expect(warned.code).toBe(0);
    expect(warned.out).toMatch(/\n {2}3:4 +警告 +.* +honorific-nin\n/);
    const clean = await lint(['--rule', ONLY_PHRASES, 'calls/clean.txt']);
    expect(clean.code).toBe(0);
    expect(clean.out).toBe('汇总\n  文件      1\n  通话      1\n  平均得分  100.0\n\n  无问题\n');
  });

  it('lets --rule lower an error to a warning (exit 0) or turn it off', async () => {
    const lowered = await lint(['--rule', ONLY_PHRASES, '--rule', 'forbidden-phrase=warn', 'calls/bad.txt']);
    expect(lowered.code).toBe(0);
    expect(lowered.out).toMatch(/3:12 +警告 +\S*不知道\S* +forbidden-phrase/);
    const off = await lint(['--rule', `${ONLY_PHRASES},forbidden-phrase=off,honorific-nin=off`, 'calls/bad.txt']);
    expect(off.code).toBe(0);
    expect(off.out).toContain('无问题');
  });

  it('exits 2 with one line for bad usage', async () => {
    const cases: [string[], RegExp][] = [
      [[], /^kefu: no input: name transcript files, globs, or - for stdin/],
      [['--format', 'xml', 'a.txt'], /^kefu: --format must be one of stylish, json, sarif \(got "xml"\)/],
      [['--input-format', 'docx', 'a.txt'], /^kefu: --input-format must be one of auto, text, vtt, srt, aliyun, tencent, kefu/],
      [['--lang', 'fr', 'a.txt'], /^kefu: --lang must be one of zh, en/],
      [['--rule', 'forbidden-phrase', 'a.txt'], /^kefu: --rule takes key=value, e.g. forbidden-phrase=error/],
      [['--rule', 'forbidden-phrase=loud', 'a.txt'], /^kefu: --rule forbidden-phrase must be one of off, warn, error/],
      [['--rule', 'no-such-rule=off', 'a.txt'], /^kefu: rules\.no-such-rule names no rule/],
      [['--call-kind', 'chat', 'a.txt'], /^kefu: --call-kind must be one of consultation, repair/],
      [['--preset', 'bakery', 'a.txt'], /^kefu: --preset must be one of gas-hotline/],
      [['--channels', 'left=agent', 'a.txt'], /^kefu: --channels: "left" is not a channel or speaker id/],
      [['--label', '经理=boss', 'a.txt'], /^kefu: --label: speaker must be agent, customer or system/],
      [['--bogus', 'a.txt'], /^kefu: Unknown option '--bogus'/],
      [['-', '-'], /^kefu: - \(stdin\) can be given only once/],
    ];
    for (const [args, message] of cases) {
      const { code, out, err } = await lint(args);
      expect([args, code]).toEqual([args, 2]);
      expect(out).toBe('');
      expect(err).toMatch(message);
      expect(err.split('\n')).toHaveLength(2);
    }
  });

  it('exits 2 for unreadable or unparseable files, still reporting the readable ones', async () => {
    const { code, out, err } = await lint(['--rule', ONLY_PHRASES, 'calls/missing.txt', 'calls/broken.txt', 'calls/bad.txt']);
    expect(code).toBe(2);
    expect(err).toBe(
      [
        "kefu: calls/missing.txt: cannot read the file (ENOENT: no such file or directory, open 'calls/missing.txt')",
        'kefu: calls/broken.txt:2:1: Cannot parse text transcript: unknown speaker label "经理" at the start of the line; add it with the labels option (known: 客服, 坐席, 座席, 客服员, 话务员, agent, A, 客户, 用户, 来电人, customer, caller, user, B, 系统, system, IVR) or indent the line to continue the previous turn',
        '',
      ].join('\n'),
    );
    expect(out).toContain('calls/bad.txt');
    expect(out).toContain('  文件      1\n');
  });
});

describe('kefu lint — presets and settings', () => {
  it('checks a full gas-hotline call flow (CALL-8) clean once the company slot matches the greeting (SCR-GREET)', async () => {
    const clean = await lint(['--preset', 'gas-hotline', '--setting', 'company=阳泉市煤气公司', 'calls/good.txt']);
    expect(clean.err).toBe('');
    expect(clean.code).toBe(0);
    expect(clean.out).toContain('无问题');
    // The preset's default company is 燃气公司, so the greeting naming 阳泉市煤气公司 does not match it.
    const mismatch = await lint(['--preset', 'gas-hotline', '--format', 'json', 'calls/good.txt']);
    expect(mismatch.code).toBe(1);
    const report = JSON.parse(mismatch.out) as JsonReportEntry[];
    expect(report[0]!.diagnostics.map((d) => [d.ruleId, d.severity, d.line, d.column])).toEqual([['greeting-script', 'error', 1, 12]]);
  });

  it('runs what the preset’s config turns on: flow-order (CALL-8) is off until --rule turns it on, with the preset’s call flow', async () => {
    const args = ['--preset', 'gas-hotline', '--setting', 'company=阳泉市煤气公司', '--format', 'json', 'calls/flow.txt'];
    const files = { 'calls/flow.txt': '客服：您好，阳泉市煤气公司12号客服员为您服务\n客户：我家燃气表不走了\n客服：好的，马上安排师傅上门\n客服：再见' };
    const off = JSON.parse((await lint(args, files)).out) as JsonReportEntry[];
    expect(off[0]?.diagnostics.filter((d) => d.ruleId === 'flow-order')).toEqual([]);
    const on = JSON.parse((await lint(['--rule', 'flow-order=warn', ...args], files)).out) as JsonReportEntry[];
    expect(on[0]?.diagnostics.filter((d) => d.ruleId === 'flow-order').map((d) => [d.messageId, d.entryId, d.turn, d.severity])).toEqual([
      ['deviation', 'verify-before-dispatch', 2, 'warn'],
      ['deviation', 'anything-else-before-close', 3, 'warn'],
    ]);
  });

  it('rejects a malformed --setting', async () => {
    const { code, err } = await lint(['--setting', 'company', 'calls/good.txt']);
    expect(code).toBe(2);
    expect(err).toBe('kefu: --setting takes key=value, e.g. company=阳泉市煤气公司 (got "company")\n');
  });
});

describe('kefu lint — input', () => {
  it('accepts an extra speaker label with --label', async () => {
    const { code, err } = await lint(['--rule', ONLY_PHRASES, '--label', '经理=agent', 'calls/broken.txt']);
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it('requires --channels for speech-recognition JSON and uses it when given', async () => {
    const missing = await lint(['calls/aliyun.json']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('kefu: calls/aliyun.json:1:73: Cannot parse aliyun transcript: Sentences[0].ChannelId 0 has no speaker: pass the channels option');
    const given = await lint(['--rule', ONLY_PHRASES, '--channels', '0=agent,1=customer', '--format', 'json', 'calls/aliyun.json']);
    expect(given.err).toBe('');
    const report = JSON.parse(given.out) as JsonReportEntry[];
    // "喂，你找谁？" — 你 at offset 2 of the agent's first sentence, column 55 of the JSON line.
    expect(report[0]!.diagnostics.map((d) => [d.ruleId, d.line, d.column, d.endColumn])).toEqual([['honorific-nin', 1, 55, 56]]);
  });

  it('honours --input-format over detection', async () => {
    const { code, err } = await lint(['--input-format', 'vtt', 'calls/clean.txt']);
    expect(code).toBe(2);
    expect(err).toBe('kefu: calls/clean.txt:1:1: Cannot parse vtt transcript: expected the "WEBVTT" header on the first line\n');
  });

  it('reads stdin for "-" and names it with --stdin-filename', async () => {
    const input = fixture('formats/bad-call.txt');
    const named = await lint(['--rule', ONLY_PHRASES, '--stdin-filename', 'call-17.txt', '-'], {}, input);
    expect(named.code).toBe(1);
    expect(named.out).toMatch(/^\ncall-17\.txt\n/);
    const unnamed = await lint(['--rule', ONLY_PHRASES, '-'], {}, input);
    expect(unnamed.out).toMatch(/^\n<stdin>\n/);
  });

  it('expands globs through io.expandFiles', async () => {
    const io = fakeIO(FILES);
    const seen: string[][] = [];
    const globbing = { ...io, expandFiles: async (patterns: readonly string[]) => (seen.push([...patterns]), ['calls/ni.txt', 'calls/clean.txt']) };
    const code = await runCli(['lint', '--rule', ONLY_PHRASES, 'calls/*.txt'], globbing);
    expect(seen).toEqual([['calls/*.txt']]);
    expect(code).toBe(0);
    expect(io.out).toContain('  文件      2\n  通话      2\n');
  });
});

describe('kefu lint — output', () => {
  it('writes English messages with --lang en', async () => {
    const { out } = await lint(['--rule', ONLY_PHRASES, '--lang', 'en', 'calls/bad.txt']);
    expect(out).toMatch(/3:12 +error +\S.* +forbidden-phrase\n/);
    expect(out).toContain('Summary\n  Files          1\n  Calls          1\n');
    expect(out).not.toContain('错误');
  });

  it('writes a JSON report with located findings (--format json)', async () => {
    const { code, out } = await lint(['--rule', ONLY_PHRASES, '--format', 'json', 'calls/bad.txt', 'calls/clean.txt']);
    expect(code).toBe(1);
    expect(out.endsWith('\n')).toBe(true);
    const report = JSON.parse(out) as JsonReportEntry[];
    expect(report.map((r) => [r.file, r.turns, r.errorCount])).toEqual([
      ['calls/bad.txt', 3, report[0]!.errorCount],
      ['calls/clean.txt', 3, 0],
    ]);
    expect(report[0]!.errorCount).toBeGreaterThanOrEqual(2);
    const forbidden = report[0]!.diagnostics.filter((d) => d.ruleId === 'forbidden-phrase');
    expect(forbidden.map((d) => [d.line, d.column])).toContainEqual([3, 12]);
    // "没看到我在忙吗" sits on the continuation line 4 after two spaces of indent.
    expect(forbidden.map((d) => [d.line, d.column, d.endColumn])).toContainEqual([4, 3, 10]);
  });

  it('writes SARIF 2.1.0 with the checker rules and kefu version (--format sarif)', async () => {
    const { code, out } = await lint(['--rule', ONLY_PHRASES, '--format', 'sarif', '--lang', 'en', 'calls/bad.txt']);
    expect(code).toBe(1);
    const log = JSON.parse(out) as SarifLog;
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe('kefu');
    expect(driver.version).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
    expect(driver.rules.map((r) => r.id)).toEqual(['forbidden-phrase', 'honorific-nin']);
    expect(driver.rules[0]!.shortDescription?.text).toBe(createChecker().rules.find((r) => r.id === 'forbidden-phrase')!.description.en);
    const first = log.runs[0]!.results.find((r) => r.ruleId === 'forbidden-phrase')!;
    expect(first.level).toBe('error');
    expect(first.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'calls/bad.txt' }, region: { startLine: 3, startColumn: 12, endLine: 3, endColumn: 15 } });
  });

  it('colours stylish output on a terminal, or when forced; never colours JSON', async () => {
    const base = fakeIO(FILES);
    await runCli(['lint', '--rule', ONLY_PHRASES, 'calls/bad.txt'], { ...base, stdoutIsTTY: true });
    expect(base.out).toContain('\u001b[31m错误\u001b[39m');
    const forced = await lint(['--rule', ONLY_PHRASES, '--color', 'calls/bad.txt']);
    expect(forced.out).toContain('\u001b[');
    const off = fakeIO(FILES);
    await runCli(['lint', '--rule', ONLY_PHRASES, '--no-color', 'calls/bad.txt'], { ...off, stdoutIsTTY: true });
    expect(off.out).toContain('forbidden-phrase');
    expect(off.out).not.toContain('\u001b[');
    const json = await lint(['--rule', ONLY_PHRASES, '--color', '--format', 'json', 'calls/bad.txt']);
    expect(json.out).not.toContain('\u001b[');
  });

  it('shows a progress line on an interactive stderr for a large batch, and clears it', async () => {
    const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`calls/${i}.txt`, '客服：您好\n']));
    const io = fakeIO(many);
    expect(await runCli(['lint', '--rule', ONLY_PHRASES, ...Object.keys(many)], { ...io, stderrIsTTY: true })).toBe(0);
    expect(io.err.startsWith('\rkefu lint: 1/20')).toBe(true);
    expect(io.err).toContain('\rkefu lint: 20/20');
    expect(io.err.endsWith('\r\u001b[K')).toBe(true);
    const quiet = fakeIO(many);
    await runCli(['lint', '--rule', ONLY_PHRASES, ...Object.keys(many)], quiet);
    expect(quiet.err).toBe('');
    const small = fakeIO(FILES);
    await runCli(['lint', '--rule', ONLY_PHRASES, 'calls/clean.txt'], { ...small, stderrIsTTY: true });
    expect(small.err).toBe('');
  });

  it('prints its usage with --help', async () => {
    const { code, out } = await lint(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('Usage: kefu lint [options] <files|globs|->');
    expect(out).toContain('Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 bad usage or unreadable input.');
  });
});
