import { parseArgs } from 'node:util';
import { KefuError, parseInstant, parseTask, PRIORITIES, TASK_KINDS } from '../../model/index.js';
import { getPreset, PRESET_IDS } from '../../presets/index.js';
import {
  createCalendar,
  evaluateTask,
  evaluateTaskWith,
  selectPolicy,
  type Calendar,
  type SlaPolicy,
  type SlaPreset,
  type SlaTarget,
  type TargetEvaluation,
  type TaskEvaluation,
} from '../../sla/index.js';
import { computeKpis, type KpiReport } from '../../sla/kpi.js';
import { formatInZone, parseWallClock } from '../../sla/zone.js';
import { UsageError, type CliIO, type Command } from '../io.js';

const FORMATS = ['table', 'json'] as const;

const usage = `Usage: kefu sla due   --preset <id> (--task <kind> | --policy <id>) [--from <time>] [options]
       kefu sla check <tasks.jsonl|-> --preset <id> [--now <time>] [--format table|json]

due    print the deadline of every target of the policy that applies, for a task created at --from
check  evaluate every task of a JSON Lines file (one Task per line) and print target states and KPIs

Options:
  --preset <id>             ${PRESET_IDS.join(', ')}
  --task <kind>             task kind: ${TASK_KINDS.join(', ')}
  --priority <p>            ${PRIORITIES.join(', ')} (default normal)
  --policy <id>             use this policy of the preset instead of matching by kind and priority
  --from <time>             when the task is created (default: now)
  --now <time>              evaluate as of this time (default: now)
  --estimated-minutes <n>   the task's estimated labour time (AUTO-SLA-3)
  --requested-by <time>     the deadline the customer set (SUP-SLA-1)
  --format <name>           table (default) or json
  -h, --help                show this help

Times are ISO 8601 (2026-09-30T16:00, 2026-09-30T16:00:00+08:00, 2026-09-30). A time without an offset is
read in the preset calendar's time zone, never the host's.

Exit codes: 0 all targets in time; 1 a target breached or met late, or a line of the file is bad (the
other lines are still checked); 2 bad usage or an unreadable file.`;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${value}")`);
  return found;
}

/** An instant from the command line: text with an offset as written, else wall-clock time in `zone`. */
function readInstant(text: string | undefined, option: string, zone: string, fallback: number): number {
  if (text === undefined) return fallback;
  for (const read of [() => parseInstant(text, option), () => parseWallClock(text, zone).getTime()]) {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof KefuError)) throw error;
    }
  }
  throw new UsageError(`--${option} is not a time like 2026-09-30T16:00 or 2026-09-30T16:00:00+08:00 (got "${text}")`);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2026-09-30 22:00 +08:00` in the calendar's zone. */
const formatInstant = (at: Date | null, zone: string): string => (at === null ? '—' : formatInZone(at, zone));

/** `1d 02h 05m`, `-0h 30m`. */
function formatSpan(ms: number | null): string {
  if (ms === null) return '—';
  const sign = ms < 0 ? '-' : '';
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const rest = `${pad(Math.floor((minutes % 1440) / 60))}h ${pad(minutes % 60)}m`;
  return `${sign}${days > 0 ? `${days}d ` : ''}${rest}`;
}

function describeLimit(target: SlaTarget): string {
  const limit = target.limit;
  if ('from' in limit) return `task's ${limit.from} (${limit.clock} clock)`;
  const d = limit.duration;
  const parts = [
    d.weeks && `${d.weeks} wk`,
    d.days && `${d.days} d`,
    d.workingDays && `${d.workingDays} working d`,
    d.hours && `${d.hours} h`,
    d.minutes && `${d.minutes} min`,
  ].filter(Boolean);
  return `${parts.join(' ')} (${limit.clock} clock${limit.counting === 'civil-code' ? ', civil-code days' : ''})`;
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows.reduce<number[]>((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, [...cell].length)), []);
  return rows.map((row) => `  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - [...cell].length))).join('  ')}`.trimEnd()).join('\n');
}

function presetOf(id: string | undefined): SlaPreset {
  if (id === undefined) throw new UsageError(`--preset is required: one of ${PRESET_IDS.join(', ')}`);
  const preset = oneOf(id, PRESET_IDS, 'preset');
  if (preset === undefined) throw new UsageError(`--preset is required: one of ${PRESET_IDS.join(', ')}`);
  return getPreset(preset).sla;
}

interface Options {
  readonly values: Record<string, string | undefined>;
  readonly positionals: readonly string[];
}

function parse(argv: readonly string[]): Options {
  try {
    const options: Record<string, { type: 'string' }> = {};
    for (const name of ['preset', 'task', 'priority', 'policy', 'from', 'now', 'estimated-minutes', 'requested-by', 'format']) options[name] = { type: 'string' };
    const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
    const strings: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(values)) if (typeof value === 'string') strings[name] = value;
    return { values: strings, positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function runDue({ values, positionals }: Options, io: CliIO): number {
  if (positionals.length > 0) throw new UsageError(`sla due takes no file (got "${positionals[0]}")`);
  const preset = presetOf(values['preset']);
  const calendar = createCalendar(preset.calendar);
  const zone = calendar.timeZone;
  const from = readInstant(values['from'], 'from', zone, Date.now());
  const kind = oneOf(values['task'], TASK_KINDS, 'task');
  const priority = oneOf(values['priority'], PRIORITIES, 'priority') ?? 'normal';
  const format = oneOf(values['format'], FORMATS, 'format') ?? 'table';
  let policy: SlaPolicy | undefined;
  if (values['policy'] !== undefined) {
    policy = preset.policies.find((p) => p.id === values['policy']);
    if (policy === undefined) throw new UsageError(`--policy must be one of ${preset.policies.map((p) => p.id).join(', ')} (got "${values['policy']}")`);
  } else {
    if (kind === undefined) throw new UsageError('give --task <kind> or --policy <id> (kefu sla --help)');
    policy = selectPolicy({ kind, priority }, preset.policies);
    if (policy === undefined) throw new UsageError(`no policy of this preset applies to a ${priority} ${kind} task; its policies: ${preset.policies.map((p) => p.id).join(', ')}`);
  }
  const minutes = values['estimated-minutes'];
  if (minutes !== undefined && !(Number(minutes) > 0)) throw new UsageError(`--estimated-minutes must be a number > 0 (got "${minutes}")`);
  const requestedBy = values['requested-by'] === undefined ? undefined : new Date(readInstant(values['requested-by'], 'requested-by', zone, 0)).toISOString();
  const task = {
    id: 'cli',
    kind: kind ?? policy.appliesTo?.kinds?.[0] ?? 'repair',
    priority,
    createdAt: new Date(from).toISOString(),
    timeline: [],
    ...(minutes === undefined ? {} : { estimatedMinutes: Number(minutes) }),
    ...(requestedBy === undefined ? {} : { requestedBy }),
  };
  // One target at a time, so a target that needs a task field the command line lacks does not hide the others.
  const rows = policy.targets.map((target) => {
    try {
      const [result] = evaluateTask(task, { ...policy, targets: [target] }, { now: from, calendar }).targets;
      return { target, result: result ?? null, problem: null };
    } catch (error) {
      if (!(error instanceof KefuError)) throw error;
      return { target, result: null, problem: error.message.split('\n')[0] ?? error.message };
    }
  });
  if (format === 'json') {
    io.stdout(
      `${JSON.stringify(
        {
          preset: values['preset'],
          policyId: policy.id,
          timeZone: zone,
          from: new Date(from).toISOString(),
          targets: rows.map(({ target, result, problem }) => ({
            targetId: target.id,
            rule: target.source?.rule ?? null,
            limit: target.limit,
            startOn: target.startOn,
            dueAt: result?.state === 'not-started' ? null : (result?.dueAt ?? null),
            ...(problem === null ? {} : { problem }),
          })),
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const lines = rows.map(({ target, result, problem }) => [
    target.id,
    target.source?.rule ?? '',
    describeLimit(target),
    problem ?? (result === null ? '—' : result.state === 'not-started' ? `starts on ${[target.startOn].flat().join(' / ')}` : `due ${formatInstant(result.dueAt, zone)}`),
  ]);
  io.stdout(`${policy.id} — ${policy.name}\ncreated ${formatInstant(new Date(from), zone)} (${zone})\n${table(lines)}\n`);
  return 0;
}

interface LineProblem {
  readonly line: number;
  readonly message: string;
}

function checkLine(text: string, preset: SlaPreset, calendar: Calendar, now: number): TaskEvaluation {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const task = parseTask(json);
  const evaluation = evaluateTaskWith(task, preset.policies, { now, calendar });
  if (evaluation === undefined) throw new Error(`no policy of the preset applies to a ${task.priority} ${task.kind} task`);
  return evaluation;
}

function renderKpis(report: KpiReport): string {
  const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
  const rows = [
    ['policy / target', 'rule', 'met', 'late', 'breached', 'open', 'compliance', 'avg', 'p90'],
    ...report.targets.map((t) => [
      `${t.policyId} / ${t.targetId}`,
      t.rule ?? '',
      String(t.met),
      String(t.metLate),
      String(t.breached),
      String(t.open + t.notStarted),
      pct(t.compliance),
      formatSpan(t.averageElapsedMs),
      formatSpan(t.p90ElapsedMs),
    ]),
  ];
  let out = `\nKPIs over ${report.tasks} task${report.tasks === 1 ? '' : 's'}\n${table(rows)}\n`;
  if (report.checks.length > 0) {
    const value = (metric: string, x: number | null): string =>
      x === null ? '—' : metric.endsWith('elapsed') ? formatSpan(x) : metric === 'compliance' || metric === 'completion' ? pct(x) : String(x);
    out += `\nTargets\n${table(
      report.checks.map((c) => [c.pass === null ? '·' : c.pass ? '✓' : '✗', c.id, c.rule ?? '', `${value(c.metric, c.actual)} ${c.op} ${value(c.metric, c.value)}`]),
    )}\n`;
  }
  return out;
}

function renderTask(evaluation: TaskEvaluation, zone: string): string {
  const row = (t: TargetEvaluation): string[] => [
    t.targetId,
    t.state,
    t.state === 'not-started' ? '' : `due ${formatInstant(t.dueAt, zone)}`,
    t.state === 'not-started' ? '' : `elapsed ${formatSpan(t.elapsedMs)}`,
    t.state === 'not-started' ? '' : `remaining ${formatSpan(t.remainingMs)}`,
  ];
  return `${evaluation.taskId}  ${evaluation.policyId}\n${table(evaluation.targets.map(row))}\n`;
}

async function runCheck({ values, positionals }: Options, io: CliIO): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('sla check takes one file of tasks (JSON Lines), or - for stdin');
  const preset = presetOf(values['preset']);
  const calendar = createCalendar(preset.calendar);
  const zone = calendar.timeZone;
  const now = readInstant(values['now'], 'now', zone, Date.now());
  const format = oneOf(values['format'], FORMATS, 'format') ?? 'table';
  const [file = '-'] = positionals;
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    throw new UsageError(`${file}: cannot read the file (${typeof code === 'string' ? code : error instanceof Error ? error.message : String(error)})`);
  }
  const evaluations: TaskEvaluation[] = [];
  const problems: LineProblem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      evaluations.push(checkLine(line, preset, calendar, now));
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      problems.push({
        line: i + 1,
        message: error.message
          .split('\n')
          .map((l) => l.trim())
          .join(' '),
      });
    }
  });
  const kpis = computeKpis(evaluations, [], preset.kpiTargets);
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ preset: values['preset'], now: new Date(now).toISOString(), timeZone: zone, evaluations, problems, kpis }, null, 2)}\n`);
  } else {
    io.stdout(`as of ${formatInstant(new Date(now), zone)} (${zone})\n\n${evaluations.map((e) => renderTask(e, zone)).join('\n')}${renderKpis(kpis)}`);
  }
  for (const p of problems) io.stderr(`kefu: ${file === '-' ? '<stdin>' : file}:${p.line}: ${p.message}\n`);
  const late = evaluations.some((e) => e.targets.some((t) => t.state === 'breached' || t.state === 'met-late'));
  return late || problems.length > 0 ? 1 : 0;
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  const options = parse(rest);
  switch (sub ?? '') {
    case 'due':
      return runDue(options, io);
    case 'check':
      return runCheck(options, io);
    default:
      throw new UsageError(`kefu sla needs a subcommand: due or check (got ${sub === undefined ? 'nothing' : `"${sub}"`})`);
  }
}

/**
 * `kefu sla`: deadlines of a preset's targets (`due`) and a batch check of tasks with KPIs (`check`).
 * @internal
 */
export const slaCommand: Command = {
  name: 'sla',
  summary: 'SLA deadlines of a preset, and a check of tasks with KPIs',
  usage,
  run,
};
