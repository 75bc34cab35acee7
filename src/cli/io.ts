/**
 * What a command may touch: the CLI's only window on the process. Tests pass their own.
 * @internal
 */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** A file's text, decoded as `encoding` or as detected (UTF-8, UTF-16, GB18030). */
  readonly readFile: (path: string, encoding?: string) => Promise<string>;
  readonly readStdin: (encoding?: string) => Promise<string>;
  /** Expand a list of paths and globs into file paths, in a stable order. */
  readonly expandFiles: (patterns: readonly string[]) => Promise<string[]>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
}

/** A usage or input problem: exit code 2 with a one-line message. @internal */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** One subcommand of `kefu`. @internal */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** Returns the exit code: 0 ok, 1 findings, 2 usage or input error. */
  readonly run: (argv: readonly string[], io: CliIO) => Promise<number>;
}
