import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { VERSION } from '../../src/cli/version.js';
import { fakeIO } from '../helpers/fake-io.js';

describe('kefu CLI entry', () => {
  it('prints the package version for --version and -v', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    for (const flag of ['--version', '-v']) {
      const io = fakeIO();
      expect(await runCli([flag], io)).toBe(0);
      expect(io.out).toBe(`${pkg.version}\n`);
    }
  });

  it('prints help listing the exit codes with no arguments', async () => {
    const io = fakeIO();
    expect(await runCli([], io)).toBe(0);
    expect(io.out).toContain('Usage: kefu <command> [options]');
    expect(io.out).toContain('Exit codes: 0 ok, 1 findings, 2 usage or input error.');
  });

  it('exits 2 with one line on stderr for an unknown command or option', async () => {
    const io = fakeIO();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(io.err).toBe('kefu: unknown command "frobnicate"; run kefu --help for the list\n');
    const io2 = fakeIO();
    expect(await runCli(['--bogus'], io2)).toBe(2);
    expect(io2.err.split('\n')).toHaveLength(2);
    expect(io2.err).toMatch(/^kefu: .*--bogus/);
  });
});
