// What the playground asks of kefu, in one place: the page (main.ts) renders, this file computes. No DOM,
// so the same calls run in Node for the tests.
import {
  callMachineOptions,
  createCallMachine,
  createClassifier,
  createEventDeriver,
  DEFAULT_LEXICON,
  extendLexicon,
  type CallMachine,
  type EventDeriver,
  type IntentClassifier,
  type IntentKind,
} from '../../src/classify/index.js';
import type { TaskKind, Priority } from '../../src/model/index.js';
import { createChecker, type Checker, type CheckResult } from '../../src/phrases/index.js';
import { parseTranscriptText, type ParsedTranscript } from '../../src/transcripts/index.js';
import { PRESET_IDS, presets, type Preset, type PresetId } from '../../src/presets/index.js';
import { createCalendar, dueAt, evaluateTaskWith, isWorkingDay, isWorkingTime, type Calendar, type Limit, type SlaTarget } from '../../src/sla/index.js';

export { PRESET_IDS, type PresetId };

/** The preset of an id (the shipped data of `kefu/presets`). */
export function playgroundPreset(id: PresetId): Preset {
  return presets[id];
}

/** Whether a string is a preset id. */
export function isPresetId(value: string): value is PresetId {
  return (PRESET_IDS as readonly string[]).includes(value);
}

/** Everything the transcript tab shows for one input. */
export interface Analysis {
  readonly parsed: ParsedTranscript;
  readonly result: CheckResult;
  readonly kind: IntentKind;
  readonly priority: Priority;
  readonly needsConfirmation: boolean;
  /** The call machine's states, in order, as far as the transcript's events took it. */
  readonly path: readonly string[];
  /** Why the machine refused an event derived from the transcript, when it did. */
  readonly pathStopped: string | undefined;
}

interface Compiled {
  readonly checker: Checker;
  readonly classifier: IntentClassifier;
  readonly deriver: EventDeriver;
  readonly machine: CallMachine;
}

/** Everything compiled for a preset, once: checker, classifier, event deriver and call machine. */
export class CheckerCache {
  readonly #compiled = new Map<PresetId, Compiled>();

  get(id: PresetId): Compiled {
    let compiled = this.#compiled.get(id);
    if (compiled === undefined) {
      const preset = playgroundPreset(id);
      compiled = {
        checker: createChecker({ preset: preset.lint }),
        classifier: createClassifier(extendLexicon(DEFAULT_LEXICON, preset.classify.lexicon)),
        deriver: createEventDeriver({ preset: preset.classify }),
        machine: createCallMachine(callMachineOptions(preset.classify)),
      };
      this.#compiled.set(id, compiled);
    }
    return compiled;
  }
}

/** Parse a transcript in any supported format (detected), classify it, check it and replay its call flow. */
export function analyse(text: string, id: PresetId, cache: CheckerCache, fileName?: string): Analysis {
  const parsed = parseTranscriptText(text, fileName === undefined ? { format: 'auto' } : { format: 'auto', fileName });
  const compiled = cache.get(id);
  const intent = compiled.classifier.classify(parsed.transcript);
  const result = compiled.checker.check(parsed.transcript, intent.kind === 'unknown' ? {} : { callKind: intent.kind });
  const run = compiled.machine.replay(compiled.deriver.derive(parsed.transcript).events);
  return {
    parsed,
    result,
    kind: intent.kind,
    priority: intent.priority,
    needsConfirmation: intent.needsConfirmation,
    path: run.path,
    pathStopped: run.ok ? undefined : run.error.message,
  };
}

/** One target's deadline for a task started at a given instant. */
export interface TargetDue {
  readonly targetId: string;
  readonly name: string;
  readonly rule: string | null;
  /** What starts the clock; `created` means the task's creation. */
  readonly startOn: string;
  /** The deadline, or null when the limit depends on data the playground does not ask for. */
  readonly due: Date | null;
  /** How the deadline was found: `evaluateTask` for targets started by creation, `dueAt` for the others. */
  readonly via: 'evaluateTask' | 'dueAt' | 'none';
}

/** The SLA tab's answer: the policy applied and each target's due date. */
export interface SlaAnswer {
  readonly policyId: string;
  readonly policyName: string;
  readonly calendar: Calendar;
  readonly targets: readonly TargetDue[];
}

const firstEvent = (on: SlaTarget['startOn']): string => (typeof on === 'string' ? on : (on[0] ?? 'created'));
const isPlainLimit = (limit: SlaTarget['limit']): limit is Limit => 'clock' in limit;

/** Task kinds the preset's policies apply to by themselves (their `appliesTo.kinds`), in policy order. */
export function slaTaskKinds(id: PresetId): TaskKind[] {
  const sla = playgroundPreset(id).sla;
  const kinds: TaskKind[] = [];
  for (const policy of sla.policies) for (const kind of policy.appliesTo?.kinds ?? []) if (!kinds.includes(kind)) kinds.push(kind);
  return kinds;
}

/**
 * Due dates of a task of `kind` created at `start` under the preset's policies: a target the creation
 * starts is evaluated with `evaluateTask` (as of its creation); one started by a later event (dispatch,
 * arrival…) gets `dueAt` from the same instant, as if that event happened then.
 */
export function computeSla(id: PresetId, kind: TaskKind, start: string, priority: Priority = 'normal'): SlaAnswer | undefined {
  const sla = playgroundPreset(id).sla;
  const calendar = createCalendar(sla.calendar);
  const task = { id: 'playground', kind, priority, createdAt: start, timeline: [] };
  const evaluation = evaluateTaskWith(task, sla.policies, { now: start, calendar });
  if (evaluation === undefined) return undefined;
  const policy = sla.policies.find((p) => p.id === evaluation.policyId);
  if (policy === undefined) return undefined;
  const targets = policy.targets.map((target, index): TargetDue => {
    const startOn = firstEvent(target.startOn);
    const evaluated = evaluation.targets[index];
    const base = { targetId: target.id, name: target.name ?? target.id, rule: target.source?.rule ?? null, startOn };
    if (startOn === 'created' && evaluated?.dueAt !== null && evaluated?.dueAt !== undefined) return { ...base, due: evaluated.dueAt, via: 'evaluateTask' };
    if (isPlainLimit(target.limit)) return { ...base, due: dueAt(calendar, start, target.limit).at, via: 'dueAt' };
    return { ...base, due: null, via: 'none' };
  });
  return { policyId: policy.id, policyName: policy.name, calendar, targets };
}

/** Working time and working days of a calendar, for the timeline's shading. */
export function calendarProbe(calendar: Calendar): { isWorking: (ms: number) => boolean; dayKind: (isoDate: string) => 'working' | 'rest' | 'holiday' | 'make-up' } {
  const week = calendar.definition.week;
  const names = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
  return {
    isWorking: (ms) => isWorkingTime(calendar, ms),
    dayKind: (isoDate) => {
      const weekday = names[new Date(`${isoDate}T00:00:00Z`).getUTCDay()] ?? 'sun';
      const usual = (week[weekday] ?? []).length > 0;
      const works = isWorkingDay(calendar, isoDate);
      if (works) return usual ? 'working' : 'make-up';
      return usual ? 'holiday' : 'rest';
    },
  };
}

/** A sample call the page opens with: plain text with speaker labels, with findings to show. */
export const SAMPLE_TRANSCRIPT = [
  '[00:00] 客服：您好，燃气公司012号客服员为您服务。',
  '[00:06] 客户：你好，我家燃气表不走了，灶也打不着火。',
  '[00:12] 客服：请问您贵姓？',
  '[00:15] 客户：免贵姓王。',
  '[00:18] 客服：王先生，这个情况我不知道是什么原因，你等一下。',
  '[00:40] 客服：我帮您登记报修，维修人员会上门处理。',
  '[00:48] 客户：好的，谢谢。',
  '[00:52] 客服：再见。',
].join('\n');
