import { parseArgs } from 'node:util';
import { match } from 'ts-pattern';
import {
  callMachineOptions,
  createCallMachine,
  createClassifier,
  createEventDeriver,
  DEFAULT_LEXICON,
  deviationMessage,
  extendLexicon,
  type ClassifyPreset,
  type IntentResult,
} from '../../classify/index.js';
import { isInstantText } from '../../model/index.js';
import { getPreset, PRESET_IDS } from '../../presets/index.js';
import { parseTranscriptText } from '../../transcripts/index.js';
import { UsageError, type CliIO, type Command } from '../io.js';

const usage = `Usage: kefu classify [options] "<caller's words>"
       kefu classify [options] --file <transcript>

Classify what a caller wants (consultation, repair, emergency, complaint, callback, appointment,
business) with the priority and the cue words behind it. With --file, replay the transcript through
the call machine and print the path of states and where the agent left the standard order.

Options:
  --file <path>        a transcript (text with 客服：/客户： labels, VTT, SRT, ASR JSON); "-" reads stdin
  --preset <id>        organisation preset: ${PRESET_IDS.join(', ')}
  --started-at <time>  when the call started (ISO 8601 with offset), for effect due times
  --format <name>      text (default) or json
  -h, --help           show this help

Exit codes: 0 ok, 1 order problems found in a transcript, 2 bad usage or unreadable input.`;

const KIND_ZH = {
  consultation: '咨询',
  repair: '报修',
  emergency: '报警',
  complaint: '投诉',
  callback: '回访',
  appointment: '预约',
  invitation: '邀约',
  business: '业务办理',
  unknown: '未能判断，转人工',
} as const;

function describeIntent(result: IntentResult): string[] {
  const lines = [
    `kind: ${result.kind} (${KIND_ZH[result.kind]})`,
    `priority: ${result.priority}${result.needsConfirmation ? ' — needs confirmation: an emergency cue was denied or doubtful' : ''}`,
  ];
  if (result.evidence.length === 0) lines.push('evidence: none (no cue matched; consultation is the fallback)');
  else {
    lines.push('evidence:');
    for (const e of result.evidence) {
      const turn = e.turn === undefined ? '' : `turn ${e.turn} `;
      lines.push(`  ${turn}[${e.start}, ${e.end}) ${e.text} → ${e.kind}${e.negated ? ` (negated by ${e.negation ?? '?'})` : ` +${e.weight}`}`);
    }
  }
  return lines;
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { file: { type: 'string' }, preset: { type: 'string' }, format: { type: 'string' }, 'started-at': { type: 'string' } },
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json (got "${format}")`);
  let preset: ClassifyPreset | undefined;
  if (values.preset !== undefined) {
    const id = values.preset;
    const known = PRESET_IDS.find((p) => p === id);
    if (known === undefined) throw new UsageError(`--preset must be one of ${PRESET_IDS.join(', ')} (got "${id}")`);
    preset = getPreset(known).classify;
  }
  const startedAt = values['started-at'];
  if (startedAt !== undefined && !isInstantText(startedAt)) throw new UsageError(`--started-at must be an ISO 8601 date-time with an offset (got "${startedAt}")`);
  const classifier = createClassifier(preset === undefined ? DEFAULT_LEXICON : extendLexicon(DEFAULT_LEXICON, preset.lexicon));

  if (values.file === undefined) {
    if (positionals.length === 0) throw new UsageError("give the caller's words, or --file <transcript>; see kefu classify --help");
    const result = classifier.classify(positionals.join(' '));
    io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : `${describeIntent(result).join('\n')}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError("give either the caller's words or --file, not both");
  const source = values.file === '-' ? await io.readStdin() : await io.readFile(values.file);
  const { transcript } = parseTranscriptText(source, { fileName: values.file === '-' ? 'stdin' : values.file });
  const intent = classifier.classify(transcript);
  const deriver = createEventDeriver(preset === undefined ? {} : { preset });
  const machine = createCallMachine(callMachineOptions(preset));
  const { events, turns } = deriver.derive(transcript, startedAt === undefined ? {} : { startedAt });
  let state = machine.initial();
  const path: string[] = [state.name];
  const problems: { turn: number; code: string; message: { zh: string; en: string } }[] = [];
  const effects: unknown[] = [];
  events.forEach((event, i) => {
    const turn = turns[i] ?? -1;
    const result = machine.transition(state, event);
    if (!result.ok) {
      problems.push({ turn, code: 'out-of-order', message: { zh: result.error.message, en: result.error.message } });
      return;
    }
    state = result.state;
    if (path[path.length - 1] !== state.name) path.push(state.name);
    for (const effect of result.effects) {
      match(effect)
        .with({ type: 'deviation' }, (d) => problems.push({ turn, code: d.code, message: deviationMessage(d.code) }))
        .with(
          { type: 'create-task' },
          { type: 'escalate' },
          { type: 'schedule-reply' },
          { type: 'schedule-callback' },
          { type: 'notify-department' },
          { type: 'hand-over' },
          { type: 'transfer' },
          { type: 'record-call' },
          (e) => effects.push(e),
        )
        .exhaustive();
    }
  });
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ intent, path, events, problems, effects, state }, null, 2)}\n`);
  } else {
    const lines = [...describeIntent(intent), `path: ${path.join(' → ')}`];
    if (problems.length === 0) lines.push('order: standard (no problems found)');
    else {
      lines.push(`order problems (${problems.length}):`);
      for (const p of problems) lines.push(`  ${p.turn >= 0 ? `turn ${p.turn}` : 'call'}: ${p.code} — ${p.message.zh} / ${p.message.en}`);
    }
    io.stdout(`${lines.join('\n')}\n`);
  }
  return problems.length > 0 ? 1 : 0;
}

/** `kefu classify`: a caller's intent, or a transcript replayed through the call machine. @internal */
export const classifyCommand: Command = { name: 'classify', summary: "classify a caller's intent, or replay a transcript through the call machine", usage, run };
