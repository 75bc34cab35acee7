import { parseArgs } from 'node:util';
import { KefuError } from '../model/index.js';
import { commands } from './commands/index.js';
import { UsageError, type CliIO } from './io.js';
import { VERSION } from './version.js';

function help(): string {
  const width = Math.max(8, ...commands.map((c) => c.name.length));
  const rows = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return [
    'kefu — Chinese customer-service standards as code',
    '',
    'Usage: kefu <command> [options]',
    '',
    'Commands:',
    rows === '' ? '  (none yet)' : rows,
    '',
    'Options:',
    "  -h, --help     show this help (or a command's help: kefu <command> --help)",
    '  -v, --version  print the version',
    '',
    'Exit codes: 0 ok, 1 findings, 2 usage or input error.',
  ].join('\n');
}

/**
 * Run the CLI with `argv` (without node and script) and return the exit code. Bad usage or input
 * prints one line on stderr and returns 2, never a stack trace.
 * @internal
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
      io.stdout(`${help()}\n`);
      return 0;
    }
    if (first === '-v' || first === '--version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (first.startsWith('-')) {
      // Let parseArgs produce its usual message for unknown options.
      parseArgs({ args: [first], options: { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } }, strict: true });
    }
    const command = commands.find((c) => c.name === first);
    if (command === undefined) throw new UsageError(`unknown command "${first}"; run kefu --help for the list`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${command.usage}\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`kefu: ${oneLine(error)}\n`);
    return 2;
  }
}

function oneLine(error: unknown): string {
  if (error instanceof KefuError) {
    const issue = error.issues[0];
    return issue === undefined
      ? (error.message.split('\n')[0] ?? error.message)
      : error.message
          .split('\n')
          .map((l) => l.trim())
          .join(' ');
  }
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.message;
  return String(error);
}
