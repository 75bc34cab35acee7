import { readFile } from 'node:fs/promises';
import { decodeText } from './decode.js';
import { expandFiles } from './files.js';
import { runCli } from './main.js';
import type { CliIO } from './io.js';

async function readStdin(encoding?: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return decodeText(Buffer.concat(chunks), encoding);
}

// A reader that stops early (kefu lint … | head) closes the pipe: stop writing, quietly, and let the
// command finish with its own exit code, as Unix tools do.
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stdoutClosed = true;
});

const io: CliIO = {
  stdout: (text) => {
    if (!stdoutClosed) process.stdout.write(text);
  },
  stderr: (text) => process.stderr.write(text),
  readFile: async (path, encoding) => decodeText(await readFile(path), encoding),
  readStdin,
  expandFiles,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
};

process.exitCode = await runCli(process.argv.slice(2), io);
