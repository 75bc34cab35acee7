/**
 * Derive call-machine events from a transcript: the organisation's step scripts find the greeting,
 * the record confirmation, “您还有其他问题吗？” and the closing; the classifier finds the caller's
 * intent; the organisation's agent cue phrases (compiled once with the text module's matcher) find
 * dispatch, forwarding, deferral and booking; turn events give holds, transfers and hang-ups. The
 * deriver steps the call machine as it goes and derives only what the machine allows next, so the
 * deviations of the replay show where an agent left the standard order (rule: CALL-8).
 *
 * @module
 */
import { KefuError } from '../model/error.js';
import { INSTANT_TEXT, formatInstant, instantMs, instantOffset } from '../model/instant.js';
import type { Transcript } from '../model/transcript.js';
import { compileMatcher } from '../text/matcher.js';
import { readSurname } from '../text/surname.js';
import { compileScripts } from '../scripts/match.js';
import { COLLECT_FIELDS, createCallMachine, type CallEvent, type CallEventType, type CallState, type CollectField } from './call-machine.js';
import type { CallKind } from '../model/enums.js';
import { createClassifier, type IntentClassifier } from './classifier.js';
import { DEFAULT_LEXICON, extendLexicon } from './lexicon.js';
import { AGENT_CUE_ROLES, SCRIPT_STEPS, callMachineOptions, type AgentCueRole, type AgentCues, type ClassifyPreset, type ScriptStep, type ScriptSteps } from './preset.js';

/**
 * Options of {@link eventsFromTranscript} and {@link createEventDeriver}.
 *
 * @example
 * ```ts
 * const options: EventsFromTranscriptOptions = { startedAt: '2026-09-30T16:00:00+08:00', callId: 'c-1' };
 * ```
 */
export interface EventsFromTranscriptOptions {
  /** An organisation's classify data: cue words, machine limits, agent cues and the scripts of each step. */
  readonly preset?: ClassifyPreset;
  /** Agent phrases by role; the preset's `agentCues` by default, none without a preset. */
  readonly agentCues?: AgentCues;
  /** Scripts that mark each step; the preset's `steps` by default, none without a preset. */
  readonly steps?: ScriptSteps;
  /** When the call started; turn times (`start`, ms) are added to it. Default `1970-01-01T00:00:00Z`. */
  readonly startedAt?: string;
  readonly callId?: string;
  /** Known script slot values (company, hotline…), so greetings must name the right company. */
  readonly slots?: Readonly<Record<string, string>>;
}

/**
 * Events derived from a transcript, with the turn each came from (parallel arrays).
 *
 * @example
 * ```ts
 * const derived: DerivedEvents = eventsFromTranscript({ turns: [] });
 * derived.events.length === derived.turns.length; // true
 * ```
 */
export interface DerivedEvents {
  readonly events: readonly CallEvent[];
  /** 0-based turn index of each event (`-1` for the ring and answer at the start). */
  readonly turns: readonly number[];
}

/**
 * A compiled deriver: build once, derive events from many transcripts.
 *
 * @example
 * ```ts
 * const deriver: EventDeriver = createEventDeriver();
 * ```
 */
export interface EventDeriver {
  /** The events of one transcript and the turn each came from; `startedAt` and `callId` time and name them. */
  derive(transcript: Transcript, options?: Pick<EventsFromTranscriptOptions, 'startedAt' | 'callId'>): DerivedEvents;
}

/** A matter the caller raised, as the classifier read it. */
interface Matter {
  readonly kind: CallKind;
  readonly needsConfirmation: boolean;
  /** 重大抢险: the machine tells leadership (rule: CALL-2). */
  readonly major: boolean;
}

/** Nodes where the matter in hand has been handed over (or needs none): the next matter may start. */
const HANDED_OVER: ReadonlySet<string> = new Set([
  'consultation.answering',
  'consultation.deferred',
  'repair.dispatched',
  'repair.self-served',
  'emergency.dispatched',
  'complaint.forwarded',
  'appointment.booked',
  'general.handling',
  'wrap-up',
]);

const PHONE = /\d[\d\s-]{5,}\d/;
const ADDRESS = /小区|号楼|单元|栋|街道|大街|路\d|[0-9一二三四五六七八九十]+号|村|室/;
const PLATE = /[\p{Script=Han}][A-Za-z][A-Za-z0-9]{4,6}/u;
const TIME = /明天|后天|今天|周[一二三四五六日天]|星期|上午|下午|晚上|\d+点|\d+号|\d+月/;

/**
 * Compile the script matchers, cue phrases, classifier and call machine once. The deriver keeps no
 * record of the call of its own: it steps the call machine with every event it derives and asks the
 * machine's state which events can come next, so what it derives always replays.
 *
 * @param options - preset (cue words, limits, agent cues, step scripts) and known script slots
 * @returns a deriver whose `derive(transcript)` lists the events
 * @example
 * ```ts
 * import { createEventDeriver } from 'kefu/classify';
 * const greet = { id: 'demo-greet', rule: 'SCR-GREET', template: '您好，{company}{agentNo}号客服员为您服务', quote: '您好,示例燃气公司XX号客服员为您服务', source: 'house rules', gloss: 'Hello.' } as const;
 * const deriver = createEventDeriver({ steps: { greet: [greet] } });
 * deriver.derive({ turns: [{ speaker: 'agent', text: '您好，示例燃气公司12号客服员为您服务' }] }).events.map((e) => e.type); // ['ring', 'answer', 'greet']
 * ```
 */
export function createEventDeriver(options: Pick<EventsFromTranscriptOptions, 'preset' | 'slots' | 'agentCues' | 'steps'> = {}): EventDeriver {
  const { preset } = options;
  const classifier: IntentClassifier = createClassifier(preset === undefined ? DEFAULT_LEXICON : extendLexicon(DEFAULT_LEXICON, preset.lexicon));
  const machine = createCallMachine(callMachineOptions(preset));
  const steps = options.steps ?? preset?.steps ?? {};
  const stepOf = new Map<string, ScriptStep>();
  const stepScripts = SCRIPT_STEPS.flatMap((step) =>
    (steps[step] ?? []).map((script) => {
      stepOf.set(script.id, step);
      return script;
    }),
  );
  const scripts = compileScripts(stepScripts, options.slots === undefined ? {} : { slots: options.slots });
  const agentCues = options.agentCues ?? preset?.agentCues ?? {};
  const cueRoles: AgentCueRole[] = [];
  const cues = compileMatcher(
    AGENT_CUE_ROLES.flatMap((role) =>
      (agentCues[role] ?? []).map((text) => {
        cueRoles.push(role);
        return { id: role, text };
      }),
    ),
  );

  const derive = (transcript: Transcript, run: Pick<EventsFromTranscriptOptions, 'startedAt' | 'callId'> = {}): DerivedEvents => {
    if (typeof transcript !== 'object' || transcript === null || !Array.isArray(transcript.turns)) {
      throw new KefuError('invalid_input', 'transcript must have turns', [{ path: ['transcript', 'turns'], message: 'must be an array of turns', value: typeof transcript }]);
    }
    const startedAt = run.startedAt ?? '1970-01-01T00:00:00Z';
    const base = instantMs(startedAt);
    if (base === undefined) {
      throw new KefuError('invalid_input', `startedAt must be ${INSTANT_TEXT}`, [{ path: ['startedAt'], message: `must be ${INSTANT_TEXT}`, value: startedAt }]);
    }
    const events: CallEvent[] = [];
    const sources: number[] = [];
    let lastMs = 0;
    // Event times are written in the offset the call started in.
    const offset = instantOffset(startedAt) ?? 0;
    const timeOf = (turnStart: number | undefined): string => {
      if (turnStart !== undefined && turnStart > lastMs) lastMs = turnStart;
      return formatInstant(base + lastMs, offset);
    };
    // The machine's state is the one record of where the call stands.
    let state: CallState = machine.initial();
    const allows = (type: CallEventType): boolean => machine.allowedEvents(state).includes(type);
    /** Step the machine; an event it refuses (a guard inside an allowed cell) is not derived. */
    const emit = (event: CallEvent, turn: number): boolean => {
      const result = machine.transition(state, event);
      if (!result.ok) return false;
      state = result.state;
      events.push(event);
      sources.push(turn);
      return true;
    };

    const at0 = timeOf(transcript.turns[0]?.start);
    emit({ type: 'ring', at: at0, ...(run.callId === undefined ? {} : { callId: run.callId }) }, -1);
    emit({ type: 'answer', at: at0 }, -1);

    // What the transcript has shown so far, which the machine does not keep: the matter the caller raised
    // but the agent has not acted on yet, the items the caller gave, what the agent just asked, and
    // whether the agent asked before a hold.
    // Matters the caller raised that the agent has not classified yet, in the order they will be taken:
    // a danger first, then as raised. A later question never replaces a matter still waiting.
    const pending: Matter[] = [];
    const known = new Set<CollectField>();
    let asked: CollectField | undefined;
    let holdAsked = false;

    const flushFields = (at: string, turn: number): void => {
      if (!allows('collect')) return;
      // The machine's collect cell says which items the current node records.
      for (const field of COLLECT_FIELDS) {
        if (known.has(field) && !state.context.collected.includes(field)) emit({ type: 'collect', at, field }, turn);
      }
    };
    /** Whether the matter in hand still waits for its hand-over (the machine's own unfinished nodes). */
    const inHand = (): boolean => state.context.kind !== undefined && !HANDED_OVER.has(state.name);
    const classifyNow = (at: string, turn: number): void => {
      const next = pending[0];
      if (next === undefined || !allows('classify')) return;
      // The next matter waits until the one in hand is handed over, unless it is a danger.
      if (inHand() && next.kind !== 'emergency' && state.context.kind !== next.kind) return;
      pending.shift();
      classifyMatter(next, at, turn);
    };
    const classifyMatter = (next: Matter, at: string, turn: number): void => {
      emit({ type: 'classify', at, kind: next.kind, ...(next.needsConfirmation ? { needsConfirmation: true } : {}), ...(next.major ? { major: true } : {}) }, turn);
      // What the caller said of the matter is its content.
      known.add('content');
      if (next.kind === 'appointment') known.add('needs');
      flushFields(at, turn);
    };
    // At the end of the call every matter still waiting is classified, the most urgent last, so it is the
    // one in hand when the call ends and the machine makes its task and call-back.
    const classifyRest = (at: string, turn: number): void => {
      const rest = pending.splice(0).reverse();
      for (const next of rest) if (allows('classify')) classifyMatter(next, at, turn);
    };
    const raise = (matter: Matter): void => {
      const { kind } = matter;
      const current = state.context.kind;
      // The same danger said again counts when it is now confirmed, or now major (a fire, a person down).
      const upgrade =
        kind === 'emergency' && current === 'emergency' && ((state.context.needsConfirmation && !matter.needsConfirmation) || (matter.major && !state.context.escalated));
      if ((kind === current && !upgrade) || pending.some((p) => p.kind === kind)) return;
      // A question asked while a matter is in hand or waiting is part of it (a complaint, then 你们到底管不管).
      if (kind === 'consultation' && (inHand() || pending.length > 0)) return;
      if (kind === 'emergency') pending.unshift(matter);
      else pending.push(matter);
    };

    transcript.turns.forEach((turn, index) => {
      if (state.name === 'ended') return;
      const at = timeOf(turn.start);
      if (turn.speaker === 'customer') {
        const result = classifier.classify(turn.text);
        // An intent the classifier cannot tell is the agent's to find out: nothing is raised for it.
        if (result.matched && result.kind !== 'unknown') raise({ kind: result.kind, needsConfirmation: result.needsConfirmation, major: result.major });
        const compact = turn.text.replace(/\s+/g, '');
        if (PHONE.test(compact)) known.add('phone');
        if (ADDRESS.test(turn.text)) known.add('address');
        if (PLATE.test(compact)) known.add('plate');
        if (TIME.test(turn.text)) known.add('time');
        if (asked !== undefined && turn.text.trim() !== '') known.add(asked);
        asked = undefined;
        flushFields(at, index);
      } else if (turn.speaker === 'agent') {
        const marked = new Set<ScriptStep | undefined>(scripts.find(turn.text).map((m) => stepOf.get(m.scriptId)));
        const said = new Set(cues.scan(turn.text).map((m) => cueRoles[m.pattern]));
        if (said.has('anything-else')) marked.add('anything-else');
        if (said.has('close')) marked.add('close');
        if (said.has('hold-request')) holdAsked = true;
        if (marked.has('greet') && allows('greet')) emit({ type: 'greet', at }, index);
        const surname = readSurname(turn.text);
        const identifies = surname !== undefined && surname !== state.context.surname;
        if (identifies) {
          known.add('name');
          if (allows('identify')) emit({ type: 'identify', at, surname }, index);
        }
        if (marked.has('verify')) {
          known.add('address');
          known.add('name');
          if (allows('verify')) emit({ type: 'verify', at }, index);
        }
        const handling = said.has('dispatch') || said.has('forward') || said.has('defer') || said.has('book') || said.has('hand-over');
        const gathers = said.has('ask-name') || said.has('ask-address') || said.has('ask-phone');
        // The agent classifies when acting on the intent, not while still greeting, asking the surname or confirming the record.
        const acts = handling || marked.has('anything-else') || marked.has('close') || (!marked.has('greet') && !identifies && !marked.has('verify') && !gathers);
        if (acts) classifyNow(at, index);
        asked = said.has('ask-name') ? 'name' : said.has('ask-address') ? 'address' : said.has('ask-phone') ? 'phone' : undefined;
        // One hand-over per turn, in this order; the machine allows each only in the node of its matter.
        if (said.has('dispatch') && allows('dispatch')) emit({ type: 'dispatch', at }, index);
        else if (said.has('hand-over') && allows('hand-over')) emit({ type: 'hand-over', at }, index);
        else if (said.has('forward') && allows('forward')) emit({ type: 'forward', at, department: '相关部门' }, index);
        else if (said.has('defer') && allows('defer')) {
          emit({ type: 'defer', at }, index);
          flushFields(at, index);
        } else if (said.has('book') && allows('book')) emit({ type: 'book', at }, index);
        if (marked.has('anything-else') && allows('ask-anything-else')) emit({ type: 'ask-anything-else', at }, index);
        if (marked.has('close') && allows('close')) emit({ type: 'close', at }, index);
      }
      for (const event of turn.events ?? []) {
        if (event.type === 'hold-start' && allows('hold')) emit({ type: 'hold', at, consent: event.consent ?? holdAsked }, index);
        else if (event.type === 'hold-end' && allows('resume')) emit({ type: 'resume', at }, index);
        else if (event.type === 'transfer' && allows('transfer')) emit({ type: 'transfer', at, to: event.to ?? 'another line' }, index);
        else if (event.type === 'hang-up' && allows('hang-up')) {
          // A matter the caller raised is the call's even when the agent never acted on it: a fire
          // reported just before the line drops is classified, so the machine makes its task.
          classifyRest(at, index);
          emit({ type: 'hang-up', at, by: event.by }, index);
        }
      }
    });
    // A transcript that stops without a hang-up still has its raised matters classified.
    if (state.name !== 'ended') classifyRest(timeOf(undefined), transcript.turns.length - 1);
    return { events, turns: sources };
  };
  return { derive };
}

/**
 * Derive call-machine events from a transcript (compiles the matchers on each call; use
 * {@link createEventDeriver} for many transcripts).
 *
 * @param transcript - the call's turns
 * @param options - preset, start time, call id, script slots
 * @returns the events and the turn each came from
 * @throws KefuError `invalid_input` for a malformed transcript or start time
 * @example
 * ```ts
 * import { eventsFromTranscript, createCallMachine } from 'kefu/classify';
 * const { events } = eventsFromTranscript({
 *   turns: [
 *     { speaker: 'agent', text: '您好，燃气公司12号客服员为您服务' },
 *     { speaker: 'customer', text: '我家燃气表不走了' },
 *     { speaker: 'agent', text: '好的，我马上安排师傅上门，您还有其他问题吗？' },
 *   ],
 * });
 * createCallMachine().replay(events).ok; // true
 * ```
 */
export function eventsFromTranscript(transcript: Transcript, options: EventsFromTranscriptOptions = {}): DerivedEvents {
  return createEventDeriver(options).derive(transcript, options);
}
