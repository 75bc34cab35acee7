import type { CliIO } from '../../src/cli/io.js';

/** A fake process for the CLI: captures output, serves files from a map. */
export function fakeIO(files: Record<string, string> = {}, stdin = ''): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => {
      io.out += t;
    },
    stderr: (t: string) => {
      io.err += t;
    },
    readFile: async (path: string) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    readStdin: async () => stdin,
    expandFiles: async (patterns: readonly string[]) => [...patterns],
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  return io;
}
