// Reference pages generated from the code itself — every checker rule (id, default severity, DOMAIN rule
// IDs, description, options with their defaults) and every preset (what it contains) — so the site can
// never describe a rule or a preset the library does not have. The docs build includes the pages; they
// are not committed. Run on its own: npx tsx scripts/gen-reference.ts [out-dir]
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { commands } from '../src/cli/commands/index.js';
import type { CliIO } from '../src/cli/io.js';
import { runCli } from '../src/cli/main.js';
import type { ClassifyPreset } from '../src/classify/index.js';
import { PRESET_IDS, presets, type Preset } from '../src/presets/index.js';
import { BUILTIN_RULES, flowOrder, recommended, resolveConfig, type AnyRule, type LintConfig, type RuleEntry } from '../src/phrases/index.js';

/** A rule's severity in `recommended` (severity lives in configuration, not in the rule). */
function recommendedSeverity(id: string): string {
  const entry = resolveConfig(recommended).rules[id];
  if (entry === undefined) return id === flowOrder.meta.id ? 'opt-in (`extraRules`)' : 'off';
  return typeof entry === 'string' ? entry : entry[0];
}
import type { CalendarDefinition, Duration, TargetLimit } from '../src/sla/index.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A JSON Schema node as zod emits it; only the parts a reader needs. */
interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly anyOf?: readonly SchemaNode[];
  readonly description?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly minItems?: number;
}

/** Escape text for a markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Inline code that survives backticks in the text. */
export function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A short type for an options table: `number ≥ 0`, `string[]`, `'a' | 'b'`, `object[]`. */
export function describeSchemaType(node: SchemaNode): string {
  if (node.enum !== undefined) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.anyOf !== undefined) return node.anyOf.map(describeSchemaType).join(' | ');
  const type = Array.isArray(node.type) ? node.type.join(' | ') : (node.type as string | undefined);
  if (type === 'array')
    return `${node.items === undefined ? 'unknown' : describeSchemaType(node.items)}[]${node.minItems !== undefined && node.minItems > 0 ? ` (≥ ${node.minItems})` : ''}`;
  const bounds: string[] = [];
  if (node.exclusiveMinimum !== undefined) bounds.push(`> ${node.exclusiveMinimum}`);
  if (node.minimum !== undefined) bounds.push(`≥ ${node.minimum}`);
  if (node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER) bounds.push(`≤ ${node.maximum}`);
  const base = type === 'integer' ? 'integer' : (type ?? 'any');
  return bounds.length === 0 ? base : `${base} ${bounds.join(', ')}`;
}

/** A default value, short enough for a table cell: numbers and short lists in full, long lists counted. */
export function describeDefault(value: unknown): string {
  if (value === undefined) return '—';
  if (Array.isArray(value)) {
    if (value.length === 0) return '`[]`';
    if (value.every((v) => typeof v === 'string')) {
      const shown = value
        .slice(0, 8)
        .map((v) => code(v))
        .join(', ');
      return value.length > 8 ? `${shown} … (${value.length} in all)` : shown;
    }
    const templates = value.filter((v): v is { template: string } => typeof v === 'object' && v !== null && typeof (v as { template?: unknown }).template === 'string');
    if (templates.length === value.length) return templates.map((t) => code(t.template)).join(', ');
    const phrases = value.filter((v): v is { text: string } => typeof v === 'object' && v !== null && typeof (v as { text?: unknown }).text === 'string');
    if (phrases.length === value.length) {
      const shown = phrases
        .slice(0, 8)
        .map((p) => code(p.text))
        .join(', ');
      return phrases.length > 8 ? `${shown} … (${phrases.length} in all)` : shown;
    }
    return `${value.length} entries`;
  }
  if (typeof value === 'number') return code(Number.isInteger(value) && Math.abs(value) >= 10_000 ? String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '_') : String(value));
  return code(JSON.stringify(value));
}

function optionsOf(rule: AnyRule): { schema: SchemaNode; defaults: Record<string, unknown> | undefined } {
  let schema: SchemaNode = {};
  try {
    schema = z.toJSONSchema(rule.meta.options, { io: 'input', unrepresentable: 'any' }) as SchemaNode;
  } catch {
    // A schema zod cannot express in JSON Schema still gets its defaults listed below.
  }
  const parsed = z.safeParse(rule.meta.options, {});
  return { schema, defaults: parsed.success && typeof parsed.data === 'object' && parsed.data !== null ? (parsed.data as Record<string, unknown>) : undefined };
}

/** The markdown reference of checker rules, in the order the checker runs them. */
export function renderRulesPage(rules: readonly AnyRule[]): string {
  const lines: string[] = [
    '---',
    'title: Checker rules',
    '---',
    '# Checker rules (质检规则)',
    '',
    `Generated from \`BUILTIN_RULES\` of \`kefu/phrases\` and the opt-in \`flowOrder\` (${rules.length} rules), in the order the checker runs them.`,
    "Turn a rule off or change its severity and options in a lint config: `rules: { 'call-length': ['error', { maxMs: 240000 }] }`",
    '(see {@link phrases!createChecker | createChecker} and {@link phrases!LintConfig | LintConfig}). DOMAIN IDs refer to the',
    'rules of the source standards.',
    '',
    '| rule | default | DOMAIN | what it checks |',
    '|---|---|---|---|',
    ...rules.map((r) => `| [${code(r.meta.id)}](#${anchor(r.meta.id)}) | ${recommendedSeverity(r.meta.id)} | ${r.meta.domainRules.join(', ')} | ${cell(r.meta.description.en)} |`),
    '',
  ];
  for (const rule of rules) {
    const { schema, defaults } = optionsOf(rule);
    lines.push(`## ${rule.meta.id}`, '');
    lines.push(`${cell(rule.meta.description.en)}`, '');
    lines.push(`${cell(rule.meta.description.zh)}`, '');
    lines.push(`- Default severity: **${recommendedSeverity(rule.meta.id)}**`);
    lines.push(`- Reference page: ${rule.meta.docs.url}`);
    lines.push(`- DOMAIN rules: ${rule.meta.domainRules.length === 0 ? '—' : rule.meta.domainRules.map(code).join(', ')}`, '');
    const properties = Object.entries(schema.properties ?? {});
    if (properties.length === 0) {
      lines.push('No options.', '');
      continue;
    }
    lines.push('| option | type | default |', '|---|---|---|');
    for (const [name, node] of properties) {
      lines.push(`| ${code(name)} | ${cell(describeSchemaType(node))} | ${cell(describeDefault(defaults?.[name]))} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** The heading anchor typedoc gives a heading text (lower case, runs of other characters become `-`). */
export function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** What `kefu <argv>` prints on stdout, run in-process with no file access. */
export async function cliOutput(argv: readonly string[]): Promise<string> {
  let out = '';
  const io: CliIO = {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      out += text;
    },
    readFile: () => Promise.reject(new Error('no files while generating the reference')),
    readStdin: () => Promise.resolve(''),
    expandFiles: (patterns) => Promise.resolve([...patterns]),
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  await runCli(argv, io);
  return out.trimEnd();
}

/** The help of `kefu` and of each of its commands, verbatim. */
export async function renderCliPage(guideLink: string): Promise<string> {
  const lines = [
    '---',
    'title: Command-line help',
    '---',
    '# Command-line help (命令行帮助)',
    '',
    `The help text of the \`kefu\` command and of each subcommand, generated by running them when the site was built. The [CLI guide](${guideLink}) explains them with examples.`,
    '',
  ];
  lines.push('## kefu --help', '', '```text', await cliOutput(['--help']), '```', '');
  for (const command of commands) {
    lines.push(`## kefu ${command.name}`, '', command.summary, '', '```text', await cliOutput([command.name, '--help']), '```', '');
  }
  return lines.join('\n');
}

const list = <T>(x: T | readonly T[]): readonly T[] => (Array.isArray(x) ? (x as readonly T[]) : [x as T]);

/** A duration in words: `3 working days`, `24 h`, `2 weeks`. */
export function describeDuration(d: Duration): string {
  const parts: string[] = [];
  const add = (n: number | undefined, one: string, many: string): void => {
    if (n !== undefined && n !== 0) parts.push(`${n} ${n === 1 ? one : many}`);
  };
  add(d.weeks, 'week', 'weeks');
  add(d.days, 'day', 'days');
  add(d.workingDays, 'working day', 'working days');
  add(d.hours, 'hour', 'hours');
  add(d.minutes, 'minute', 'minutes');
  return parts.length === 0 ? '0' : parts.join(' ');
}

/** A target's limit in words: `3 working days, business clock` or `from the task's estimatedMinutes`. */
export function describeLimit(limit: TargetLimit): string {
  if ('from' in limit) return `from the task's \`${limit.from}\` (${limit.clock} clock)`;
  return `${describeDuration(limit.duration)}, ${limit.clock} clock${limit.counting === 'civil-code' ? ', Civil-Code days' : ''}`;
}

/** Weekly hours grouped by equal days: `mon–fri 08:00-12:00, 13:00-17:00; sat closed`. */
export function describeWeek(calendar: CalendarDefinition): string {
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
  const groups: { from: string; to: string; hours: string }[] = [];
  for (const day of days) {
    const hours = (calendar.week[day] ?? []).join(', ') || 'closed';
    const last = groups.at(-1);
    if (last !== undefined && last.hours === hours) last.to = day;
    else groups.push({ from: day, to: day, hours });
  }
  return groups.map((g) => `${g.from === g.to ? g.from : `${g.from}–${g.to}`} ${g.hours}`).join('; ');
}

function severityOf(entry: RuleEntry | undefined, fallback: string): string {
  if (entry === undefined) return fallback;
  return typeof entry === 'string' ? entry : entry[0];
}

/** The markdown reference of the presets: what each one contains. */
export function renderPresetsPage(presets: readonly Preset[], rules: readonly AnyRule[]): string {
  const lines: string[] = [
    '---',
    'title: Presets',
    '---',
    '# Presets (预设)',
    '',
    `Generated from the presets of \`kefu/presets\` (${presets.length} organisations): each one's calendar, SLA policies with their targets, call limits and KPI targets, checker rules with their severities, and classification data. To write your own, see the guide *Writing a preset for your organisation*.`,
    '',
    '| preset | organisation | task policies | call policies | KPI targets | rules on | cue words added |',
    '|---|---|---|---|---|---|---|',
  ];
  const cueCount = (c: ClassifyPreset): number => Object.values(c.lexicon.cues ?? {}).reduce((n, cues) => n + (cues?.length ?? 0), 0);
  const rulesOn = (lint: LintConfig): number => rules.filter((r) => severityOf(resolveConfig(lint).rules[r.meta.id], 'off') !== 'off').length;
  for (const p of presets) {
    lines.push(
      `| [${code(p.id)}](#${anchor(p.id)}) | ${cell(p.name.en)} (${cell(p.name.zh)}) | ${p.sla.policies.length} | ${p.sla.callPolicies.length} | ${p.sla.kpiTargets.length} | ${rulesOn(p.lint)} of ${rules.length} | ${cueCount(p.classify)} |`,
    );
  }
  lines.push('');
  for (const p of presets) {
    const cal = p.sla.calendar;
    lines.push(`## ${p.id}`, '');
    lines.push(`**${cell(p.name.en)}** (${cell(p.name.zh)}). Source: ${cell(p.source)}. Use it as \`getPreset('${p.id}')\`.`, '');
    lines.push('### Calendar', '');
    lines.push(`- Time zone: ${code(cal.timeZone ?? 'Asia/Shanghai')}`);
    lines.push(`- Hours: ${cell(describeWeek(cal))}`);
    lines.push(
      `- Statutory holidays: ${cal.holidayData !== undefined ? `${Object.keys(cal.holidayData).length} years of holiday data` : cal.coveredYears === 'all' ? "none (`coveredYears: 'all'`)" : 'none'}`,
    );
    if (cal.holidays !== undefined && cal.holidays.length > 0) lines.push(`- Own closures: ${cal.holidays.map(code).join(', ')}`);
    lines.push('', '### SLA policies', '');
    lines.push('| policy | applies to | target | starts on → stops on | limit | rule |', '|---|---|---|---|---|---|');
    for (const policy of p.sla.policies) {
      const applies =
        policy.appliesTo === undefined
          ? 'tasks naming it'
          : [...(policy.appliesTo.kinds ?? []), ...(policy.appliesTo.priorities ?? []).map((x) => `priority ${x}`)].join(', ') || 'every task';
      policy.targets.forEach((t, i) => {
        lines.push(
          `| ${i === 0 ? `${code(policy.id)}<br>${cell(policy.name)}` : ''} | ${i === 0 ? cell(applies) : ''} | ${code(t.id)} ${cell(t.name ?? '')} | ${list(t.startOn).join(', ')} → ${list(t.stopOn).join(', ')} | ${cell(describeLimit(t.limit))} | ${t.source?.rule ?? '—'} |`,
        );
      });
    }
    if (p.sla.callPolicies.length > 0) {
      lines.push('', '### Call limits', '', '| policy | limit | measure | max | average | rule |', '|---|---|---|---|---|---|');
      for (const policy of p.sla.callPolicies) {
        policy.limits.forEach((l, i) =>
          lines.push(
            `| ${i === 0 ? code(policy.id) : ''} | ${code(l.id)}${l.goal === true ? ' (goal)' : ''} | ${l.measure} | ${l.max ?? '—'} | ${l.average ?? '—'} | ${l.source?.rule ?? '—'} |`,
          ),
        );
      }
    }
    if (p.sla.kpiTargets.length > 0) {
      lines.push('', '### KPI targets', '', '| KPI | metric | target | rule |', '|---|---|---|---|');
      for (const k of p.sla.kpiTargets)
        lines.push(`| ${code(k.id)} | ${k.metric}${k.targetId === undefined ? '' : ` of ${code(k.targetId)}`} | ${cell(`${k.op} ${k.value}`)} | ${k.source?.rule ?? '—'} |`);
    }
    if (p.sla.notes.length > 0) {
      lines.push('', '### Notes', '');
      for (const note of p.sla.notes) lines.push(`- ${cell(note)}`);
    }
    lines.push('', '### Checker rules', '');
    const settings = Object.entries(p.lint.settings ?? {}).filter(([key]) => key !== 'slots');
    lines.push(
      `Script slots: ${settings.length === 0 ? 'none set' : settings.map(([k, v]) => `${code(k)} = ${code(typeof v === 'string' ? v : JSON.stringify(v))}`).join(', ')}.`,
      '',
    );
    lines.push('| rule | severity | options |', '|---|---|---|');
    for (const rule of rules) {
      const entry = resolveConfig(p.lint).rules[rule.meta.id];
      const options = entry !== undefined && typeof entry !== 'string' && entry.length > 1 ? 'set by the preset' : 'defaults';
      lines.push(`| [${code(rule.meta.id)}](rules.md#${anchor(rule.meta.id)}) | ${severityOf(entry, 'off')} | ${options} |`);
    }
    if ((p.lint.categories ?? []).length > 0) lines.push('', `Categories of its own: ${p.lint.categories?.length}.`);
    lines.push('', '### Classification', '');
    const cues = Object.entries(p.classify.lexicon.cues ?? {}).map(([kind, c]) => `${kind} ${c?.length ?? 0}`);
    lines.push(`- Cue words added to the shipped lexicon: ${cues.length === 0 ? 'none' : cues.join(', ')}`);
    lines.push(
      `- SLA policy per task kind: ${
        Object.entries(p.classify.policies)
          .map(([k, v]) => `${k} → ${code(String(v))}`)
          .join(', ') || 'none'
      }`,
    );
    const machine = Object.entries(p.classify.machine ?? {}).map(([k, v]) => `${code(k)} ${code(JSON.stringify(v))}`);
    lines.push(`- Call machine: ${machine.length === 0 ? 'defaults' : machine.join(', ')}`, '');
  }
  return lines.join('\n');
}

/** The generated pages, by file name. */
export async function referencePages(outDir: string): Promise<Record<string, string>> {
  const cliGuide = relative(outDir, join(repo, 'docs', 'guides', 'cli.md'))
    .split(sep)
    .join('/');
  return {
    'rules.md': renderRulesPage([...BUILTIN_RULES, flowOrder]),
    'presets.md': renderPresetsPage(
      PRESET_IDS.map((id) => presets[id]),
      BUILTIN_RULES,
    ),
    'cli.md': await renderCliPage(cliGuide),
  };
}

/** Write the pages into `outDir` (created if needed); returns the written file paths. */
export async function writeReference(outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  return Object.entries(await referencePages(outDir)).map(([name, text]) => {
    const path = join(outDir, name);
    writeFileSync(path, `${text}\n`);
    return path;
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const out = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'kefu-reference-'));
  for (const path of await writeReference(out)) console.log(path);
}
