import { parseArgs } from 'node:util';
import { CallKind, KefuError, SPEAKERS, type Speaker } from '../../model/index.js';
import {
  createChecker,
  flowOrder,
  formatJson,
  formatSarif,
  formatStylish,
  type CheckerOptions,
  type LintConfig,
  type LintFileResult,
  type LintSettings,
  type MessageLanguage,
  type RuleDescriptor,
  type RuleEntry,
  SEVERITIES,
} from '../../phrases/index.js';
import { DEFAULT_SPEAKER_LABELS, TRANSCRIPT_FORMATS, parseTranscriptText, type TranscriptFormat } from '../../transcripts/index.js';
import { PRESET_IDS, getPreset } from '../../presets/index.js';
import { ENCODINGS } from '../decode.js';
import { UsageError, type CliIO, type Command } from '../io.js';
import { VERSION } from '../version.js';

const OUTPUT_FORMATS = ['stylish', 'json', 'sarif'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];
/** Batches at least this large get a progress line on an interactive stderr. */
const PROGRESS_FROM = 20;

const usage = `Usage: kefu lint [options] <files|globs|->

Check call transcripts against the service standards (forbidden phrases, honorifics, scripts, call flow).

Input formats (detected unless --input-format is given): plain text with speaker labels (客服：/客户：),
WebVTT, SRT, Alibaba Cloud and Tencent Cloud speech-recognition JSON, kefu JSON. "-" reads stdin.

Options:
  --preset <id>            organisation preset: ${PRESET_IDS.join(', ')}
  --rule <id=severity>     set a rule to off, warn or error (repeatable)
  --setting <slot=value>   a script slot, e.g. company=阳泉市煤气公司, hotline=96777 (repeatable)
  --call-kind <kind>       the calls' kind: ${CallKind.options.join(', ')}
  --format <name>          report format: stylish (default), json, sarif
  --input-format <name>    auto (default), ${TRANSCRIPT_FORMATS.join(', ')}
  --channels <map>         speech-recognition channel or speaker ids, e.g. 0=agent,1=customer
                           (required for aliyun and tencent input)
  --label <label=speaker>  another speaker label for text, vtt and srt, e.g. 经理=agent (repeatable)
  --lang <zh|en>           message language (default zh)
  --encoding <name>        the files' encoding: ${ENCODINGS.join(', ')} (default: detected)
  --stdin-filename <name>  the name to report for input read from stdin
  --color, --no-color      force colours on or off (default: on when stdout is a terminal)
  -h, --help               show this help

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 bad usage or unreadable input.`;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  const found = allowed.find((a) => a === value);
  if (found !== undefined) return found;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${value}")`);
}

function pairs(values: readonly string[], option: string, example: string): [string, string][] {
  return values
    .flatMap((v) => v.split(','))
    .filter((v) => v.trim() !== '')
    .map((item) => {
      const at = item.lastIndexOf('=');
      if (at <= 0 || at === item.length - 1) throw new UsageError(`--${option} takes key=value, e.g. ${example} (got "${item}")`);
      return [item.slice(0, at).trim(), item.slice(at + 1).trim()];
    });
}

function speakerOf(value: string, option: string): Speaker {
  const speaker = SPEAKERS.find((s) => s === value);
  if (speaker !== undefined) return speaker;
  throw new UsageError(`--${option}: speaker must be agent, customer or system (got "${value}")`);
}

interface ParsedOptions {
  readonly files: readonly string[];
  readonly output: OutputFormat;
  readonly inputFormat: TranscriptFormat | 'auto';
  readonly lang: MessageLanguage;
  readonly color: boolean;
  readonly checker: CheckerOptions<'flow-order'>;
  readonly callKind: CallKind | undefined;
  readonly encoding: string | undefined;
  readonly channels: Readonly<Record<number, Speaker>> | undefined;
  readonly labels: Readonly<Record<string, Speaker>> | undefined;
  readonly stdinName: string;
}

function parseOptions(argv: readonly string[], io: CliIO): ParsedOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        preset: { type: 'string' },
        setting: { type: 'string', multiple: true },
        rule: { type: 'string', multiple: true },
        'call-kind': { type: 'string' },
        format: { type: 'string' },
        'input-format': { type: 'string' },
        channels: { type: 'string', multiple: true },
        label: { type: 'string', multiple: true },
        lang: { type: 'string' },
        encoding: { type: 'string' },
        'stdin-filename': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('no input: name transcript files, globs, or - for stdin (kefu lint --help)');

  const output = oneOf(values.format, OUTPUT_FORMATS, 'format', 'stylish');
  const inputFormat = oneOf<TranscriptFormat | 'auto'>(values['input-format'], ['auto', ...TRANSCRIPT_FORMATS], 'input-format', 'auto');
  const lang = oneOf<MessageLanguage>(values.lang, ['zh', 'en'], 'lang', 'zh');
  const callKindValue = values['call-kind'];
  const callKind = callKindValue === undefined ? undefined : CallKind.safeParse(callKindValue);
  if (callKind !== undefined && !callKind.success) {
    throw new UsageError(`--call-kind must be one of ${CallKind.options.join(', ')} (got "${callKindValue}")`);
  }
  const presetId = values.preset;
  const known = presetId === undefined ? undefined : PRESET_IDS.find((id) => id === presetId);
  if (presetId !== undefined && known === undefined) throw new UsageError(`--preset must be one of ${PRESET_IDS.join(', ')} (got "${presetId}")`);
  // The preset's lint config, with what it extends: the checker runs what it turns on.
  const preset: LintConfig | undefined = known === undefined ? undefined : getPreset(known).lint;
  // Ids come from the command line, so the checker (which knows every rule) judges them, not the type.
  const rules: Record<string, RuleEntry> = {};
  for (const [id, severity] of pairs(values.rule ?? [], 'rule', 'forbidden-phrase=error')) {
    const level = oneOf(severity, SEVERITIES, `rule ${id}`, 'error');
    // flow-order judges the call against the organisation's call flow: the preset's, when one is named.
    rules[id] = id === flowOrder.meta.id && known !== undefined ? [level, { classify: getPreset(known).classify }] : level;
  }
  let channels: Record<number, Speaker> | undefined;
  for (const [id, speaker] of pairs(values.channels ?? [], 'channels', '0=agent,1=customer')) {
    if (!/^[0-9]+$/.test(id)) throw new UsageError(`--channels: "${id}" is not a channel or speaker id (a non-negative integer)`);
    (channels ??= {})[Number(id)] = speakerOf(speaker, 'channels');
  }
  let labels: Record<string, Speaker> | undefined;
  for (const [label, speaker] of pairs(values.label ?? [], 'label', '经理=agent')) {
    (labels ??= { ...DEFAULT_SPEAKER_LABELS })[label] = speakerOf(speaker, 'label');
  }
  const settings = settingsOf(values.setting ?? []);
  const color = values['no-color'] === true ? false : values.color === true ? true : io.stdoutIsTTY;
  return {
    files: positionals,
    output,
    inputFormat,
    lang,
    color: output === 'stylish' && color,
    checker: {
      // flow-order is opt-in in the library (it carries the call machine); the command line offers it always.
      extraRules: [flowOrder],
      ...(preset === undefined ? {} : { preset }),
      ...(Object.keys(rules).length === 0 ? {} : { rules }),
      ...(settings === undefined ? {} : { settings }),
    },
    callKind: callKind?.data,
    encoding: values.encoding === undefined ? undefined : oneOf(values.encoding.toLowerCase(), ENCODINGS, 'encoding', 'utf-8'),
    channels,
    labels,
    stdinName: values['stdin-filename'] ?? '<stdin>',
  };
}

const NAMED_SETTINGS = ['company', 'hotline', 'brand', 'centre'] as const;

/** `--setting company=燃气公司 --setting agentNo=012`: the named slots, the rest under `slots`. */
function settingsOf(values: readonly string[]): LintSettings | undefined {
  const entries = pairs(values, 'setting', 'company=阳泉市煤气公司');
  if (entries.length === 0) return undefined;
  const named: Record<string, string> = {};
  const slots: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (NAMED_SETTINGS.some((name) => name === key)) named[key] = value;
    else slots[key] = value;
  }
  return { ...named, ...(Object.keys(slots).length === 0 ? {} : { slots }) };
}

/** `file:line:column: message` for a file that could not be read or parsed. */
function describeInputError(file: string, error: unknown): string {
  if (error instanceof KefuError) {
    const issue = error.issues[0];
    const [firstLine = ''] = error.message.split('\n');
    if (issue?.line !== undefined) return `${file}:${issue.line}:${issue.column ?? 1}: ${firstLine.replace(/ at line \d+, column \d+$/, '')}`;
    return `${file}: ${error.message
      .split('\n')
      .map((l) => l.trim())
      .join(' ')}`;
  }
  const code: unknown = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const reason = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
  return `${file}: cannot read the file (${reason})`;
}

function render(options: ParsedOptions, results: readonly LintFileResult[], rules: readonly RuleDescriptor[]): string {
  switch (options.output) {
    case 'stylish':
      return formatStylish(results, { lang: options.lang, color: options.color });
    case 'json':
      return `${formatJson(results)}\n`;
    case 'sarif':
      return `${formatSarif(results, { lang: options.lang, toolVersion: VERSION, rules })}\n`;
    default: {
      const never: never = options.output;
      return never;
    }
  }
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const options = parseOptions(argv, io);
  // Built once for the whole batch; bad rule ids or presets fail here, before any file is read.
  const checker = createChecker(options.checker);
  const files = await io.expandFiles(options.files);
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('- (stdin) can be given only once');

  const results: LintFileResult[] = [];
  let unreadable = 0;
  const progress = io.stderrIsTTY && files.length >= PROGRESS_FROM;
  for (const [i, file] of files.entries()) {
    if (progress) io.stderr(`\rkefu lint: ${i + 1}/${files.length}`);
    const name = file === '-' ? options.stdinName : file;
    try {
      const text = file === '-' ? await io.readStdin(options.encoding) : await io.readFile(file, options.encoding);
      const parsed = parseTranscriptText(text, {
        format: options.inputFormat,
        fileName: name,
        ...(options.channels === undefined ? {} : { channels: options.channels }),
        ...(options.labels === undefined ? {} : { labels: options.labels }),
      });
      // An empty file is no call: scoring it 100 would pass a failed export.
      if (parsed.transcript.turns.length === 0) throw new KefuError('invalid_input', 'no turns to check: the file is empty or holds no speech');
      const result = checker.check(parsed.transcript, options.callKind === undefined ? undefined : { callKind: options.callKind });
      results.push({ file: name, transcript: parsed.transcript, turnSources: parsed.turnSources, result });
    } catch (error) {
      unreadable++;
      if (progress) io.stderr('\r\u001b[K');
      io.stderr(`kefu: ${describeInputError(name, error)}\n`);
    }
  }
  if (progress) io.stderr('\r\u001b[K');

  io.stdout(render(options, results, checker.rules));
  if (unreadable > 0) return 2;
  return results.some((r) => r.result.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

/**
 * `kefu lint`: parse transcripts, check them with the transcript checker, report like ESLint.
 * @internal
 */
export const lintCommand: Command = {
  name: 'lint',
  summary: 'check call transcripts against the service standards',
  usage,
  run,
};
